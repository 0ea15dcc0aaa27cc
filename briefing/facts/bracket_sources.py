"""The source a roundup names in brackets at the end of a paragraph: "... this season.
(Telegraph)", "... the spokesperson said. (Marca)": the outlet each item was taken from, an
organisation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS, common_words

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# A sentence's end, then a bracketed name of one to four capitalised words (or small words
# inside it: "L'Équipe", "Mundo Deportivo", "A Bola") that closes its paragraph. Not a
# transcript's cue in capitals ("(SOUNDBITE OF MUSIC)", "(END)").
_SOURCE = lazy(
    r"[.!?\"”’]\s*\((?P<name>(?=[^()\n]*[a-z])[A-Z][\w'’&.-]*"
    r"(?: (?:[A-Z][\w'’&.-]*|de|del|of|the|da)){0,3})\)[ \t]*(?:\n|$)"
)


def bracket_sources(builder: Builder) -> list[tuple[int, int]]:
    """Add the outlets named in brackets at paragraphs' ends; their spans (which no other rule
    then reads). Only where two paragraphs or more close so: one bracket is as often an
    aside ("(Reuters)" aside, which is known anyway)."""
    body = builder.body
    found = [
        m
        for m in _SOURCE.finditer(body)
        if builder.gaz.get(m.group("name")) is None
        and m.group("name").lower() not in common_words()  # ("(File)", "(Photo)")
    ]
    if len(found) < 2:
        return []
    spans = []
    for m in found:
        name = m.group("name")
        builder.add_org(KNOWN_ORGS.get(name, name), name, m.span("name"))
        spans.append(m.span("name"))
    builder.sure.update(spans)
    return spans
