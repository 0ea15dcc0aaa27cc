"""Places named by the people of them, as headlines and news write them: "Dookie farmers
welcome rain", "Riverland citrus growers brace for losses", "Penal residents block road", "a
64-year-old Westhampton woman", "Queens man nabbed" (the town a place even when the gazetteer
does not know it). Used by `briefing.facts.scanned_names`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.home_towns import add_town
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import common_words
from briefing.facts.names import is_given
from briefing.facts.space_words import space_led, space_matches

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The people of a place: who lives, farms or fishes there (no word of a job held for a body:
# "Tesla workers", "Labour voters"), and one man or woman.
_PEOPLE = space_led(
    r" (farmers|growers|residents|villagers|fishermen|islanders|homeowners|man|woman)(?![\w'’-])"
)
# The name before them: alone at the head of a line ("Cedros fishermen want ...", with one
# word of what they grow: "Riverland citrus growers"), or after "a" and an age ("a
# 64-year-old Westhampton woman"); one or two capitalised words.
_LINE_HEAD = lazy(r"(?:An? |The )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?: [a-z]+)?")
_AFTER_A = lazy(r"(?<![\w'’-])[Aa]n? (?:\d{1,3}-year-old )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")
_ONE = ("man", "woman")


def resident_places(builder: Builder) -> list[Span]:
    """Add the places named before the people of them; their spans."""
    body, out = builder.body, []
    for m in space_matches(_PEOPLE, body):
        at = m.start()
        head = body.rfind("\n", 0, at) + 1
        name = _LINE_HEAD.fullmatch(body, head, at)
        if name is not None and m.group(1) in _ONE and name.end(1) != at:
            name = None  # ("Acme tool man": no word between for one person)
        if name is None:
            name = _AFTER_A.search(body, max(head, at - 40), at)
        if name is None or not all(_a_name(builder, w) for w in name.group(1).split()):
            continue
        add_town(builder, name.start(1), out)
    return out


def _a_name(builder: Builder, word: str) -> bool:
    """Whether `word` can be part of a place's name: no ordinary word ("Local residents",
    "Many farmers", "Small-scale farmers"), given name, demonym ("Kenyan growers") or
    abbreviation ("NFU farmers")."""
    return (
        not word.isupper()
        and not all(p in common_words() for p in word.lower().split("-"))
        and word.lower() not in builder.common
        and not is_given(word, builder.given)
        and not builder.demonym(word)
    )
