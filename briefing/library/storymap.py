"""The story of every document, saved beside the index after each indexing run.

A search's count is of stories (same-story copies count once), so it needs the story
label of every match. Read per search, that is each match's stored id and a look-up of
its group: 0.1 s of a cold `briefing search said` at 100,000 articles (61,000 matches),
a third of the command. The indexer, the only writer of both the index and the groups,
saves after every run one number per document number (the same for the documents of one
story) to `stories.bin` in the index's folder; a search reads those 400 KB and counts in
C.

The file names the index generation it describes and its document count: a map of any
other state (an older version's index, a run that failed between committing the index
and the catalog: the index is then a generation ahead) is not used, and the count is
taken the slow way. It also keeps each segment's article ids, which never change, so a
run that adds a segment reads the ids of the new documents only.
"""

from __future__ import annotations

import os
import struct
import sys
from array import array
from pathlib import Path

import orjson

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore
from briefing.search.index import SearchIndex
from briefing.search.stored import segment_ids

NAME = "stories.bin"
_MAGIC = b"BSTORY2" + (b"L" if sys.byteorder == "little" else b"B")
# magic, index generation, document numbers, bytes of the segments' ids after the numbers
_HEADER = struct.Struct("<8sQQQ")


def saved(folder: Path) -> bool:
    """Whether a story map is saved in `folder` (whichever index state it describes)."""
    return (folder / NAME).exists()


def write(index: SearchIndex, docs: DocStore) -> None:
    """Save the story number of every document of the index as it is now committed.

    Read through an index of its own over files read as needed: the indexer's may map the
    files (a new one does), and Whoosh copies a mapped segment into memory whole (at
    100,000 articles the end of a rebuild grew by 0.7 GB)."""
    reading = SearchIndex.open(index.folder, mmap=False)
    try:
        _write(reading, docs, index.folder)
    finally:
        reading.close()


def _write(index: SearchIndex, docs: DocStore, folder: Path) -> None:
    searcher = index.searcher()
    generation = searcher.reader().generation()
    if not searcher.doc_count_all() or generation is None:
        return
    segments = segment_ids(searcher, _known_ids(folder / NAME))
    moved = groupstore.relabelled(docs.db)
    numbers: dict[str, int] = {}
    stories = array("i")
    for _, ids in segments:
        for article_id in ids:
            label = moved.get(article_id, article_id) or f"#{len(stories)}"  # unreadable
            stories.append(numbers.setdefault(label, len(numbers)))
    blocks = orjson.dumps({name: "\n".join(ids) for name, ids in segments})
    header = _HEADER.pack(_MAGIC, generation, len(stories), len(blocks))
    path = folder / NAME
    temporary = path.with_name(f".{NAME}.{os.getpid()}")
    try:
        with open(temporary, "wb") as out:
            out.write(header)
            stories.tofile(out)
            out.write(blocks)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)  # a cache: counts are taken the slow way


def read(index: SearchIndex, searcher) -> array | None:
    """The saved story numbers when they describe `searcher`'s index, else None."""
    try:
        with open(index.folder / NAME, "rb") as source:
            magic, generation, count, _ = _HEADER.unpack(source.read(_HEADER.size))
            if magic != _MAGIC or count != searcher.doc_count_all():
                return None
            if generation != searcher.reader().generation():
                return None
            stories = array("i")
            stories.fromfile(source, count)
            return stories
    except (OSError, EOFError, ValueError, struct.error):  # missing, cut short, damaged
        return None


def _known_ids(path: Path) -> dict[str, list[str]]:
    """Segment name -> its article ids, from the map saved before (none when unreadable)."""
    try:
        with open(path, "rb") as source:
            magic, _, count, size = _HEADER.unpack(source.read(_HEADER.size))
            if magic != _MAGIC:
                return {}
            source.seek(_HEADER.size + 4 * count)
            blocks = orjson.loads(source.read(size))
        return {name: ids.split("\n") for name, ids in blocks.items()}
    except (OSError, ValueError, AttributeError, struct.error, orjson.JSONDecodeError):
        return {}
