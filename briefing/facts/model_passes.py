"""The passes right after the entity classifier: what a name it typed or added says about the
names around it. Used by `briefing.facts.entities`."""

from __future__ import annotations

import re

from briefing.facts.builder import Builder
from briefing.facts.listed_places import people_listed_among_places
from briefing.facts.lone_given import join_lone_first_words

# A disease or a syndrome named after its describer ("Alzheimer's disease", "Down syndrome").
_EPONYM_AFTER = re.compile(r"(?:['’]s)? (?:disease|syndrome|palsy|sarcoma|lymphoma)\b")


def after_the_model(builder: Builder) -> None:
    """People listed among places become places; a lone given name joins the full name; a
    name that only ever names a disease is no one."""
    people_listed_among_places(builder)
    join_lone_first_words(builder)
    body = builder.body
    for person in [p for p in builder.people if p.spans]:
        if all(_EPONYM_AFTER.match(body, b) for _, b in person.spans):
            builder.drop_person(person)  # ("living with Alzheimer's disease")
