"""People named once by a relative's or neighbour's word before their given name alone: "her
husband Harpreet", "my late wife, Joan,", "our neighbour Gurpreet". A possessive before the
word makes the name a person's, whatever the lists of given names know. Used by
`briefing.facts.entities`."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.chunks import Chunk
from briefing.facts.date_values import WEEKDAYS
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS, KNOWN_ORGS, common_words
from briefing.facts.names import is_given
from briefing.facts.space_words import space_led, space_matches

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The words, found in one pass: grouped by their first letter, the alternation costs a fifth
# of a `str.find` per word (0.02 ms an article, not 0.08).
_KIN = space_led(
    r" (?:w(?:ife|idow(?:er)?)|husband|s(?:on|ister|tep(?:son|daughter))|d(?:aughter|ad)"
    r"|b(?:rother|oyfriend)|m(?:other|um|om)|f(?:ather|riend|ianc[ée]e?)"
    r"|n(?:eighbou?r|ephew|iece)|g(?:rand(?:son|daughter|mother|father)|irlfriend)|cousin"
    r"|uncle|aunt)(?=[ ,])"
)
# A possessive, perhaps a word or two of age or time, right before the word.
_POSSESSIVE_BEFORE = lazy(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)(?: (?:late|eldest|elder|oldest|youngest|younger"
    r"|older|little|baby|twin|new|former|best|next-door|teenage|adult|\d{1,2}-year-old)){0,2} $"
)
# The given name alone: one capitalised word, no second one after it (a whole name is found
# by the other rules).
_GIVEN_AFTER = lazy(r",? ([A-ZÀ-Þ][a-zß-ÿ'’-]+)(?![\w'’-]| [A-ZÀ-Þ]|\.\w)")
_CALENDAR = frozenset(WEEKDAYS) | {m.lower() for m in calendar.month_name[1:]}


def kin_named(builder: Builder) -> list[Span]:
    """Add the people named by their given name alone after a possessive and a relative's or
    neighbour's word; their spans."""
    body, out = builder.body, []
    for kin in space_matches(_KIN, body):
        at, end = kin.span()
        if _POSSESSIVE_BEFORE.search(body, max(0, at - 40), at + 1):
            m = _GIVEN_AFTER.match(body, end)
            if (
                m is not None
                and _a_given_name(builder, m.group(1))
                and not _opens_a_longer_name(body, m.group(1))
            ):
                span = m.span(1)
                builder.add_person(Chunk(*span, [span], False), kin.group()[1:])
                builder.sure.add(span)
                out.append(span)
    return out


def _opens_a_longer_name(body: str, name: str) -> bool:
    """Whether the text also writes the name with more after it ("his wife, Jonna," ...
    "Jonna Mendez said"): the other rules find that person, and this mention joins them."""
    at = body.find(name + " ")
    while at >= 0:
        after = at + len(name) + 1
        if body[after : after + 1].isupper() and not body[at - 1 : at].isalpha():
            return True
        at = body.find(name + " ", after)
    return False


def _a_given_name(builder: Builder, name: str) -> bool:
    """A known given name ("her daughter Grace"), or no ordinary word, known place or body;
    never a day or a month."""
    if name in FUNCTION_WORDS or name.lower() in _CALENDAR:
        return False
    if is_given(name, builder.given):
        return True
    return (
        name.lower() not in common_words()
        and builder.gaz.get(name) is None
        and name not in KNOWN_ORGS
    )
