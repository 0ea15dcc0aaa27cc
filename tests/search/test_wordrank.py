"""A word's page (`wordrank`: a term or an OR of terms, its long list kept as two lists)
is the page of `bm25`'s dict ranking, float for float and in the same order, with the
same count and the same matched documents, on the generated index of long posting lists
with deleted documents in every block (`test_bm25_scale`)."""

from __future__ import annotations

import random

import pytest
from whoosh.query import Or, Term

from briefing.search import bm25, wordrank
from briefing.search.matches import Matches
from briefing.search.query import parse_query
from tests.search.test_bm25_scale import searcher  # noqa: F401  (the shared index)

WORDS = ["w0", "w1", "w2", "w7", "w40", "w399", "zq", "title:w0", "body:w3", "nothing"]


def _by_dicts(index, query, limit):
    """The ranking through `bm25`'s dicts (every query's, and every word's before)."""
    matched = Matches()
    best, count = bm25.top_by_relevance(index, query, limit, matched)
    return best, count, matched


def _by_lists(index, query, limit):
    assert bm25.is_plain(query) and bm25.is_word(query)
    matched = Matches()
    best, count = wordrank.top_of_word(index, query, limit, matched)
    return best, count, matched


def _same(index, query, limit) -> None:
    best, count, matched = _by_lists(index, query, limit)
    expected, expected_count, expected_matched = _by_dicts(index, query, limit)
    assert best == expected  # the very same floats, the same order
    assert count == expected_count == len(matched) == len(expected_matched)
    assert matched.docnums() == expected_matched.docnums()


@pytest.mark.parametrize("text", WORDS)
@pytest.mark.parametrize("limit", [1, 10, 20, 25, 200])
def test_a_words_page_is_the_dict_rankings_page(searcher, text, limit):  # noqa: F811
    _same(searcher, parse_query(text), limit)


def test_three_matching_terms_are_summed_in_the_querys_order(searcher):  # noqa: F811
    # Three parts matching one document: their sum depends on the order of the additions.
    query = Or([Term("title", "w0"), Term("body", "w0"), Term("body", "w1"), Term("body", "w2")])
    for limit in (1, 20, 300):
        _same(searcher, query, limit)


def test_the_page_is_found_when_the_best_of_the_long_list_are_scored_elsewhere():
    # The lists' best documents are all in `others` (their title holds the word too) or
    # deleted: the floor is lowered until enough of the rest are found.
    rng = random.Random(5)
    ids = sorted(rng.sample(range(50_000), 5_000))
    scores = [rng.choice((0.5, 1.0, 1.5, 2.0, 2.5)) + docnum % 7 / 10 for docnum in ids]
    ranked = sorted(zip(ids, scores, strict=True), key=lambda pair: (-pair[1], pair[0]))
    others = {docnum: 9.0 for docnum, _ in ranked[:150]}
    deleted = {docnum for docnum, _ in ranked[150:400]}
    rest = [pair for pair in ranked if pair[0] not in others and pair[0] not in deleted]
    for limit in (1, 10, 20, 64):
        picked = wordrank._best_of_lists(ids, scores, limit, others, deleted)
        assert sorted(picked, key=lambda pair: (-pair[1], pair[0]))[:limit] == rest[:limit]
        assert not {docnum for docnum, _ in picked} & (others.keys() | deleted)
    assert wordrank._best_of_lists(ids[:30], scores[:30], 20, {}, set()) == list(
        zip(ids[:30], scores[:30], strict=True)
    )


def test_places_and_held_find_documents_past_either_end():
    ids = [3, 5, 9]
    assert wordrank._places(ids, [1, 3, 4, 9, 12]) == (
        [0, 0, 1, 2, 3],
        [False, True, False, True, False],
    )
    assert ids == [3, 5, 9]
    assert wordrank._held(ids, {0, 5, 9, 10}) == 2
    assert wordrank._held([], {1}) == 0
    assert wordrank._held(ids, set(range(0, 100, 3))) == 2  # fewer ids than numbers


def test_the_search_ranks_a_word_by_its_lists_and_anything_else_by_dicts(searcher, monkeypatch):  # noqa: F811
    from briefing.search import ranking

    taken: list[str] = []
    real_word, real_dicts = ranking.top_of_word, ranking.top_by_relevance
    monkeypatch.setattr(ranking, "top_of_word", lambda *a: taken.append("word") or real_word(*a))
    monkeypatch.setattr(
        ranking, "top_by_relevance", lambda *a: taken.append("dicts") or real_dicts(*a)
    )
    for text, limit in (("w0", 10), ("w0 w1", 10), ("w0", None), ("w0", 0)):
        expected = real_dicts(searcher, parse_query(text), limit)
        assert ranking.best_matches(searcher, parse_query(text), limit) == expected
    assert taken == ["word", "dicts", "dicts", "dicts"]


def test_the_slices_reaching_the_floor_hold_every_value_that_reaches_it():
    from random import Random

    from briefing.search.bm25 import reaching

    rng = Random(5)
    for size, limit in ((100, 3), (1000, 20), (5000, 20), (300, 80)):
        values = [rng.choice((1.5, 2.25, 3.0)) * rng.random() for _ in range(size)]
        floor, slices = reaching(values, limit)
        assert sum(value >= floor for value in values) >= limit
        inside = [value for cut in slices for value in values[cut]]
        assert [v for v in inside if v >= floor] == [v for v in values if v >= floor]
        assert len(inside) < size
