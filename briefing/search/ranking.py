"""Searching the index: ranked or by date, with snippets for the hits shown."""

from __future__ import annotations

import heapq
import re
import zlib
from itertools import accumulate
from pickle import loads
from weakref import WeakKeyDictionary

from whoosh import query as whoosh_query
from whoosh import sorting

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore
from briefing.catalog.facets import compute_facets
from briefing.catalog.listing import Hit, SearchResults, add_also_in, listing_results
from briefing.catalog.lookup import light_rows
from briefing.catalog.restrict import Restriction
from briefing.search.query import parse_query
from briefing.search.snippets import make_snippet

SORTS = ("relevance", "date", "newest", "oldest")
FACET_MATCHES = 2000


def run_search(
    searcher,
    docs: DocStore,
    text: str,
    limit: int | None = 10,
    sort: str = "relevance",
    offset: int = 0,
    snippets: bool = True,
    facets: bool = False,
    restriction: Restriction | None = None,
) -> SearchResults:
    """Search for `text`; an empty query lists the library (newest first by default).

    Same-story copies show once (the best placed), the others listed in its `also_in`.
    With `facets`, the results carry the top entities, sources and months of the matches
    (the best `FACET_MATCHES` of them when there are more). A `restriction` keeps the
    results to, or away from, a set of ids (every match is ranked, then filtered).
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}")
    restriction = restriction if restriction is not None and restriction.active else None
    if not text.strip():
        results = listing_results(docs, text, limit, sort, offset, restriction)
        if facets:
            rows = docs.listing(FACET_MATCHES, 0, newest_first=sort != "oldest")
            results.facets = compute_facets(docs.db, [row.id for row in rows])
        return results
    query = parse_query(text)
    wanted = None if limit is None else offset + limit
    # Fetch more than the page: copies folded into their group leave room to fill.
    fetch = None if wanted is None or restriction else wanted + max(limit or 0, 10)
    ranked = None
    if sort == "relevance":
        ranked = top_by_relevance(searcher, query, fetch)
    if ranked is not None:
        scored, total = ranked
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
    terms = query_terms(query, searcher)
    stored = searcher.stored_fields
    by_id = {stored(docnum)["id"]: score for docnum, score in scored}
    if restriction is not None:
        by_id = {key: by_id[key] for key in restriction.keep(by_id)}
        total = len(by_id)
    kept, others = groupstore.collapse(docs.db, list(by_id))
    page = kept[offset : None if limit is None else wanted]
    ids = page
    # Whole articles (bodies) only when snippets are wanted; otherwise the light columns.
    articles = docs.get_many(ids) if snippets else {}
    rows = light_rows(docs.db, ids)
    hits = []
    for article_id in page:
        article = articles.get(article_id)
        row = rows.get(article_id)
        if row is None:
            continue  # in Whoosh but gone from the store: never show a broken hit
        hit = Hit(
            id=article_id,
            title=row.title,
            source=row.source,
            published=row.published,
            score=by_id[article_id],
        )
        if snippets and article is not None:
            snippet = make_snippet(article.body, terms)
            hit.snippet, hit.highlights = snippet.text, snippet.highlights
        hits.append(hit)
    add_also_in(docs, hits, others)
    found = SearchResults(text, total, hits, terms)
    if facets:
        found.facets = compute_facets(docs.db, matching_ids(searcher, query))
    return found


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


# Ranking plain queries ------------------------------------------------------------------
#
# Whoosh scores a match by walking a tree of matchers one document at a time, and reads
# each posting block whole, term positions included: in protocol 2 every position list is
# a pickled `bytes` (a call to `codecs.encode`), which makes most of the cost of a block.
# For the queries people type most (words, ORs of words, field:word), the ranking below
# gives the same scores and order as Whoosh's BM25F top-N collector (same scorer values,
# ties by document number), but reads each block's ids and weights only and scores a
# term's postings in one loop. Anything else (phrases, wildcards, ranges, NOT, boosts,
# another weighting) returns None and Whoosh runs the query as before.


class _NotPlain(Exception):
    """The query (or the index) is not one the fast ranking handles."""


def top_by_relevance(
    searcher, query, limit: int | None
) -> tuple[list[tuple[int, float]], int] | None:
    """The best `limit` (all with None) `(docnum, score)` of a plain query, best first,
    and the exact number of matches; None when Whoosh must run the query itself."""
    if not _is_plain(query):
        return None
    try:
        scores: dict[int, float] = {}
        for subsearcher, offset in searcher.leaf_searchers():
            found = _evaluate(subsearcher, query, None)
            if offset:
                found = {docnum + offset: score for docnum, score in found.items()}
            scores.update(found)
    except _NotPlain:
        return None
    items = scores.items()
    if limit is not None and len(scores) > limit:
        # Only the documents scoring at least the limit-th best score can be in the page.
        floor = heapq.nlargest(limit, scores.values())[-1]
        items = [item for item in items if item[1] >= floor]
    # Whoosh's order: score, then the lower document number first
    best = sorted(items, key=lambda item: (-item[1], item[0]))[:limit]
    return best, len(scores)


def _is_plain(query) -> bool:
    kind = type(query)
    if getattr(query, "boost", 1.0) != 1.0:
        return False
    if kind is whoosh_query.Term:
        return not getattr(query, "minquality", None)
    if kind is whoosh_query.And:
        return bool(query.subqueries) and all(_is_plain(sub) for sub in query.subqueries)
    if kind is whoosh_query.Or:
        return (
            bool(query.subqueries)
            and not query.minmatch
            and not query.scale
            and all(_is_plain(sub) for sub in query.subqueries)
        )
    return False


def _evaluate(searcher, query, wanted: set[int] | None) -> dict[int, float]:
    """Scores of the segment's documents matching `query` (among `wanted`, when given)."""
    kind = type(query)
    if kind is whoosh_query.Term:
        return _term_scores(searcher, query.fieldname, query.text, wanted)
    if kind is whoosh_query.Or:
        total: dict[int, float] = {}
        for sub in query.subqueries:
            for docnum, score in _evaluate(searcher, sub, wanted).items():
                total[docnum] = total.get(docnum, 0.0) + score
        return total
    # And: the rarest part first, then only its matches are scored in the others.
    reader = searcher.reader()
    parts = sorted(query.subqueries, key=lambda sub: _size(reader, sub))
    total = _evaluate(searcher, parts[0], wanted)
    for sub in parts[1:]:
        if not total:
            break
        more = _evaluate(searcher, sub, set(total))
        total = {docnum: score + more[docnum] for docnum, score in total.items() if docnum in more}
    return total


def _size(reader, query) -> int:
    if type(query) is whoosh_query.Term:
        try:
            return reader.doc_frequency(query.fieldname, query.text)
        except Exception:
            return 0
    sizes = [_size(reader, sub) for sub in query.subqueries]
    return min(sizes) if type(query) is whoosh_query.And else sum(sizes)


# Per segment reader (gone with it): the BM25 length part of each document seen so far.
_CACHES: WeakKeyDictionary = WeakKeyDictionary()


def _term_scores(searcher, fieldname: str, text, wanted: set[int] | None) -> dict[int, float]:
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.scoring import BM25FScorer, WeightScorer

    reader = searcher.reader()
    if fieldname not in searcher.schema:
        return {}
    try:
        text = searcher.schema[fieldname].to_bytes(text)
    except ValueError:
        return {}
    if (fieldname, text) not in reader:
        return {}
    # The scorer Whoosh's Term matcher would get: global idf and average field length.
    scorer = searcher.weighting.scorer(searcher, fieldname, text)
    matcher = reader.postings(fieldname, text)
    deleted: frozenset[int] | set[int] = frozenset()
    if isinstance(matcher, FilterMatcher):
        if not getattr(matcher, "_exclude", False):
            raise _NotPlain("unexpected postings filter")
        deleted = matcher._ids
        matcher = matcher.child
    scores: dict[int, float] = {}
    if type(scorer) is WeightScorer:
        for ids, weights in _postings(matcher):
            for docnum, weight in zip(ids, weights, strict=True):
                if docnum not in deleted and (wanted is None or docnum in wanted):
                    scores[docnum] = weight
        return scores
    if type(scorer) is not BM25FScorer:
        raise _NotPlain("another weighting model")
    # whoosh.scoring.bm25 is idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl)));
    # the length part of each document is kept for the next query (same floats).
    idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
    k1_plus_1 = k1 + 1
    cache = _CACHES.get(reader)
    if cache is None:
        cache = _CACHES[reader] = {}
    norms = cache.setdefault((fieldname, avgfl, b, k1), {})
    lengths = cache.get(fieldname)
    if lengths is None:
        lengths = cache[fieldname] = _length_bytes(reader, fieldname)
    table = _BYTE_TO_LENGTH
    field_length = reader.doc_field_length
    # Candidates (`wanted`) come from scored documents, never deleted ones.
    keep = deleted.__contains__ if wanted is None else wanted.__contains__
    drop = wanted is None
    for ids, weights in _postings(matcher):
        for docnum, weight in zip(ids, weights, strict=True):
            if keep(docnum) is drop:
                continue
            norm = norms.get(docnum)
            if norm is None:
                code = lengths[docnum] if docnum < len(lengths) else 0
                length = table[code] if code else field_length(docnum, fieldname, 1)
                norm = norms[docnum] = k1 * ((1 - b) + b * length / avgfl)
            scores[docnum] = idf * ((weight * k1_plus_1) / (weight + norm))
    return scores


def _length_bytes(reader, fieldname: str) -> bytes:
    """The segment's field lengths as stored (one byte per document), read in one go,
    or nothing when the segment is not laid out so (then each is asked for)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN

    try:
        column = reader._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None or column._fixedlen != 1:
            return b""
        return bytes(column._dbfile.get(column._basepos, column._count))
    except (AttributeError, TypeError):
        return b""


def _byte_to_length_table() -> list[int]:
    from whoosh.util.numeric import byte_to_length

    return [byte_to_length(code) for code in range(256)]


_BYTE_TO_LENGTH = _byte_to_length_table()


# A W3 posting block is the pickle (protocol 2) of (ids, weights, values). This matches
# its ids (delta-coded ints) and weights (None, one number or a tuple of numbers), so the
# values (term positions) need not be unpickled. Tuples of 1-3 items use TUPLE1-3, longer
# ones MARK ... TUPLE; each tuple is memoised (BINPUT or LONG_BINPUT).
_NUMBER = rb"(?:K.|M..|J....|G.{8})"
_PUT = rb"(?:q.|r....)"


def _tuple_of(item: bytes) -> bytes:
    return (
        rb"(?:\)|"
        + item
        + rb"\x85"
        + _PUT
        + rb"|"
        + item * 2
        + rb"\x86"
        + _PUT
        + rb"|"
        + item * 3
        + rb"\x87"
        + _PUT
        + rb"|\("
        + item
        + rb"*t"
        + _PUT
        + rb")"
    )


# The weights: a tuple tried first (a lone number is never followed by TUPLE1-3 or a
# number: the values come next, and they start with another opcode).
_IDS_AND_WEIGHTS = re.compile(
    rb"\x80\x02" + _tuple_of(rb"(?:K.|M..|J....)") + rb"(?:" + _tuple_of(_NUMBER) + rb"|N|"
    + _NUMBER + rb")",
    re.DOTALL,
)  # fmt: skip


def _postings(matcher):
    """(ids, weights) of each posting block of a term, in document order."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    if type(matcher) is not W3LeafMatcher or getattr(matcher, "_byteids", True):
        # Inlined (short) posting lists and anything else: the plain matcher interface.
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        yield ids, weights
        return
    postfile = matcher._postfile
    while matcher.is_active():
        start, end = matcher._dataoffset, matcher._nextoffset
        data = postfile.get(start, end - start)
        if matcher._compression:
            data = zlib.decompress(data)
        found = _IDS_AND_WEIGHTS.match(data)
        if found is None:
            matcher._read_ids()
            matcher._read_weights()
            yield matcher._ids, matcher._weights
        else:
            deltas, weights = loads(found.group() + b"\x86.")
            if weights is None or not isinstance(weights, tuple):
                # One weight for the whole block, as Whoosh reads it (a float32 array)
                weights = _same_weights(1.0 if weights is None else weights, len(deltas))
            yield accumulate(deltas), weights
        matcher._next_block()


def _same_weights(weight: float, count: int):
    from array import array

    return array("f", [weight]) * count
