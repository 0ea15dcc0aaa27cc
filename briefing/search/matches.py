"""Every document a search matched, kept as the ranking found them: by segment.

A frequent word matches most of the library, and its count and story count need every
match. Copying them into one set of document numbers (each segment's numbers shifted by
its offset) cost more than counting them: the ranking hands over each segment's own
collection instead, and the story count reads them segment by segment.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Set
from itertools import filterfalse


class Matches:
    """Document numbers by segment: (the segment's numbers, its offset in the index, the
    numbers among them that do not count: the segment's deleted documents, left in a
    long list rather than sifted out of it). The segments' numbers never overlap, and a
    collection added is not changed after."""

    def __init__(self) -> None:
        self.parts: list[tuple[Collection[int], int, Set[int]]] = []
        self._count = 0
        self._all: set[int] | None = None

    @classmethod
    def of(cls, docnums: Collection[int]) -> Matches:
        """Matches given as index-wide document numbers."""
        matches = cls()
        matches.add(docnums, 0)
        return matches

    def add(
        self,
        docnums: Collection[int],
        offset: int,
        excluded: Set[int] = frozenset(),
        count: int | None = None,
    ) -> None:
        """The segment's `docnums` but the `excluded` (`count` of them are left)."""
        if docnums:
            self.parts.append((docnums, offset, excluded))
            if count is None:
                count = (
                    len(docnums) if not excluded else sum(1 for _ in self._kept(docnums, excluded))
                )
            self._count += count
            self._all = None

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[int]:
        return iter(self.docnums())

    def docnums(self) -> set[int]:
        """The index-wide document numbers (made once)."""
        if self._all is None:
            found: set[int] = set()
            for docnums, offset, excluded in self.parts:
                kept = self._kept(docnums, excluded)
                found.update(map(offset.__add__, kept) if offset else kept)
            self._all = found
        return self._all

    @staticmethod
    def _kept(docnums: Collection[int], excluded: Set[int]):
        return filterfalse(excluded.__contains__, docnums) if excluded else docnums
