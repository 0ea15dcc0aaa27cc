"""Organisations listed after the plural noun of their kind: "companies such as Korvex and
Halvane", "lenders including Tessaro, Brandvik and Morlane", "rivals like Kelso and Varn":
each name of the list is a body, as "the municipalities of X and Y" lists places
(`place_scans.shared_noun_lists`). Run by `briefing.facts.scanned_names`, only when the text
has one of the list's openers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.facts import Span
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS, KNOWN_ORGS, NON_NAME_WORDS, common_words
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Plural nouns of kinds of body (not of people: "investors such as ..." may be people).
_KINDS = frozenset(
    "companies firms corporations businesses groups banks lenders insurers carmakers automakers "
    "airlines carriers retailers supermarkets chains brands manufacturers makers suppliers "
    "startups start-ups platforms networks broadcasters newspapers outlets publishers charities "
    "NGOs nonprofits non-profits organizations organisations agencies universities "
    "institutions unions parties rivals competitors giants conglomerates miners refiners "
    "exporters importers distributors operators developers studios labels clubs".split()
)
_OPENERS = (" such as ", " including ", ", including ", " like ")
# (a full stop only inside a word, "Booking.com": one after it may end the sentence)
_WORD = r"[A-Z][\w'’&-]*(?:\.\w+)*"
_ITEM = rf"{_WORD}(?: {_WORD}){{0,3}}"
_LIST = lazy(rf"((?:{_ITEM}, )*{_ITEM},? (?:and|or) {_ITEM})(?![\w'’-]| [A-Z])")
_ITEM_RE = lazy(_ITEM)


def org_lists(builder: Builder) -> list[Span]:
    """Add the bodies listed after a plural noun of their kind and an opener; their spans."""
    body, out = builder.body, []
    for opener in _OPENERS:
        at = body.find(opener)
        while at >= 0:
            end = at + len(opener)
            kind = (body[max(0, at - 30) : at].rsplit(None, 1)[-1:] or [""])[0].rstrip(",")
            if kind in _KINDS or kind.lower() in _KINDS:
                m = _LIST.match(body, end)
                if m is not None:
                    out.extend(_listed(builder, *m.span(1)))
            at = body.find(opener, end)
    return out


def _listed(builder: Builder, start: int, end: int) -> list[Span]:
    """The items of a list of bodies, added as organisations; none when one of them is a
    place, a person's name (a given name opens it), a function word or an ordinary word."""
    body, spans = builder.body, []
    for item in _ITEM_RE.finditer(body, start, end):
        text = item.group()
        words = text.split()
        if (
            builder.gaz.get(text) is not None
            or is_given(words[0], builder.given)
            or words[0] in FUNCTION_WORDS
            or any(w in NON_NAME_WORDS for w in words)
            or (len(words) == 1 and text.lower() in common_words())
            or builder.demonym(words[0])
            or words[0].endswith(("'s", "’s"))  # ("Germany's Euler Hermes": a place's body)
        ):
            return []
        spans.append(item.span())
    for a, b in spans:
        text = body[a:b]
        builder.add_org(KNOWN_ORGS.get(text, text), text, (a, b))
        builder.sure.add((a, b))
    return spans
