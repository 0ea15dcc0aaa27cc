"""Where an organisation's run of capitalised words goes on, or stops, unlike what the run
joiner (candidates.merge_of) does elsewhere: across an acronym in brackets inside a name, and
at the "of" between a unit and its company."""

from __future__ import annotations

from briefing.facts.chunks import Chunk
from briefing.facts.lexicon import ORG_HEADS


def bracketed_inside(body: str, out: list[Chunk], chunk: Chunk) -> bool:
    """Whether the last run is an acronym in brackets between the name's opening words and
    its closing ones, which end in a body's head: "Kowloon Scheduled (GMB) Operators
    Association" (the words before the brackets are no body's name of their own)."""
    if len(out) < 2 or len(out[-1].words) != 1:
        return False
    before, acronym = out[-2], out[-1]
    if body[before.end : acronym.start] != " (" or body[acronym.end : chunk.start] != ") ":
        return False
    last = body[before.words[-1][0] : before.words[-1][1]]
    return (
        body[acronym.start : acronym.end].isupper()
        and last not in ORG_HEADS
        and not last.endswith(("'s", "’s"))  # ("the United Kingdom's (UK) Labour Party")
        and body[chunk.words[-1][0] : chunk.words[-1][1]] in ORG_HEADS
    )


# The heads that end a company's name, after which a unit "of" it is a body of its own.
_COMPANY_HEADS = frozenset(
    "Corporation Company Group Holdings Inc. Inc Corp. Corp Ltd. Ltd plc".split()
)


def unit_of_company(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """Whether the run before "of (the)" is a unit's own name, of several words and ending in
    a body's head, and the run after it a company's ("the Western Grain Directorate of the
    Marovia State Corporation"): two bodies, not one name."""
    if len(prev.words) < 2 or len(chunk.words) < 2:
        return False
    if body[prev.end : chunk.start] not in (" of the ", " of "):
        return False
    head = body[prev.words[-1][0] : prev.words[-1][1]]
    words = [body[a:b] for a, b in chunk.words[1:]]
    return (
        head in ORG_HEADS
        and " of " not in body[prev.start : prev.end]
        and any(w in _COMPANY_HEADS for w in words)
    )
