"""The one table of key-fact kinds: their groups in `Facts`, names, and headings.

An entity has a kind (`person`, `place`, `org`): the name the entity pages, the fact rows
and the search fields (`person:`, `place:`, `org:`) use. Its facts live in a group of
`Facts` (`people`, `places`, `organisations`), which is also the key in the JSON and in
a related article's reasons. A note anchored to a fact names it in the singular.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the table is read at start-up by commands that never see a fact
    from briefing.core.facts import Facts, Organisation, Person, Place

# Entity groups of `Facts` -> the entity kind (also the search field).
KINDS: dict[str, str] = {"people": "person", "places": "place", "organisations": "org"}
# Entity kind -> its group of `Facts`.
GROUPS: dict[str, str] = {kind: group for group, kind in KINDS.items()}
# What a user may type for a kind (`org:`, `organisation:`...) -> the kind.
KIND_NAMES: dict[str, str] = {
    **{kind: kind for kind in GROUPS},
    "organisation": "org",
    "organization": "org",
}
# Every group of key facts in reading order, with its heading.
FACT_GROUPS: tuple[tuple[str, str], ...] = (
    ("people", "People"),
    ("places", "Places"),
    ("organisations", "Organisations"),
    ("dates", "Dates"),
    ("quotes", "Quotes"),
    ("figures", "Figures"),
)
# Group -> the kind of a note anchored to one of its facts.
ANCHOR_KINDS: dict[str, str] = {
    "people": "person",
    "places": "place",
    "organisations": "organisation",
    "dates": "date",
    "quotes": "quote",
    "figures": "figure",
}

# Entity kind -> the word for one of them ("org" -> "organisation").
KIND_NOUNS: dict[str, str] = {kind: ANCHOR_KINDS[group] for group, kind in KINDS.items()}


def entity_groups(
    facts: Facts | None,
) -> Iterator[tuple[str, str, list[Person] | list[Place] | list[Organisation]]]:
    """(group, kind, items) of each entity group of a `Facts` (none for None)."""
    if facts is None:
        return
    for group, kind in KINDS.items():
        yield group, kind, getattr(facts, group)
