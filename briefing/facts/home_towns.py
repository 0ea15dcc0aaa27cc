"""Home towns after a person's age or a word for a person, as news writes them: "Pasang
Nuru Sherpa, 34, of Khumjung", "the driver, Ana Cole, 58, of Dalton, Ga., was hurt", "Gwen
Ellis, 71, from Brynmor", "a 17-year-old from Oakdene", "a farmer from Kelsworth" (the town a
place even when the gazetteer does not know it). Used by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS, NON_NAME_WORDS, ORG_HEADS

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The age's digits (looked for after each ", of "/", from "), then the town: one to three
# capitalised words, no "the" (", 41, of the Royal Marines" names a body).
_AGE_BEFORE = lazy(r"(?<![\w,.])\d{1,3}$")
_TOWN = lazy(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?![\w'’-]| [A-Z]| of\b)")
# A word for a person just before " from ": where someone comes from, not who employs them
# ("a 17-year-old from X", "a farmer from X"; "a spokesman from X" names a body, so no
# word of a job held for someone is here).
_PERSON_BEFORE = lazy(
    r"(?:\b\d{1,3}-year-olds?|\b(?:man|men|woman|women|boy|girl|teenager|resident|residents|"
    r"farmer|farmers|villager|villagers|native|grower|growers|mother|father|pensioner|"
    r"grandmother|grandfather|grandparents|couple|family|fisherman|fishermen|widow|"
    r"mother-of-\w+|father-of-\w+))$"
)

# A person's journey just before " from ": "who travels daily from X", "I came from X" (a
# thing that "came from" X may come from a body: "the money came from Barclays").
_JOURNEY_BEFORE = lazy(
    r"\b(?:travel(?:s|led|ed|ling)?|commut(?:es|ed|ing|e)|drove|flew|walked|fled"
    r"|(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|who) (?:came|come|comes))(?: daily| every day| here)?$"
)

_HEADS = ("City", "Town", "County", "District")


def add_town(builder: Builder, start: int, out: list[Span]) -> None:
    """Add the town named at `start` (one to three capitalised words; none if a body's)."""
    m = _TOWN.match(builder.body, start)
    if m is None:
        return
    text = m.group()
    if text in KNOWN_ORGS or text in NON_NAME_WORDS or text.split()[-1] in ORG_HEADS:
        return
    entry = builder.gaz.get(text)
    if entry is not None:
        builder.add_place(entry.canonical, entry.kind, text, m.span())
    else:
        # (the short form of a longer name the text gives: "from Thu Duc" after "Thu Duc City")
        name = next((f"{text} {h}" for h in _HEADS if f"{text} {h}" in builder.body), text)
        builder.add_place(name, "city", text, m.span())
    builder.sure.add(m.span())
    out.append(m.span())


def home_towns(builder: Builder) -> list[Span]:
    """Add the home towns named after an age (", 34, of Khumjung", ", 71, from Brynmor") or
    a word for a person ("a farmer from Kelsworth"); their spans."""
    body, out = builder.body, []
    at = body.find(", of ")
    while at >= 0:
        start = at + 5
        if _AGE_BEFORE.search(body, max(0, at - 4), at):
            add_town(builder, start, out)
        at = body.find(", of ", start)
    at = body.find(" from ")
    while at >= 0:
        start = at + 6
        if body[start : start + 1].isupper() and (
            (body[at - 1] == "," and _AGE_BEFORE.search(body, max(0, at - 5), at - 1))
            or _PERSON_BEFORE.search(body, max(0, at - 20), at)
            or _JOURNEY_BEFORE.search(body, max(0, at - 24), at)
        ):
            add_town(builder, start, out)
        at = body.find(" from ", start)
    return out
