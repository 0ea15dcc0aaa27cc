"""Hard-wrapped paragraphs: their line breaks are soft, inside one paragraph."""

from __future__ import annotations

import re

# A line that opens a list item, a quotation, a heading or a table row keeps its break.
_BLOCK_MARK = re.compile(r"\s*(?:[-*+•>#|]|\d{1,3}[.)])(?:\s|$)")
_WRAP_MAX = 100  # the widest hard wrap people use (72, 78, 80, 100 columns)
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")")


def join_soft_breaks(text: str) -> str:
    """`text` with the line breaks of hard-wrapped paragraphs as spaces (same length, so
    offsets into `text` hold: the reader's article, the timeline's sentences).

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
