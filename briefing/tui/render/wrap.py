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


# A line that opens a list item, a quotation, a heading or a table row keeps its break.
_BLOCK_MARK = re.compile(r"\s*(?:[-*+•>#|]|\d{1,3}[.)])(?:\s|$)")
_WRAP_MAX = 100  # the widest hard wrap people use (72, 78, 80, 100 columns)
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")")


def join_soft_breaks(text: str) -> str:
    """`text` with the line breaks of hard-wrapped paragraphs as spaces (same length).

    A Markdown or plain-text file wrapped at 80 columns keeps its breaks inside each
    paragraph, and the reader shows every body line as a paragraph of its own: "after the"
    alone, a blank line, then "terminal operator". A paragraph counts as hard-wrapped when
    it has two lines or more, every line but its last is between half the widest and the
    widest, that widest is at most 100 characters, no line opens a list item, quotation,
    heading or table row, and some line but the last stops in mid-sentence. Scraped text
    with a paragraph on each line (long lines that end sentences) keeps its breaks.
    """
    if "\n" not in text:
        return text
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if len(lines) > 1 and _hard_wrapped(lines):
            block = " ".join(lines)
        out.append(block)
    return "\n\n".join(out)


def _hard_wrapped(lines: list[str]) -> bool:
    inner = [line.rstrip() for line in lines[:-1]]
    widest = max(len(line) for line in inner)
    if not 30 <= widest <= _WRAP_MAX:
        return False
    if any(len(line) < widest / 2 for line in inner):
        return False
    if any(_BLOCK_MARK.match(line) for line in lines):
        return False
    return any(not line.endswith(_SENTENCE_END) for line in inner)
