"""Every document a search matched, kept as the ranking found them: by segment.

A frequent word matches most of the library, and its count and story count need every
match. Copying them into one set of document numbers (each segment's numbers shifted by
its offset) cost more than counting them: the ranking hands over each segment's own
collection instead, and the story count reads them segment by segment.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator


class Matches:
    """Document numbers by segment: (the segment's numbers, its offset in the index).
    The segments' numbers never overlap, and a collection added is not changed after."""

    def __init__(self) -> None:
        self.parts: list[tuple[Collection[int], int]] = []
        self._all: set[int] | None = None

    @classmethod
    def of(cls, docnums: Collection[int]) -> Matches:
        """Matches given as index-wide document numbers."""
        matches = cls()
        matches.add(docnums, 0)
        return matches

    def add(self, docnums: Collection[int], offset: int) -> None:
        if docnums:
            self.parts.append((docnums, offset))
            self._all = None

    def __len__(self) -> int:
        return sum(len(docnums) for docnums, _ in self.parts)

    def __iter__(self) -> Iterator[int]:
        return iter(self.docnums())

    def docnums(self) -> set[int]:
        """The index-wide document numbers (made once)."""
        if self._all is None:
            found: set[int] = set()
            for docnums, offset in self.parts:
                found.update(map(offset.__add__, docnums) if offset else docnums)
            self._all = found
        return self._all
