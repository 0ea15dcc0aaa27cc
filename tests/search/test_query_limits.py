"""Queries no person types (issue 17 item 13): refused in one line before any work, and
long plain queries parsed in time linear in their words."""

from __future__ import annotations

import time

import pytest

from briefing.core.errors import QuerySyntaxError
from briefing.search.query import MAX_QUERY_WORDS, MAX_WILDCARDS, parse_query

WORDS = [f"w{n}x" for n in range(10_000)]


def test_a_ten_thousand_word_query_is_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(QuerySyntaxError, match=r"too long: 10,000 words \(at most 1,000\)"):
        parse_query(" ".join(WORDS))
    assert time.perf_counter() - started < 1.0


def test_operators_do_not_count_as_words():
    parse_query(" OR ".join(WORDS[:MAX_QUERY_WORDS]))  # 999 ORs besides
    with pytest.raises(QuerySyntaxError, match="too long"):
        parse_query(" OR ".join(WORDS[: MAX_QUERY_WORDS + 1]))


def test_thousands_of_wildcards_are_refused():
    with pytest.raises(QuerySyntaxError, match=r"too many wildcards: 500 words"):
        parse_query(" OR ".join(f"{word}*" for word in WORDS[:500]))
    with pytest.raises(QuerySyntaxError, match="too many wildcards"):
        parse_query(" OR ".join(f"*{word}*" for word in WORDS[: MAX_WILDCARDS + 1]))
    parse_query(" OR ".join(f"{word}*" for word in WORDS[:MAX_WILDCARDS]))


def test_repeated_words_are_asked_for_once():
    query = parse_query("harbour strike harbour Harbour strike")
    assert len(query.subqueries) == 2


def test_the_longest_plain_query_allowed_is_quick():
    words = " ".join(WORDS[:MAX_QUERY_WORDS])
    started = time.perf_counter()
    parse_query(words)
    # Pairwise comparison of the words' queries took 0.5 s here at 1,000 words and 80 s
    # at 10,000; one pass takes a small fraction of that.
    assert time.perf_counter() - started < 2.0
