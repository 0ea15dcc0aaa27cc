"""The passes right after the entity classifier: what a name it typed or added says about the
names around it. Used by `briefing.facts.entities`."""

from __future__ import annotations

import re

from briefing.facts.builder import Builder
from briefing.facts.draft import Draft
from briefing.facts.lone_given import join_lone_first_words
from briefing.facts.people_in_place_lists import people_listed_among_places

# A disease or a syndrome named after its describer ("Alzheimer's disease", "Down syndrome").
_EPONYM_AFTER = re.compile(r"(?:['’]s)? (?:disease|syndrome|palsy|sarcoma|lymphoma)\b")


# The heads of bodies and sites that may stand before the name of the person they are named
# after ("Hospital Pablo Tobón Uribe", "Estadio Ramón Sánchez").
_NAMED_AFTER_HEADS = frozenset(
    "Hospital Hospitál Hôpital Ospedale Clinic Clínica University Universidad Universidade "
    "Université College Colegio School Escuela Escola Foundation Fundación Fundação Institute "
    "Instituto Museum Museo Stadium Estadio Estádio Airport Aeropuerto Aeroporto Library "
    "Academy Academia Centre Center Centro".split()
)


_HEADS_BEFORE = tuple(head + " " for head in _NAMED_AFTER_HEADS)


def _named_after(builder: Builder, person: Draft) -> bool:
    """Whether every mention of `person` follows a body's or a site's head word, one space
    between: the body or the site named after them (no mention of the person alone)."""
    body = builder.body
    for a, _ in person.spans:
        if not body.endswith(_HEADS_BEFORE, 0, a):
            return False  # (the cheap test first: most names follow no such word)
        words = body[max(0, a - 40) : a].split()
        if not words or words[-1] not in _NAMED_AFTER_HEADS:
            return False
        if not body.endswith(words[-1] + " ", 0, a):
            return False  # (the head on the line before)
        if len(words) > 1 and words[-2][:1].isupper():
            return False  # ("said Harlan State University Simon Veck": a body, then its man)
    return True


def after_the_model(builder: Builder) -> None:
    """People listed among places become places; a lone given name joins the full name; a
    name that only ever names a disease is no one, and one that only ever follows a body's
    head word is that body."""
    people_listed_among_places(builder)
    join_lone_first_words(builder)
    body = builder.body
    for person in [p for p in builder.people if p.spans]:
        if all(_EPONYM_AFTER.match(body, b) for _, b in person.spans):
            builder.drop_person(person)  # ("living with Alzheimer's disease")
        elif _named_after(builder, person):
            builder.drop_person(person)  # ("the Hospital Pablo Tobón Uribe"): the body
            for a, b in person.spans:
                start = body.rfind(" ", 0, a - 1) + 1
                builder.add_org(body[start:b], body[start:b], (start, b))
