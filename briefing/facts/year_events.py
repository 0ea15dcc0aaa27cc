"""A year between a name and the event it dates, with no cue word right before it: "the U.S.
2012 presidential election", "the Labour 2019 campaign" (the year of an event is a date).
Used by `briefing.facts.date_cues`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# "the" and one or two capitalised words (a country's or a party's name) before the year.
_NAME_BEFORE = lazy(r"\b[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){1,2}$")
# An event after it, with at most one word before the event's noun.
_EVENT_AFTER = lazy(
    r"\s+(?:[a-z-]+\s+)?(?:elections?|campaigns?|census|referendum|primar(?:y|ies)|midterms?"
    r"|season|budget|vote|race|championships?|tournament|summit|games)\b"
)


def named_event_year(body: str, start: int, end: int) -> bool:
    """Whether the year at body[start:end] dates an event named after a name ("the U.S.
    2012 presidential election")."""
    return (
        _EVENT_AFTER.match(body, end) is not None
        and _NAME_BEFORE.search(body, max(0, start - 40), start) is not None
    )
