"""Datelines: the town, perhaps its region, an article was filed from, where a line opens
("BRUSSELS, Belgium", "CITY (AP) —"). Used by `briefing.facts.entities`; `dateline_end`
skips one before a sentence's subject (`briefing.facts.attribution`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# "BRUSSELS, Belgium", "CITY (AP) —", "CITY — ", Reuters' "LONDON/SINGAPORE, Oct 21" and, in
# Indian outlets, "NEW DELHI: ...".
_DATELINE = re.compile(
    r"^([A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{2,40}?)(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?=[,.:\s])|(?=\s+[–—-]\s|\s+\(|:\s))",
    re.MULTILINE,
)


def datelines(body: str) -> Iterator[re.Match[str]]:
    """What `_DATELINE.finditer(body)` yields, trying the pattern only at line starts (where
    its "^" can match) instead of at every character, and not where the line's second
    character is a small letter ("The", "He"), which the town's capitals cannot be."""
    pos = last_end = 0
    while True:
        if pos >= last_end and not "a" <= body[pos + 1 : pos + 2] <= "z":
            m = _DATELINE.match(body, pos)
            if m is not None:
                yield m
                last_end = m.end()
        newline = body.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1


# A dateline before a paragraph's first sentence ("Alderton – ", "ALDERTON, Norway — ",
# "ALDERTON (Wire) - ", "ALDERTON: "): capitalised words, perhaps a region and an outlet,
# then a dash or a colon.
_DATELINE_DASH = re.compile(
    r"[A-ZÀ-Þ][\w.'’-]*(?: [A-ZÀ-Þ][\w.'’-]*){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    r"(?: \([A-Z][\w ]{0,20}\))?(?: (?:[–—]|--?) (?=[A-Z\"“‘'])|: (?=[A-Z]))"
)


def dateline_end(body: str, lo: int, mentions_in: Callable[[int, int], list]) -> int:
    """Where the sentence at `lo` starts after a dateline opening its line ("Alderton – The
    chairman said ..."), or `lo` when there is none (nor a person's name set off by a dash)."""
    if lo and body[lo - 1] != "\n":
        return lo
    m = _DATELINE_DASH.match(body, lo)
    if m is None or any(x[2] == "person" for x in mentions_in(lo, m.end())):
        return lo
    return m.end()
