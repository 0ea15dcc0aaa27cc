"""Regular expressions compiled on first use, so that importing the facts package stays
under its 150 ms budget: the speech-verb and date patterns cost ~20 ms to compile; and
`opening`, which writes an alternation so that the engine can skip to its first characters."""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub")


class LazyPattern:
    """Stands for `re.compile(pattern, flags)` and compiles it the first time it is used;
    its methods are then the compiled pattern's own (no indirection after the first call)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use (typed as the compiled pattern it stands for)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def opening(group: str | None, alternatives: str, before: str) -> str:
    """`{before}(?P<group>alternatives)` written to open with the set of the alternatives'
    first characters (each alternative opens with a plain character), e.g. "(?P<y>[12]
    (?<![...].)(?:(?<=1)(?:[6-9]\\d\\d)|(?<=2)(?:0\\d\\d)))". The same matches and groups, but
    a pattern that opens with a set of characters lets the engine skip in C to the next of
    them, where an opening lookahead is tried at every character. `before`, a one-character
    lookbehind such as `B`, is checked once the first character is read; the alternatives
    keep their order after each first character. (`group` None: a group that captures
    nothing.)"""
    by_first: dict[str, list[str]] = {}
    for alternative in alternatives.removeprefix("(?:").removesuffix(")").split("|"):
        if "(" in alternative or ")" in alternative or alternative[0] in "\\[.":
            raise ValueError(f"not a plain alternative: {alternative}")
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    tails = "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in by_first.items())
    body = f"[{''.join(by_first)}]{before.removesuffix(')')}.)(?:{tails})"
    return f"(?:{body})" if group is None else f"(?P<{group}>{body})"
