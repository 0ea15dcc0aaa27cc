"""A fast BM25F ranking of plain queries, with Whoosh's own scores and order.

Whoosh scores a match by walking a tree of matchers one document at a time, and reads
each posting block whole, term positions included: in protocol 2 every position list is
a pickled `bytes` (a call to `codecs.encode`), which makes most of the cost of a block.
For the queries people type most (words, ORs of words, field:word), the ranking below
gives the same scores and order as Whoosh's BM25F ranking of every match (same scorer
values, ties by document number), but reads each block's ids and weights only
(`blocks`). Anything else (phrases, wildcards, ranges, NOT, boosts, another weighting)
returns None and Whoosh runs the query as before.

A frequent word matches most of the library, and every match is scored (the caller
needs them all, for the exact count of stories): so its long posting list is never
walked by Python code a posting at a time. A term's BM25 score depends on the
posting's weight and the document's stored length byte only, so it is worked out once
per (weight, length byte) and each block is scored with C-level `map`s over its ids;
deleted documents are dropped from the scores at the end; an OR adds the smaller dict
into the larger, an AND walks the common documents only. (Block-max bounds, the other way to a cheap top-k, prune nothing here: BM25
saturates, so nearly every block of 128 postings holds a document with a high weight
and one with a short field, and its bound tops the page's last score; at 100,000
articles 628 of the 631 stretches of `said` had to be scored anyway.)

It reads Whoosh's private structures (the segment's length column, the BM25F weighting's
fields, a term's extent in the postings file), so `tests/search/test_differential.py`
holds it to Whoosh's own results on a real corpus and on adversarial input, and
`tests/search/test_bm25_scale.py` holds it to Whoosh's ranking on a generated library of
long posting lists.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Set
from functools import lru_cache
from itertools import compress, repeat
from operator import add, getitem, itemgetter, mul, truediv
from typing import NamedTuple
from weakref import WeakKeyDictionary

from whoosh import query as whoosh_query

from briefing.search.blocks import segment_blocks
from briefing.search.matches import Matches


class NotPlain(Exception):
    """The query (or the index) is not one the fast ranking handles."""


def top_by_relevance(
    searcher, query, limit: int | None, matched: Matches | None = None
) -> tuple[list[tuple[int, float]], int] | None:
    """The best `limit` (all with None) `(docnum, score)` of a plain query, best first,
    and the exact number of matches; None when Whoosh must run the query itself.
    Every matching document is added to `matched` when given (segment by segment)."""
    if not is_plain(query):
        return None
    try:
        leaves = [(_evaluate(sub, query), offset) for sub, offset in searcher.leaf_searchers()]
    except NotPlain:
        return None
    count = sum(len(found) for found, _ in leaves)
    if matched is not None:
        for found, offset in leaves:
            matched.add(found.keys(), offset)
    if limit is not None and count > limit:
        if limit <= 0:
            return [], count
        # Only the documents scoring at least the limit-th best score can be in the page.
        values: list[float] = []
        for found, _ in leaves:
            values.extend(found.values())
        floor = floor_of(values, limit)
        items = [
            (docnum + offset, found[docnum])
            for found, offset in leaves
            for docnum in compress(found, map(floor.__le__, found.values()))
        ]
    else:
        items = [
            (docnum + offset, score) for found, offset in leaves for docnum, score in found.items()
        ]
    # Whoosh's order: score, then the lower document number first
    best = sorted(items, key=lambda item: (-item[1], item[0]))[:limit]
    return best, count


def is_word(query) -> bool:
    """Whether a (plain) query is one term or an OR of terms: a word looked up in every
    search field: the query `wordrank` ranks)."""
    kind = type(query)
    if kind is whoosh_query.Or:
        return all(type(sub) is whoosh_query.Term for sub in query.subqueries)
    return kind is whoosh_query.Term


def floor_of(values: list[float], limit: int) -> float:
    """A score at least `limit` of `values` reach (so at most the limit-th best), found
    without a Python step per value: the limit-th best of the maxima of disjoint slices
    (each maximum is a value of its own)."""
    return reaching(values, limit)[0]


def reaching(values: list[float], limit: int) -> tuple[float, list[slice]]:
    """`floor_of(values, limit)`, and the slices of `values` (in order) whose maximum
    reaches it: the only ones holding a value that does (about `limit` of the
    `4 * limit` slices, so a quarter of the values or less to look at)."""
    size = -(-len(values) // max(4 * limit, 64))
    cuts = list(map(slice, range(0, len(values), size), range(size, len(values) + size, size)))
    maxima = list(map(max, map(values.__getitem__, cuts)))  # (in C: no step a slice)
    # The limit-th largest (a C sort of a few dozen floats: heapq.nlargest is Python code)
    floor = sorted(maxima if len(maxima) >= limit else values, reverse=True)[limit - 1]
    return floor, list(compress(cuts, map(floor.__le__, maxima)))


def is_plain(query) -> bool:
    kind = type(query)
    if getattr(query, "boost", 1.0) != 1.0:
        return False
    if kind is whoosh_query.Term:
        return not getattr(query, "minquality", None)
    if kind is whoosh_query.And:
        return bool(query.subqueries) and all(is_plain(sub) for sub in query.subqueries)
    if kind is whoosh_query.Or:
        return (
            bool(query.subqueries)
            and not query.minmatch
            and not query.scale
            and all(is_plain(sub) for sub in query.subqueries)
        )
    return False


def _evaluate(searcher, query) -> dict[int, float]:
    """Scores of the segment's documents matching `query`."""
    kind = type(query)
    if kind is whoosh_query.Term:
        return _term_scores(searcher, query.fieldname, query.text)
    if kind is whoosh_query.Or:
        total: dict[int, float] = {}
        for sub in query.subqueries:
            total = or_into(total, _evaluate(searcher, sub))
        return total
    # And: the rarest part first, its scores plus each other part's, in that order.
    reader = searcher.reader()
    parts = sorted(query.subqueries, key=lambda sub: _size(reader, sub))
    total = _evaluate(searcher, parts[0])
    for sub in parts[1:]:
        if not total:
            break
        more = _evaluate(searcher, sub)
        total = {docnum: total[docnum] + more[docnum] for docnum in total.keys() & more.keys()}
    return total


def or_into(total: dict[int, float], part: dict[int, float]) -> dict[int, float]:
    """`total` with the next part of an OR added (either dict may be used up): a document's
    score sums its parts in order, and one addition of two floats does not depend on
    their order, so the larger dict takes the smaller."""
    if len(part) > len(total):
        total, part = part, total
    get = total.get
    for docnum, score in part.items():
        known = get(docnum)
        total[docnum] = score if known is None else known + score
    return total


def _size(reader, query) -> int:
    if type(query) is whoosh_query.Term:
        try:
            return reader.doc_frequency(query.fieldname, query.text)
        except Exception:
            return 0
    sizes = [_size(reader, sub) for sub in query.subqueries]
    return min(sizes) if type(query) is whoosh_query.And else sum(sizes)


# Per segment reader (gone with it): the length column of each field read so far.
_CACHES: WeakKeyDictionary = WeakKeyDictionary()


def _term_scores(searcher, fieldname: str, text) -> dict[int, float]:
    ids, scores, deleted = term_lists(searcher, fieldname, text)
    found = dict(zip(ids, scores, strict=True))
    if deleted:  # scored above with the rest (cheaper than sifting every block)
        if len(deleted) < len(found):
            deque(map(found.pop, deleted, repeat(None)), maxlen=0)
        else:
            for docnum in deleted.intersection(found):
                del found[docnum]
    return found


def term_lists(searcher, fieldname: str, text) -> tuple[list[int], list[float], Set[int]]:
    """A term's postings in the segment: document numbers (ascending), their scores, and
    the segment's deleted documents (which the two lists still hold)."""
    from whoosh.reading import TermNotFound

    reader = searcher.reader()
    if fieldname not in searcher.schema:
        return [], [], frozenset()
    try:
        text = searcher.schema[fieldname].to_bytes(text)
    except ValueError:
        return [], [], frozenset()
    try:  # the one look-up of the term in the segment (its info: extent, frequency)
        info = reader.term_info(fieldname, text)
    except TermNotFound:
        return [], [], frozenset()
    deleted: Set[int] = getattr(reader, "deleted_docs_set", None) or frozenset()
    cache = _CACHES.get(reader)
    if cache is None:
        cache = _CACHES[reader] = {}
    held = cache.get(fieldname)
    if held is None:  # the lengths, and the top of a row their largest byte needs
        lengths = _length_bytes(reader, fieldname)
        held = cache[fieldname] = lengths, max(lengths, default=255) | 31
    lengths, top = held
    score_of = _Scores(
        _constants(searcher, fieldname, text),
        lambda docnum: reader.doc_field_length(docnum, fieldname, 1),
    )
    # A long list: its scores by weight, then by length byte (a row is 256 scores, worked
    # out once a weight); a short one: each (weight, length byte) pair it holds.
    if info.doc_frequency() >= _LONG:
        by_weight = score_of.rows(top)

        def score_block(weights, codes):
            return map(getitem, map(by_weight.__getitem__, weights), codes)

    else:
        by_code = _ByCode(score_of)

        def score_block(weights, codes):
            return map(by_code.__getitem__, zip(weights, codes, strict=True))

    all_ids: list[int] = []
    scores: list[float] = []
    for ids, weights in segment_blocks(reader, fieldname, text, info):
        ids = tuple(ids)
        if not ids:
            continue
        all_ids.extend(ids)
        codes = _codes(lengths, ids) if ids[-1] < len(lengths) else b"\0"
        if 0 in codes:  # a length the column does not hold: asked for, document by document
            scores.extend(map(score_of.of_document, ids, weights))
        else:
            scores.extend(score_block(weights, codes))
    if len(scores) != len(all_ids):
        raise ValueError(f"a posting block of {fieldname}:{text!r} has ids and weights apart")
    return all_ids, scores, deleted


def _codes(lengths: bytes, ids: tuple[int, ...]) -> bytes:
    """The length bytes of the documents `ids` (all in `lengths`): one `itemgetter` call
    (a third of the cost of mapping `lengths.__getitem__`, a call per document)."""
    if len(ids) == 1:  # itemgetter of one item gives the item, not a tuple
        return bytes((lengths[ids[0]],))
    return bytes(itemgetter(*ids)(lengths))


class Constants(NamedTuple):
    """A term's BM25F scorer's constants (the names of `BM25FScorer`'s attributes)."""

    idf: float
    avgfl: float
    B: float
    K1: float


def _constants(searcher, fieldname: str, text: bytes) -> Constants:
    """The constants Whoosh's BM25F scorer of the term would hold: the global idf and
    average field length (from the top searcher, whose idf cache serves every segment),
    the field's B and K1. Made without the scorer, which looks the term up in the segment
    for a bound this ranking does not use. NotPlain for another weighting model (or a
    field that is not scored)."""
    from whoosh.scoring import BM25F

    weighting = searcher.weighting
    if type(weighting) is not BM25F or not searcher.schema[fieldname].scorable:
        raise NotPlain("another weighting model")
    parent = searcher.get_parent()  # itself when it has none
    b = weighting._field_B.get(fieldname, weighting.B)
    return Constants(
        parent.idf(fieldname, text), parent.avg_field_length(fieldname) or 1, b, weighting.K1
    )


class _Scores:
    """A term's BM25 score of a posting: by (weight, length byte), or for a long list by
    weight then length byte (`rows`); by document for a length the column does not hold.

    whoosh.scoring.bm25 is idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))):
    the same expression on the same floats, so the same scores as Whoosh's.
    """

    def __init__(self, scorer, field_length) -> None:
        self._idf, self._avgfl, self._b, self._k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        self._field_length = field_length

    def of(self, weight: float, length: float) -> float:
        norm = self._k1 * ((1 - self._b) + self._b * length / self._avgfl)
        return self._idf * ((weight * (self._k1 + 1)) / (weight + norm))

    def of_document(self, docnum: int, weight: float) -> float:
        return self.of(weight, self._field_length(docnum))

    def rows(self, top: int = 255) -> _ByWeight:
        """The term's scores by weight, then by length byte up to `top` at least (shared
        by its segments)."""
        key = (self._idf, self._avgfl, self._b, self._k1)
        rows = _ROWS.get(key)
        if rows is None or rows.top < top:
            if len(_ROWS) >= _KEEP_ROWS:
                _ROWS.clear()
            rows = _ROWS[key] = _ByWeight(*key, top)
        return rows


class _ByCode(dict):
    """(weight, length byte) -> score, filled in on first use."""

    def __init__(self, scores: _Scores) -> None:
        super().__init__()
        self._scores = scores

    def __missing__(self, key: tuple[float, int]) -> float:
        weight, code = key
        score = self[key] = self._scores.of(weight, _BYTE_TO_LENGTH[code])
        return score


class _ByWeight(dict):
    """weight -> its scores by length byte (`_Scores.of`, written out for speed), filled
    in on first use. A dict lookup of a float and a list index cost half the lookup of
    a (weight, length byte) pair, whose tuple is made and hashed for every posting.
    A row is made by C-level `map`s over the field's 256 length norms (the same for every
    term of the field): the same operations on the same floats as `_Scores.of`, at a
    fifth of the cost of a Python loop (a frequent word has a row per weight, up to 40).
    A row stops at length byte `top`: a segment's bodies use about 60 of the 256 (46 to
    106 at 10,000 articles), the largest rarely past 127."""

    def __init__(self, idf: float, avgfl: float, b: float, k1: float, top: int = 255) -> None:
        super().__init__()
        self._idf, self._k1, self.top = idf, k1, top
        self._norms = _norms(avgfl, b, k1)[: top + 1]

    def __missing__(self, weight: float) -> list[float]:
        top = weight * (self._k1 + 1)
        plus = map(add, repeat(weight), self._norms)
        row = list(map(mul, repeat(self._idf), map(truediv, repeat(top), plus)))
        self[weight] = row
        return row


@lru_cache(maxsize=16)
def _norms(avgfl: float, b: float, k1: float) -> list[float]:
    """k1 * ((1 - b) + b * length / avgfl) of each length byte (`_Scores.of`'s norm)."""
    return [k1 * ((1 - b) + b * fl / avgfl) for fl in _BYTE_TO_LENGTH]


# The rows of the last few terms' scorers (by idf, average length and the two
# constants): a word's segments share them within one search. (Dropped all at once
# when full: no order to keep between threads.)
_ROWS: dict[tuple[float, float, float, float], _ByWeight] = {}
_KEEP_ROWS = 8
# A term's list this long (in a segment) is scored through rows; a shorter one holds
# too few of a row's 256 lengths to earn it.
_LONG = 1024


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
