"""People the text names "as" something: a name someone gave ("a seller who gave her name
only as Rosnah", "identified only as Tomas"), which is a person's whatever the word, and the
name a person is known by ("Edward Jr., known to everyone as Eddie"), which is theirs and no
one else's. Used by `briefing.facts.name_tidy`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk
from briefing.facts.lazy_re import lazy

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

_NAME = r"[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+)?"
# "gave her name only as X", "giving his first name as X", "identified only as X", "known only
# as X" (not "identified as Indigenous Australians": a people)
GAVE_NAME = lazy(
    r"\b(?:(?:gave|giving|gives|give) (?:his|her|their|only (?:his|her|their)) (?:first |full |last )?"
    rf"name (?:only )?as|identified only as|known only as|named only as) ({_NAME})(?![\w’'-])"
)
# ", known to everyone as Eddie", ", better known as Eddie", ", known locally as Eddie" (perhaps
# after the age: "Deoraj Mahabir, 44, who is known as Dave,")
_KNOWN_AS = lazy(
    r"(?:, \d{1,3}(?=,))?,? (?:(?:who is|better|widely|affectionately|locally|simply) )?known (?:(?:to (?:everyone|all"
    rf"|friends|his friends|her friends|fans|locals)|locally|simply) )?as ({_NAME})(?=[,.;:)]| [a-z])"
)


def named_as(builder: Builder) -> None:
    """Add the people named by the name they gave; join a name a person is known by to them."""
    body = builder.body
    if " as " not in body:
        return
    if "name as " in body or "name only as " in body or "only as " in body:
        for m in GAVE_NAME.finditer(body):
            start, end = m.span(1)
            first, _, second = m.group(1).partition(" ")
            words = [(start, start + len(first))]
            if second:
                words.append((end - len(second), end))
            builder.add_person(Chunk(start, end, words, False), None)
            builder.sure.add((start, end))
    at = body.find(" known ")
    if at < 0:
        return
    ends = {end: person for person in builder.people for _, end in person.spans}
    while at >= 0:
        # (the name the phrase follows ends a few characters before "known")
        person = m = None
        for end in range(max(0, at - 40), at + 1):
            if end in ends:
                person, m = ends[end], _KNOWN_AS.match(body, end)
                if m is not None:
                    break
        at = body.find(" known ", at + 1)
        if person is None or m is None:
            continue
        alias, span = m.group(1), m.span(1)
        other = next((p for p in builder.people if p is not person and p.name == alias), None)
        if other is not None:
            for a, b in other.spans:
                person.add(body[a:b], (a, b))
            builder.drop_person(other)
        person.add(alias, span)
        builder.sure.add(span)
