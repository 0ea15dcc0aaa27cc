"""The data kept before user.sqlite (store/, sources.json, config.json): migrated once."""

from __future__ import annotations

import codecs
import os
import shutil
import signal
from pathlib import Path

import orjson
import pytest

from briefing.core.paths import Locations
from briefing.userdata import Sources, UserData
from tests.userdata.helpers import in_child

V1 = {
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


def _note(note_id: str, article_id: str, text: str, when: str = "2025-01-0{}T10:00:00+00:00"):
    stamp = when.format(1 + len(note_id) % 8)
    return {
        "id": note_id,
        "article_id": article_id,
        "text": text,
        "anchor": {"kind": "quote", "text": "We will not back down", "speaker": "Jan Peeters"},
        "created": stamp,
        "updated": stamp,
    }


def _v2(notes: list[dict], generation: int = 3) -> dict:
    return {
        "format": "briefing-store",
        "version": 2,
        "generation": generation,
        "saved": "2025-02-01T10:00:00+00:00",
        "notes": {note["id"]: note for note in notes},
        "bookmarks": {"a1": "2025-01-05T10:00:00+00:00"},
        "tags": {"a1": ["strike", "Belgium"]},
        "read": {"a2": "2025-01-06T10:00:00+00:00"},
    }


def _old_store(
    folder: Path,
    snapshot: bytes | None,
    journal: list[dict] | None = None,
    generation: int = 3,
    tail: bytes = b"",
) -> Path:
    store = folder / "store"
    store.mkdir(parents=True)
    if snapshot is not None:
        (store / "store.json").write_bytes(snapshot)
    if journal is not None:
        lines = b"".join(orjson.dumps(op) + b"\n" for op in journal)
        (store / f"journal-{generation}.jsonl").write_bytes(lines + tail)
    return store


def _kept(folder: Path) -> Path:
    (kept,) = (folder / "backups").glob("pre-migration-*")
    return kept


def test_version_1_is_migrated_with_the_old_files_kept(tmp_path):
    folder = tmp_path / "data"
    old = orjson.dumps(V1)
    _old_store(folder, old)

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["old note"]
    assert set(store.bookmarks()) == {"a1", "a2"}
    assert store.tags("a1") == ["old"]
    kept = _kept(folder)
    assert (kept / "store" / "store.json").read_bytes() == old
    assert str(kept) in store.warnings[0] and "user.sqlite" in store.warnings[0]
    assert not (folder / "store").exists()
    store.close()
    assert UserData.open_folder(folder).warnings == []


def test_version_2_with_its_journal_is_migrated_whole(tmp_path):
    folder = tmp_path / "data"
    notes = [_note("n1", "a1", "first"), _note("n22", "a2", "second")]
    journal = [
        {"op": "note.put", "note": _note("n333", "a3", "from the journal")},
        {"op": "note.delete", "id": "n1"},
        {"op": "bookmark", "article_id": "a3", "at": "2025-02-02T10:00:00+00:00"},
        {"op": "tags", "article_id": "a3", "tags": ["new"]},
        {"op": "read", "article_id": "a2", "at": None},
    ]
    _old_store(folder, orjson.dumps(_v2(notes)), journal, tail=b'{"op":"note.put","note":{"id')

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["second", "from the journal"]
    assert store.notes("a2")[0].anchor.speaker == "Jan Peeters"
    assert list(store.bookmarks()) == ["a3", "a1"]
    assert store.tags("a1") == ["strike", "Belgium"] and store.tags("a3") == ["new"]
    assert store.read_ids() == set()
    assert len(store.warnings) == 1  # the torn last line is no change, and no notice


def test_a_damaged_middle_journal_line_is_skipped_with_a_notice(tmp_path):
    folder = tmp_path / "data"
    store_dir = _old_store(folder, orjson.dumps(_v2([_note("n1", "a1", "one")])), [])
    with open(store_dir / "journal-3.jsonl", "ab") as handle:
        handle.write(b"\xff\xfe garbage\n")
        handle.write(orjson.dumps({"op": "note.put", "note": _note("n2", "a1", "two")}) + b"\n")

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["one", "two"]
    assert any("skipped 1 unreadable change" in warning for warning in store.warnings)


@pytest.mark.parametrize("claimed, shape", [(1, "v2"), (2, "v1")])
def test_a_document_whose_shape_is_not_its_version_is_damaged(tmp_path, claimed, shape):
    """Issue 17, item 6: a v2 store labelled v1 must not go through the v1 migration."""
    folder = tmp_path / "data"
    good = _v2([_note("n1", "a1", "kept in the backup")], generation=2)
    document = dict(good if shape == "v2" else V1, version=claimed)
    store_dir = _old_store(folder, orjson.dumps(document), [], generation=2)
    (store_dir / "backups").mkdir()
    (store_dir / "backups" / "store-20250101T000000000000Z-g000002.json").write_bytes(
        orjson.dumps(good)
    )
    journal = {"op": "note.put", "note": _note("n2", "a1", "saved after the backup")}
    (store_dir / "journal-2.jsonl").write_bytes(orjson.dumps(journal) + b"\n")

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["kept in the backup", "saved after the backup"]
    damaged = [w for w in store.warnings if "was unreadable" in w]
    assert len(damaged) == 1 and f"says schema {claimed}" in damaged[0]
    assert "restored the backup" in damaged[0] and str(_kept(folder)) in damaged[0]
    assert (_kept(folder) / "store" / "store.json").read_bytes() == orjson.dumps(document)


@pytest.mark.parametrize("encoding", ["bom", "utf-16"])
def test_wrong_encoding_without_backup_recovers_the_contents(tmp_path, encoding):
    folder = tmp_path / "data"
    raw = orjson.dumps(_v2([_note("n1", "a1", "one"), _note("n22", "a1", "two")]))
    raw = codecs.BOM_UTF8 + raw if encoding == "bom" else raw.decode().encode("utf-16")
    _old_store(folder, raw)

    store = UserData.open_folder(folder)

    assert len(store.notes()) == 2
    assert any("recovered its contents" in warning for warning in store.warnings)


def test_garbage_without_backup_keeps_the_journal_and_the_file(tmp_path):
    folder = tmp_path / "data"
    journal = [{"op": "note.put", "note": _note("n1", "a1", "only in the journal")}]
    _old_store(folder, b"\x00\x01garbage", journal, generation=0)

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["only in the journal"]
    assert (_kept(folder) / "store" / "store.json").read_bytes() == b"\x00\x01garbage"
    assert any("no good backup" in warning for warning in store.warnings)


def test_malformed_records_are_repaired_never_lost(tmp_path):
    """Issue 17, item 5: a malformed date in the snapshot or the journal."""
    folder = tmp_path / "data"
    bad = dict(_note("n1", "a1", "bad dates"), created="2024-13-45Tgarbage", updated=12345)
    numbers = dict(_note("n22", "a2", "x"), text=42, article_id=7)
    journal = [{"op": "note.put", "note": dict(_note("n333", "a3", "j"), created=None)}]
    lost = {"id": "n4444", "text": "its article id is gone", "created": "2025-01-01T00:00:00"}
    document = _v2([bad, numbers, lost])
    document["notes"]["junk"] = "not a note"
    _old_store(folder, orjson.dumps(document), journal)

    store = UserData.open_folder(folder)

    notes = {note.id: note for note in store.notes()}
    assert notes["n1"].text == "bad dates" and notes["n22"].text == "42"
    assert notes["n22"].article_id == "7" and "n333" in notes
    assert notes["n4444"].article_id == "unknown-article"  # kept, and listed as orphaned
    (summary,) = [w for w in store.warnings if "repaired" in w]
    assert "2024-13-45Tgarbage" in summary and "left out 1" in summary


def test_a_fifo_named_store_json_does_not_block(tmp_path):
    folder = tmp_path / "data"
    store_dir = _old_store(folder, None, [{"op": "note.put", "note": _note("n1", "a1", "j")}])
    os.mkfifo(store_dir / "store.json")

    def open_it() -> int:
        signal.alarm(10)
        store = UserData.open_folder(folder)
        return 0 if [n.text for n in store.notes()] == ["j"] else 1

    assert in_child(open_it) == 0


def test_sources_and_settings_are_migrated(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    locations.data_dir.mkdir(parents=True)
    locations.sources_file.write_text('{"paths": ["/news/a", "/news/b"], "samples": false}')
    locations.config_file.write_text('{"theme": "briefing-light", "query": "strike"}')

    told: list[str] = []
    sources = Sources.load(locations, notify=told.append)

    assert sources.paths == ["/news/a", "/news/b"] and not sources.samples
    assert len(told) == 1 and "registered sources (2)" in told[0] and "settings" in told[0]
    assert not locations.sources_file.exists() and not locations.config_file.exists()
    store = UserData.open(locations)
    assert store.setting("reader") == {"theme": "briefing-light", "query": "strike"}
    assert store.warnings == []


@pytest.mark.parametrize("content", [b"\x93\x00\xffrandom", b'{"paths": 5}', b"[1, 2]"])
def test_damaged_sources_are_kept_and_told_never_silently_the_samples(tmp_path, content):
    """Issue 17, item 7: a damaged sources.json must not quietly become the samples."""
    locations = Locations.resolve(tmp_path / "home")
    locations.data_dir.mkdir(parents=True)
    locations.sources_file.write_bytes(content)
    told: list[str] = []

    Sources.load(locations, notify=told.append)

    (damaged,) = [line for line in told if "sources.json was unreadable" in line]
    assert "briefing index PATH" in damaged
    assert (_kept(locations.data_dir) / "sources.json").read_bytes() == content


def test_each_kind_is_migrated_once(tmp_path):
    folder = tmp_path / "data"
    _old_store(folder, orjson.dumps(V1))
    UserData.open_folder(folder).close()
    _old_store(folder, orjson.dumps(dict(V1, notes=[])))  # an older briefing wrote it again
    store = UserData.open_folder(folder)
    assert [n.text for n in store.notes()] == ["old note"]
    assert store.warnings == []
    assert (folder / "store").exists()  # left where it is, untouched


def test_two_processes_opening_at_once_migrate_once(tmp_path):
    folder = tmp_path / "data"
    _old_store(folder, orjson.dumps(V1))
    codes = []
    pids = []
    for _ in range(4):
        pid = os.fork()
        if pid == 0:
            code = 99
            try:
                code = 0 if len(UserData.open_folder(folder).notes()) == 1 else 1
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        codes.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
    assert codes == [0, 0, 0, 0]
    assert len(list((folder / "backups").glob("pre-migration-*"))) == 1


def test_files_written_by_the_previous_release_are_migrated(tmp_path):
    """A home made by the last release (tests/userdata/data/old-home, see its README)."""
    home = tmp_path / "home"
    shutil.copytree(Path(__file__).parent / "data" / "old-home", home)
    locations = Locations.resolve(home)
    store = UserData.open(locations)
    texts = sorted(note.text for note in store.notes())
    assert texts == sorted(orjson.loads((home / "expected.json").read_bytes())["notes"])
    assert store.tags(store.notes()[0].article_id)
    assert Sources.load(locations).paths
    assert store.setting("reader")["theme"] == "briefing-light"


def test_changes_a_newer_briefing_journaled_are_told_and_kept(tmp_path):
    """What the old store made read-only (unknown operations) is migrated without them,
    said, and kept among the old files."""
    folder = tmp_path / "data"
    journal = [
        {"op": "note.put", "note": _note("n1", "a1", "understood")},
        {"op": "future.thing", "x": 1},
    ]
    _old_store(folder, orjson.dumps(_v2([])), journal)

    store = UserData.open_folder(folder)

    assert [n.text for n in store.notes()] == ["understood"]
    (told,) = [w for w in store.warnings if "newer briefing" in w]
    assert "1 change " in told and "(s)" not in told and str(_kept(folder)) in told
    assert b"future.thing" in (_kept(folder) / "store" / "journal-3.jsonl").read_bytes()
