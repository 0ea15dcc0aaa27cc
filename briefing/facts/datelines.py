"""Datelines: the town, perhaps its region, an article was filed from, where a line opens
("BRUSSELS, Belgium", "CITY (AP) —"). Used by `briefing.facts.entities`."""

from __future__ import annotations

import re
from collections.abc import Iterator

# "BRUSSELS, Belgium", "CITY (AP) —", "CITY — ", Reuters' "LONDON/SINGAPORE, Oct 21" and, in
# Indian outlets, "NEW DELHI: ...".
_DATELINE = re.compile(
    r"^([A-ZÀ-Þ][A-ZÀ-Þ.'’ /-]{2,40}?)(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?=[,.:\s])|(?=\s+[–—-]\s|\s+\(|:\s))",
    re.MULTILINE,
)


def datelines(body: str) -> Iterator[re.Match[str]]:
    """What `_DATELINE.finditer(body)` yields, trying the pattern only at line starts (where
    its "^" can match) instead of at every character."""
    pos = last_end = 0
    while True:
        if pos >= last_end:
            m = _DATELINE.match(body, pos)
            if m is not None:
                yield m
                last_end = m.end()
        newline = body.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1
