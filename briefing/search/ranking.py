"""Ranking a parsed query: the best matches by relevance or by date, their terms.

Plain queries take the fast BM25F path (`bm25`, Whoosh's scores and order); anything
else is Whoosh's own search.
"""

from __future__ import annotations

from whoosh import sorting

from briefing.search.bm25 import top_by_relevance

SORTS = ("relevance", "date", "newest", "oldest")
FACET_MATCHES = 2000


def ranked(searcher, query, fetch: int | None, sort: str) -> tuple[list[tuple[str, float]], int]:
    """The best `fetch` matches (all with None) as (article id, score), best or newest
    first, and the number of matches (exact, or Whoosh's estimate past a page)."""
    found = top_by_relevance(searcher, query, fetch) if sort == "relevance" else None
    if found is not None:
        scored, total = found
    else:
        if sort == "relevance":
            results = searcher.search(query, limit=fetch)
        else:
            facet = sorting.FieldFacet("published", reverse=sort in ("date", "newest"))
            results = searcher.search(query, limit=fetch, sortedby=facet)
        total = len(results) if fetch is None else results.estimated_length()
        if fetch is not None and results.has_exact_length():
            total = len(results)
        scored = [(hit.docnum, float(hit.score or 0.0)) for hit in results]
    stored = searcher.stored_fields
    return [(stored(docnum)["id"], score) for docnum, score in scored], total


def matching_ids(searcher, query, limit: int | None = FACET_MATCHES) -> list[str]:
    """Ids of the best `limit` matches of a parsed query (all of them with None)."""
    ranked = top_by_relevance(searcher, query, limit)
    if ranked is None:
        return [hit["id"] for hit in searcher.search(query, limit=limit)]
    stored = searcher.stored_fields
    return [stored(docnum)["id"] for docnum, _ in ranked[0]]


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
