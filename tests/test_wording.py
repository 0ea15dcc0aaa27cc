"""Counts read as people write them, in every place that shows one."""

from briefing.core.wording import counted


def test_one_is_singular_and_large_counts_are_grouped():
    assert [counted(n, "article") for n in (0, 1, 2, 12000)] == [
        "0 articles",
        "1 article",
        "2 articles",
        "12,000 articles",
    ]
