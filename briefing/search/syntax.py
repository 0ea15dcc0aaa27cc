"""Query texts written for the user: what a pivot, a filter or a title look-up searches.

The reader never writes query syntax itself: it asks for these texts (through
`briefing.library.queries`), so the syntax lives beside the parser that reads it. No
Whoosh import: the reader's first frame must not wait for it.
"""

from __future__ import annotations

from briefing.core.kinds import GROUPS
from briefing.core.results import Filters


def phrase(text: str) -> str:
    """`text` as one quoted phrase (quotes inside it become spaces)."""
    return '"{}"'.format(" ".join(text.replace('"', " ").split()))


def entity_query(kind: str, name: str) -> str:
    """The search for an entity in its own field (`person:"Jan Peeters"`)."""
    return "{}:{}".format(kind if kind in GROUPS else "person", phrase(name))


def days_query(start: str, end: str) -> str:
    """Articles published from ISO day `start` to `end`, both included."""
    return f"published:[{start[:10].replace('-', '')} to {end[:10].replace('-', '')}]"


def mentioned_date_query(start: str, end: str) -> str | None:
    """Articles that mention a date within ISO `start` to `end` (`date:2020-03`,
    `date:[1977 to 1995]`); None for a date without a year (`--03-11`)."""
    if not start[:4].isdigit() or not (end or start)[:4].isdigit():
        return None
    end = end or start
    return f"date:{start}" if start == end else f"date:[{start} to {end}]"


def title_words_query(text: str) -> str:
    """Titles holding every word of `text` (longer words as prefixes); "" when no word."""
    words = [word for word in text.replace('"', " ").split() if word.isalnum()]
    return " ".join(f"title:{word}*" if len(word) > 2 else f"title:{word}" for word in words)


def filter_clauses(filters: Filters) -> list[str]:
    """Query clauses for the filters the index answers (source and dates)."""
    clauses = []
    if filters.source:
        clauses.append('source:"{}"'.format(filters.source.replace('"', " ")))
    if filters.date_from or filters.date_to:
        clauses.append(
            days_query(filters.date_from or "1900-01-01", filters.date_to or "2999-12-31")
        )
    if filters.tag:
        clauses.append(tag_query(filters.tag))
    return clauses


def tag_query(tag: str) -> str:
    """The search for the articles the user gave `tag`."""
    return f"tag:{phrase(tag)}"


def with_filters(query: str, filters: Filters | None) -> str:
    """The user's query with the filters' clauses ANDed to it."""
    clauses = filter_clauses(filters) if filters is not None else []
    if not clauses:
        return query
    text = query.strip()
    joined = " AND ".join(clauses)
    return f"({text}) AND {joined}" if text else joined
