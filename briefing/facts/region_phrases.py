"""Regions whose names open in lower case, which no capitalised run gives whole: "sub-Saharan
Africa" (the run would be "Africa" alone). Used by `briefing.facts.scanned_names`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.core.facts import Span

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# The names, as the text writes them (its first letter in either case).
_REGIONS = re.compile(r"(?<![\w-])[Ss]ub-Saharan Africa\b")


def region_phrases(builder: Builder) -> list[Span]:
    """Add the regions of `_REGIONS` the body names (gated by one `str.find`); their spans."""
    body = builder.body
    if body.find("aharan Africa") < 0:
        return []
    out = []
    for m in _REGIONS.finditer(body):
        builder.add_place(m.group(), "region", m.group(), m.span())
        builder.sure.add(m.span())
        out.append(m.span())
    return out
