"""`factstore.sentence_at`: the timeline's sentence around a date.

The finder skips from boundary character to boundary character; these tests hold it to
the plain definition it replaced (one regular expression tried at every position), on
real journalism and on random strings dense with boundary characters.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from briefing.catalog import factstore

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "wikinews"
# The definition: a sentence ends after ".", "!" or "?" and any closing quotes where white
# space follows, or at a run of newlines; the sentence starts after the last end within
# `window` characters before the position; a full stop after an abbreviation ("Dec.",
# "Dr.", an initial) ends none.
_AFTER_ABBREVIATION = (
    "".join(rf"(?<!\b{word}\.)" for word in factstore.ABBREVIATIONS) + r"(?<!\b[A-Z]\.)"
)
_PLAIN_END = re.compile(rf"(?<=[.!?]){_AFTER_ABBREVIATION}[\"'”’)]*\s+|\n+")


def plain_sentence_at(body: str, position: int, window: int) -> str:
    if not body:
        return ""
    position = min(max(position, 0), len(body) - 1)
    start = 0
    for match in _PLAIN_END.finditer(body, max(0, position - window), position):
        start = match.end()
    if start == 0 and position > window:
        start = position - window // 2
    end_match = _PLAIN_END.search(body, position)
    end = end_match.start() if end_match else len(body)
    end = min(end, start + window)
    return re.sub(r"\s+", " ", body[start:end]).strip()


def test_the_sentence_around_a_date():
    body = 'Talks resumed. On 3 March, "we signed," she said.\n\nA new paragraph.'
    assert factstore.sentence_at(body, body.index("3 March")) == (
        'On 3 March, "we signed," she said.'
    )
    assert factstore.sentence_at(body, body.index("new")) == "A new paragraph."
    assert factstore.sentence_at("", 5) == ""


def test_abbreviations_do_not_end_a_sentence():
    """Issue 15, item 20: timeline sentences were cut at "Dec." and "Sept."."""
    body = (
        "Talks failed. The strike began on Dec. 5, 2024, and ended in Sept. 2025, "
        "Dr. Wren and John F. Kennedy Jr. said. Next sentence."
    )
    assert factstore.sentence_at(body, body.index("5, 2024")) == (
        "The strike began on Dec. 5, 2024, and ended in Sept. 2025, "
        "Dr. Wren and John F. Kennedy Jr. said."
    )
    assert factstore.sentence_at(body, body.index("Next")) == "Next sentence."


@pytest.mark.parametrize("window", [400, 4])
def test_random_text_dense_with_boundaries_matches_the_definition(monkeypatch, window):
    monkeypatch.setattr(factstore, "_MAX_SENTENCE", window)
    rng = random.Random(window)
    alphabet = ".!?\n\n \t\r\"'”’)aB\x1c\u2028\xa0."
    wide = window > 10
    for _ in range(3_000 if wide else 20_000):
        size = rng.randint(0, 3 * window if wide else 20)
        body = "".join(rng.choice(alphabet) for _ in range(size))
        position = rng.randint(-1, size + 1)
        assert factstore.sentence_at(body, position) == plain_sentence_at(body, position, window)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_real_articles_match_the_definition():
    lines = (CORPUS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:120]:
        body = json.loads(line)["body"]
        for position in range(0, len(body), 11):
            assert factstore.sentence_at(body, position) == plain_sentence_at(body, position, 400)
