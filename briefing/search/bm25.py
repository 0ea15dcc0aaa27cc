"""A fast BM25F ranking of plain queries, with Whoosh's own scores and order.

Whoosh scores a match by walking a tree of matchers one document at a time, and reads
each posting block whole, term positions included: in protocol 2 every position list is
a pickled `bytes` (a call to `codecs.encode`), which makes most of the cost of a block.
For the queries people type most (words, ORs of words, field:word), the ranking below
gives the same scores and order as Whoosh's BM25F top-N collector (same scorer values,
ties by document number), but reads each block's ids and weights only (`blocks`) and
scores a term's postings in one loop. Anything else (phrases, wildcards, ranges, NOT,
boosts, another weighting) returns None and Whoosh runs the query as before.

It reads Whoosh's private structures (the segment's length column, the scorer's fields),
so `tests/search/test_differential.py` holds it to Whoosh's own results on a real corpus
and on adversarial input.
"""

from __future__ import annotations

import heapq
from weakref import WeakKeyDictionary

from whoosh import query as whoosh_query

from briefing.search.blocks import read_blocks


class NotPlain(Exception):
    """The query (or the index) is not one the fast ranking handles."""


def top_by_relevance(
    searcher, query, limit: int | None, matched: set[int] | None = None
) -> tuple[list[tuple[int, float]], int] | None:
    """The best `limit` (all with None) `(docnum, score)` of a plain query, best first,
    and the exact number of matches; None when Whoosh must run the query itself.
    Every matching document number is added to `matched` when given."""
    if not _is_plain(query):
        return None
    try:
        scores: dict[int, float] = {}
        for subsearcher, offset in searcher.leaf_searchers():
            found = _evaluate(subsearcher, query, None)
            if offset:
                found = {docnum + offset: score for docnum, score in found.items()}
            scores.update(found)
    except NotPlain:
        return None
    if matched is not None:
        matched.update(scores)
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
            raise NotPlain("unexpected postings filter")
        deleted = matcher._ids
        matcher = matcher.child
    scores: dict[int, float] = {}
    if type(scorer) is WeightScorer:
        for ids, weights in read_blocks(matcher):
            for docnum, weight in zip(ids, weights, strict=True):
                if docnum not in deleted and (wanted is None or docnum in wanted):
                    scores[docnum] = weight
        return scores
    if type(scorer) is not BM25FScorer:
        raise NotPlain("another weighting model")
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
    for ids, weights in read_blocks(matcher):
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
