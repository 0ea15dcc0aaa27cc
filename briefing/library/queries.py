"""The query language as the reader needs it: the texts it searches for (a pivot on a
fact, an entity's search, a title look-up), checking a query, and where a search's terms
stand in an article.

Written in `search/` beside the parser that reads them; offered here so that the reader
and the CLI ask the library instead of writing query syntax themselves.
"""

from __future__ import annotations

from briefing.search.syntax import days_query, entity_query, phrase, title_words_query

__all__ = [
    "check_query",
    "days_query",
    "entity_query",
    "match_spans",
    "phrase",
    "title_words_query",
]


def check_query(text: str) -> None:
    """Raise `QuerySyntaxError` (one line) when `text` is not a query the library reads."""
    from briefing.search.query import parse_query  # the schema: Whoosh, on first use

    parse_query(text)


def match_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges in `text` of the words a search for `terms` matched."""
    from briefing.search.snippets import match_spans as spans  # the analyzer: Whoosh

    return spans(text, terms)
