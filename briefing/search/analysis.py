"""The one analyzer: how text becomes index terms, written once.

Words are runs of word characters joined by inner dots and apostrophes ("U.S.",
"O'Brien's"); a word is folded (lowercase, accents off: "São" -> "sao"); in text, stop
words and one-letter words are dropped and the rest stemmed (Porter2); in names nothing
is dropped or stemmed and hyphens join too ("Jean-Luc").

Chinese, Japanese and Korean write no spaces between words (Korean joins particles on),
so a run of their characters is split the way full-text engines do without a dictionary
(`cjk`): each character and each overlapping pair of characters is a term, and a query
word asks for its pairs (its character, when it has one), all of them.

`text_analyzer()` and `name_analyzer()` are the Whoosh pipelines the schema declares (a
query is analysed by them); `text_terms` and `name_terms` are their fast paths for
indexing, snippets and related articles, and tests hold the two to the same output.
"""

from __future__ import annotations

import re
from functools import lru_cache

from whoosh import analysis
from whoosh.lang.porter2 import stem
from whoosh.support.charset import accent_map

from briefing.search.cjk import HAS_CJK, CjkFilter, ShortWordFilter, split_cjk

__all__ = [
    "NAME_TOKEN",
    "STOP_WORDS",
    "TOKEN",
    "TOKEN_PATTERN",
    "accent_map",
    "cached_stem",
    "fold",
    "fold_text",
    "name_analyzer",
    "name_terms",
    "text_analyzer",
    "text_terms",
]

TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"
TOKEN = re.compile(TOKEN_PATTERN)
NAME_TOKEN_PATTERN = r"\w+(?:[.'’-]\w+)*"
NAME_TOKEN = re.compile(NAME_TOKEN_PATTERN)
STOP_WORDS: frozenset[str] = analysis.StopFilter().stops
_MIN_LENGTH = 2  # StopFilter's: shorter words are dropped from text


def fold(word: str) -> str:
    """`word` lowercased and without accents, as the analyzers fold it."""
    word = word.lower()
    # accent_map's ASCII entries only lowercase: ASCII text is folded already.
    return word if word.isascii() else word.translate(accent_map)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold_text(text: str) -> str:
    """`fold` for a long text (a body): the same result, but only the few distinct
    non-ASCII characters it holds go through the accent map, each replaced throughout in
    one pass (translating a whole body char by char cost four times as much as a
    translation of its non-ASCII runs, 108 against 28 µs for a news article; a pass per
    distinct character costs less again). Every replacement is one ASCII character
    (`_FOLDS`), so no later pass can change what an earlier one wrote."""
    text = text.lower()
    if text.isascii():
        return text
    for char in set("".join(_NOT_ASCII.findall(text))):
        folded = _FOLDS.get(char)
        if folded is not None:
            text = text.replace(char, folded)
    return text


# accent_map's entries for non-ASCII characters, each folding to one ASCII character
# (tests/search/test_snippets.py holds the map to that)
_FOLDS = {chr(code): folded for code, folded in accent_map.items() if code > 0x7F}


@lru_cache(maxsize=200_000)
def cached_stem(word: str) -> str:
    """The Porter2 stem of a folded word (memoised: the same words recur everywhere)."""
    return stem(word)


@lru_cache(maxsize=1)
def text_analyzer() -> analysis.Analyzer:
    """English text: case and accents folded, stop words dropped, Porter2 stems.

    Porter2 rather than Whoosh's default stemmer, which turns "running" into "runn".
    """
    return (
        analysis.RegexTokenizer(TOKEN_PATTERN)
        | analysis.LowercaseFilter()
        | analysis.CharsetFilter(accent_map)
        # StopFilter's own length test would drop a one-character CJK word: the short
        # words go first (the same positions: StopFilter numbers what it keeps).
        | ShortWordFilter(_MIN_LENGTH)
        | analysis.StopFilter(minsize=1)
        | CjkFilter(STOP_WORDS, _MIN_LENGTH)
        | analysis.StemFilter(stemfn=stem, cachesize=100_000)
    )


@lru_cache(maxsize=1)
def name_analyzer() -> analysis.Analyzer:
    """Names (people, places, organisations, sources): case and accents folded, no stems."""
    return (
        analysis.RegexTokenizer(NAME_TOKEN_PATTERN)
        | analysis.LowercaseFilter()
        | analysis.CharsetFilter(accent_map)
    )


_MISSING = object()
# token as found in the text -> its term as UTF-8 (None for a stop word or a short word)
_TERMS: dict[str, bytes | None] = {}
# token as found in a name -> its term as UTF-8
_NAME_TERMS: dict[str, bytes] = {}
_MAX_TERMS = 500_000


def _term_of(token: str) -> bytes | None:
    word = fold(token)
    dropped = len(word) < _MIN_LENGTH or word in STOP_WORDS
    term = None if dropped else cached_stem(word).encode("utf-8")
    if len(_TERMS) >= _MAX_TERMS:
        _TERMS.clear()
    _TERMS[token] = term
    return term


def text_terms(text: str) -> dict[bytes, list[int]]:
    """Each term of `text` (as `text_analyzer` makes it, UTF-8) with its positions, in the
    order first seen: one regex pass and one dictionary look-up per token."""
    if HAS_CJK.search(text) is not None:
        return _cjk_text_terms(text)
    terms = _TERMS
    positions: dict[bytes, list[int]] = {}
    pos = -1
    for index, token in enumerate(TOKEN.findall(text)):
        term = terms.get(token, _MISSING)
        if term is _MISSING:
            term = _term_of(token)
        if term is None:
            continue
        # StopFilter renumbers kept tokens: the first keeps its index, the rest follow on.
        pos = index if pos < 0 else pos + 1
        found = positions.get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    return positions


# token holding CJK characters -> (its terms as UTF-8 with their positions, positions taken)
_CJK_TERMS: dict[str, tuple[tuple[tuple[bytes, int], ...], int]] = {}


def _cjk_terms_of(token: str) -> tuple[tuple[tuple[bytes, int], ...], int]:
    found = _CJK_TERMS.get(token)
    if found is None:
        pieces, width = split_cjk(fold(token), "index", STOP_WORDS, _MIN_LENGTH)
        terms = tuple((cached_stem(piece).encode("utf-8"), pos) for piece, pos, _ in pieces)
        if len(_CJK_TERMS) >= _MAX_TERMS:
            _CJK_TERMS.clear()
        found = _CJK_TERMS[token] = (terms, width)
    return found


def _cjk_text_terms(text: str) -> dict[bytes, list[int]]:
    """`text_terms` for a text holding CJK characters: a token of them takes a position
    per character (`CjkFilter`), so the later ones move on."""
    terms = _TERMS
    positions: dict[bytes, list[int]] = {}
    pos = -1
    shift = 0
    for index, token in enumerate(TOKEN.findall(text)):
        if HAS_CJK.search(token) is None:
            term = terms.get(token, _MISSING)
            if term is _MISSING:
                term = _term_of(token)
            if term is None:
                continue
            pos = index if pos < 0 else pos + 1
            positions.setdefault(term, []).append(pos + shift)
            continue
        pos = index if pos < 0 else pos + 1
        found, width = _cjk_terms_of(token)
        for term, offset in found:
            positions.setdefault(term, []).append(pos + shift + offset)
        shift += max(0, width - 1)
    return positions


def name_terms(text: str) -> dict[bytes, list[int]]:
    """`text_terms` for the name analyzer (no stop words, no stems)."""
    terms = _NAME_TERMS
    positions: dict[bytes, list[int]] = {}
    for pos, token in enumerate(NAME_TOKEN.findall(text)):  # a few names: no fast path needed
        term = terms.get(token)
        if term is None:
            if len(terms) >= _MAX_TERMS:
                terms.clear()
            term = terms[token] = fold(token).encode("utf-8")
        positions.setdefault(term, []).append(pos)
    return positions
