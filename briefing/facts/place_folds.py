"""Two names of one place folded together late: "D.C." written after "Washington, " (the
gold's "Washington, D.C."), and a room or a building named first in full and then without its
owner ("the White House Cabinet Room" ... "the Cabinet Room"), and a river's or an island's
name without its noun ("the Sekong River" ... "the Sekong river", "Bagongon Island" ...
"Bagongon"). Used by `briefing.facts.entities`."""

from __future__ import annotations

import re

from briefing.facts.builder import Builder
from briefing.facts.names import fold

_DISTRICT = ("D.C.", "DC")
_DISTRICT_KEYS = tuple(fold(name) for name in _DISTRICT)
_WASHINGTON_DC = re.compile(r"\bWashington, DC\b")
_SITE_TAILS = ("Room", "Office", "Building", "Hall", "Wing", "Garden")
# A natural feature's head word, and how the text writes it in lower case after the name.
_FEATURE_HEADS = {"River": " river", "Island": " island", "Lake": " lake", "Creek": " creek"}
_REGION_HEADS = ("County", "Province", "District", "Region", "Prefecture", "Oblast", "Governorate")
# A town's name, a particle and more: "Cartagena de Indias", "Frankfurt am Main".
_PARTICLED = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) (?:de|del|da|do|dos|das|di|am|an der|upon|on|sur|en) [A-Z]"
)
_SET_OFF = re.compile(r", (?:an?|the) [^,.;]{0,40}?\b(river|island|lake|creek)\b")


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
    capital = places.get(fold("Washington, D.C."))
    if capital is not None and "Washington, DC" in body:
        for m in _WASHINGTON_DC.finditer(body):  # (the text's own form: "Washington, DC")
            short = (m.start(), m.start() + len("Washington"))
            if short in capital.spans:
                capital.spans[capital.spans.index(short)] = m.span()
                if m.group() not in capital.mentions:
                    capital.mentions.append(m.group())
        capital.mentions = [
            m for m in capital.mentions if any(body[a:b] == m for a, b in capital.spans)
        ]
    _fold_features(builder)
    _fold_regions(builder)
    _fold_particled(builder)
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


def _fold_features(builder: Builder) -> None:
    """Fold a one-word place into "<it> River" (or Island, Lake, Creek) when the text names
    both, and each mention of the word has the feature's noun in lower case after it ("the
    Sekong river"; "Mississippi" alone is a state), or one is set off by a phrase with that
    noun and the gazetteer knows no place of that word ("on Bagongon, a central Philippines
    island"; not "Busuanga was created as a municipality", the island's town)."""
    body, places, gaz = builder.body, builder.places, builder.gaz
    # Only a head that some place's key ends with can be folded into: `fold` leaves the
    # head's lower-case form as it is ("x river"), and folding only takes places away.
    # (a key ends with a noun, " river", exactly when its part from its last space is the
    # noun, which has no other space: one pass over the keys, not one for each noun)
    tails = {k[k.rfind(" ") :] for k in places}
    heads = [(head, noun) for head, noun in _FEATURE_HEADS.items() if noun in tails]
    if not heads:
        return
    for key, place in list(places.items()):
        if " " in place.name or key not in places:
            continue
        for head, noun in heads:
            into = fold(f"{place.name} {head}")
            if into in places and (
                all(body.startswith(noun, b) for _, b in place.spans)
                or (
                    gaz.get(place.name) is None
                    and any(_set_off(body, b, noun) for _, b in place.spans)
                )
            ):
                _fold_into(builder, key, into)
                break


def _fold_regions(builder: Builder) -> None:
    """Fold a region's one-word name into its name with its head word when the text names
    both ("Hualien" ... "Hualien County"): one region, if the gazetteer knows the word as a
    region outside the US and as no town ("Washington" and "Washington County" are two
    places, and "Los Angeles" is a city beside its county)."""
    places, gaz = builder.places, builder.gaz
    for key, place in list(places.items()):
        if " " in place.name or place.extra != "region":
            continue
        entry = gaz.get(place.name)
        if entry is None or entry.kind != "region" or entry.country in ("US", ""):
            continue
        for head in _REGION_HEADS:
            into = fold(f"{place.name} {head}")
            if into in places:
                _fold_into(builder, key, into)
                break


def _fold_particled(builder: Builder) -> None:
    """Fold a town's short name into its full one when the text names both, the full one the
    short one, a particle and more ("Cartagena" ... "Cartagena de Indias", "Newcastle" ...
    "Newcastle upon Tyne"): one town, unless the gazetteer knows the two as different ones."""
    places, gaz = builder.places, builder.gaz
    longer: dict[str, list[str]] = {}
    for key, place in places.items():
        m = _PARTICLED.match(place.name)
        if m is not None:
            longer.setdefault(fold(m.group(1)), []).append(key)
    for key in list(longer):
        into = longer[key]
        if key not in places or len(into) != 1:
            continue
        short, full = gaz.get(places[key].name), gaz.get(places[into[0]].name)
        if short is None or full is None or short.canonical == full.canonical:
            _fold_into(builder, key, into[0])


def _set_off(body: str, end: int, noun: str) -> bool:
    """Whether a phrase set off after `end` ends in the feature's `noun` (", a central
    Philippines island")."""
    m = _SET_OFF.match(body, end)
    return m is not None and m.group(1) == noun.strip()
