"""Same-story grouping: near-duplicate detection with bottom-k MinHash sketches.

A sketch is the `SKETCH_SIZE` smallest 32-bit hashes of an article body's word shingles
(sequences of `SHINGLE` words). Two sketches estimate the Jaccard similarity of the two
shingle sets: among the smallest `SKETCH_SIZE` hashes of their union, the share found in
both. One hash per shingle (instead of 128 permutations) keeps the cost to a fraction of
parsing the article, so the parse workers compute sketches alongside everything else.

Articles whose estimated similarity reaches `THRESHOLD` are linked; a group is a connected
set of links, labelled by one of its members' ids.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable, Sequence

SKETCH_SIZE = 64
SHINGLE = 4
THRESHOLD = 0.45
MIN_SHINGLES = 8
# A candidate must share this many of its sketch's hashes before the estimate is computed.
MIN_SHARED = 10

_WORD = re.compile(r"\w+")


def sketch(text: str) -> list[int]:
    """The bottom-k MinHash sketch of `text` (sorted ascending; empty for very short text).

    A shingle's hash is the CRC-32 of its words joined by single spaces, used as it is:
    spreading it over 63 bits first cost a third of the sketch's time (this runs for
    every article indexed) and changed nothing the estimate needs.
    """
    words = _WORD.findall(text.casefold())
    count = len(words) - SHINGLE + 1
    if count < MIN_SHINGLES:
        return []
    crc, join = zlib.crc32, " ".join
    hashes = {crc(join(words[i : i + SHINGLE]).encode("utf-8")) for i in range(count)}
    return sorted(hashes)[:SKETCH_SIZE]


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two sketches."""
    if not first or not second:
        return 0.0
    a, b = set(first), set(second)
    union = sorted(a | b)[:SKETCH_SIZE]
    shared = sum(1 for value in union if value in a and value in b)
    return shared / len(union)


# A sketch's values are CRC-32s: four bytes each (unsigned 32-bit) on disk.
_PACKED = "I" if array("I").itemsize == 4 else "L"


def pack(values: Iterable[int]) -> bytes:
    """A sketch as bytes for storage (four bytes a value)."""
    return array(_PACKED, values).tobytes()


def unpack(data: bytes | None) -> list[int]:
    """Inverse of `pack`."""
    if not data:
        return []
    values = array(_PACKED)
    values.frombytes(data)
    return values.tolist()


def components(edges: Iterable[tuple[str, str]], members: Iterable[str]) -> list[set[str]]:
    """Connected components of `members` under `edges` (each member appears in one)."""
    parent: dict[str, str] = {member: member for member in members}

    def find(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    groups: dict[str, set[str]] = {}
    for node in list(parent):
        groups.setdefault(find(node), set()).add(node)
    return list(groups.values())
