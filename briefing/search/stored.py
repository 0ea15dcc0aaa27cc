"""Article ids of many documents at once, read from the index's stored-fields column.

`searcher.stored_fields(docnum)` costs some 5 µs a document through Whoosh's column
layers (more on a loaded machine); counting the stories of a frequent word reads tens of
thousands of them in a fresh process. The `whoosh3` codec keeps each segment's stored
fields as one column of deflated pickles with an offsets and a lengths array: read in
one go, the ids cost about a microsecond each. Any other layout is read through the
public call, and a test holds both to Whoosh's own `stored_fields`.
"""

from __future__ import annotations

import pickle
import zlib
from bisect import bisect_left
from collections.abc import Collection, Mapping


def stored_ids(searcher, docnums: Collection[int]) -> dict[int, str]:
    """Document number -> article id (the stored `id`) of each of `docnums`."""
    found: dict[int, str] = {}
    wanted = sorted(docnums)
    if not wanted:
        return found
    leaves = searcher.reader().leaf_readers()
    for number, (leaf, offset) in enumerate(leaves):
        start = bisect_left(wanted, offset)
        end = bisect_left(wanted, leaves[number + 1][1]) if number + 1 < len(leaves) else None
        mine = wanted[start:end]
        if mine:
            found.update(_leaf_ids(leaf, offset, mine))
    missing = set(wanted) - found.keys()
    stored = searcher.stored_fields
    found.update((docnum, stored(docnum)["id"]) for docnum in missing)
    return found


def _leaf_ids(leaf, offset: int, docnums: list[int]) -> dict[int, str]:
    """The ids of one segment's `docnums` (global numbers) from its raw column, or
    nothing when the segment is not laid out as expected (then each is asked for)."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    from whoosh.columns import CompressedBytesColumn

    try:
        column = leaf._perdoc._cached_reader("_stored", STORED_COLUMN)._child
        if type(column) is not CompressedBytesColumn.Reader:
            return {}
        if column._decompress is not zlib.decompress:
            return {}
        offsets, lengths, base = column._offsets, column._lengths, column._basepos
        local = [docnum - offset for docnum in docnums]
        if len(local) * 8 < column._doccount:  # a few: each read where it lies
            get = column._dbfile.get
            pieces = [get(base + offsets[n], lengths[n]) for n in local]
        else:  # many: the column in one read
            data = column._dbfile.get(base, column._length)
            pieces = [data[offsets[n] : offsets[n] + lengths[n]] for n in local]
        values = map(pickle.loads, map(zlib.decompress, pieces))
        return {docnum: value["id"] for docnum, value in zip(docnums, values, strict=True)}
    except (  # a layout or value not as expected: each is asked for
        AttributeError, TypeError, IndexError, KeyError, ValueError, EOFError,
        zlib.error, pickle.UnpicklingError,
    ):  # fmt: skip
        return {}


def segment_ids(searcher, known: Mapping[str, list[str]]) -> list[tuple[str, list[str]]]:
    """(segment name, the article id of each of its document numbers) for every segment
    of `searcher`'s index, in document order ("" for a document whose id is unreadable).

    A segment's documents never change (deletions only mark them), so a segment found in
    `known` (by name, with as many documents) is taken from it instead of being read."""
    segments = []
    for leaf, offset in searcher.reader().leaf_readers():
        name = leaf.segment().segment_id()
        count = leaf.doc_count_all()
        ids = known.get(name)
        if ids is None or len(ids) != count:
            found = stored_ids(searcher, range(offset, offset + count))
            ids = [found.get(docnum, "") for docnum in range(offset, offset + count)]
        segments.append((name, ids))
    return segments
