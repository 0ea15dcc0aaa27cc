"""Ranking a parsed query: the best matches by relevance or by date, their terms.

Plain queries take the fast BM25F path (`bm25`, Whoosh's scores and order; a word's page,
`wordrank`); anything else is Whoosh's own search.
"""

from __future__ import annotations

from briefing.search.bm25 import NotPlain, is_plain, is_word, top_by_relevance
from briefing.search.matches import Matches
from briefing.search.stored import stored_ids
from briefing.search.wordrank import top_of_word

SORTS = ("relevance", "date", "newest", "oldest")
FACET_MATCHES = 2000


def ranked(
    searcher, query, fetch: int | None, sort: str
) -> tuple[list[tuple[str, float]], Matches]:
    """The best `fetch` matches (all with None) as (article id, score), best or newest
    (oldest) first, undated ones last in both date orders, and every matching document
    (for exact counts: a phrase's estimate can be ten times too high)."""
    matched = Matches()
    if sort == "relevance":
        found = best_matches(searcher, query, fetch, matched)
        if found is not None:
            scored = found[0]
        else:
            everything: set[int] = set()
            collector = _counting(fetch, everything)
            searcher.search_with_collector(query, collector)
            results = collector.results()
            scored = [(hit.docnum, float(hit.score or 0.0)) for hit in results]
            matched = Matches.of(everything)
    else:
        everything = set(searcher.docs_for_query(query))
        order = by_date(searcher, everything, newest_first=sort in ("date", "newest"))
        scored = [(docnum, 0.0) for docnum in order[:fetch]]
        matched = Matches.of(everything)
    ids = stored_ids(searcher, [docnum for docnum, _ in scored])  # (Whoosh's: 1.6x the cost)
    return [(ids[docnum], score) for docnum, score in scored], matched


def best_matches(
    searcher, query, limit: int | None, matched: Matches | None = None
) -> tuple[list[tuple[int, float]], int] | None:
    """`bm25.top_by_relevance`, a word's page by `wordrank` (the same page and count)."""
    if limit is not None and limit > 0 and is_plain(query) and is_word(query):
        try:
            return top_of_word(searcher, query, limit, matched)
        except NotPlain:
            return None
    return top_by_relevance(searcher, query, limit, matched)


def _counting(limit: int | None, matched: set[int]):
    """Whoosh's top-N collector, also adding every matching document number to `matched`
    in the same pass (without block-quality skipping nor the replacement of the matcher by
    one that skips what cannot enter the top N, either of which would leave some out: a
    phrase's story count was 848 of 1,447, and varied with the index's segments; the top N
    is the same)."""
    from whoosh.collectors import TopCollector, UnlimitedCollector

    base = UnlimitedCollector if limit is None else TopCollector
    options = {} if limit is None else {"limit": limit, "usequality": False, "replace": 0}

    class Counting(base):
        def collect(self, sub_docnum):
            matched.add(self.offset + sub_docnum)
            return base.collect(self, sub_docnum)

    return Counting(**options)


def by_date(searcher, docnums, newest_first: bool) -> list[int]:
    """`docnums` by publication time (newest or oldest first), ties in document order,
    the undated last either way."""
    column = searcher.reader().column_reader("published", translate=False)
    missing = searcher.schema["published"].default_column()._default  # an undated one's
    dated, undated = [], []
    for docnum in sorted(docnums):
        value = column[docnum]
        if value != missing:
            dated.append((value, docnum))
        else:
            undated.append(docnum)
    dated.sort(key=lambda item: item[0], reverse=newest_first)  # stable: ties keep order
    return [docnum for _, docnum in dated] + undated


def matching_ids(searcher, query, limit: int | None = FACET_MATCHES) -> list[str]:
    """Ids of the best `limit` matches of a parsed query (all of them with None)."""
    ranked = best_matches(searcher, query, limit)
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
