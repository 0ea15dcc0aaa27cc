"""Transcript speaker labels: the all-caps labels ("((WN))", "Q:", "AB:") that open the
paragraphs of an interview, which name no one the story is about."""

from __future__ import annotations

import re

# A transcript's speaker label in capitals where a paragraph opens: "((WN))", "Q:", "AB:" (the
# interviewer's initials, a publication's short name), which the text does not name as such.
_LABEL = re.compile(r"(?:\(\(([A-Z]{1,5})\)\)|([A-Z]{1,5}):\s)")


def label_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of all-caps speaker labels opening the paragraphs of a transcript (the pattern
    is tried only at the line starts that a "((" opens or that a ":" follows within five
    characters, as every label needs: found with `str.find`, where trying it at every line
    start cost more)."""
    starts = set()
    at = body.find("((")
    while at >= 0:
        if at == 0 or body[at - 1] == "\n":
            starts.add(at)
        at = body.find("((", at + 1)
    at = body.find(":")
    while at >= 0:
        line_start = body.rfind("\n", 0, at) + 1
        if at - line_start <= 5:
            starts.add(line_start)
        at = body.find(":", at + 1)
    out = []
    for pos in sorted(starts):
        m = _LABEL.match(body, pos)
        if m is not None:
            out.append(m.span(1 if m.group(1) else 2))
    return out
