"""Near-duplicate rewrites of articles, for measuring same-story grouping.

A rewrite is what a syndicating site does to a wire story: other site furniture around
it, a changed title, a few sentences edited (words swapped or dropped) and two sentences
reordered. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from datetime import datetime

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_FURNITURE = (
    (["Skip to content", "Menu"], ["Share this article", "© 2025 Meridian Press", "Most read"]),
    (["Advertisement"], ["Related topics", "Sign up for alerts", "12 Comments"]),
    (["Home › News"], ["Read more", "Follow us on social media"]),
)
_TITLE_FORMS = ("{title}", "UPDATE: {title}", "{title} – report", "What we know: {title}")
_SWAPS = {
    "said": "stated",
    "on": "on",
    "the": "the",
    "large": "big",
    "largest": "biggest",
    "more than": "over",
    "would": "will",
    "also": "further",
    "after": "following",
}


def rewrite(title: str, body: str, published: datetime | None, seed: int) -> str:
    """A scraped-text near duplicate of an article: new furniture and title, light edits."""
    rng = random.Random(seed)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    sentences_by_paragraph = [_SENTENCE.split(p.strip()) for p in paragraphs]
    flat = [(i, j) for i, sents in enumerate(sentences_by_paragraph) for j in range(len(sents))]
    if flat:
        for i, j in rng.sample(flat, min(3, len(flat))):
            sentences_by_paragraph[i][j] = _edit(sentences_by_paragraph[i][j], rng)
        swappable = [i for i, sents in enumerate(sentences_by_paragraph) if len(sents) >= 2]
        if swappable:
            i = rng.choice(swappable)
            j = rng.randrange(len(sentences_by_paragraph[i]) - 1)
            sents = sentences_by_paragraph[i]
            sents[j], sents[j + 1] = sents[j + 1], sents[j]
    new_body = "\n\n".join(" ".join(sents) for sents in sentences_by_paragraph)
    head, tail = _FURNITURE[seed % len(_FURNITURE)]
    new_title = rng.choice(_TITLE_FORMS).format(title=_retitle(title, rng))
    dated = published.strftime("%B %d, %Y") if published else ""
    lines = [*head, new_title, "", dated, "Staff reporter", "", new_body, "", *tail]
    return "\n".join(lines) + "\n"


def _edit(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    if len(words) < 6:
        return sentence
    choice = rng.random()
    if choice < 0.4:
        for old, new in _SWAPS.items():
            if f" {old} " in sentence and old != new:
                return sentence.replace(f" {old} ", f" {new} ", 1)
    if choice < 0.7:
        cut = rng.randrange(1, len(words) - 2)
        return " ".join(words[:cut] + words[cut + 1 :])
    cut = rng.randrange(len(words) // 2, len(words) - 1)
    return " ".join(words[:cut]) + "."


def _retitle(title: str, rng: random.Random) -> str:
    words = title.split()
    if len(words) > 4:
        drop = rng.randrange(1, len(words))
        words = words[:drop] + words[drop + 1 :]
    return " ".join(words)
