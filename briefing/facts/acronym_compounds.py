"""Adjectives built on an acronym ("IRA-condoning", "NATO-led", "US-backed"): a capital opens
them, yet a quoted phrase they open ("an "IRA-condoning politician"") is somebody's words,
not a name or a title."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# An acronym, a hyphen, a lower-case word; then lower-case words only.
_ACRONYM_COMPOUND = lazy(r"\s*[A-Z]{2,5}-[a-z]{3,}(?:\s+[a-z][\w-]*){0,3}[.,!?]?\s*")


def compound_adjective(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] opens with an acronym's compound adjective and goes on in lower
    case ("IRA-condoning politician")."""
    return (
        "-" in body[start : start + 8] and _ACRONYM_COMPOUND.fullmatch(body, start, end) is not None
    )
