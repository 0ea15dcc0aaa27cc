"""Places joined by hyphens: "Asia-Europe routes", "US-China talks", "the Karachi-Peshawar
railway", "Moscow-Ankara-Tehran negotiations" (each part a place). Used by the entity builder
(`briefing.facts.builder`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

_ROUTE_AFTER = re.compile(
    r"(?: [a-z]+){0,2}? (?:railway|rail|line|route|road|highway|motorway|flights?|services?|section|corridor"
    r"|pipeline|border|expressway|train|trains)\b"
)
_TALKS_AFTER = re.compile(
    r" (?:talks|negotiations|summit|meeting|axis|alliance|relations|ties|deal|agreement|accord"
    r"|pact|dialogue|rivalry|tensions|format)\b"
)


def hyphenated_places(builder: Builder, chunk: Chunk, text: str) -> bool:
    """ "Asia-Europe routes", "US-China talks", "the Karachi-Peshawar railway": each part
    a country, a continent or a big city (not "Mercedes-Benz")."""
    parts = text.split("-")
    entries = [builder.gaz.get(p) for p in parts]
    # (cities only before a route's noun, "the Colombo-Badulla night mail train": big ones,
    # or a town beside a big one; "Kitchener-Waterloo" is one place)
    route = _ROUTE_AFTER.match(builder.body, chunk.end) is not None
    big = route and any(
        e is not None and e.kind == "city" and e.population >= 100_000 for e in entries
    )
    # (or before talks between states, "Moscow-Ankara-Tehran negotiations": capitals that
    # stand for their states, each a city of a million or more or a country)
    big = big or (
        _TALKS_AFTER.match(builder.body, chunk.end) is not None
        and all(
            e is not None and (e.kind in ("country", "continent") or e.population >= 1_000_000)
            for e in entries
        )
    )
    if len(parts) < 2 or any(
        e is None
        or not (
            e.kind in ("country", "continent")
            or (
                big
                and e.kind == "city"
                and e.population >= 20_000
                and not is_given(p, builder.given)
            )
        )
        for e, p in zip(entries, parts, strict=True)
    ):
        return False
    pos = chunk.start
    for part, entry in zip(parts, entries, strict=True):
        assert entry is not None
        builder.add_place(entry.canonical, entry.kind, part, (pos, pos + len(part)))
        pos += len(part) + 1
    return True
