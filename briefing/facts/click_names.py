"""Names written with the click letters of Khoekhoe and other Khoisan languages, which
Namibian outlets print as "!" or "//" before a capital ("Johannes !Naruseb", "the
//Kharas region", "Tsau //Khaeb National Park"): the mark is the name's first letter, and a
name before it goes on across it. Used by `briefing.facts.entities` on the candidate runs."""

from __future__ import annotations

from briefing.facts.chunks import Chunk

# The marks (not a bar: a wiki link's "[[...|Boston Tea Party]]" left in the text).
_CLICKS = ("//", "!", "ǃ", "ǂ", "ǀ", "ǁ")
_LAST_CHARS = frozenset("".join(_CLICKS))
# The click letters written as such, which only a body past ASCII can hold.
_LETTERS = ("ǃ", "ǂ", "ǀ", "ǁ")


def has_clicks(body: str) -> bool:
    """Whether `body` may hold a click mark (the cheap test before the pass): " !", "\n!" or
    " //" in it, or a click letter. (Each "!" is found by a search for one character, at C
    speed, as "/" is before " //" is looked for: a search for two characters costs more.)"""
    at = body.find("!", 1)
    while at > 0:
        if body[at - 1] in " \n":
            return True
        at = body.find("!", at + 1)
    return ("/" in body and " //" in body) or (
        not body.isascii() and any(letter in body for letter in _LETTERS)
    )


def _click_before(body: str, start: int) -> int:
    """The length of the click mark right before `start` when a space, a line or a bracket
    comes before the mark (not "Yes!Now", "and/Or"), else 0."""
    if start == 0 or body[start - 1] not in _LAST_CHARS:
        return 0  # (the cheap test first: most runs follow a space)
    for mark in _CLICKS:
        at = start - len(mark)
        if at >= 0 and body.startswith(mark, at) and (at == 0 or body[at - 1] in " \n(\"“'‘"):
            return len(mark)
    return 0


def click_names(body: str, chunks: list[Chunk]) -> list[Chunk]:
    """`chunks` with each run that a click mark opens taking the mark in, joined to the run
    right before it across one space ("Johannes" + " !Naruseb")."""
    out: list[Chunk] = []
    for chunk in chunks:
        n = _click_before(body, chunk.start)
        if n:
            (a, b), rest = chunk.words[0], chunk.words[1:]
            chunk = Chunk(a - n, chunk.end, [(a - n, b), *rest], chunk.sentence_start)
            if out and out[-1].end == chunk.start - 1 and body[out[-1].end] == " ":
                prev = out.pop()
                chunk = Chunk(prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start)
        out.append(chunk)
    return out
