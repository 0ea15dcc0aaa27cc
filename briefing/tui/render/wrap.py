"""Word wrapping that remembers where every line starts in the original text."""

from __future__ import annotations

import re

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*")


def wrap_spans(text: str, width: int, offset: int = 0) -> list[tuple[int, int]]:
    """Greedy word wrap of one paragraph: [start, end) of each line, shifted by `offset`.

    Trailing spaces stay with the line they end; a word wider than `width` is cut.
    """
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    start: int | None = None
    used = 0
    for match in _WORD.finditer(text):
        word = match.group()
        visible = cell_len(word.rstrip())
        if start is not None and used and used + visible > width:
            lines.append((start, match.start()))
            start, used = None, 0
        if start is None:
            start = match.start()
        position = match.start()
        while visible > width:  # a single over-long word: cut it
            cut = _cut_at(word, width)
            lines.append((start, position + cut))
            position += cut
            word = word[cut:]
            start, visible = position, cell_len(word.rstrip())
        used += cell_len(word)
    if start is not None:
        lines.append((start, len(text)))
    return [(offset + a, offset + b) for a, b in lines] or [(offset, offset)]


def _cut_at(word: str, width: int) -> int:
    used = 0
    for index, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(1, index)
    return len(word)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty line of `text` (articles keep one paragraph a line)."""
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip():
            spans.append((position, end))
        position = end + 1
    return spans
