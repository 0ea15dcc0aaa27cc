"""The person named after a description in an inverted frame: `"...," said the Leeds
manager, Ian Pritchard`, `said X's wife, Y`, `said the manager of Acme Tours, Y`, `said the
Speaker, Sir Y`; and a second speaker after it (`said X, the chair, and Y`). Used by
`briefing.facts.quote_frames`."""

from __future__ import annotations

from typing import Any

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.quote_context import plain_titles

_NAMED_AFTER = lazy(
    r",\s+((?:(?:[A-Z][\w’'.-]*|d[aeio]s?|de[l]?|van|von|der|den|la|le|bin|al)\s+){0,4}"
    r"[A-Z][\w’'-]*)\s*(?=[,.]|$|(?:of|from|at)\s+[A-Z])"
)
# An office written with a capital: "the Speaker" (its holder named after it).
_OFFICE = lazy(r"\s*the\s+(?:[\w’'-]+\s+){0,2}([A-Z][a-z-]+)(?P<body>)\s*$")
_CHARGE = lazy(r"\s+(?:in|of|for|at)\s+[\w’' -]{1,40}?(?=,)")
_POSSESSIVE_ROLE = lazy(r"[’']s\s+(?:[a-z-]+\s+)?[a-z-]+\s*$")
# "the Leeds manager", "one resident", "his widow": a description that a name may follow
# (its body or charge after it: "the manager of Acme Tours", "the officer in charge of it")
_DESCRIBED = lazy(
    r"\s*(?:the|a|an|one|another|his|her|their)\s+(?:[\w’'-]+\s+){0,3}[a-z-]+"
    r"(?P<body>\s+(?:of|for|at|in)\s+(?:the\s+)?(?:[\w’'&-]+\s*){1,4})?\s*$"
)


def named_after_description(
    att: Any, np_lo: int, np_hi: int, window_hi: int
) -> tuple[int, int] | None:
    """(start, end) of the name set off after the description at body[np_lo:np_hi] that
    follows a verb of saying, or None. A description with its body or charge after it, or an
    office with a capital, takes only a name that holds a person ("said the mayor of
    Springfield, Illinois" names nobody). `att`: an `Attributor`."""
    body = att.body
    named = _NAMED_AFTER.match(body, np_hi)
    described = _DESCRIBED.match(body, np_lo, np_hi)
    tail = _CHARGE.match(body, np_hi, window_hi) if named is None and described else None
    if tail is not None:  # "said the officer in charge of the case, X,"
        named = _NAMED_AFTER.match(body, tail.end())
    office = None if described or named is None else _OFFICE.match(body, np_lo, np_hi)
    if office is not None and office.group(1).lower() in ROLE_NOUNS:
        described = office  # "said the Speaker, Sir Lindsay Hoyle,"
    if named is None:
        return None
    if (
        described is not None
        and (described.group("body") is not None or tail is not None)
        and not any(m[2] == "person" for m in att.mentions_in(named.start(1), named.end(1)))
    ):
        return None
    if _POSSESSIVE_ROLE.search(body, np_lo, np_hi) or described:
        return named.start(1), named.end(1)
    return None


_AND_NAME = lazy(r",\s+and\s+(?:(?:the|a|an|its|his|her)\s+(?P<role>[a-z-]+(?:\s+[a-z-]+)?))?")


def another_speaker(att: Any, lo: int, hi: int) -> bool:
    """Whether ", and" in body[lo:hi] brings in a second name ("said X, the chair, and Y").
    `att`: an `Attributor`."""
    for joined in _AND_NAME.finditer(att.body, lo, hi):
        if joined.group("role") and not ROLE_NOUNS.isdisjoint(joined.group("role").split()):
            return True  # "..., and the mayor of Oslo"
        after = att.mentions_in(joined.end(), min(hi, joined.end() + 40))
        if (
            after
            and after[0][2] in ("person", "org")
            and plain_titles(att.body, joined.end(), after[0][0])
        ):
            return True
    return False
