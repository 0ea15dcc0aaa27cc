"""Datelines: the town, perhaps its region, an article was filed from, where a line opens
("BRUSSELS, Belgium", "CITY (AP) —"). Used by `briefing.facts.entities`; `after_dateline`
skips one before a sentence's subject (`briefing.facts.attribution`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

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


# A town, perhaps its country and an agency, then a dash, before a sentence's first word
# ("Bergen – The chairman ...", "Oslo, Norway (NTB) - Police said"): title case, which
# `_DATELINE` leaves to the entity finder.
_OPENING = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*(?:,\s+[A-Z][\w'’.-]*)?(?:\s+\([^()\n]{1,30}\))?"
    r"\s+[–—-]\s+(?=[A-Z])"
)


def after_dateline(att: Any, lo: int) -> int:
    """Where a sentence opening a paragraph at `lo` starts after its dateline ("Bergen – The
    chairman of X, Y, said": the subject is the chairman), or `lo`. Never past a person's name
    ("Hovden – The plan is dead – said ..."). `att`: an `Attributor`."""
    body = att.body
    if lo and body[lo - 1] != "\n":
        return lo
    found = _OPENING.match(body, lo)
    if found is None or any(m[2] == "person" for m in att.mentions_in(lo, found.end())):
        return lo
    return found.end()
