"""Pull quotes: words a page sets apart (a standfirst under the headline, a line of their own
between paragraphs) that repeat a stretch of a quotation in the story. They are the words of
whoever the story gives that quotation to. Used by `briefing.facts.quotes`."""

from __future__ import annotations

import re

from briefing.core.facts import Quote

_PUNCTUATION = re.compile(r"[^\w\s]")


def _plain(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.replace("’", "'").lower()).split())


def repeated_inside(body: str, segments: tuple, i: int) -> bool:
    """Whether quotation `i` (four words or more) stands on a line of its own and its words
    come again inside another, longer quotation of the text: a pull quote."""
    start, end, open_mark, close_end = segments[i]
    line_start = body.rfind("\n", 0, open_mark) + 1
    line_end = body.find("\n", close_end)
    line_end = len(body) if line_end < 0 else line_end
    if body[line_start:open_mark].strip() or body[close_end:line_end].strip():
        return False
    words = _plain(body[start:end])
    if len(words.split()) < 4:
        return False
    return any(
        j != i and s[1] - s[0] > end - start and words in _plain(body[s[0] : s[1]])
        for j, s in enumerate(segments)
    )


def pulled_speakers(quotes: list[Quote], pulled: set[int]) -> list[Quote]:
    """`quotes` with each pull quote (by index) given the speaker of the one quotation that
    holds its words and names a speaker."""
    for k in sorted(pulled):
        words = _plain(quotes[k].text)
        speakers = {
            q.speaker
            for j, q in enumerate(quotes)
            if j != k and q.speaker is not None and words in _plain(q.text)
        }
        if len(speakers) == 1:
            quotes[k] = Quote(speakers.pop(), quotes[k].text, quotes[k].span)
    return quotes
