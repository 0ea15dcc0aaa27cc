"""Damage or trouble (issue 17 items 3 and 4): a damaged index met while in use is set
aside and rebuilt, with the user told in one line; a full or read-only disk is trouble
that passes, and the index is read as it is, never set aside or rebuilt."""

from __future__ import annotations

import sqlite3
import zlib

import pytest

from briefing.catalog import docstore
from briefing.core.errors import BriefingError, QuerySyntaxError
from briefing.library import generations
from briefing.library.health import Disagreement, is_damage
from tests.library.helpers import article_text, open_library


def _sqlite_error(kind, message: str, code: int) -> sqlite3.Error:
    error = kind(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("error", "damage"),
    [
        (_sqlite_error(sqlite3.DatabaseError, "database disk image is malformed", 11), True),
        (_sqlite_error(sqlite3.DatabaseError, "file is not a database", 26), True),
        (_sqlite_error(sqlite3.OperationalError, "database or disk is full", 13), False),
        (_sqlite_error(sqlite3.OperationalError, "disk I/O error", 10), False),
        (_sqlite_error(sqlite3.OperationalError, "attempt to write a readonly database", 8), False),
        (_sqlite_error(sqlite3.OperationalError, "database is locked", 5), False),
        (OSError(28, "No space left on device"), False),
        (OSError(30, "Read-only file system"), False),
        (OSError(13, "Permission denied"), False),
        (FileNotFoundError(2, "No such file or directory"), True),
        (zlib.error("Error -3 while decompressing data"), True),
        (Exception("Block tag error b'xx'"), True),
        (Disagreement("index and document store disagree"), True),
        (QuerySyntaxError("unclosed quotation mark"), False),
        (BriefingError("the library is not open"), False),
        (MemoryError(), False),
        (TypeError("a bug"), False),
    ],
)
def test_damage_or_trouble(error, damage):
    assert is_damage(error) is damage


def test_a_bug_met_while_opening_counts_as_damage_only_there():
    assert is_damage(ValueError("bad varint"), opening=True)
    assert not is_damage(ValueError("bad varint"))


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "one.txt").write_text(article_text("Dockers strike", "Dock workers vote."), "utf-8")
    (lib / "two.txt").write_text(article_text("Drought emergency", "Reservoirs low."), "utf-8")
    notices: list[str] = []
    opened = open_library(tmp_path / "home", notices, build=False)
    opened.index([lib])
    opened.notices = notices
    return opened


def test_a_damaged_article_blob_is_healed_when_met(library):
    generation = library.generation
    article_id = library.search("").hits[0].id
    library.close()
    db = sqlite3.connect(generation / "docs.sqlite")
    db.execute("UPDATE articles SET data = ? WHERE id = ?", (b"not zlib at all", article_id))
    db.commit()
    db.close()
    notices: list[str] = []
    reopened = open_library(library.locations.data_dir.parent, notices)
    article = reopened.get(article_id)
    assert article is not None and article.title in ("Dockers strike", "Drought emergency")
    assert reopened.generation != generation
    assert len(notices) == 1 and "damaged" in notices[0] and "rebuilt" in notices[0]
    assert list(generation.parent.glob("broken-*"))  # set aside, never deleted


def test_damaged_pages_met_by_the_refresh_are_healed(library):
    generation = library.generation
    library.close()
    path = generation / "docs.sqlite"
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page):  # every page but the first two
        data[number * page : (number + 1) * page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    notices: list[str] = []
    reopened = open_library(library.locations.data_dir.parent, notices)
    assert reopened.search("").total == 2
    assert any("moved it to" in notice for notice in notices)


def test_a_current_file_of_garbage_means_no_live_generation(library):
    index_dir = library.locations.index_dir
    library.close()
    (index_dir / "CURRENT").write_bytes(b"\x1b]0;x\x07../../etc\xff")
    assert generations.current(index_dir) is None
    reopened = open_library(library.locations.data_dir.parent)
    assert reopened.count() == 2
    assert [p.name for p in index_dir.glob("gen-*")] == [reopened.generation.name]


def test_an_index_that_cannot_be_written_is_read_as_it_is(library, monkeypatch):
    generation = library.generation
    library.close()
    writable = docstore.DocStore.__init__

    def read_only_disk(self, path, readonly=False):
        if not readonly:
            raise _sqlite_error(sqlite3.OperationalError, "attempt to write a readonly database", 8)
        writable(self, path, readonly)

    monkeypatch.setattr(docstore.DocStore, "__init__", read_only_disk)
    notices: list[str] = []
    reopened = open_library(library.locations.data_dir.parent, notices)
    assert reopened.generation == generation and reopened.read_only
    assert reopened.search("").total == 2
    assert notices == [
        "the index cannot be updated (attempt to write a readonly database); showing it as it is"
    ]
    with pytest.raises(BriefingError, match="cannot be updated now"):
        reopened.rebuild()
    with pytest.raises(BriefingError, match="cannot be updated now"):
        reopened.refresh()
    assert not list(generation.parent.glob("broken-*"))


def test_a_rebuild_that_fails_leaves_no_folder(library, monkeypatch):
    from briefing.library import indexer

    index_dir = library.locations.index_dir
    live = library.generation

    def full_disk(self, roots):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(indexer.Indexer, "update", full_disk)
    with pytest.raises(OSError):
        library.rebuild()
    assert [p.name for p in index_dir.glob("gen-*")] == [live.name]
    assert generations.current(index_dir) == live
