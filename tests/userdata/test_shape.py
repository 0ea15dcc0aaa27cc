"""A database whose version or tables are not what they say (issue 17 items 6 and 7, for
the SQLite store): one changed byte in the version must not run an upgrade on a file that
is not of that version, and a table dropped or remade must not read as "no notes" or "no
sources". Either is damage: set aside, the newest good backup restored, the user told."""

from __future__ import annotations

import sqlite3

import pytest

from briefing.core.paths import Locations
from briefing.userdata import Sources, UserData
from briefing.userdata.backups import check_file
from tests.userdata.helpers import FakeClock

CHANGES = {
    "version-lowered": "PRAGMA user_version = 0",
    "notes-dropped": "DROP TABLE notes",
    "sources-dropped": "DROP TABLE sources",
    "sources-remade": "DROP TABLE sources; CREATE TABLE sources (x INTEGER)",
    "meta-dropped": "DROP TABLE meta",
    "column-added": "ALTER TABLE notes ADD COLUMN extra TEXT",
}


def _home_with_backup(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    Sources(paths=["/news/port-strike"], samples=False).save(locations)
    store = UserData.open(locations, clock=FakeClock())
    store.add_note("a1", "one")
    store.add_note("a2", "two")
    store.backup_now()
    store.close()
    return locations


def _change(path, sql):
    db = sqlite3.connect(path)
    db.executescript(sql)
    db.commit()
    db.close()


@pytest.mark.parametrize("kind", sorted(CHANGES))
def test_a_file_not_in_its_shape_is_set_aside_and_the_backup_restored(tmp_path, kind):
    locations = _home_with_backup(tmp_path)
    _change(locations.user_db, CHANGES[kind])
    told: list[str] = []

    sources = Sources.load(locations, notify=told.append)
    store = UserData.open(locations)

    assert sources.paths == ["/news/port-strike"] and not sources.samples
    assert sorted(note.text for note in store.notes()) == ["one", "two"]
    assert len(told) == 1 and "set aside" in told[0] and "restored the backup" in told[0]
    assert list(locations.data_dir.glob("user.sqlite.damaged-*"))
    store.close()


def test_a_backup_not_in_its_shape_is_not_restored(tmp_path):
    locations = _home_with_backup(tmp_path)
    backup = max((locations.data_dir / "backups").glob("user-*.sqlite"))
    assert check_file(backup) is None
    _change(backup, "DROP TABLE notes")
    assert check_file(backup) == "its table 'notes' is missing"


@pytest.mark.parametrize(
    ("code", "message"),
    [(13, "database or disk is full"), (10, "disk I/O error"), (14, "unable to open database")],
)
def test_trouble_opening_is_read_only_never_damage(tmp_path, monkeypatch, code, message):
    from briefing.userdata import UserDataReadOnly
    from briefing.userdata.database import Database

    locations = _home_with_backup(tmp_path)
    real = Database._connect

    def troubled(self, target):
        if "mode=rw" in target:
            error = sqlite3.OperationalError(message)
            error.sqlite_errorcode = code
            raise error
        return real(self, target)

    monkeypatch.setattr(Database, "_connect", troubled)
    store = UserData.open(locations)
    assert sorted(note.text for note in store.notes()) == ["one", "two"]
    assert store.read_only and f"cannot be written now ({message})" in store.warnings[0]
    with pytest.raises(UserDataReadOnly):
        store.add_note("a3", "three")
    store.close()
    assert not list(locations.data_dir.glob("user.sqlite.damaged-*"))  # nothing set aside
