"""Where an organisation's run of capitalised words goes on, or stops, unlike what the run
joiner (candidates.merge_of) does elsewhere: across an acronym in brackets inside a name, at
the "of" between a unit and its company, across "et"/"y" in a body's name abroad and across
"and" in a known body's name after its country's word."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk
from briefing.facts.lexicon import KNOWN_ORGS, ORG_HEADS, ORG_WORDS_ABROAD, common_words


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


# The next item of a list after its comma or "and" ("..., Rural Development, Water and ...").
_NEXT_ITEM = re.compile(r"(?: and |, )[A-ZÀ-Þ]")


def field_list(body: str, chunk: Chunk) -> bool:
    """Whether `chunk` is an item in ordinary words of a list that goes on after it with a
    comma or " and " and a capital ("..., Food and Rural Affairs"; "Ministry of Agriculture,
    Maritime Fisheries, Rural Development, Water and Forests")."""
    if len(chunk.words) > 3 or not all(body[a:b].lower() in common_words() for a, b in chunk.words):
        return False
    return _NEXT_ITEM.match(body, chunk.end) is not None


# The heads that end a company's name, after which a unit "of" it is a body of its own.
_COMPANY_HEADS = frozenset(
    "Corporation Company Group Holdings Inc. Inc Corp. Corp Ltd. Ltd plc".split()
)


# Armed forces' heads, after which " on " says where or when ("the Navy on D-Day").
_FORCES = frozenset("Navy Army Force Forces Guard Police Corps Marines Military".split())


def unit_of_company(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """Whether the run before "of (the)" is a unit's own name, of several words and ending in
    a body's head, and the run after it a company's ("the Western Grain Directorate of the
    Marovia State Corporation"): two bodies, not one name. Also an armed force before "on"."""
    gap = body[prev.end : chunk.start]
    if gap in (" on ", " on the ") and body[prev.words[-1][0] : prev.words[-1][1]] in _FORCES:
        return True  # "the U.S. Navy on D-Day": an armed force is named "on" nothing
    if len(prev.words) < 2 or len(chunk.words) < 2:
        return False
    if gap not in (" of the ", " of "):
        return False
    head = body[prev.words[-1][0] : prev.words[-1][1]]
    words = [body[a:b] for a, b in chunk.words[1:]]
    return (
        head in ORG_HEADS
        and " of " not in body[prev.start : prev.end]
        and any(w in _COMPANY_HEADS for w in words)
    )


# "and" in a French, Spanish, Portuguese or Italian body's name, with the article after it.
_AND_ABROAD = re.compile(
    r" (?:et|y|e) (?:de la |de l['’]|des |du |de |del |de los |de las |do |da |dos |das "
    r"|della |delle |dei )?$"
)


def and_abroad(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """Whether " et des " (or "y", "e") between the runs goes on a body's name abroad that
    names its field with "de": "Autorité de Régulation de la Poste et des Télécommunications
    du Congo", "Ministerio de Pesca y Acuicultura"."""
    return (
        chunk.start - prev.end <= 12
        and _AND_ABROAD.match(body, prev.end, chunk.start) is not None
        and body[prev.words[0][0] : prev.words[0][1]] in ORG_WORDS_ABROAD
        and " d" in body[prev.start : prev.end]  # (not "Banco Nordeste y Reuters")
    )


def known_after_owner(body: str, prev: Chunk, chunk: Chunk) -> bool:
    """Whether the runs joined are a known body's name after its country's or owner's words:
    "U.S. Immigration" + " and " + "Customs Enforcement" (the known "Immigration and Customs
    Enforcement"), or before a possessive that goes on with a unit of it ("U.S. Fish" +
    " and " + "Wildlife Service's Southeast Region": the later split at "'s" keeps both)."""
    end = chunk.end
    for _, b in chunk.words[:-1]:
        if body.startswith(("'s ", "’s "), b - 2):
            end = b - 2
            break
    if end == chunk.end and len(prev.words) < 2:
        return False
    return any(body[a:end] in KNOWN_ORGS for a, _ in prev.words)


def possessed_head(body: str, chunk: Chunk) -> str:
    """The run's last word without a possessive, or the first word that holds one ("Wildlife
    Service's Southeast Region" -> "Service": the name goes on to it)."""
    for a, b in chunk.words:
        if body.startswith(("'s", "’s"), b - 2):
            return body[a : b - 2]
    return body[chunk.words[-1][0] : chunk.words[-1][1]]


def owned(body: str, prev: Chunk) -> list[tuple[int, int]]:
    """The run's words after its last possessive ("USDA's Animal" -> "Animal")."""
    for i in range(len(prev.words) - 1, -1, -1):
        if body.startswith(("'s", "’s"), prev.words[i][1] - 2):
            return prev.words[i + 1 :]
    return prev.words
