"""A committee of a chamber named in lower case after the chamber's name, as US outlets write
the committees whose names they do not capitalise ("the Senate finance committee", "the House
oversight subcommittee"): the chamber's name and the lower-case words are one organisation's
name. Used by `briefing.facts.chunks`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS

CHAMBERS = frozenset(("Senate", "House"))
# One or two lower-case words (or two joined by "and"), then "committee" or "subcommittee".
_COMMITTEE_AFTER = lazy(r" ([a-z]+)(?: (?:and )?([a-z]+))? (?:sub)?committee\b")
_LOWER_FUNCTION = frozenset(w.lower() for w in FUNCTION_WORDS) | frozenset(
    "has had have was is were are will would said says voted passed approved".split()
)


def committee_words(body: str, end: int) -> list[tuple[int, int]]:
    """The spans of the words that name a committee after a chamber's name ending at `end`
    ("finance", "committee"), or none: no function word or verb among them ("the Senate
    has a committee")."""
    m = _COMMITTEE_AFTER.match(body, end)
    if m is None or any(w in _LOWER_FUNCTION for w in m.groups() if w):
        return []
    out, at = [], end + 1
    for word in body[end + 1 : m.end()].split(" "):
        out.append((at, at + len(word)))
        at += len(word) + 1
    return out
