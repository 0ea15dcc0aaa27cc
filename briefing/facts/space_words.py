"""One pass over a text for the scans whose patterns open with a space and a small word (kin
words, feature nouns, the people of a place, route words and plural place nouns): each used
to scan the whole text itself, trying its alternation at every space; one alternation of all
their opening words, grouped by first letter, finds every space where one of them may match,
and each pattern is tried only there (~90 -> ~40 us an article of 500 words).

A pattern is registered with `space_led` when its module is imported; its opening words are
read from the pattern itself (the literal text a match must open with, up to the first
construct that is not plain letters), so a word added to a pattern is looked for too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from briefing.facts.lazy_re import lazy
from briefing.facts.speech import by_first_letter

_PATTERNS: list[re.Pattern[str]] = []
_OPENINGS: list[frozenset[str]] = []  # the words each registered pattern may open with
_TRIGGER: list[Any] = []  # (the pass's pattern, opening word -> patterns' numbers), once built


def _openings(items: Any, starts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """The texts a match of the parsed `items` may open with, each after one of `starts`:
    (text, whether more letters may still be read after it)."""
    for op, av in items:
        growing = {s for s, open_ in starts if open_}
        done = {(s, False) for s, open_ in starts if not open_}
        if op is sre.LITERAL:
            starts = done | {(s + chr(av), True) for s in growing}
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av) and len(av) <= 4:
            starts = done | {(s + chr(c), True) for s in growing for _, c in av}
        elif op is sre.SUBPATTERN:
            starts = done | _openings(av[-1], {(s, True) for s in growing})
        elif op is sre.BRANCH:
            found: set[tuple[str, bool]] = set()
            for alternative in av[1]:
                found |= _openings(alternative, {(s, True) for s in growing})
            starts = done | found
        elif op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            open_starts = {(s, True) for s in growing}
            starts = done | open_starts | _openings(av[2], open_starts)
        else:  # (a lookahead, a class, a boundary: no more plain letters to read)
            starts = {(s, False) for s, _ in starts}
    return starts


def space_led(pattern: str) -> re.Pattern[str]:
    """`lazy(pattern)` for a pattern that opens with a space and then a word, registered for
    the one pass of `space_matches`."""
    parsed = _parser.parse(pattern).data
    if not parsed or parsed[0] != (sre.LITERAL, ord(" ")):
        raise ValueError(f"not a space-led pattern: {pattern}")
    words = frozenset(s for s, _ in _openings(parsed[1:], {("", True)}))
    if "" in words:
        raise ValueError(f"a space-led pattern must open with a letter: {pattern}")
    compiled = lazy(pattern)
    _PATTERNS.append(compiled)
    _OPENINGS.append(words)
    _TRIGGER.clear()  # (built again, with this pattern's words, at the next scan)
    _hits.cache_clear()
    return compiled


def _trigger() -> tuple[Any, dict[str, tuple[int, ...]]]:
    if not _TRIGGER:
        words = frozenset().union(*_OPENINGS)
        # (grouped by first letter, longest first: the word found is the longest opening word
        # the text has there, and a shorter one the text has there opens it)
        pattern = re.compile(f" (?:{by_first_letter(words)})")
        owners = {
            word: tuple(
                i for i, opens in enumerate(_OPENINGS) if any(word.startswith(o) for o in opens)
            )
            for word in words
        }
        _TRIGGER.extend((pattern, owners))
    return _TRIGGER[0], _TRIGGER[1]


@lru_cache(maxsize=2)
def _hits(body: str) -> list[list[int]]:
    """Where each registered pattern may match in `body` (a space its words may follow)."""
    pattern, owners = _trigger()
    out: list[list[int]] = [[] for _ in _PATTERNS]
    for m in pattern.finditer(body):
        for i in owners[m.group()[1:]]:
            out[i].append(m.start())
    return out


def space_matches(pattern: re.Pattern[str], body: str) -> list[re.Match[str]]:
    """What `pattern.finditer(body)` yields for a `space_led` pattern: every match of it
    starts at a space where one of its words opens; leftmost first, each starting at or after
    the end of the one before."""
    out = []
    last_end = 0
    for at in _hits(body)[_PATTERNS.index(pattern)]:
        if at >= last_end:
            m = pattern.match(body, at)
            if m is not None:
                out.append(m)
                last_end = m.end()
    return out
