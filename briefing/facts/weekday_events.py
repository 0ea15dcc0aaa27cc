"""Readings of a bare weekday by the event it dates: one that people are preparing for is
still ahead ("are preparing for a mass rally Sunday"), and so is a scheduled event's day told
in the present ("said Monday's meeting is a chance to ..."); one named as the source of
something ("the death toll from Friday's attacks") starts no period, unlike "from Friday".
Used by `briefing.facts.date_context`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# "preparing for a massive rally Sunday": up to four words of the event between (not "were
# preparing", a plan as it stood then).
_PREPARING = lazy(
    r"(?<!was )(?<!were )(?<!had been )\b(?:prepar(?:e|es|ing)|gear(?:s|ing)? up|brac(?:e|es|ing))"
    r"\s+for\s+(?:[\w’'-]+\s+){1,4}$"
)
_FROM_BEFORE = lazy(r"\b[Ff]rom\s+$")
_POSSESSIVE_DAY = lazy(r"[A-Z][a-z]+day[’']s\b")


def prepared_for(body: str, start: int) -> bool:
    """Whether the weekday at `start` closes the event that someone is preparing for."""
    lo = max(0, start - 70)
    return body.find("for ", lo, start) >= 0 and _PREPARING.search(body, lo, start) is not None


def source_day(body: str, start: int) -> bool:
    """Whether the weekday at `start` is the day of a source after "from" ("the toll from
    Friday's attacks"), no start of a period."""
    return (
        _POSSESSIVE_DAY.match(body, start) is not None
        and _FROM_BEFORE.search(body, max(0, start - 6), start) is not None
    )


# "Monday's meeting is", "Tuesday's final vote is": a scheduled event's day (not "Monday's
# attack is the worst this year", an occurrence judged now).
_SCHEDULED_IS = lazy(
    r"[’']s\s+(?:[a-z-]+\s+)?(?:meeting|meetings|vote|summit|talks|election|debate|match|game"
    r"|final|hearing|session|ceremony|rally|march|deadline|launch|conference|referendum)"
    r"\s+(?:is|are)\b"
)


def scheduled_now(body: str, end: int) -> bool:
    """Whether the weekday ending at `end` dates a scheduled event the text tells in the
    present ("Monday's meeting is a chance"), which is still ahead."""
    return body.startswith(("'s", "’s"), end) and _SCHEDULED_IS.match(body, end) is not None
