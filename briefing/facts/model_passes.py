"""The passes right after the entity classifier: what a name it typed or added says about the
names around it. Used by `briefing.facts.entities`."""

from __future__ import annotations

from briefing.facts.builder import Builder
from briefing.facts.listed_places import people_listed_among_places


def after_the_model(builder: Builder) -> None:
    """People listed among places become places."""
    people_listed_among_places(builder)
