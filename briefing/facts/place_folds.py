"""Two names of one place folded together late: "D.C." written after "Washington, " (the
gold's "Washington, D.C."), and a room or a building named first in full and then without its
owner ("the White House Cabinet Room" ... "the Cabinet Room"). Used by
`briefing.facts.entities`."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.names import fold

_DISTRICT = ("D.C.", "DC")
_DISTRICT_KEYS = tuple(fold(name) for name in _DISTRICT)
_SITE_TAILS = ("Room", "Office", "Building", "Hall", "Wing", "Garden")


def _fold_into(builder: Builder, key: str, into_key: str) -> None:
    short, into = builder.places.pop(key), builder.places[into_key]
    for span in short.spans:
        into.add(builder.body[span[0] : span[1]], span)


def fold_places(builder: Builder) -> None:
    """Fold "D.C." after "Washington, " into Washington, and a room's short name into its
    full one."""
    body, places = builder.body, builder.places
    for key in _DISTRICT_KEYS:
        place = places.get(key)
        if place is None:
            continue
        owner = next(
            (
                k
                for k, p in places.items()
                if k != key
                and p.name.startswith("Washington")
                and all(
                    any(body.startswith((", ", " "), b, a) and b <= a <= b + 2 for _, b in p.spans)
                    for a, _ in place.spans
                )
            ),
            None,
        )
        if owner is not None:
            _fold_into(builder, key, owner)
    # (each full name's endings indexed once: no pass over every place for each room)
    ends: dict[str, list[str]] = {}
    for key, place in places.items():
        if place.name.endswith(_SITE_TAILS):
            words = place.name.split()
            for n in range(1, min(len(words), 6)):
                ends.setdefault(" ".join(words[n:]), []).append(key)
    if not ends:
        return  # (no room nor building named in full)
    for key, place in list(places.items()):
        longer = ends.get(place.name, ()) if " " in place.name else ()
        if len(longer) == 1 and longer[0] in places and key in places:
            _fold_into(builder, key, longer[0])
