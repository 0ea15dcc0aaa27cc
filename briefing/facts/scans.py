"""Names found by scanning the text rather than by the chunk walk, which sees only runs of
capitalised words: known organisations that open with a small letter ("easyJet"), British
roads by number ("on the A59"), and storms' names, which the walk is to skip ("Storm
Darragh" is nobody). Used by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Known organisations whose names open with a small letter ("easyJet", "eBay"): the chunk walk
# sees only capitalised words.
_LOWER_CASE_ORGS = tuple(n for n in KNOWN_ORGS if n[:1].islower() and n.isalpha())


def lower_case_names(builder: Builder) -> None:
    """Add the known organisations whose names open with a small letter."""
    body = builder.body
    for name in _LOWER_CASE_ORGS:
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            if not body[at - 1 : at].isalnum() and not body[end : end + 1].isalnum():
                builder.add_org(KNOWN_ORGS[name], name, (at, end))
            at = body.find(name, end)


# British roads by their numbers after "the": "on the A59", "the M25" (a place, as a street).
# (Not "uses the A300": an Airbus; a road is one the text is on, off, along, near ...)
_ROAD = lazy(
    r"\b(?:on|off|along|onto|near|from|via|at|to|closed|blocked|shut|reopened) the "
    r"(?!A3[0-8]0\b)([AM][1-9]\d{0,3}(?:\([MT]\))?)(?![\w(])"
)
_ROAD_HINT = lazy(r"the [AM][1-9]")
# A storm's or a hurricane's name is no person's: "Storm Darragh", "Hurricane Milton".
_STORM_NAME = lazy(r"\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) ([A-Z][a-z]+)\b")


def roads_and_storms(builder: Builder) -> list[tuple[int, int]]:
    """Add the roads named by number; the spans of storms' names, for the chunk walk to skip."""
    body = builder.body
    if _ROAD_HINT.search(body) is not None:
        for m in _ROAD.finditer(body):
            builder.add_place(m.group(1), "site", m.group(1), m.span(1))
            builder.sure.add(m.span(1))
    if not any(word in body for word in ("Storm ", "Hurricane ", "Typhoon ", "Cyclone ")):
        return []
    return [m.span(1) for m in _STORM_NAME.finditer(body)]
