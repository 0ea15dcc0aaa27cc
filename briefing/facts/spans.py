"""A set of non-overlapping character spans with fast overlap tests."""

from __future__ import annotations

import bisect


class Occupied:
    """Spans already claimed by a fact, kept sorted so an overlap test is a bisect."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or []):
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) meets a claimed span."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Claim [start, end) (callers add only spans that do not overlap)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
