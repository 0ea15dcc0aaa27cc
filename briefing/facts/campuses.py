"""A university's campus named after its name: "University of California, Los Angeles",
"University of Colorado at Boulder", "California State University, Long Beach" are each one
organisation, not a university and a town. Used by `briefing.facts.entities` after
`candidates.merge_of`."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk
from briefing.facts.gazetteer import Gazetteer

# What joins a campus's town to its university's name.
_GAPS = (", ", " at ")
# What after the town says it is one of a list of places, no campus ("the University of
# Texas, Austin and Dallas"), and a comma then another town ("Austin, Dallas and Houston").
_LIST_AFTER = (" and ", " or ")
_NAME_AFTER_COMMA = re.compile(r", ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)")
_NO_TOWN = ("country", "region", "continent")


def campus_names(body: str, chunks: list[Chunk], gaz: Gazetteer) -> list[Chunk]:
    """`chunks` with each university's run joined to the town of its campus after it."""
    if "University" not in body:
        return chunks
    out: list[Chunk] = []
    for chunk in chunks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and chunk.start - prev.end in (2, 4)  # (the gaps' lengths: a cheap test first)
            and body[prev.end : chunk.start] in _GAPS
            and _university(body, prev)
            and _town(body, chunk, gaz)
            and not _town_listed_after(body, chunk.end, gaz)
        ):
            out[-1] = Chunk(prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start)
            continue
        out.append(chunk)
    return out


def _university(body: str, chunk: Chunk) -> bool:
    """Whether the run is a university's name: "University of X", "X State University"."""
    first = body[chunk.words[0][0] : chunk.words[0][1]]
    last = body[chunk.words[-1][0] : chunk.words[-1][1]]
    text = body[chunk.start : chunk.end]
    return (first == "University" and " of " in text) or (last == "University" and " " in text)


def _town(body: str, chunk: Chunk, gaz: Gazetteer) -> bool:
    """Whether the run is a town the gazetteer knows (no country, no state), perhaps with a
    possessive ("University of California, San Diego's chancellor")."""
    entry = gaz.get(body[chunk.start : chunk.end].removesuffix("'s").removesuffix("’s"))
    return entry is not None and entry.kind not in _NO_TOWN


def _town_listed_after(body: str, end: int, gaz: Gazetteer) -> bool:
    """Whether a list of places goes on after `end`: " and" or " or", or a comma and another
    town ("Austin, Dallas and Houston"; not ", Munk was": a campus, then the sentence)."""
    if body.startswith(_LIST_AFTER, end):
        return True
    m = _NAME_AFTER_COMMA.match(body, end)
    if m is None:
        return False
    entry = gaz.get(m.group(1))
    return entry is not None and entry.kind not in ("country", "continent")
