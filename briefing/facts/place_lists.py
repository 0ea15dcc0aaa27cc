"""Places named in a list that a word of where opens ("in Russeifa and Dhlail", "cities like
Musanze, Huye and Rubavu"): a name listed there beside a place is one too, whatever the
entity model makes of an unknown word. Used by `briefing.facts.late_passes`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# A word of where, then the names listed before the one asked about (none if it is the
# first), each closed by a list's gap.
_WHERE_LIST = lazy(
    r"\b(?:in|at|near|from|like|between|including|across|around|outside)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, (?:and |or )?| and | or ))*$"
)


def opened_by_where(body: str, start: int) -> bool:
    """Whether the list the name at `start` stands in opens with a word of where."""
    return _WHERE_LIST.search(body, max(0, start - 160), start) is not None
