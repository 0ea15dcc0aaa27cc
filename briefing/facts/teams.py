"""Teams named by their town or country in a match report: "Milwaukee" after "the Milwaukee
Bucks" ("scored 22 for Milwaukee"), "Sri Lanka" that bats and loses ("victory over Sri
Lanka", "Sri Lanka's coach"). The guidelines list clubs named after a town and national
teams as organisations; where the text goes to or is in the place, it stays a place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.clubs import club_mention
from briefing.facts.lexicon import KNOWN_ORGS, KNOWN_TEAMS, ORG_HEADS
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
    if not builder.places or builder.surely_no_match_report():
        return
    body = builder.body
    by_town: dict[str, Draft] = {}
    for org in builder.orgs.values():
        words = org.name.split()
        if words[-1] in ORG_HEADS or (org.name in KNOWN_ORGS and org.name not in KNOWN_TEAMS):
            continue  # ("Boston University", "New York Times": no team; "Houston Astros" is)
        for n in (1, 2):
            if len(words) > n:
                by_town.setdefault(fold(" ".join(words[:n])), org)
    moves: list[tuple[str, Draft, Draft | None, list[tuple[int, int]]]] = []
    for key, place in builder.places.items():
        if not builder.sure.isdisjoint(place.spans):
            continue
        club = by_town.get(key) if place.extra == "city" else None
        if club is not None:
            moved = [s for s in place.spans if not _where(body, s[0])]
        elif (
            place.extra == "country"
            and all(not _where(body, a) for a, _ in place.spans)
            and any(club_mention(body, a, b) for a, b in place.spans)
        ):
            moved = list(place.spans)
        else:
            continue
        if moved:
            moves.append((key, place, club, moved))
    # (whether the text is a match report is asked last: it reads the whole text)
    if not moves or not builder.match_report():
        return
    for key, place, club, moved in moves:
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
