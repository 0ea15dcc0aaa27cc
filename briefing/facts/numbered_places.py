"""Places named by a number after their kind: roads ("Interstate 90", "U.S. Route 20",
"Highway 401"), wards and regions ("Ward 4", "Region 11"), numbered streets ("38th Street")
and streets after a house number or a word of where ("1400 E. Boulder St.", "on Main
St."); and a federal agency's numbered
region, an organisation ("EPA Region 7"). Run by `briefing.facts.scanned_names`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.lazy_re import lazy, opening
from briefing.facts.names import fold
from briefing.facts.roles import is_role
from briefing.facts.scan_gates import NUMBERED_HINTS, GateWords

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Roads, wards and regions by their numbers: "Interstate 90", "U.S. Route 20", "State Route
# 17", "Highway 401", "Ward 4", "Region 11" (not "I-9": a form), and "38th Street". Its gate
# words: `scan_gates.NUMBERED_HINTS`. Two patterns, each opening with its first characters
# (capitals; a digit) so that the engine skips to them, where one alternation opening with a
# word boundary was tried at every character; no match of one can overlap one of the other.
_ROAD_KINDS = [
    f"{owner} {road}"
    for owner in (r"U\.S\.", "US", "State", "County", "Provincial", "National")
    for road in ("Route", "Highway")
] + [
    "Interstate", "Trans-Canada Highway", "Highway", "Route", "Motorway", "Autobahn", "Autoroute",
    "Ward", "Region", "District", "Metro Line",  # ("District 12", "Metro Line 2": Ho Chi Minh City)
    "County Road", "State Road",
]  # fmt: skip
_NUMBERED_ROAD = lazy(
    opening(None, "|".join(_ROAD_KINDS), r"(?<!\w)") + r" [1-9]\d{0,3}\b(?![.,]\d)"
)
_NUMBERED_STREET = lazy(r"\d(?<!\w\d)\d{0,2}(?:st|nd|rd|th) (?:Street|Avenue|Road|Boulevard|Place)")


def numbered_roads(builder: Builder, gates: GateWords) -> list[Span]:
    """Add the roads named by a number after their kind ("Interstate 90"); their spans."""
    body = builder.body
    if not gates.any_of(NUMBERED_HINTS):
        return []
    out = []
    found = [*_NUMBERED_ROAD.finditer(body), *_NUMBERED_STREET.finditer(body)]
    found.extend(_addresses(body))
    regions: dict[str, str] = {}  # ("Region 7": "EPA Region 7", once an agency's is found)
    for m in sorted(found, key=lambda m: m.start()):
        start = m.start(m.lastindex or 0)  # (an address: the street after its number)
        before = body[max(0, start - 30) : start].split()[-1:] or [""]
        if m.group().startswith("District") and before[0][:1].isupper() and before[0].isalpha():
            continue  # ("Academy District 20", "School District 5": a body)
        if m.group().startswith(("District", "Ward")) and (
            body[start - 1 : start] == "(" or is_role(before[0])
        ):
            continue  # ("Commissioner, District 2", "Isaac Moore (District 4)": a seat)
        agency = _agency_region(builder, before[0], start, m.end()) if m.group()[0] == "R" else None
        if agency is not None:  # ("EPA Region 7", "(EPA) Region 7": the agency's regional office)
            out.append((start - len(before[0]) - 1, m.end()))
            regions[m.group()] = agency
            continue
        if before[0] in _DIRECTIONS and m.group()[:1].isdigit():
            start -= len(before[0]) + 1  # "Northwest 13th Street"
        text = body[start : m.end()]
        kind = {"Region": "region", "Ward": "place", "District": "place"}.get(
            text.split()[0], "site"
        )
        builder.add_place(text, kind, text, (start, m.end()))
        builder.sure.add((start, m.end()))
        out.append((start, m.end()))
    for text, name in regions.items():  # ("The Region 7 staff", after "EPA Region 7")
        place = builder.places.pop(fold(text), None)
        for span in place.spans if place is not None else ():
            builder.add_org(name, text, span)
    return out


# A street after a house number, its kind written short: "1400 E. Boulder St.", "1002 W.
# First St." (the street, group 1, is the place).
_DIRECTIONS = frozenset(
    "North South East West Northeast Northwest Southeast Southwest N. S. E. W. NE NW SE SW".split()
)
_SHORT_KINDS = (" St.", " Ave.", " Blvd.", " Rd.")


def _addresses(body: str) -> list[re.Match[str]]:
    """`_ADDRESS`'s matches, tried only before each short street kind (found with
    `str.find`: the pattern, opening with a digit, was tried at every digit of the text)."""
    out = []
    for kind in _SHORT_KINDS:
        at = body.find(kind)
        while at >= 0:
            m = _ADDRESS.search(body, max(0, at - 40), at + len(kind))
            if m is not None and m.end() == at + len(kind):
                out.append(m)
            at = body.find(kind, at + 1)
    return out


# (or after a word of where: "on Main St.", "off Elm Rd.")
_ADDRESS = lazy(
    r"(?:\d(?<![\w,.]\d)\d{0,4}|\b(?:on|at|along|off|near|onto|down|up|across|of)) "
    r"((?:[NSEW]\. |N[EW] |S[EW] )?[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:St|Ave|Blvd|Rd)\.)"
)


def _agency_region(builder: Builder, before: str, start: int, end: int) -> str | None:
    """Add a federal agency's numbered region as an organisation when its initials come right
    before it ("EPA Region 7", "(EPA) Region 7", "FEMA's Region 4"); its name, or None."""
    acronym = before.strip("()").removesuffix("'s").removesuffix("’s")
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    text = builder.body[start:end]
    at = start - len(before) - 1 if before == acronym else start  # (the initials in the run)
    builder.add_org(f"{acronym} {text}", builder.body[at:end], (at, end))
    builder.sure.add((at, end))
    return f"{acronym} {text}"
