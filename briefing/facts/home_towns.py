"""Home towns after a person's age, as news writes them: "Pasang Nuru Sherpa, 34, of
Khumjung", "the driver, Ana Cole, 58, of Dalton, Ga., was hurt" (the town a place even when
the gazetteer does not know it). Used by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS, NON_NAME_WORDS, ORG_HEADS

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The age's digits (looked for after each ", of "), then the town: one to three capitalised
# words, no "the" (", 41, of the Royal Marines" names a body).
_AGE_BEFORE = lazy(r"(?<![\w,.])\d{1,3}$")
_TOWN = lazy(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?![\w'’-]| [A-Z]| of\b)")


def home_towns(builder: Builder) -> list[Span]:
    """Add the home towns named after an age (", 34, of Khumjung"); their spans."""
    body, out = builder.body, []
    at = body.find(", of ")
    while at >= 0:
        start = at + 5
        if _AGE_BEFORE.search(body, max(0, at - 4), at):
            m = _TOWN.match(body, start)
            if m is not None:
                text = m.group()
                if not (
                    text in KNOWN_ORGS or text in NON_NAME_WORDS or text.split()[-1] in ORG_HEADS
                ):
                    entry = builder.gaz.get(text)
                    if entry is not None:
                        builder.add_place(entry.canonical, entry.kind, text, m.span())
                    else:
                        builder.add_place(text, "city", text, m.span())
                    builder.sure.add(m.span())
                    out.append(m.span())
        at = body.find(", of ", start)
    return out
