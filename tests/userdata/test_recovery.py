"""Damaged, foreign and newer database files: set aside, restored, repaired or left alone."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

import briefing.userdata.backups as backups_module
from briefing.core.paths import Locations
from briefing.userdata import Sources, UserData, UserDataReadOnly
from tests.userdata.helpers import FakeClock, count_rows, in_child, rolling_backups


def set_aside(folder: Path) -> list[Path]:
    """The damaged files set aside in `folder` (not their -wal and -shm)."""
    found = folder.glob("user.sqlite.damaged-*")
    return [path for path in found if not path.name.endswith(("-wal", "-shm"))]


@pytest.fixture(autouse=True)
def backups_on_schedule(monkeypatch):
    """Backups only every 50 changes or ten minutes, as for a large database: these tests
    need changes that no backup holds."""
    monkeypatch.setattr(backups_module, "ALWAYS_BELOW_BYTES", 0)


def _store_with_backup(folder: Path) -> Path:
    """Data whose newest backup holds two notes and a bookmark, with a third note saved
    after it; closed (so the file holds everything). Returns the database file."""
    store = UserData.open_folder(folder, clock=FakeClock())
    store.add_note("a1", "one")
    store.toggle_bookmark("a1")
    store.add_note("a2", "two")
    store.backup_now()
    store.add_note("a3", "three (after the backup)")
    store.close()
    return folder / "user.sqlite"


def _random_pages(good: bytes) -> bytes:
    """Random bytes over the second page (the first table's) and a bit of the third."""
    return good[:4096] + random.Random(7).randbytes(5000) + good[9096:]


DAMAGE = {
    "zero-bytes": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "random-bytes": lambda good: random.Random(3).randbytes(len(good)),
    "damaged-header": lambda good: b"\x00" * 100 + good[100:],
    "damaged-pages": _random_pages,
    "json": lambda good: b'{"format": "briefing-store", "version": 2}',
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_database_is_set_aside_and_backup_restored(tmp_path, kind):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    damaged = DAMAGE[kind](path.read_bytes())
    path.write_bytes(damaged)

    store = UserData.open_folder(folder)

    texts = {n.text for n in store.notes()}
    assert {"one", "two"} <= texts <= {"one", "two", "three (after the backup)"}
    assert store.is_bookmarked("a1")
    (aside,) = set_aside(folder)
    assert aside.read_bytes() == damaged
    (warning,) = store.warnings
    assert str(aside) in warning and "restored the backup" in warning
    # The repaired file is a normal one again.
    store.add_note("a4", "after repair")
    store.close()
    again = UserData.open_folder(folder)
    assert again.warnings == []
    assert len(again.notes()) == len(texts) + 1


def test_what_the_damaged_file_still_holds_is_merged_back(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    db = sqlite3.connect(path)
    (root,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes_by_article'")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    raw = bytearray(path.read_bytes())  # a damaged index; the notes table itself intact
    raw[(root[0] - 1) * page_size : root[0] * page_size] = b"\xff" * page_size
    path.write_bytes(bytes(raw))

    store = UserData.open_folder(folder)

    assert sorted(n.text for n in store.notes()) == ["one", "three (after the backup)", "two"]
    assert "recovered 1 note from the damaged file" in store.warnings[0]


def test_damaged_text_met_while_reading_is_mended_in_place(tmp_path):
    folder = tmp_path / "data"
    store = UserData.open_folder(folder, clock=FakeClock())
    store.add_note("a1", "one")
    store.add_note("a2", "MARKER-" * 20)
    store.add_note("a3", "three")
    store.close()
    path = folder / "user.sqlite"
    raw = path.read_bytes()
    at = raw.index(b"MARKER-")
    path.write_bytes(raw[:at] + b"\xff\xfe\xfd" + raw[at + 3 :])  # not UTF-8: quick_check passes

    reopened = UserData.open_folder(folder)
    assert reopened.warnings == []
    texts = [n.text for n in reopened.notes()]

    assert texts[0] == "one" and texts[2] == "three"
    assert texts[1] == "\ufffd\ufffd\ufffd" + "KER-" + "MARKER-" * 19  # the damaged note, kept
    (warning,) = reopened.warnings
    (aside,) = set_aside(folder)
    assert "mended" in warning and str(aside) in warning
    reopened.add_note("a4", "later")
    assert len(UserData.open_folder(folder).notes()) == 4


def test_garbage_without_backup_starts_empty_but_keeps_the_file_and_says_so(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    for backup in rolling_backups(folder):
        backup.unlink()
    path.write_bytes(b"\x00\x01garbage")

    store = UserData.open_folder(folder)

    assert store.notes() == []
    (aside,) = set_aside(folder)
    assert aside.read_bytes() == b"\x00\x01garbage"
    assert "starts empty" in store.warnings[0] and str(aside) in store.warnings[0]


def test_a_bad_backup_is_skipped_for_an_older_good_one(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    store = UserData.open_folder(folder, clock=FakeClock(datetime(2025, 3, 2, tzinfo=UTC)))
    store.backup_now()  # a newer backup, holding three notes
    store.close()
    newest, older = rolling_backups(folder)[-1], rolling_backups(folder)[-2]
    newest.write_bytes(b"{broken")
    path.write_bytes(b"")

    reopened = UserData.open_folder(folder)

    assert f"restored the backup {older}" in reopened.warnings[0]
    assert newest.name not in reopened.warnings[0]
    assert len(reopened.notes()) == count_rows(older, "notes")


def test_a_missing_database_comes_back_from_the_newest_backup(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    path.unlink()
    store = UserData.open_folder(folder)
    assert len(store.notes()) == 2
    assert "was missing; restored the backup" in store.warnings[0]


def test_another_sqlite_file_in_its_place_is_not_taken_for_data(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    path.unlink()
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (x)")
    other.commit()
    other.close()
    store = UserData.open_folder(folder)
    assert len(store.notes()) == 2
    assert "it is not briefing's" in store.warnings[0]


def test_a_fifo_named_like_the_database_does_not_block(tmp_path):
    folder = tmp_path / "data"
    path = _store_with_backup(folder)
    path.unlink()
    os.mkfifo(path)

    def open_it() -> int:
        signal.alarm(10)  # a blocked open would be killed here
        store = UserData.open_folder(folder)
        ok = len(store.notes()) == 2 and "not a regular file" in store.warnings[0]
        return 0 if ok else 1

    assert in_child(open_it) == 0
    assert path.is_file()
    assert any(p.is_fifo() for p in set_aside(folder))


def test_a_fifo_as_write_ahead_log_is_set_aside(tmp_path):
    folder = tmp_path / "data"
    _store_with_backup(folder)
    os.mkfifo(folder / "user.sqlite-wal")

    def open_it() -> int:
        signal.alarm(10)
        store = UserData.open_folder(folder)
        return 0 if len(store.notes()) == 3 and "not a regular file" in store.warnings[0] else 1

    assert in_child(open_it) == 0


def test_newer_version_is_read_only_and_never_overwritten(tmp_path):
    folder = tmp_path / "data"
    store = UserData.open_folder(folder)
    store.add_note("a1", "mine")
    store.close()
    db = sqlite3.connect(folder / "user.sqlite")
    db.execute("PRAGMA user_version = 99")
    db.execute("CREATE TABLE something_new (x)")
    db.commit()
    db.close()
    newer = (folder / "user.sqlite").read_bytes()

    reopened = UserData.open_folder(folder)

    assert reopened.read_only
    assert "newer briefing" in reopened.warnings[0]
    assert [n.text for n in reopened.notes()] == ["mine"]
    for change in (
        lambda: reopened.add_note("a1", "x"),
        lambda: reopened.toggle_bookmark("a1"),
        lambda: reopened.set_tags("a1", ["t"]),
        lambda: reopened.mark_read("a1"),
        lambda: reopened.save_setting("reader", {}),
        reopened.backup_now,
    ):
        with pytest.raises(UserDataReadOnly):
            change()
    reopened.close()
    assert (folder / "user.sqlite").read_bytes() == newer
    assert not set_aside(folder)


def test_malformed_fields_are_repaired_on_reading_and_told_once(tmp_path):
    folder = tmp_path / "data"
    store = UserData.open_folder(folder)
    good = store.add_note("a1", "good")
    bad = store.add_note("a1", "hand-edited")
    store.close()
    db = sqlite3.connect(folder / "user.sqlite")
    db.execute(
        "UPDATE notes SET created = '2024-13-45Tgarbage', updated = 12345,"
        " anchor = '{not json' WHERE id = ?",
        (bad.id,),
    )
    db.commit()
    db.close()

    reopened = UserData.open_folder(folder)
    notes = {note.id: note for note in reopened.notes()}

    assert notes[good.id] == good
    assert notes[bad.id].text == "hand-edited" and notes[bad.id].anchor is None
    (warning,) = reopened.warnings
    assert "repaired 1 record with" in warning and "2024-13-45Tgarbage" in warning
    reopened.notes()
    assert len(reopened.warnings) == 1  # told once
    assert UserData.open_folder(folder).notes()[0].id  # and saved repaired: no new notice
    assert UserData.open_folder(folder).warnings == []


def test_damaged_sources_come_back_from_the_backup_never_as_the_samples(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    Sources(paths=["/news/port-strike"], samples=False).save(locations)
    store = UserData.open(locations)
    store.backup_now()
    store.close()
    locations.user_db.write_bytes(random.Random(5).randbytes(8192))
    told: list[str] = []

    sources = Sources.load(locations, notify=told.append)

    assert sources.paths == ["/news/port-strike"] and not sources.samples
    assert len(told) == 1 and "restored the backup" in told[0]


def test_a_repair_without_a_channel_is_told_by_the_next_open(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    Sources(paths=["/news"], samples=False).save(locations)
    UserData.open(locations).backup_now()
    locations.user_db.write_bytes(b"")
    assert Sources.load(locations).paths == ["/news"]  # inside the library: nobody to tell
    store = UserData.open(locations)
    assert len(store.warnings) == 1 and "restored the backup" in store.warnings[0]
