"""Damaged, old and newer store files: set aside, restored, migrated or left alone."""

from __future__ import annotations

import codecs
import shutil

import orjson
import pytest

from briefing.store import Store, StoreReadOnly
from tests.store.helpers import FakeClock


def _store_with_backup(folder):
    """A store whose newest backup holds two notes, with a third note only in the journal."""
    store = Store.open_folder(folder, clock=FakeClock())
    store.add_note("a1", "one")
    store.toggle_bookmark("a1")
    store.add_note("a2", "two")
    store.compact()
    store.add_note("a3", "three (journal only)")
    return store


def _good_snapshot(folder) -> bytes:
    return (folder / "store.json").read_bytes()


DAMAGE = {
    "zero-bytes": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "bom": lambda good: codecs.BOM_UTF8 + good,
    "utf-16": lambda good: good.decode("utf-8").encode("utf-16"),
    "not-json": lambda good: b"<html>not a store</html>",
    "json-but-not-a-store": lambda good: b'{"hello": 1}',
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_snapshot_is_set_aside_and_backup_restored(tmp_path, kind):
    folder = tmp_path / "store"
    _store_with_backup(folder)
    damaged = DAMAGE[kind](_good_snapshot(folder))
    (folder / "store.json").write_bytes(damaged)

    store = Store.open_folder(folder)

    assert sorted(n.text for n in store.notes()) == ["one", "three (journal only)", "two"]
    assert store.is_bookmarked("a1")
    (aside,) = folder.glob("store.json.unreadable-*")
    assert aside.read_bytes() == damaged
    (warning,) = store.warnings
    assert str(aside) in warning and "restored the backup" in warning
    # The repaired store is a normal one again.
    store.add_note("a4", "after repair")
    assert Store.open_folder(folder).warnings == []
    assert len(Store.open_folder(folder).notes()) == 4


@pytest.mark.parametrize("kind", ["bom", "utf-16"])
def test_wrong_encoding_without_backup_recovers_the_contents(tmp_path, kind):
    folder = tmp_path / "store"
    _store_with_backup(folder)
    shutil.rmtree(folder / "backups")
    (folder / "store.json").write_bytes(DAMAGE[kind](_good_snapshot(folder)))

    store = Store.open_folder(folder)

    assert len(store.notes()) == 3
    assert "recovered its contents" in store.warnings[0]
    assert list(folder.glob("store.json.unreadable-*"))


def test_garbage_without_backup_starts_empty_but_keeps_the_file_and_says_so(tmp_path):
    folder = tmp_path / "store"
    _store_with_backup(folder)
    shutil.rmtree(folder / "backups")
    for journal in folder.glob("journal-*.jsonl"):
        journal.unlink()
    (folder / "store.json").write_bytes(b"\x00\x01garbage")

    store = Store.open_folder(folder)

    assert store.notes() == []
    (aside,) = folder.glob("store.json.unreadable-*")
    assert aside.read_bytes() == b"\x00\x01garbage"
    assert "starts empty" in store.warnings[0] and str(aside) in store.warnings[0]


def test_a_bad_backup_is_skipped_for_an_older_good_one(tmp_path):
    folder = tmp_path / "store"
    store = _store_with_backup(folder)
    store.compact()  # a second backup, holding three notes
    newest = sorted((folder / "backups").glob("store-*.json"))[-1]
    newest.unlink()
    newest.write_bytes(b"{broken")
    (folder / "store.json").write_bytes(b"")

    reopened = Store.open_folder(folder)

    assert "restored the backup" in reopened.warnings[0]
    assert newest.name not in reopened.warnings[0]
    assert len(reopened.notes()) == 2


def test_newer_version_is_read_only_and_never_overwritten(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "mine")
    store.compact()
    data = orjson.loads((folder / "store.json").read_bytes())
    data["version"] = 99
    data["something_new"] = {"x": 1}
    newer = orjson.dumps(data)
    (folder / "store.json").write_bytes(newer)

    reopened = Store.open_folder(folder)

    assert reopened.read_only
    assert "newer briefing" in reopened.warnings[0]
    assert [n.text for n in reopened.notes()] == ["mine"]
    for change in (
        lambda: reopened.add_note("a1", "x"),
        lambda: reopened.toggle_bookmark("a1"),
        lambda: reopened.set_tags("a1", ["t"]),
        lambda: reopened.mark_read("a1"),
        reopened.compact,
    ):
        with pytest.raises(StoreReadOnly):
            change()
    assert (folder / "store.json").read_bytes() == newer
    assert not list(folder.glob("journal-*.jsonl"))
    assert not list(folder.glob("store.json.unreadable-*"))


def test_unknown_journal_operations_make_the_store_read_only(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "mine")
    (journal,) = folder.glob("journal-*.jsonl")
    with open(journal, "ab") as handle:
        handle.write(b'{"op":"future.thing","x":1}\n')
    reopened = Store.open_folder(folder)
    assert reopened.read_only
    with pytest.raises(StoreReadOnly):
        reopened.add_note("a1", "x")


def test_version_1_is_migrated_with_a_backup_kept(tmp_path):
    folder = tmp_path / "store"
    folder.mkdir()
    old = orjson.dumps(
        {
            "format": "briefing-store",
            "version": 1,
            "saved": "2024-06-01T10:00:00+00:00",
            "bookmarks": ["a1", "a2"],
            "notes": [
                {
                    "id": "abc123abc123",
                    "article_id": "a1",
                    "text": "old note",
                    "anchor": None,
                    "created": "2024-05-01T10:00:00+00:00",
                    "updated": "2024-05-02T10:00:00+00:00",
                }
            ],
            "tags": {"a1": ["old"]},
        }
    )
    (folder / "store.json").write_bytes(old)

    store = Store.open_folder(folder)

    assert [n.text for n in store.notes()] == ["old note"]
    assert set(store.bookmarks()) == {"a1", "a2"}
    assert store.tags("a1") == ["old"]
    (kept,) = (folder / "backups").glob("pre-migration-v1-*.json")
    assert kept.read_bytes() == old
    assert str(kept) in store.warnings[0]
    assert orjson.loads((folder / "store.json").read_bytes())["version"] == 2
    assert Store.open_folder(folder).warnings == []


def test_a_torn_last_journal_line_is_ignored_then_cut_off(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.compact()  # a fresh backup: reopening will not compact the journal away
    store.add_note("a1", "complete")
    (journal,) = folder.glob("journal-*.jsonl")
    good_size = journal.stat().st_size
    with open(journal, "ab") as handle:
        handle.write(b'{"op":"note.put","note":{"id":"x","article_')

    reopened = Store.open_folder(folder)
    assert [n.text for n in reopened.notes()] == ["complete"]
    assert journal.stat().st_size == good_size  # cut off under the lock
    reopened.add_note("a1", "next")
    assert [n.text for n in Store.open_folder(folder).notes()] == ["complete", "next"]


def test_a_damaged_middle_journal_line_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "one")
    (journal,) = folder.glob("journal-*.jsonl")
    with open(journal, "ab") as handle:
        handle.write(b"\xff\xfe garbage\n")
    store.add_note("a1", "two")
    reopened = Store.open_folder(folder)
    assert [n.text for n in reopened.notes()] == ["one", "two"]
    assert "skipped 1 unreadable" in reopened.warnings[0]
