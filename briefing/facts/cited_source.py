"""The person a sentence gives as its source ("..., according to the general manager, X."),
for a description after it that characterises whoever the story just cited ("...," the
executive said). Used by `briefing.facts.descriptions`."""

from __future__ import annotations

from typing import Any


def sole_source(att: Any, lo: int, sex: str | None) -> str | None:
    """The person the sentence before `lo` gives as its source, when it names nobody else
    and the description's sex (if any) fits. `att`: an `Attributor`."""
    prev = att.previous_sentence(lo)
    found = None if prev is None else att._source(prev)
    if found is None or sex is not None and att.gender(found) not in (None, sex):
        return None
    others = [m for m in att.mentions_in(*prev) if m[2] == "person" and not att.same(m, found)]
    return None if others else found
