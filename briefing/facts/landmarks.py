"""Buildings, rooms and courts that a body's words name, which the guidelines make places
(named buildings and sites used as locations) though their last word heads bodies' names too:
"the Oval Office", "the U.S. Capitol", "the Cabinet Room", "at the National Archives building",
"on Centre Court" (not "on the Supreme Court", a bench). Used by `briefing.facts.entities`
after the classifier has typed the names."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.lazy_re import lazy

# Well-known rooms and buildings that are never a body ("the Capitol" is the building;
# Congress sits in it).
_LANDMARKS = frozenset(
    ("Oval Office", "Capitol", "U.S. Capitol", "US Capitol", "Centre Court", "Center Court")
)
_BUILDING_AFTER = lazy(r"\s+building\b")
_ON_BEFORE = lazy(r"\b[Oo]n\s+$")


def _a_site(body: str, building: bool, name: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the organisation `name` is a building, a room or a court to play on
    (`building`: whether the word occurs in `body` at all)."""
    if name in _LANDMARKS or name.endswith(" Room"):
        return True
    if not spans or building and all(_BUILDING_AFTER.match(body, end) for _, end in spans):
        return True  # "at the National Archives building"
    return name.endswith(" Court") and all(
        _ON_BEFORE.search(body, max(0, start - 4), start) for start, _ in spans
    )


def landmark_places(builder: Builder) -> None:
    """Make places of the organisations that are buildings, rooms or courts."""
    body = builder.body
    building = "building" in body  # (one find, not a match after every body's name)
    sites = [k for k, org in builder.orgs.items() if _a_site(body, building, org.name, org.spans)]
    for key in sites:
        org = builder.orgs.pop(key)
        for span in org.spans:
            builder.add_place(org.name, "site", builder.body[span[0] : span[1]], span)
            builder.sure.add(span)
