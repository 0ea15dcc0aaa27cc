"""People that are places by the list they stand in: "in Maafushi, Dhigurah and Fulidhoo",
"between Ostrava and Al Dorra" (a name taken for a person, listed with places only). Used by
`briefing.facts.model_passes`, after the classifier has typed every name."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.draft import Draft
from briefing.facts.lexicon import FAMILY_FIRST
from briefing.facts.people import is_given
from briefing.facts.place_lists import opened_by_where

# The gaps between a list's items, longest first (", and " before ", ").
_GAPS = (", and ", ", or ", " and ", " or ", ", ")
_JOINS = (", and ", ", or ", " and ", " or ")


def people_listed_among_places(builder: Builder) -> None:
    """Make a place of each person with no role whose every mention stands in a list of
    places and nothing else: two places or more beside it, joined by "and" or "or"
    somewhere ("Lhotse, Makalu and X"), or one place and a word of where opening the list
    ("between Qurum and X"). A name that opens with a given name ("from Kenya, Uganda and
    Tobias Lind of the bank"), a person mentioned anywhere else, or one listed with a
    person or a body, is left as found ("In Paris, X said")."""
    if len(builder.places) < 1:
        return
    body = builder.body
    people = [
        p
        for p in builder.people
        if p.extra is None
        and p.spans
        # (every mention beside a list's gap: the cheap test first)
        and all(body.endswith(_GAPS, 0, a) or body.startswith(_GAPS, b) for a, b in p.spans)
        and not is_given(first := p.name.split()[0], builder.given)
        and first not in FAMILY_FIRST
    ]
    if not people:
        return
    ends: dict[int, tuple[int, str]] = {}
    starts: dict[int, tuple[int, str]] = {}
    for kind, drafts in (
        ("place", builder.places.values()),
        ("person", builder.people),
        ("org", builder.orgs.values()),
    ):
        for draft in drafts:
            for a, b in draft.spans:
                ends[b] = (a, kind)
                starts[a] = (b, kind)
    changed = True
    while changed:  # (two names taken for people in one list: "Kodam, Anna Vale and Adyar")
        changed = False
        for person in [p for p in people if p in builder.people]:
            if all(_among_places(body, span, ends, starts) for span in person.spans):
                _make_place(builder, person)
                for a, b in person.spans:
                    ends[b], starts[a] = (a, "place"), (b, "place")
                changed = True


def _make_place(builder: Builder, person: Draft) -> None:
    builder.drop_person(person)
    for a, b in person.spans:
        surface = builder.body[a:b]
        entry = builder.gaz.get(surface)
        if entry is not None:
            builder.add_place(entry.canonical, entry.kind, surface, (a, b))
        else:
            builder.add_place(person.name, "place", surface, (a, b))


def _among_places(
    body: str,
    span: tuple[int, int],
    ends: dict[int, tuple[int, str]],
    starts: dict[int, tuple[int, str]],
) -> bool:
    kinds: list[str] = []
    joined = False
    at = span[0]
    while True:  # the items before it
        gap = next((g for g in _GAPS if body.endswith(g, 0, at) and at - len(g) in ends), None)
        if gap is None:
            break
        joined = joined or gap in _JOINS
        at, kind = ends[at - len(gap)]
        kinds.append(kind)
    first = at
    at = span[1]
    while True:  # the items after it
        gap = next((g for g in _GAPS if body.startswith(g, at) and at + len(g) in starts), None)
        if gap is None:
            break
        joined = joined or gap in _JOINS
        at, kind = starts[at + len(gap)]
        kinds.append(kind)
    if not joined or any(kind != "place" for kind in kinds):
        return False
    return len(kinds) >= 2 or (len(kinds) == 1 and opened_by_where(body, first))
