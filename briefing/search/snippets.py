"""Snippets with highlight ranges, made only for the hits that are shown.

Whoosh's highlighter re-tokenises every stored body; we tokenise just the few bodies on
screen with the same analyzer and mark the tokens whose index form the query asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.search.analysis import TOKEN as _WORD
from briefing.search.analysis import fold as _fold
from briefing.search.analysis import fold_text, text_analyzer
from briefing.search.cjk import HAS_CJK

SNIPPET_CHARS = 220
_CONTEXT_BEFORE = 60


@dataclass(frozen=True)
class Snippet:
    """A passage of the body and the [start, end) ranges of the matches inside it."""

    text: str
    highlights: list[tuple[int, int]]


def match_spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges in `text` of tokens whose analysed form is one of `terms`."""
    if not terms or not text:
        return []
    # Analysing a whole body is the slow part: analyse only the words that could match,
    # those sharing their first two letters (case and accents folded) with a term. When
    # folding keeps every offset, one regex over the folded text finds those words.
    folded = fold_text(text)
    runs = [term for term in terms if HAS_CJK.search(term) is not None]
    if runs:  # a CJK term lies inside a word (a run of CJK characters): look inside
        wanted = {term[:2] for term in terms}
        candidates = (
            (m.start(), m.group())
            for m in _WORD.finditer(text)
            if (word := _fold(m.group()))[:2] in wanted or any(run in word for run in runs)
        )
    elif len(folded) == len(text):
        starts = _prefix_pattern(terms)
        candidates = ((m.start(), text[m.start() : m.end()]) for m in starts.finditer(folded))
    else:
        wanted = {term[:2] for term in terms}
        candidates = (
            (m.start(), m.group()) for m in _WORD.finditer(text) if _fold(m.group())[:2] in wanted
        )
    spans = []
    for offset, word in candidates:
        for term, start, end in _analysed(word):
            if term in terms:
                spans.append((offset + start, offset + end))
    return spans


@lru_cache(maxsize=256)
def _prefix_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    """Words starting with the first two letters of a term (one pattern per query).

    Each prefix comes first, then a look-behind checks that no word character precedes
    it: the same matches as a look-behind before the prefixes, but a pattern that starts
    with a literal (or a set of first letters) is scanned for it in C, not tried at every
    character of the body (13 against 117 us for a news article and one word)."""
    prefixes = sorted({term[:2] for term in terms})
    starts = (re.escape(prefix) + r"(?<!\w" + re.escape(prefix) + ")" for prefix in prefixes)
    return re.compile(r"(?:" + "|".join(starts) + r")\w*(?:[.'’]\w+)*")


@lru_cache(maxsize=65536)
def _analysed(word: str) -> tuple[tuple[str, int, int], ...]:
    """(index term, start, end) of each token of a word: the same words recur in every
    body, and running the analyzer (the stemmer above all) was most of a snippet's cost."""
    analyzer = text_analyzer()
    return tuple(
        (token.text, token.startchar, token.endchar)
        for token in analyzer(word, chars=True, mode="index", removestops=True)
    )


def make_snippet(body: str, terms: frozenset[str], width: int = SNIPPET_CHARS) -> Snippet:
    """The passage of `body` with the most matches (its start when nothing matches)."""
    spans = match_spans(body, terms)
    if not spans:
        return _cut(body, 0, width, [])
    best_start, best_count = spans[0][0], 0
    right = 0
    for left, (start, _) in enumerate(spans):
        while right < len(spans) and spans[right][1] <= start + width - _CONTEXT_BEFORE:
            right += 1
        if right - left > best_count:
            best_start, best_count = start, right - left
    return _cut(body, max(0, best_start - _CONTEXT_BEFORE), width, spans)


def _cut(body: str, start: int, width: int, spans: list[tuple[int, int]]) -> Snippet:
    if start > 0:
        space = body.find(" ", start, start + 20)
        start = space + 1 if space >= 0 else start
    end = min(len(body), start + width)
    if end < len(body):
        space = body.rfind(" ", start, end)
        end = space if space > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(body) else ""
    raw = body[start:end]
    text = prefix + " ".join(raw.split())
    # Map offsets in the raw slice to the whitespace-folded snippet.
    shift = len(prefix)
    highlights = [
        (_folded_offset(raw, s - start) + shift, _folded_offset(raw, e - start) + shift)
        for s, e in spans
        if s >= start and e <= end
    ]
    return Snippet(text + suffix, highlights)


def _folded_offset(raw: str, index: int) -> int:
    """Where offset `index` of `raw` lands in `" ".join(raw.split())`: the folded text
    before it, plus the one space kept for a run of whitespace that follows a word."""
    head = raw[:index]
    words = head.split()
    if not words:
        return 0
    size = sum(map(len, words)) + len(words) - 1
    return size + 1 if head[-1].isspace() else size
