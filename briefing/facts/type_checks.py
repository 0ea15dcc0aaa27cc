"""What a name's own words, its mentions and the gazetteer say about its type, beside the
classifier's weights: a region's or an event's last word, a country or a state that names no
one, a name met only after a word of where, an office. Used by `briefing.facts.entity_types`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.lexicon import FAMILY_FIRST, ORG_HEADS, REGION_HEADS, TITLE_WORDS
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.facts.builder import Builder
    from briefing.facts.entity_types import Candidate


# The last words of events' names: a tournament, a race, a show ("ATP Finals", "Commodity
# Classic", "Baltic Masters"), no organisation's.
_EVENT_HEADS = frozenset(
    "Classic Final Finals Open Championship Championships Cup Games Festival Summit Expo "
    "Marathon Tournament Derby Prix Airshow Trophy Masters Stakes Handicap Hurdle Rally".split()
)


def a_region(name: str) -> bool:
    """Whether `name` ends in a region's word and no body's word comes before it ("North
    Jeolla Province"; not "Paris Police Prefecture", a police force)."""
    words = name.split()
    return words[-1] in REGION_HEADS and not any(w in ORG_HEADS for w in words[:-1])


def an_event(name: str) -> bool:
    """Whether `name`, of two words or more, ends in an event's word."""
    return " " in name and name.rsplit(" ", 1)[1] in _EVENT_HEADS


def only_a_place(builder: Builder, name: str) -> bool:
    """A country or a US state by the gazetteer that is no given name ("Kentucky", "Texas";
    not "Georgia", "Jordan" or "Virginia", which name people too; a region elsewhere may be
    a name: "Bono")."""
    entry = builder.gaz.get(name)
    return (
        entry is not None
        and (entry.kind == "country" or (entry.kind == "region" and entry.country == "US"))
        and entry.canonical == name
        and not is_given(name, builder.given)
        and name not in FAMILY_FIRST
    )


# A word of where right before a name: "in", "near", "across", "neighbouring" (not "from": "a
# shot from Kauri").
_WHERE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]cross|neighbou?ring)\s+$")


def only_after_where(builder: Builder, candidate: Candidate) -> bool:
    """Whether every mention follows a word of where or closes a list after a place, and the
    name opens with no given name ("neighbouring St Elizabeth", "In São Gonçalo, the
    principal ...", "through Vila do Conde and Póvoa de Varzim"): a place."""
    body, words = builder.body, candidate.name.split()
    # (a list's last word alone is as often a leader's surname: "a big win for Iran and Assad")
    listed = len(words) > 1
    if listed and any(p.name == candidate.name for p in builder.people):
        return False  # ("Presidents Boni Yayi of Benin and Alassane Ouattara": named before)
    return not is_given(words[0], builder.given) and all(
        _WHERE_BEFORE.search(body, max(0, start - 14), start)
        or (listed and _after_a_place(builder, start))
        for start, _ in candidate.spans
    )


def _after_a_place(builder: Builder, start: int) -> bool:
    """Whether a place found ends right before `start`, then " and " or ", and " (the last
    of a list of places: "Vila do Conde and Póvoa de Varzim")."""
    body = builder.body
    return (body.endswith(" and ", 0, start) and start - 5 in builder.place_end_set) or (
        body.endswith(", and ", 0, start) and start - 6 in builder.place_end_set
    )


def ends_in_a_city(builder: Builder, name: str) -> bool:
    """A name no given name opens that ends in a city of a million ("Singara Chennai", a
    city's campaign): no person the rules missed."""
    words = name.split()
    entry = builder.gaz.get(words[-1]) if len(words) > 1 else None
    return (
        entry is not None
        and entry.kind == "city"
        and entry.population >= 1_000_000
        and not is_given(words[0], builder.given)
        and words[0] not in FAMILY_FIRST
    )


def an_office(builder: Builder, name: str) -> bool:
    """An office, not a name ("the Home Secretary, Priya Mansell, said"): words ending in a
    title word, the first of them no given name ("John Major" is a name)."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].lower() in TITLE_WORDS
        and not is_given(words[0], builder.given)
        and words[0] not in FAMILY_FIRST
    )
