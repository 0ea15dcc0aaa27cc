"""Teams named by their town or country in a match report: "Milwaukee" after "the Milwaukee
Bucks" ("scored 22 for Milwaukee"), "Sri Lanka" that bats and loses ("victory over Sri
Lanka", "Sri Lanka's coach"). The guidelines list clubs named after a town and national
teams as organisations; where the text goes to or is in the place, it stays a place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.clubs import club_mention
from briefing.facts.names import fold

if TYPE_CHECKING:
    from briefing.facts.builder import Builder
    from briefing.facts.draft import Draft

# Words before a mention that make it the place ("in Boston", "the tour of Sri Lanka").
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|to|from|near|across|around|of|outside|inside|into|toward|towards)\s+(?:the\s+)?$"
)


def _where(body: str, start: int) -> bool:
    return _WHERE_BEFORE.search(body, max(0, start - 12), start) is not None


def teams_by_place_name(builder: Builder) -> None:
    """In a match report, give a club the mentions of its town that are not where something
    happens, and a country whose mentions all play (one at least said to) to its team."""
    if not builder.places or not builder.match_report():
        return
    body = builder.body
    by_town: dict[str, Draft] = {}
    for org in builder.orgs.values():
        town, _, rest = org.name.partition(" ")
        for cut in (town, " ".join(org.name.split()[:2])):
            if rest and cut != org.name:
                by_town.setdefault(fold(cut), org)
    for key, place in list(builder.places.items()):
        if not builder.sure.isdisjoint(place.spans):
            continue
        club = by_town.get(key) if place.extra != "country" else None
        if club is not None:
            moved = [s for s in place.spans if not _where(body, s[0])]
        elif place.extra == "country" and all(not _where(body, a) for a, _ in place.spans):
            plays = any(club_mention(body, a, b) for a, b in place.spans)
            moved = list(place.spans) if plays else []
        else:
            continue
        if not moved:
            continue
        kept = [s for s in place.spans if s not in moved]
        for a, b in moved:
            if club is not None:
                club.add(body[a:b], (a, b))
            else:
                builder.add_org(place.mentions[0], body[a:b], (a, b))
        if kept:
            place.spans[:] = kept
            surfaces = {body[a:b] for a, b in kept}
            place.mentions[:] = [m for m in place.mentions if m in surfaces]
        else:
            del builder.places[key]
