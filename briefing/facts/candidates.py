"""Candidate names over a whole body: runs joined across "of" and "and", acronyms defined in
brackets, datelines, and paragraphs in capitals where capitalisation says nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.facts.chunks import Chunk
from briefing.facts.lexicon import (
    NON_NAME_WORDS,
    ORG_HEADS,
    ORG_OF_HEADS,
    REGION_HEADS,
    SITE_HEADS,
)

_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_OF_GAP = re.compile(r"^ (?:of|on|for) (?:the )?$")
_AND_GAP = re.compile(r"^ (?:and|&) $")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)")
_ALLCAPS_PARA = re.compile(r"[^\n]+")
# Four words in capitals: "(?<!\w)(?:[A-ZÀ-Þ]{2,}\W+){4}", written to open with a character
# class (the engine then skips ahead to capitals; ~2x faster than a lookahead opening).
_CAPS_RUN = re.compile(r"[A-ZÀ-Þ](?<!\w[A-ZÀ-Þ])[A-ZÀ-Þ]+\W+(?:[A-ZÀ-Þ]{2,}\W+){3}")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DATELINE = re.compile(
    r"^([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}?)(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?=[,.\s])|(?=\s+[–—-]\s|\s+\())",
    re.MULTILINE,
)
_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")


_JOINABLE = (
    ORG_OF_HEADS | SITE_HEADS | REGION_HEADS | {"Republic", "Kingdom", "Isle", "City", "Federation"}
)


def merge_of(body: str, chunks: list[Chunk]) -> list[Chunk]:
    """Join "Ministry" + "of" + "Defence" (and "Gulf of Mexico") into one run."""
    out: list[Chunk] = []
    for chunk in chunks:
        if out and 4 <= chunk.start - out[-1].end <= 9:  # " of ", " of the ", " and "
            prev = out[-1]
            last = body[prev.words[-1][0] : prev.words[-1][1]]
            gap = body[prev.end : chunk.start]
            nxt = body[chunk.words[-1][0] : chunk.words[-1][1]]
            first = body[prev.words[0][0] : prev.words[0][1]]
            chained = first in ORG_OF_HEADS and " of " in body[prev.start : prev.end]
            if ((last in _JOINABLE or chained) and _OF_GAP.match(gap)) or (
                # "Norwegian Water Resources and Energy Directorate"
                _AND_GAP.match(gap)
                and len(prev.words) >= 2
                and last not in ORG_HEADS
                and not prev.sentence_start
                and (
                    # "... Volcanology and Seismology (Phivolcs)": the acronym closes the name
                    _ACRONYM_DEF.match(body, chunk.end) is not None
                    or (
                        nxt in ORG_HEADS
                        and not any(body[a:b] in ORG_OF_HEADS for a, b in prev.words)
                    )
                )
            ):
                out[-1] = Chunk(
                    prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start
                )
                continue
        out.append(chunk)
    return out


def caps_ranges(body: str) -> list[tuple[int, int]]:
    """Paragraph ranges written in capitals, where capitalisation says nothing."""
    out: list[tuple[int, int]] = []
    if not _CAPS_RUN.search(body):
        return out
    for m in _ALLCAPS_PARA.finditer(body):
        line = m.group()
        if not _CAPS_RUN.search(line):
            continue
        upper, lower = len(_UPPER.findall(line)), len(_LOWER.findall(line))
        if upper > 30 and upper > 1.5 * lower:
            out.append(m.span())
    return out


def lower_acronym_definitions(body: str) -> set[str]:
    r"""Acronyms defined after a lower-case word ("gross domestic product (GDP)"): not names.

    Same as searching ``(?<=[a-z])\s+\(([A-Z][A-Z0-9]{1,6})\)``, but that pattern has no
    literal start, so the engine tries it at every character; finding the "(" first is ~25x
    cheaper.
    """
    out: set[str] = set()
    for m in _PAREN_ACRONYM.finditer(body):
        i = start = m.start()
        while i > 0 and body[i - 1].isspace():
            i -= 1
        if i < start and i > 0 and "a" <= body[i - 1] <= "z":
            out.add(m.group(1))
    return out


def acronym_definitions(body: str, chunks: list[Chunk]) -> dict[str, str]:
    """ "Full Name (ABC)" and "ABC (Full Name)": acronym -> expansion."""
    out: dict[str, str] = {}
    for chunk in chunks:
        m = _ACRONYM_DEF.match(body, chunk.end)
        if m is None or len(chunk.words) < 2:
            continue
        acronym = m.group(1)
        words = chunk.words
        for i, (a, b) in enumerate(words[:-1]):
            if _POSSESSIVE.search(body[a:b]):
                words = chunk.words[i + 1 :]
        initials = "".join(body[a] for a, _ in words).upper()
        letters = "".join(c for c in acronym if c.isupper())
        last = body[words[-1][0] : words[-1][1]]
        if last in NON_NAME_WORDS:  # "General Data Protection Regulation (GDPR)" is a law
            continue
        if letters and (
            initials.startswith(letters[:2])
            or letters in initials
            or initials in letters
            or last in ORG_HEADS
        ):
            out[acronym] = body[words[0][0] : chunk.end]
    return out


def datelines(body: str) -> Iterator[re.Match[str]]:
    """What `_DATELINE.finditer(body)` yields, trying the pattern only at line starts (where
    its "^" can match) instead of at every character."""
    pos = last_end = 0
    while True:
        if pos >= last_end:
            m = _DATELINE.match(body, pos)
            if m is not None:
                yield m
                last_end = m.end()
        newline = body.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1


# Credit lines of the article itself name no one in the story: "Reporting by ...; Editing by
# ...", "Photo: ...", "Image: ... (flickr)". Only where a line, a sentence or a bracket opens,
# so that "reporting by the agency showed" in running text is left alone. (The pattern opens
# with its keywords, which the engine can skip to; where one stands is checked apart.)
_CREDIT = re.compile(
    r"(?:Additional reporting|Reporting|Editing|Writing|Compiled|Photos?|Photograph|Images?|"
    r"Pictures?|Credits?|Illustration|Video)(?: by\s+(?=[A-Z])|:)[^\n()]*?(?=\.\s|\.$|[\n()]|$)"
)


def credit_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of credit lines ("Reporting by ...", "Image: ..."), where names are not facts."""
    out = []
    for m in _CREDIT.finditer(body):
        start = m.start()
        before = body[max(0, start - 2) : start]
        if start == 0 or before.endswith(("\n", ". ", "; ", ";", "(")):
            out.append(m.span())
    return out
