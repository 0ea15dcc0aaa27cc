"""Searching the index: ranked or by date, with snippets for the hits shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh import sorting

from briefing.index.docstore import DocStore
from briefing.index.query import parse_query
from briefing.index.snippets import make_snippet

SORTS = ("relevance", "date", "newest", "oldest")


@dataclass
class Hit:
    """One search result."""

    id: str
    title: str
    source: str | None
    published: str | None
    score: float
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The result as it appears in `briefing search --json`."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
        }


@dataclass
class SearchResults:
    """A page of results and the total number of matches."""

    query: str
    total: int
    hits: list[Hit]
    terms: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        """The `briefing search --json` document."""
        return {
            "query": self.query,
            "total": self.total,
            "results": [hit.to_json() for hit in self.hits],
        }


def run_search(
    searcher,
    docs: DocStore,
    text: str,
    limit: int | None = 10,
    sort: str = "relevance",
    offset: int = 0,
    snippets: bool = True,
) -> SearchResults:
    """Search for `text`; an empty query lists the library (newest first by default)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    if not text.strip():
        return _listing(docs, text, limit, sort, offset)
    query = parse_query(text)
    wanted = None if limit is None else offset + limit
    if sort == "relevance":
        results = searcher.search(query, limit=wanted)
    else:
        facet = sorting.FieldFacet("published", reverse=sort in ("date", "newest"))
        results = searcher.search(query, limit=wanted, sortedby=facet)
    total = len(results) if wanted is None else results.estimated_length()
    if wanted is not None and results.has_exact_length():
        total = len(results)
    terms = query_terms(query, searcher)
    page = list(results)[offset:]
    ids = [hit["id"] for hit in page]
    articles = docs.get_many(ids) if snippets else {}
    hits = []
    for result in page:
        article_id = result["id"]
        article = articles.get(article_id)
        row = article or docs.get(article_id)
        if row is None:
            continue  # in Whoosh but gone from the store: never show a broken hit
        hit = Hit(
            id=article_id,
            title=row.title,
            source=row.source,
            published=row.published.isoformat() if row.published else None,
            score=float(result.score or 0.0),
        )
        if snippets and article is not None:
            snippet = make_snippet(article.body, terms)
            hit.snippet, hit.highlights = snippet.text, snippet.highlights
        hits.append(hit)
    return SearchResults(text, total, hits, terms)


def query_terms(query, searcher) -> frozenset[str]:
    """The analysed title/body terms a query asks for, wildcards expanded."""
    from whoosh.query import MultiTerm

    terms: set[str] = set()
    reader = searcher.reader()
    for leaf in query.leaves():
        if getattr(leaf, "fieldname", None) not in ("title", "body"):
            continue
        if isinstance(leaf, MultiTerm):
            for index, text in enumerate(leaf._btexts(reader)):
                if index >= 200:
                    break
                terms.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
            continue
        for _, text in leaf.all_terms():
            terms.add(text.decode("utf-8") if isinstance(text, bytes) else str(text))
    return frozenset(terms)


def _listing(docs: DocStore, text: str, limit: int | None, sort: str, offset: int) -> SearchResults:
    total = docs.count()
    rows = docs.listing(total if limit is None else limit, offset, newest_first=sort != "oldest")
    hits = [Hit(row.id, row.title, row.source, row.published, 0.0) for row in rows]
    return SearchResults(text, total, hits)
