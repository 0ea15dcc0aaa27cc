"""Names found by scanning the text rather than by the chunk walk, which sees only runs of
capitalised words: known organisations that open with a small letter ("easyJet"), British
roads by number ("on the A59"), and storms' names, which the walk is to skip ("Storm
Darragh" is nobody). Used by `briefing.facts.entities`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Known organisations whose names open with a small letter ("easyJet", "eBay"): the chunk walk
# sees only capitalised words.
_LOWER_CASE_ORGS = tuple(n for n in KNOWN_ORGS if n[:1].islower() and n.isalpha())


def lower_case_names(builder: Builder) -> None:
    """Add the known organisations whose names open with a small letter."""
    body = builder.body
    for name in _LOWER_CASE_ORGS:
        at = body.find(name)
        while at >= 0:
            end = at + len(name)
            if not body[at - 1 : at].isalnum() and not body[end : end + 1].isalnum():
                builder.add_org(KNOWN_ORGS[name], name, (at, end))
            at = body.find(name, end)


# British roads by their numbers after "the": "on the A59", "the M25" (a place, as a street).
# (Not "uses the A300": an Airbus; a road is one the text is on, off, along, near ...)
_ROAD = lazy(
    r"\b(?:on|off|along|onto|near|from|via|at|to|closed|blocked|shut|reopened) the "
    r"(?!A3[0-8]0\b)([AM][1-9]\d{0,3}(?:\([MT]\))?)(?![\w(])"
)
_ROAD_HINT = lazy(r"the [AM][1-9]")
# A storm's or a hurricane's name is no person's: "Storm Darragh", "Hurricane Milton".
_STORM_NAME = lazy(r"\b(?:Storm|Hurricane|Typhoon|Cyclone|Tropical Storm) ([A-Z][a-z]+)\b")


def roads_and_storms(builder: Builder) -> list[tuple[int, int]]:
    """Add the roads named by number; the spans of storms' names, for the chunk walk to skip."""
    body = builder.body
    if _ROAD_HINT.search(body) is not None:
        for m in _ROAD.finditer(body):
            builder.add_place(m.group(1), "site", m.group(1), m.span(1))
            builder.sure.add(m.span(1))
    if not any(word in body for word in ("Storm ", "Hurricane ", "Typhoon ", "Cyclone ")):
        return []
    return [m.span(1) for m in _STORM_NAME.finditer(body)]


# A work's title set after its kind: "her first memoir, Mother Mary Comes to Me, ...", "the
# novel The God of Small Things" (no person, place or body is named there).
_WORK_TITLE = lazy(
    r"\b(?:memoir|novel|book|film|movie|album|song|single|play|documentary|poem|opera|musical"
    r"|painting|sitcom|podcast),? ((?:The |A |An )?[A-Z][^,.;:\n\"“”]{0,60}?)"
    r"(?=[,.;:]|\s+(?:was|is|will|has|had|which|in|by|for|about|and|on)\b)"
)


def work_titles(body: str) -> list[tuple[int, int]]:
    """The spans of works' titles named after their kind, for the chunk walk to skip."""
    if not any(kind in body for kind in ("memoir", "novel", "book", "film", "album", "song")):
        return []
    out = []
    for m in _WORK_TITLE.finditer(body):
        words = m.group(1).split()
        if all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words) and not (
            body.startswith((" said", " says", " told"), m.end(1))
        ):  # (not "in the book, Bolton claims Trump asked ...": a sentence, no title)
            out.append(m.span(1))
    return out


# The small words a title may hold in lower case.
_TITLE_SMALL_WORDS = frozenset(
    "a an the of to in on at for and or but by with from as is it be me my we us".split()
)
