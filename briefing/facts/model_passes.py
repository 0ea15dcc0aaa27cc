"""The passes right after the entity classifier: what a name it typed or added says about the
names around it. Used by `briefing.facts.entities`."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.listed_places import people_listed_among_places
from briefing.facts.lone_given import join_lone_first_words


def after_the_model(builder: Builder) -> None:
    """People listed among places become places; a lone given name joins the full name."""
    people_listed_among_places(builder)
    join_lone_first_words(builder)
