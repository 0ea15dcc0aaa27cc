"""Places named with the small noun of what they are, which is part of the name: "the Poyo
ravine", "El Cuchillo dam", "the Sau reservoir", "the Llŷn peninsula", "in Zamzam camp". Used
by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import (
    FUNCTION_WORDS,
    KNOWN_ORGS,
    NON_NAME_WORDS,
    PLACE_CUES,
    REGION_HEADS,
    SITE_HEADS,
)
from briefing.facts.space_words import space_led, space_matches

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The nouns, after a name.
# (The pattern opens with its space, a literal the engine skips to; the letter before it is
# tested after.)
_FEATURE_NOUN = space_led(
    r" (dam|reservoir|ravine|gorge|canyon|pass|peninsula|camp|mosque|temple|estuary"
    # a site built where it stands ("Marka airport", "Insein prison", "the Kani Sib tunnel",
    # "Zaatari refugee camp", "the Ibrahim Khalil border crossing", "a road's ends")
    r"|airport|prison|jail|tunnel|shipyard|mine|refugee camp|border crossing"
    r"|oil field|gas field|road|highway)(?![\w'’-])"
)
# Nouns of a site that a town's name opens as often as it names one ("Kabul airport"): the
# town's name alone elsewhere stays the town; after a country's or a state's name they name
# no site ("a Wisconsin jail", "the Mexico border crossing").
_BUILT = frozenset(
    ("airport", "prison", "jail", "tunnel", "shipyard", "mine", "refugee camp", "border crossing",
     "oil field", "gas field", "road", "highway")
)  # fmt: skip
# A road is a place's name only between two places ("the Duhok-Amedi road"; not "This road").
_ROUTES = frozenset(("road", "highway"))
_NAME_BEFORE = lazy(
    r"(?<![\w'’-])([A-ZÀ-Þ][\w'’-]*(?: (?:de|del|la|el|al) )?(?: ?[A-ZÀ-Þ](?:\.|[\w'’-]*)){0,2})$"
)
# ("a Messi pass", "the Trump camp": a place only after a word of where)
_WHERE_ONLY = frozenset(("pass", "camp"))
# A number or a determiner after the noun makes it a verb ("temperatures in Abu Dhabi pass
# 48°C", "... pass the bill").
_VERB_OBJECT = lazy(r" (?:\d|(?:the|a|an|its|their|this|that)\b)")


def feature_names(builder: Builder) -> list[Span]:
    """Add the places named with their small feature noun; their spans."""
    body, out = builder.body, []
    for m in space_matches(_FEATURE_NOUN, body):
        at = m.start()
        if not body[at - 1 : at].isalpha():
            continue
        name = _NAME_BEFORE.search(body, max(0, at - 50), at)
        if name is None:
            continue
        start, text = name.start(1), name.group(1)
        owner = max(text.rfind("'s "), text.rfind("’s "))
        if owner >= 0:  # ("Rangoon's Insein prison": the town owns the site)
            start, text = start + owner + 3, text[owner + 3 :]
        first, _, rest = text.partition(" ")
        if first in FUNCTION_WORDS:
            if not rest:
                continue
            start, text = start + len(first) + 1, rest  # ("The Poyo ravine")
        words = text.split()
        if (
            (m.group(1) == "pass" and body[m.end() + 1 : m.end() + 2].isdigit())  # a verb
            or (m.group(1) in _ROUTES and "-" not in text)
            or (m.group(1) in _BUILT and _country_or_state(builder, text))
            or text.endswith(("'s", "’s"))  # ("China's market")
            or text in KNOWN_ORGS
            or words[-1] in SITE_HEADS
            or words[-1] in REGION_HEADS
            or any(w in NON_NAME_WORDS or builder.demonym(w) for w in words)
            or (
                m.group(1) in _WHERE_ONLY
                and (
                    not _where_before(body, start, m.group(1)) or _VERB_OBJECT.match(body, m.end())
                )
            )
        ):
            continue
        span = (start, m.end())
        full = body[start : m.end()]
        builder.add_place(full, "site", full, span)
        builder.sure.add(span)
        out.append(span)
        if m.group(1) not in _BUILT or builder.gaz.get(text) is None:
            out.extend(_bare_mentions(builder, full, text, span))
    return out


def _bare_mentions(builder: Builder, full: str, name: str, span: Span) -> list[Span]:
    """The name written without its noun elsewhere ("the second aqueduct from El Cuchillo"):
    the same place, unless a longer name holds it ("Taman Sri Muda")."""
    body, out = builder.body, []
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if (
            at != span[0]
            and not body[end : end + 1].isalnum()
            and not body[at - 1 : at].isalnum()
            and not body.startswith(" " + full[len(name) + 1 :], end)
            # (nor a longer name that goes on: "Abu Dhabi Commercial Bank")
            and not (body[end : end + 1] == " " and body[end + 1 : end + 2].isupper())
            and not body[max(0, at - 16) : at].rstrip().rsplit(" ", 1)[-1][:1].isupper()
        ):
            builder.add_place(full, "site", name, (at, end))
            out.append((at, end))
        at = body.find(name, end)
    return out


def _where_before(body: str, start: int, noun: str) -> bool:
    """Whether a word of where comes before the name at `start` ("in Zamzam camp", "near the
    Labruja pass"), or a verb's past ("reached Zamzam camp", "crossed the Labruja pass"; not
    "accused the Trump camp")."""
    before = body[max(0, start - 16) : start].split()
    the = bool(before) and before[-1] in ("the", "The")
    if the:
        before = before[:-1]
    if not before:
        return False
    word = before[-1].lower()
    return word in PLACE_CUES or (word.endswith("ed") and (noun == "pass" or not the))


def _country_or_state(builder: Builder, name: str) -> bool:
    """Whether the gazetteer knows `name` as a country, a region or a continent."""
    entry = builder.gaz.get(name)
    return entry is not None and entry.kind in ("country", "region", "continent")
