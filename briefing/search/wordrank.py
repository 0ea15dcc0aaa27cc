"""The best few matches of one word (a term, or an OR of a word's term in each field):
the query people type most, and for a frequent word the longest posting lists.

`bm25` scores each segment's matches into one dict of document -> score. For a word
most articles hold (60,000 body postings at 100,000 articles) building that dict, then
picking the page from it, was a third of the search. Here a segment's postings of the
word stay two lists (document numbers ascending, scores) when at most two of its terms
match there (the body's, and the title's or another field's): only the documents of the
smaller list get a dict entry (their sum with the larger list's score, found by
bisection), and the page is picked from the larger list by a floor on its scores, in C.
Three or more matching terms fall back to `bm25`'s sum of dicts. The scores are the same
floats (the sum of two parts is one addition, which does not depend on their order), the
order Whoosh's (score, then the lower document number), the count exact;
`tests/search/test_wordrank.py` holds it to `bm25`'s dict ranking.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set
from itertools import chain, compress, repeat
from operator import add, eq, not_

from whoosh import query as whoosh_query

from briefing.search.bm25 import floor_of, or_into, reaching, term_lists
from briefing.search.matches import Matches


def top_of_word(
    searcher, query, limit: int, matched: Matches | None
) -> tuple[list[tuple[int, float]], int]:
    """`top_by_relevance` of a term or an OR of terms, for a page of `limit` > 0."""
    terms = query.subqueries if type(query) is whoosh_query.Or else [query]
    items: list[tuple[int, float]] = []
    count = 0
    for sub, offset in searcher.leaf_searchers():
        parts = [term_lists(sub, term.fieldname, term.text) for term in terms]
        deleted: Set[int] = next((gone for _, _, gone in parts if gone), frozenset())
        found = [(ids, scores) for ids, scores, _ in parts if ids]
        if not found:
            continue
        if len(found) > 2:  # the sum of three or more parts depends on their order
            total: dict[int, float] = {}
            for ids, scores in found:
                total = or_into(total, dict(zip(ids, scores, strict=True)))
            for docnum in deleted.intersection(total):
                del total[docnum]
            ids, scores, others, alone = [], [], total, list(total)
        else:
            found.sort(key=lambda part: -len(part[0]))  # the larger first
            ids, scores = found[0]
            others, alone = _others(ids, scores, found[1] if len(found) > 1 else None)
            for docnum in deleted.intersection(others):
                del others[docnum]
            alone = [docnum for docnum in alone if docnum not in deleted] if deleted else alone
        in_lists = len(ids) - _held(ids, deleted)
        count += in_lists + len(alone)
        if matched is not None:
            matched.add(ids, offset, deleted, in_lists)
            matched.add(alone, offset)
        best = _best_of_lists(ids, scores, limit, others, deleted)
        best.extend(_best_of_dict(others, limit))
        items.extend((docnum + offset, score) for docnum, score in best)
    # Whoosh's order: score, then the lower document number first
    return sorted(items, key=lambda item: (-item[1], item[0]))[:limit], count


def _others(
    ids: list[int], scores: list[float], smaller: tuple[list[int], list[float]] | None
) -> tuple[dict[int, float], list[int]]:
    """The documents of the smaller list with their whole score (their own, plus the
    larger list's when it holds them too), and those the larger list does not hold."""
    if smaller is None:
        return {}, []
    small_ids, small_scores = smaller
    places, both = _places(ids, small_ids)
    others = dict(zip(small_ids, small_scores, strict=True))
    sums = map(add, map(scores.__getitem__, compress(places, both)), compress(small_scores, both))
    others.update(zip(compress(small_ids, both), sums, strict=False))  # two equal lengths
    return others, list(compress(small_ids, map(not_, both)))


def _places(ids: list[int], wanted: list[int]) -> tuple[list[int], list[bool]]:
    """Where each of `wanted` is, or would go, in the ascending list `ids`, and whether it
    is there: one bisection each, in C."""
    size = len(ids)
    places = list(map(bisect_left, repeat(ids), wanted, repeat(0), repeat(size)))
    ids.append(-1)  # where a number past the last one would go: no document is -1
    try:
        return places, list(map(eq, map(ids.__getitem__, places), wanted))
    finally:
        ids.pop()


def _held(ids: list[int], docnums: Set[int]) -> int:
    """How many of `docnums` the ascending list `ids` holds."""
    if not docnums or not ids:
        return 0
    if len(ids) <= len(docnums):  # a rare word: each of its documents looked up
        return sum(map(docnums.__contains__, ids))
    return sum(_places(ids, sorted(docnums))[1])


def _best_of_lists(
    ids: list[int], scores: list[float], limit: int, others: dict, deleted: Set[int]
) -> list[tuple[int, float]]:
    """At least the best `limit` of the lists' documents that are in neither `others`
    (scored there) nor `deleted` (all of them when there are fewer)."""
    wanted = 2 * limit
    while True:
        if wanted >= len(scores):
            picked = _kept(zip(ids, scores, strict=True), others, deleted)
        else:
            floor, cuts = reaching(scores, wanted)  # at least `wanted` scores reach it
            # Only the slices whose maximum reaches the floor, joined in C, in order
            part = list(chain.from_iterable(map(scores.__getitem__, cuts)))
            part_ids = chain.from_iterable(map(ids.__getitem__, cuts))
            reach = bytes(map(floor.__le__, part))  # (no pair made for every posting)
            pairs = zip(compress(part_ids, reach), compress(part, reach), strict=True)
            picked = _kept(pairs, others, deleted)
        if len(picked) >= limit or wanted >= len(scores):
            return picked
        wanted *= 4  # the best of the lists are often in `others` too (a title's word)


def _kept(pairs, others: dict, deleted: Set[int]) -> list[tuple[int, float]]:
    """The (document, score) `pairs` of documents in neither `others` nor `deleted`."""
    return [pair for pair in pairs if pair[0] not in others and pair[0] not in deleted]


def _best_of_dict(found: dict[int, float], limit: int) -> list[tuple[int, float]]:
    """At least the best `limit` of `found` (all of them when there are fewer)."""
    if len(found) <= limit:
        return list(found.items())
    floor = floor_of(list(found.values()), limit)
    return list(compress(found.items(), map(floor.__le__, found.values())))
