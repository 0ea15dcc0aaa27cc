"""Searching the index: ranked or by date, with snippets for the hits shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from whoosh import sorting

from briefing.index import groupstore
from briefing.index.docstore import DocStore
from briefing.index.facets import compute_facets
from briefing.index.lookup import light_rows
from briefing.index.query import parse_query
from briefing.index.snippets import make_snippet

SORTS = ("relevance", "date", "newest", "oldest")
FACET_MATCHES = 2000


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
    # The other copies of this hit's same-story group: [{"id", "source"}]
    also_in: list[dict[str, Any]] = field(default_factory=list)

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
            "also_in": list(self.also_in),
        }


@dataclass
class SearchResults:
    """A page of results and the total number of matches."""

    query: str
    total: int
    hits: list[Hit]
    terms: frozenset[str] = frozenset()
    # Top people, places, organisations, sources and months of the matches, when asked
    facets: dict[str, list[list[Any]]] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `briefing search --json` document (`facets` only when asked for)."""
        data: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "results": [hit.to_json() for hit in self.hits],
        }
        if self.facets is not None:
            data["facets"] = self.facets
        return data


def run_search(
    searcher,
    docs: DocStore,
    text: str,
    limit: int | None = 10,
    sort: str = "relevance",
    offset: int = 0,
    snippets: bool = True,
    facets: bool = False,
) -> SearchResults:
    """Search for `text`; an empty query lists the library (newest first by default).

    Same-story copies show once (the best placed), the others listed in its `also_in`.
    With `facets`, the results carry the top entities, sources and months of the matches
    (the best `FACET_MATCHES` of them when there are more).
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    if not text.strip():
        results = _listing(docs, text, limit, sort, offset)
        if facets:
            rows = docs.listing(FACET_MATCHES, 0, newest_first=sort != "oldest")
            results.facets = compute_facets(docs.db, [row.id for row in rows])
        return results
    query = parse_query(text)
    wanted = None if limit is None else offset + limit
    # Fetch more than the page: copies folded into their group leave room to fill.
    fetch = None if wanted is None else wanted + max(limit or 0, 10)
    if sort == "relevance":
        results = searcher.search(query, limit=fetch)
    else:
        facet = sorting.FieldFacet("published", reverse=sort in ("date", "newest"))
        results = searcher.search(query, limit=fetch, sortedby=facet)
    total = len(results) if fetch is None else results.estimated_length()
    if fetch is not None and results.has_exact_length():
        total = len(results)
    terms = query_terms(query, searcher)
    by_id = {hit["id"]: hit for hit in results}
    kept, others = groupstore.collapse(docs.db, list(by_id))
    page = [by_id[article_id] for article_id in kept][offset : None if limit is None else wanted]
    ids = [hit["id"] for hit in page]
    # Whole articles (bodies) only when snippets are wanted; otherwise the light columns.
    articles = docs.get_many(ids) if snippets else {}
    rows = light_rows(docs.db, ids)
    hits = []
    for result in page:
        article_id = result["id"]
        article = articles.get(article_id)
        row = rows.get(article_id)
        if row is None:
            continue  # in Whoosh but gone from the store: never show a broken hit
        hit = Hit(
            id=article_id,
            title=row.title,
            source=row.source,
            published=row.published,
            score=float(result.score or 0.0),
        )
        if snippets and article is not None:
            snippet = make_snippet(article.body, terms)
            hit.snippet, hit.highlights = snippet.text, snippet.highlights
        hits.append(hit)
    _add_also_in(docs, hits, others)
    found = SearchResults(text, total, hits, terms)
    if facets:
        found.facets = compute_facets(docs.db, matching_ids(searcher, query))
    return found


def matching_ids(searcher, query, limit: int | None = FACET_MATCHES) -> list[str]:
    """Ids of the best `limit` matches of a parsed query (all of them with None)."""
    return [hit["id"] for hit in searcher.search(query, limit=limit)]


def _add_also_in(docs: DocStore, hits: list[Hit], others: dict[str, list[str]]) -> None:
    """Fill each hit's `also_in` with the other copies of its group and their sources."""
    wanted = {other for hit in hits for other in others.get(hit.id, [])}
    if not wanted:
        return
    rows = light_rows(docs.db, wanted)
    for hit in hits:
        hit.also_in = [
            {"id": other, "source": rows[other].source}
            for other in others.get(hit.id, [])
            if other in rows
        ]


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
    # The listing is the whole library page by page: copies stay, each naming the others.
    others = groupstore.others_of(docs.db, [row.id for row in rows])
    hits = [Hit(row.id, row.title, row.source, row.published, 0.0) for row in rows]
    _add_also_in(docs, hits, others)
    return SearchResults(text, total, hits)
