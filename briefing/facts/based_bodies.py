"""Bodies named right after where they are based ("Texas-based Cortland Reyes paid ...",
"operated by Gdansk-based Morska Sluzba Ratownicza"): a person's name in shape, but a
person is based somewhere with a noun between ("London-based designer X"). Used by
`briefing.facts.entities` once the people are settled."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.facts.builder import Builder


def based_bodies(builder: Builder) -> None:
    """Make an organisation of every person with no role whose every mention follows
    "-based " ("Bermuda-based Coraline Re"), and who is named more than once only so."""
    body = builder.body
    if "-based " not in body:
        return
    for person in list(builder.people):
        if person.extra or not person.spans:
            continue
        if all(body.endswith("-based ", 0, a) for a, _ in person.spans):
            builder.drop_person(person)
            for a, b in person.spans:
                builder.add_org(person.name, body[a:b], (a, b))
