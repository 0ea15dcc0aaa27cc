"""An entity as the builder accumulates it, before it becomes a Person, Place or Organisation."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.facts import Span


@dataclass(eq=False, slots=True)
class Draft:
    """An entity while the builder works: kind, name, role or place kind, mentions, spans."""

    kind: str  # person | place | org
    name: str
    extra: str | None = None  # role for people, kind for places
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def add(self, surface: str, span: Span) -> None:
        """Record one mention (each surface and span once)."""
        if surface not in self.mentions:
            self.mentions.append(surface)
        if span not in self.spans:
            self.spans.append(span)
