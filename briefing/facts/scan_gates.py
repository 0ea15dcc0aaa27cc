"""The words whose presence lets a whole-text scan of `scans` and `place_scans` run (ships'
prefixes, numbered roads' kinds, bodies named with an ordinal, known names with a small
letter), all looked for in one pass.

Each scan used to test its own words with `str.find`, one scan of the text per word (some
twenty-five per article, ~0.1 ms on a 500-word one); one regex alternation of their
capitalised parts finds them all for about a fifth of that: the engine skips in C to the next
of their first letters (capitals, rare in prose). A word that is not wholly capitalised is
looked for by its part from its first capital ("Jet" for "easyJet", "Street" for " Street")
and confirmed with `str.find` only when that part is there; one with no capital at all
("sister ") is looked for on its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import KNOWN_ORGS
from briefing.facts.speech import by_first_letter

# Ships by their prefix: "the MV Glen Sannox", "HMS Prince of Wales", "the sister ship".
SHIP_PREFIXES = ("MV ", "RMS ", "HMS ", "USS ", "HMAS ", "HMCS ", "HMNZS ", "RV ", "sister ")
# Roads, wards and regions by their numbers: "Interstate 90", "Ward 4", "38th Street".
NUMBERED_HINTS = (
    "Interstate ", "Highway ", "Route ", "Ward ", "Region ", " Street", " Avenue", "Motorway ",
    "Autobahn ", "Autoroute ", "District ", "Metro Line ", "County Road ", "State Road ", " St.",
    " Ave.", " Blvd.", " Rd.",
)  # fmt: skip
# Bodies named with an ordinal: "the 5th Circuit", "the 82nd Airborne Division".
ORDINAL_BODY_HEADS = (
    "Circuit", "Division", "Brigade", "Regiment", "Battalion", "Fleet", "Corps", "Congress",
    "Parliament",
)  # fmt: skip

# Known organisations whose names open with a small letter ("easyJet", "eBay"): the chunk walk
# sees only capitalised words.
# ... or hold a word that does ("SK hynix") or a number ("France 24"), which split the run.
_SMALL_WORDS = frozenset(
    "of and the for to de la le du des del della di da van von y e et al el & on in".split()
)
LOWER_CASE_ORGS = tuple(
    n
    for n in sorted(KNOWN_ORGS, key=len, reverse=True)  # (longest first: "Channel 4 News")
    if (n[:1].islower() and n.isalpha())
    or (" " in n and any(w[:1].islower() and w not in _SMALL_WORDS for w in n.split()[1:]))
    or (" " in n and any(w.isdigit() for w in n.split()))  # ("France 24": a run stops at digits)
    or ", " in n  # (a run stops at a comma: "United Nations Educational, Scientific and ...")
)


def _capital_part(word: str) -> str | None:
    """`word` from its first capital on ("Jet" for "easyJet"); None when it has none."""
    for i, char in enumerate(word):
        if char.isupper():
            return word[i:]
    return None


def _triggers(words: Iterable[str]) -> dict[str, str]:
    """Word -> what the one-pass scan looks for to find it: its capital part, or the shortest
    other capital part that part opens with ("Channel 4" for "Channel 4 News"), so that no
    looked-for part opens another (the alternation would report only one of the two)."""
    parts = sorted({p for w in words if (p := _capital_part(w)) is not None}, key=len)
    kept: list[str] = []
    for part in parts:
        if not any(part.startswith(k) for k in kept):
            kept.append(part)
    out = {}
    for word in words:
        part = _capital_part(word)
        if part is not None:
            out[word] = next(k for k in kept if part.startswith(k))
    return out


TRIGGERS = _triggers(SHIP_PREFIXES + NUMBERED_HINTS + ORDINAL_BODY_HEADS + LOWER_CASE_ORGS)
# (grouped by first letter: at a capital the engine tries one group, not all 36 parts; no
# part opens another, so the grouping cannot change a match)
_TRIGGER = lazy(by_first_letter(frozenset(TRIGGERS.values())))
# The organisations of `LOWER_CASE_ORGS` each trigger may announce, and those with no capital
# ("dpa"), looked for with `str.find`; where each stands in `LOWER_CASE_ORGS`.
_ORGS_BY_TRIGGER: dict[str, list[str]] = {}
for _name in LOWER_CASE_ORGS:
    if _name in TRIGGERS:
        _ORGS_BY_TRIGGER.setdefault(TRIGGERS[_name], []).append(_name)
_UNTRIGGERED_ORGS = tuple(n for n in LOWER_CASE_ORGS if n not in TRIGGERS)
_ORG_RANK = {name: i for i, name in enumerate(LOWER_CASE_ORGS)}


class GateWords:
    """Which gate words a body holds: `has(word)` answers `word in body`, from one regex pass
    for every word of `TRIGGERS` (any other word: `str.find`)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._found = set(_TRIGGER.findall(body))

    def has(self, word: str) -> bool:
        """Whether `word` occurs in the body."""
        trigger = TRIGGERS.get(word)
        if trigger is None:
            return word in self._body
        return trigger in self._found and (trigger == word or word in self._body)

    def lower_case_orgs(self) -> list[str]:
        """The names of `LOWER_CASE_ORGS` the body holds, in their order (only the triggers
        found are looked at, not each of the names)."""
        names = [n for t in self._found for n in _ORGS_BY_TRIGGER.get(t, ())]
        names.extend(n for n in _UNTRIGGERED_ORGS if n in self._body)
        if len(names) > 1:
            names.sort(key=_ORG_RANK.__getitem__)
        return [n for n in names if TRIGGERS.get(n) == n or n in self._body]

    def any_of(self, words: Iterable[str]) -> bool:
        """Whether one of `words` occurs in the body (`has` of each, written out: a gate
        asks of a dozen words, most of them absent, in every article)."""
        found, body = self._found, self._body
        for word in words:
            trigger = TRIGGERS.get(word)
            if trigger is None:
                if word in body:
                    return True
            elif trigger in found and (trigger == word or word in body):
                return True
        return False
