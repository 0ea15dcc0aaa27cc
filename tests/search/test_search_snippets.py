"""Snippet offsets: the folded-whitespace mapping and the cached word analysis."""

from __future__ import annotations

import random

from briefing.search.analysis import text_analyzer
from briefing.search.snippets import _analysed, _folded_offset, make_snippet


def _reference_map(raw: str) -> list[int]:
    mapping, out, previous_space = [], 0, True
    for char in raw:
        mapping.append(out)
        if char.isspace():
            out += 0 if previous_space else 1
            previous_space = True
        else:
            out += 1
            previous_space = False
    mapping.append(out)
    return mapping


def test_folded_offsets_match_a_character_walk():
    rng = random.Random(4)
    for _ in range(2000):
        raw = "".join(rng.choice("ab c\n\t  xé\u00a0") for _ in range(rng.randint(0, 30)))
        expected = _reference_map(raw)
        assert [_folded_offset(raw, index) for index in range(len(raw) + 1)] == expected, raw


def test_cached_analysis_is_the_analyzers():
    analyzer = text_analyzer()
    for word in ("Running", "São", "o'clock", "the", "U.S.", "workers’"):
        tokens = analyzer(word, chars=True, mode="index", removestops=True)
        assert _analysed(word) == tuple((t.text, t.startchar, t.endchar) for t in tokens)


def test_snippet_highlights_cover_the_matches():
    body = "Dock  workers\nin Antwerp went on strike.   Workers' unions met the port."
    snippet = make_snippet(body, frozenset({"worker", "strike"}))
    marked = [snippet.text[start:end] for start, end in snippet.highlights]
    assert marked == ["workers", "strike", "Workers"]
