"""The public API: notes, bookmarks, tags, read state, markers, two instances, backups."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

import briefing.userdata.backups as backups_module
from briefing.core.paths import Locations
from briefing.userdata import (
    Anchor,
    ArticleRef,
    Marks,
    NoteNotFound,
    UserData,
    UserDataError,
)
from tests.userdata.helpers import FakeClock, count_rows, rolling_backups


@pytest.fixture
def store(tmp_path) -> UserData:
    return UserData.open_folder(tmp_path / "data", clock=FakeClock())


def test_open_uses_the_data_dir_of_the_locations(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    store = UserData.open(locations)
    store.add_note("a1", "hello")
    assert store.folder == locations.data_dir
    assert store.path == locations.user_db and locations.user_db.is_file()
    assert (locations.data_dir / "user.lock").exists()
    assert locations.data_dir.stat().st_mode & 0o777 == 0o700
    assert locations.user_db.stat().st_mode & 0o777 == 0o600


def test_notes_keep_markdown_anchor_and_times(store, tmp_path):
    anchor = Anchor("the quoted passage", 10, 28, kind="quote", speaker="Jan Peeters")
    note = store.add_note("a1", "## Why\n\n* one\n* `two`\n", anchor)
    again = UserData.open_folder(tmp_path / "data")
    (loaded,) = again.notes("a1")
    assert loaded == note
    assert loaded.text == "## Why\n\n* one\n* `two`"
    assert loaded.anchor == anchor
    assert isinstance(loaded.created, datetime) and loaded.created == loaded.updated


def test_a_note_keeps_what_its_article_was(store, tmp_path):
    about = ArticleRef("Dockers strike", "Harbour Daily", "2025-03-03T07:00:00+02:00")
    note = store.add_note("a1", "kept", about=about)
    (loaded,) = UserData.open_folder(tmp_path / "data").notes()
    assert loaded.about == about == note.about
    assert store.to_json()["notes"][note.id]["article"]["title"] == "Dockers strike"


def test_notes_written_without_their_article_learn_it_once(store):
    old = store.add_note("a1", "from before")
    store.add_note("a2", "other")
    refs = {"a1": ArticleRef("Title one", None, None), "a3": ArticleRef("Never noted")}
    assert store.remember_articles(refs) == 1
    assert store.note(old.id).about == ArticleRef("Title one")
    assert store.remember_articles({"a1": ArticleRef("A new title")}) == 0  # kept, not replaced
    assert store.note(old.id).about.title == "Title one"


def test_several_notes_per_article_in_creation_order(store):
    first = store.add_note("a1", "first")
    second = store.add_note("a1", "second")
    other = store.add_note("a2", "other")
    assert [n.id for n in store.notes("a1")] == [first.id, second.id]
    assert [n.id for n in store.notes()] == [first.id, second.id, other.id]
    assert store.notes("nothing") == []


def test_update_and_delete_by_unique_prefix(store):
    note = store.add_note("a1", "draft")
    updated = store.update_note(note.id[:6], "final")
    assert updated.text == "final" and updated.created == note.created
    assert updated.updated > note.updated
    removed = store.delete_note(note.id)
    assert removed.text == "final"
    assert store.notes() == []
    with pytest.raises(NoteNotFound):
        store.update_note(note.id, "gone")
    with pytest.raises(NoteNotFound):
        store.delete_note("abc")


def test_bookmarks_toggle_and_list_newest_first(store):
    assert store.toggle_bookmark("a1") is True
    assert store.toggle_bookmark("a2") is True
    assert list(store.bookmarks()) == ["a2", "a1"]
    assert store.toggle_bookmark("a1") is False
    assert store.set_bookmark("a2", True) is False
    assert list(store.bookmarks()) == ["a2"]
    assert store.is_bookmarked("a2") and not store.is_bookmarked("a1")


def test_tags_are_normalised_and_deduplicated(store):
    assert store.set_tags("a1", ["#Port strike", "port-strike", " Belgium ", ""]) == [
        "Port-strike",
        "Belgium",
    ]
    assert store.add_tags("a1", ["belgium", "ports"]) == ["Port-strike", "Belgium", "ports"]
    assert store.remove_tags("a1", ["PORTS"]) == ["Port-strike", "Belgium"]
    store.set_tags("a2", ["belgium"])
    assert store.tagged("#BELGIUM") == {"a1", "a2"}
    assert store.tagged("port strike") == {"a1"}
    assert store.all_tags() == {"Belgium": 1, "belgium": 1, "Port-strike": 1}
    assert store.set_tags("a1", []) == []
    assert store.tags("a1") == []
    assert store.tagged("belgium") == {"a2"}


def test_read_state_and_markers(store):
    store.mark_read("a1")
    store.toggle_bookmark("a2")
    store.add_note("a3", "x")
    store.mark_read("a3")
    assert store.is_read("a1") and not store.is_read("a2")
    marks = store.marks(["a1", "a2", "a3", "a4"])
    assert marks == {
        "a1": Marks(read=True),
        "a2": Marks(bookmarked=True),
        "a3": Marks(noted=True, read=True),
    }
    assert store.mark_unread("a1") is True
    assert "a1" not in store.marks(["a1"])
    assert store.annotated_ids() == {"a2", "a3"}
    assert store.read_ids() == {"a3"}


def test_markers_for_more_ids_than_one_query_takes(store):
    store.set_bookmark("id-1234")
    ids = [f"id-{i}" for i in range(2000)]
    assert store.marks(ids) == {"id-1234": Marks(bookmarked=True)}


def test_note_markers_follow_deletions(store):
    note = store.add_note("a1", "x")
    store.delete_note(note.id)
    assert store.marks(["a1"]) == {}


def test_annotations_are_plain_data_for_the_export(store):
    first = store.add_note("a1", "one")
    store.set_tags("a2", ["x", "y"])
    store.toggle_bookmark("a3")
    annotations = store.annotations()
    assert annotations.notes == {"a1": (first,)}
    assert annotations.tags == {"a2": ("x", "y")}
    assert list(annotations.bookmarks) == ["a3"]
    assert annotations.annotated_ids() == store.annotated_ids() == {"a1", "a2", "a3"}
    assert annotations.tagged("X") == store.tagged("X") == {"a2"}


def test_two_instances_see_each_others_changes(tmp_path):
    one = UserData.open_folder(tmp_path / "data")
    two = UserData.open_folder(tmp_path / "data")
    assert not two.changed_on_disk()
    one.add_note("a1", "from one")
    one.toggle_bookmark("a1")
    assert two.changed_on_disk()
    assert [n.text for n in two.notes()] == ["from one"]
    assert not two.changed_on_disk()
    # A write from a second instance merges instead of overwriting.
    two.add_tags("a1", ["x"])
    one.add_tags("a1", ["y"])
    assert one.tags("a1") == ["x", "y"]
    # Toggling decides against the saved state, not a stale copy.
    assert two.toggle_bookmark("a1") is False
    assert one.toggle_bookmark("a1") is True


def test_a_backup_in_one_instance_is_seen_by_the_other(tmp_path, monkeypatch):
    monkeypatch.setattr(backups_module, "ALWAYS_BELOW_BYTES", 0)
    folder = tmp_path / "data"
    one = UserData.open_folder(folder)
    two = UserData.open_folder(folder)
    one.add_note("a1", "before")
    assert one.maintain() is True  # the first change: a backup is due at once
    assert len(rolling_backups(folder)) == 1
    one.backup_now()
    two.add_note("a1", "after")
    assert [n.text for n in UserData.open_folder(folder).notes()] == ["before", "after"]
    assert len(rolling_backups(folder)) == 2
    assert count_rows(rolling_backups(folder)[-1], "notes") == 1


def test_rolling_backups_are_bounded(tmp_path):
    store = UserData.open_folder(tmp_path / "data", clock=FakeClock())
    for i in range(8):
        store.add_note("a", str(i))
        store.backup_now()
    backups = rolling_backups(tmp_path / "data")
    assert len(backups) == 5
    assert count_rows(backups[-1], "notes") == 8


def test_surrogates_and_huge_numbers_do_not_fail_saving(store, tmp_path):
    anchor = Anchor("bad \udc80 passage", start=2**80, end=3)
    note = store.add_note("id-\udcff", "text with \ud800 lone surrogate", anchor)
    store.set_tags("id-\udcff", ["tag\udc99"])
    again = UserData.open_folder(tmp_path / "data")
    (loaded,) = again.notes()
    assert loaded.id == note.id
    assert loaded.text == "text with \ufffd lone surrogate"
    assert loaded.anchor.text == "bad \ufffd passage"
    assert loaded.anchor.end == 3
    assert again.tags("id-\ufffd") == ["tag\ufffd"]
    assert again.tags("id-\udcff") == ["tag\ufffd"]  # asked as it was given


def test_notes_are_keyed_by_article_id_only(store):
    store.add_note("stable-id", "kept")
    # Nothing about files or paths is stored: the id alone finds the notes again.
    record = store.to_json()["notes"]
    assert [n["article_id"] for n in record.values()] == ["stable-id"]


def test_empty_article_id_is_refused(store):
    with pytest.raises(UserDataError):
        store.add_note("  ", "x")


def test_backups_are_made_only_when_due(tmp_path, monkeypatch):
    monkeypatch.setattr(backups_module, "ALWAYS_BELOW_BYTES", 0)  # as for a large database
    folder = tmp_path / "data"
    clock = FakeClock()
    store = UserData.open_folder(folder)
    store.database.wall = clock  # when backups are taken, and how old they are
    store.add_note("a1", "x")
    store.backup_now()
    assert store.maintain() is False  # nothing changed since the newest backup
    monkeypatch.setattr(backups_module, "BACKUP_EVERY_CHANGES", 5)
    for _ in range(5):
        store.add_note("a1", "y")
    assert len(rolling_backups(folder)) == 1  # saves do not wait for a backup
    assert store.maintain() is True  # but one is due: five changes behind
    assert store.maintain() is False
    store.add_note("a1", "one change, but the newest backup gets old")
    assert store.maintain() is False
    clock.now += timedelta(hours=2)
    assert store.maintain() is True
    assert count_rows(rolling_backups(folder)[-1], "notes") == store.note_count() == 7
    count = len(rolling_backups(folder))
    UserData.open_folder(folder).close()
    assert len(rolling_backups(folder)) == count
    monkeypatch.setattr(backups_module, "BACKUP_EVERY_CHANGES", 1)
    for _ in range(4):
        store.add_note("a1", "z")
    assert len(rolling_backups(folder)) == count
    store.add_note("a1", "five changes behind: this save makes one")
    assert len(rolling_backups(folder)) == count + 1


def test_settings_are_json_values(store, tmp_path):
    assert store.setting("reader") is None
    store.save_setting("reader", {"theme": "briefing-light", "panes": {"results": 40}})
    again = UserData.open_folder(tmp_path / "data")
    assert again.setting("reader") == {"theme": "briefing-light", "panes": {"results": 40}}


def test_backups_keep_the_newest_few_and_one_a_day_further_back(tmp_path):
    folder = tmp_path / "data"
    clock = FakeClock(step=timedelta(hours=3))
    store = UserData.open_folder(folder)
    store.database.wall = clock
    taken = []
    for i in range(40):  # 40 backups over a fortnight or so
        store.add_note("a", str(i))
        taken.append(store.backup_now().name)
    kept = [path.name for path in rolling_backups(folder)]
    assert kept[-5:] == taken[-5:]  # the newest five
    days = {name[5:13] for name in kept}
    assert len(days) == 7  # and one for each day back to the seventh
    for name in kept[:-5]:
        assert name == max(t for t in taken if t[5:13] == name[5:13])  # the day's newest
    assert count_rows(folder / "backups" / kept[-1], "notes") == 40


def test_a_small_database_is_backed_up_whenever_it_changed(tmp_path):
    folder = tmp_path / "data"
    store = UserData.open_folder(folder)
    store.add_note("a1", "one")
    assert store.maintain() is True
    store.add_note("a1", "two")
    store.close()  # the end of a command
    assert count_rows(rolling_backups(folder)[-1], "notes") == 2
