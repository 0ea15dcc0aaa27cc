"""The store's public API: notes, bookmarks, tags, read state, markers, two instances."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest

from briefing.core.paths import Locations
from briefing.store import Anchor, Marks, NoteNotFound, Store, StoreError
from tests.store.helpers import FakeClock


@pytest.fixture
def store(tmp_path) -> Store:
    return Store.open_folder(tmp_path / "store", clock=FakeClock())


def test_open_uses_the_store_dir_of_the_locations(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    store = Store.open(locations)
    store.add_note("a1", "hello")
    assert store.folder == locations.store_dir
    assert (locations.store_dir / "store.lock").exists()
    assert locations.store_dir.stat().st_mode & 0o777 == 0o700


def test_notes_keep_markdown_anchor_and_times(store, tmp_path):
    anchor = Anchor("the quoted passage", 10, 28, kind="quote", speaker="Jan Peeters")
    note = store.add_note("a1", "## Why\n\n* one\n* `two`\n", anchor)
    again = Store.open_folder(tmp_path / "store")
    (loaded,) = again.notes("a1")
    assert loaded == note
    assert loaded.text == "## Why\n\n* one\n* `two`"
    assert loaded.anchor == anchor
    assert isinstance(loaded.created, datetime) and loaded.created == loaded.updated


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
    assert store.all_tags() == {"Belgium": 1, "belgium": 1, "Port-strike": 1}
    assert store.set_tags("a1", []) == []
    assert store.tags("a1") == []


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


def test_note_markers_follow_deletions(store):
    note = store.add_note("a1", "x")
    store.delete_note(note.id)
    assert store.marks(["a1"]) == {}


def test_two_instances_see_each_others_changes(tmp_path):
    one = Store.open_folder(tmp_path / "store")
    two = Store.open_folder(tmp_path / "store")
    assert not two.changed_on_disk()
    one.add_note("a1", "from one")
    one.toggle_bookmark("a1")
    assert two.changed_on_disk()
    assert two.reload() is True
    assert [n.text for n in two.notes()] == ["from one"]
    assert not two.changed_on_disk()
    assert two.reload() is False
    # A write from a stale instance merges instead of overwriting.
    two.add_tags("a1", ["x"])
    one.add_tags("a1", ["y"])
    assert one.tags("a1") == ["x", "y"]
    # Toggling decides against the saved state, not a stale copy.
    assert two.toggle_bookmark("a1") is False
    assert one.toggle_bookmark("a1") is True


def test_compaction_is_seen_by_other_instances(tmp_path):
    one = Store.open_folder(tmp_path / "store")
    two = Store.open_folder(tmp_path / "store")
    one.add_note("a1", "before")
    one.compact()
    assert not list((tmp_path / "store").glob("journal-*.jsonl"))
    assert two.changed_on_disk() and two.reload()
    two.add_note("a1", "after")
    assert [n.text for n in Store.open_folder(tmp_path / "store").notes()] == ["before", "after"]
    assert len(list((tmp_path / "store" / "backups").glob("store-*.json"))) == 1


def test_rolling_backups_are_bounded(tmp_path):
    store = Store.open_folder(tmp_path / "store")
    for i in range(8):
        store.add_note("a", str(i))
        store.compact()
    backups = sorted((tmp_path / "store" / "backups").glob("store-*.json"))
    assert len(backups) == 5
    newest = orjson.loads(backups[-1].read_bytes())
    assert len(newest["notes"]) == 8


def test_surrogates_and_huge_numbers_do_not_fail_saving(store, tmp_path):
    anchor = Anchor("bad \udc80 passage", start=2**80, end=3)
    note = store.add_note("id-\udcff", "text with \ud800 lone surrogate", anchor)
    store.set_tags("id-\udcff", ["tag\udc99"])
    again = Store.open_folder(tmp_path / "store")
    (loaded,) = again.notes()
    assert loaded.id == note.id
    assert loaded.text == "text with \ufffd lone surrogate"
    assert loaded.anchor.text == "bad \ufffd passage"
    assert loaded.anchor.end == 3
    assert again.tags("id-\ufffd") == ["tag\ufffd"]


def test_notes_are_keyed_by_article_id_only(store):
    store.add_note("stable-id", "kept")
    # Nothing about files or paths is stored: the id alone finds the notes again.
    record = store.to_json()["notes"]
    assert [n["article_id"] for n in record.values()] == ["stable-id"]


def test_empty_article_id_is_refused(store):
    with pytest.raises(StoreError):
        store.add_note("  ", "x")


def test_maintain_compacts_only_when_due(tmp_path, monkeypatch):
    import briefing.store.store as store_module

    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "x")
    store.compact()
    assert store.maintain() is False  # empty journal, fresh backup
    monkeypatch.setattr(store_module, "COMPACT_MIN_BYTES", 1000)
    while (folder / f"journal-{store._generation}.jsonl").exists() is False or (
        (folder / f"journal-{store._generation}.jsonl").stat().st_size < 1000
    ):
        store.add_note("a1", "y" * 100)
    count = store.note_count()
    assert store.maintain() is True
    assert not list(folder.glob("journal-*.jsonl"))
    assert Store.open_folder(folder).note_count() == count
