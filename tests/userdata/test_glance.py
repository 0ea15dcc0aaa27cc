"""A setting read straight from the user database (the reader's start), and when not."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from briefing.core.paths import Locations
from briefing.userdata import UserData
from briefing.userdata.glance import UNREAD, setting
from briefing.userdata.schema import SUSPECT_NAME


@pytest.fixture
def locations(tmp_path) -> Locations:
    locations = Locations.resolve(tmp_path)
    with UserData.open(locations) as data:
        data.save_setting("reader", {"theme": "briefing-light", "query": "ferry"})
    return locations


def test_a_saved_setting_is_read_as_the_store_reads_it(locations):
    assert setting(locations.data_dir, "reader") == {"theme": "briefing-light", "query": "ferry"}
    with UserData.open(locations) as data:
        assert data.setting("reader") == setting(locations.data_dir, "reader")
    assert setting(locations.data_dir, "nothing saved") is None


def test_a_value_that_is_not_json_reads_as_none(locations):
    db = sqlite3.connect(locations.user_db)
    db.execute("UPDATE settings SET value = '{cut' WHERE name = 'reader'")
    db.commit()
    db.close()
    assert setting(locations.data_dir, "reader") is None


def test_no_database_yet_is_left_to_the_full_open(tmp_path):
    assert setting(tmp_path / "nowhere", "reader") is UNREAD


@pytest.mark.parametrize(
    "spoil",
    [
        "PRAGMA user_version = 99",  # a newer briefing's file
        "PRAGMA application_id = 7",  # some other program's database
    ],
)
def test_a_file_of_another_version_or_program_is_left_to_the_full_open(locations, spoil):
    db = sqlite3.connect(locations.user_db)
    db.execute(spoil)
    db.commit()
    db.close()
    assert setting(locations.data_dir, "reader") is UNREAD


def test_damage_is_left_to_the_full_open(locations):
    (locations.data_dir / SUSPECT_NAME).write_text("an I/O error\n")
    assert setting(locations.data_dir, "reader") is UNREAD
    (locations.data_dir / SUSPECT_NAME).unlink()
    locations.user_db.write_bytes(b"not a database at all" * 100)
    assert setting(locations.data_dir, "reader") is UNREAD


def test_the_reader_settings_load_without_the_full_open(locations):
    """The reader's start reads its settings without importing (or running) the full open:
    its imports alone cost the first screen about 20 ms of CPU."""
    code = (
        "import sys\n"
        "from briefing.core.paths import Locations\n"
        "from briefing.tui.config import load_config\n"
        f"config = load_config(Locations.resolve({str(locations.data_dir.parent)!r}))\n"
        "assert config.theme == 'briefing-light' and config.query == 'ferry', config\n"
        "print(sorted(m for m in sys.modules if m.startswith('briefing.userdata')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "briefing.userdata.database" not in done.stdout
    assert "briefing.userdata.store" not in done.stdout
