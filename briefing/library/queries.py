"""The query language as the reader needs it: the texts it searches for (a pivot on a
fact, an entity's search, a title look-up), checking a query, and where a search's terms
stand in an article.

Written in `search/` beside the parser that reads them; offered here so that the reader
and the CLI ask the library instead of writing query syntax themselves.
"""

from __future__ import annotations

from briefing.core.results import Filters
from briefing.search.syntax import (
    days_query,
    entity_query,
    mentioned_date_query,
    phrase,
    title_words_query,
    with_filters,
)

__all__ = [
    "check_query",
    "days_query",
    "entity_query",
    "canonical_places",
    "match_spans",
    "mentioned_date_query",
    "phrase",
    "query_tags",
    "title_words_query",
]


def check_query(text: str) -> None:
    """Raise `QuerySyntaxError` (one line) when `text` is not a query the library reads."""
    from briefing.search.query import parse_query  # the schema: Whoosh, on first use

    parse_query(text)


def query_tags(text: str, filters: Filters | None = None) -> list[str]:
    """The user's tags a search names (`tag:` in `text`, or the filters' tag): the caller
    looks up their articles in the user's data and passes them as `tagged`."""
    if "tag:" not in text and not (filters and filters.tag):
        return []  # no parser needed: the reader's typing stays free of Whoosh
    from briefing.search.query import tags_named

    return tags_named(with_filters(text, filters))


def match_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges in `text` of the words a search for `terms` matched."""
    from briefing.search.snippets import match_spans as spans  # the analyzer: Whoosh

    return spans(text, terms)


def canonical_places(text: str) -> str:
    """`text` with each `place:` name written as the key facts store it: the gazetteer's
    canonical name (`place:UK` and `place:Britain` search `place:"United Kingdom"`, as
    the facts engine names every one of them)."""
    if "place:" not in text:
        return text
    from briefing.facts.gazetteer import load_gazetteer
    from briefing.search.clauses import map_values

    gazetteer = load_gazetteer()

    def canonical(value: str) -> str | None:
        for form in dict.fromkeys((value, value.upper(), value.title())):
            entry = gazetteer.get(form)
            if entry is not None:
                return phrase(entry.canonical) if entry.canonical != value else None
        return None

    return map_values(text, "place", canonical)
