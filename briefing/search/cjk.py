"""Chinese, Japanese and Korean text as index terms, without a dictionary.

These scripts put no space between words, so `\\w+` makes a whole clause one token and a
search for one word of it found nothing. As full-text engines do without a dictionary,
a run of CJK characters is indexed as its characters and its overlapping pairs of
characters; each character shares its position with the pair it starts, so the pairs of
a run sit at consecutive positions (a phrase of them matches the run). A query word is
its pairs alone (its character, for a one-character word): "港口城" asks for 港口 and 口城,
"橋" for 橋.
"""

from __future__ import annotations

import re

from whoosh.analysis import Filter

# Han (with its extensions and compatibility forms, and the iteration mark 々),
# Hiragana, Katakana (with the half-width forms) and Hangul.
_CJK_CHARS = (
    "\u1100-\u11ff\u3005\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0003134f"
)
HAS_CJK = re.compile(f"[{_CJK_CHARS}]")
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")


class ShortWordFilter(Filter):
    """Drops the words shorter than `minsize`, as StopFilter would, but keeps CJK ones."""

    def __init__(self, minsize: int):
        self.minsize = minsize

    def __eq__(self, other):
        return other and self.__class__ is other.__class__ and self.minsize == other.minsize

    def __call__(self, tokens):
        minsize = self.minsize
        for token in tokens:
            text = token.text
            if len(text) >= minsize or HAS_CJK.search(text) is not None:
                yield token


class CjkFilter(Filter):
    """Splits each token holding CJK characters into terms (see the module's doc); the
    other letters of such a token ("G20" of "G20峰会") are a word, kept unless it is a
    stop word or short. Later tokens move on by the positions the split adds."""

    def __init__(self, stops: frozenset[str], minsize: int):
        self.stops = stops
        self.minsize = minsize

    def __eq__(self, other):
        return other and self.__class__ is other.__class__ and self.stops == other.stops

    def __call__(self, tokens):
        shift = 0
        for token in tokens:
            text = token.text
            if HAS_CJK.search(text) is None:
                if shift and token.positions:
                    token.pos += shift
                yield token
                continue
            start = token.pos + shift if token.positions else 0
            terms, width = split_cjk(text, token.mode, self.stops, self.minsize)
            for term, pos, offset in terms:
                yield _copy(token, term, start + pos, offset)
            if token.positions:
                shift += max(0, width - 1)


def split_cjk(text: str, mode: str, stops: frozenset[str], minsize: int):
    """([(term, position, offset)], positions taken) of a folded token holding CJK
    characters (see the module's doc): the one copy of the rule, for `CjkFilter` and for
    `analysis.text_terms`."""
    terms = []
    pos = 0
    for piece, offset, run in _pieces(text):
        if not run:
            if len(piece) >= minsize and piece not in stops:
                terms.append((piece, pos, offset))
                pos += 1
            continue
        for term, term_pos, term_offset in _run_terms(piece, mode):
            terms.append((term, pos + term_pos, offset + term_offset))
        pos += len(piece) if mode != "query" else max(1, len(piece) - 1)
    return terms, pos


def _pieces(text: str):
    """(piece, offset, is a CJK run) for the runs of `text` and what lies between them."""
    at = 0
    for match in _CJK_RUN.finditer(text):
        if match.start() > at:
            yield text[at : match.start()], at, False
        yield match.group(), match.start(), True
        at = match.end()
    if at < len(text):
        yield text[at:], at, False


def _run_terms(run: str, mode: str):
    """(term, position, offset) of a CJK run: in an index, each character and the pair it
    starts at the character's position; in a query, the pairs alone at consecutive
    positions (the character of a one-character run)."""
    if len(run) == 1:
        yield run, 0, 0
        return
    for index in range(len(run)):
        if mode != "query":
            yield run[index], index, index
        if index + 1 < len(run):
            yield run[index : index + 2], index, index


def _copy(token, text: str, pos: int, offset: int):
    piece = token.copy()
    piece.text = text
    if token.positions:
        piece.pos = pos
    if getattr(token, "chars", False):
        piece.startchar = token.startchar + offset
        piece.endchar = piece.startchar + len(text)
    return piece
