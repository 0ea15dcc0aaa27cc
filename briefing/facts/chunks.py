"""Capitalised runs of words (name candidates) and the sentence context around them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.facts.lexicon import FUNCTION_WORDS, HONORIFICS

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Jr|Sr|Mt|Ft|Co|Corp|Inc|Ltd|Bros)\."
TOKEN = rf"(?:[{_UP}]\.(?:[{_UP}]\.)+|{_ABBREV}|(?:(?:al|el|ad|as|bin|ibn|de|di|da|du|van|von|d|l|O|Mc|Mac)[-’'])?[{_UP}][\w’'&]*(?:-[\w’']+)*|[{_UP}]\.)"
_PARTICLES = r"(?:van|von|der|den|de|da|das|do|dos|del|della|di|du|la|le|bin|bint|ibn|al|el|ben|ter|ten|zu|y)"
CHUNK = re.compile(
    rf"(?=[{_UP}adeiblvOM])(?<![\w’'-]){TOKEN}(?:(?:[ ]+{_PARTICLES})*[ ]+{TOKEN})*(?![\w])"
)
TOKEN_RE = re.compile(TOKEN)
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ’'-]+")
_OPENERS = frozenset('.!?:;"“‘([—–-')
_CLOSERS = frozenset("'\"”’)")
_SENTENCE_END = re.compile(r"(?:[.!?:;]['\"”’)]*|[\"“‘(\[]|—|–|-)\s*$")


@dataclass(slots=True)
class Chunk:
    """A run of capitalised words: its text, offsets and word offsets within the body."""

    start: int
    end: int
    words: list[tuple[int, int]]
    sentence_start: bool

    def text(self, body: str) -> str:
        """The chunk's surface text."""
        return body[self.start : self.end]


def lower_words(body: str) -> frozenset[str]:
    """Every lower-case word of the body (to tell common words from names)."""
    return frozenset(_LOWER_WORD.findall(body))


def _starts_sentence(body: str, start: int) -> bool:
    if start == 0:
        return True
    before = body[max(0, start - 4) : start]
    if "\n" in body[max(0, start - 2) : start]:
        return True
    stripped = before.rstrip()
    if not stripped:
        return start <= 4
    return stripped[-1] in _OPENERS or (
        stripped[-1] in _CLOSERS and bool(_SENTENCE_END.search(before))
    )


def find_chunks(body: str, common: frozenset[str]) -> list[Chunk]:
    """Capitalised runs, with sentence-opening common words and function words trimmed off."""
    out: list[Chunk] = []
    for m in CHUNK.finditer(body):
        words = [(t.start(), t.end()) for t in TOKEN_RE.finditer(body, m.start(), m.end())]
        first = _starts_sentence(body, m.start())
        sentence_start = first
        while words:
            token = body[words[0][0] : words[0][1]]
            if token in FUNCTION_WORDS and token.lower().rstrip(".") not in HONORIFICS:
                words.pop(0)
                first = False
                continue
            if first and token.lower() in common and token.lower() not in HONORIFICS:
                words.pop(0)
                first = False
                continue
            break
        if not words:
            continue
        if words[0][0] != m.start():
            sentence_start = False
        out.append(Chunk(words[0][0], words[-1][1], words, sentence_start))
    return out


def split_chunk(chunk: Chunk, index: int) -> tuple[Chunk | None, Chunk | None]:
    """The chunk cut before word `index` (either half may be None)."""
    left = right = None
    if index > 0:
        w = chunk.words[:index]
        left = Chunk(w[0][0], w[-1][1], w, chunk.sentence_start)
    if index < len(chunk.words):
        w = chunk.words[index:]
        right = Chunk(w[0][0], w[-1][1], w, False)
    return left, right
