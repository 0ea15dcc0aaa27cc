"""The user data commands end to end: JSON contracts, exit codes, files written."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
import yaml

import briefing.cli as cli
from briefing.core.paths import Locations
from briefing.library import Library
from briefing.userdata import UserData
from tests.library.helpers import article_text

DATA = Path(__file__).parent / "data"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> tuple[str, Path, dict[str, str]]:
    """A home with two indexed articles; returns (home, folder, {title: id})."""
    root = tmp_path_factory.mktemp("cli-store")
    folder = root / "lib"
    folder.mkdir()
    (folder / "strike.txt").write_text(
        article_text("Antwerp strike <b>", "Dock workers in Antwerp walked out on Monday."), "utf-8"
    )
    (folder / "drought.txt").write_text(
        article_text("Catalonia drought", "Reservoirs in Catalonia fell to 16 percent."), "utf-8"
    )
    home = str(root / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    ids = {}
    with Library.open(Locations.resolve(home), refresh=False) as library:
        for hit in library.search("", limit=None, snippets=False).hits:
            ids[hit.title] = hit.id
    return home, folder, ids


@pytest.fixture
def home(indexed, tmp_path):
    """The indexed home, with its notes, bookmarks, tags and read marks emptied first."""
    root, _, _ = indexed
    with UserData.open(Locations.resolve(root)) as data:
        data.replace_all({"format": "briefing-store", "version": 2})
    backups = Locations.resolve(root).backups_dir
    if backups.exists():
        shutil.rmtree(backups)
    return root


def test_note_add_list_edit_delete(capsys, home, indexed, tmp_path, monkeypatch):
    _, folder, ids = indexed
    strike = ids["Antwerp strike <b>"]
    code, out, err = run(capsys, "note", strike, "First", "**note**", "--home", home, "--json")
    assert code == 0, err
    first = json.loads(out)["note"]
    assert first["text"] == "First **note**" and first["title"] == "Antwerp strike <b>"
    # By path of the indexed file, text from stdin, verbatim.
    monkeypatch.setattr(sys, "stdin", _Stdin("line one\n\n- a list\n  with `code`\n"))
    code, out, err = run(capsys, "note", str(folder / "strike.txt"), "-", "--home", home)
    assert code == 0, err
    code, out, err = run(capsys, "notes", "--json", "--home", home)
    assert code == 0
    notes = json.loads(out)["notes"]
    assert [n["text"] for n in notes] == ["First **note**", "line one\n\n- a list\n  with `code`"]
    assert set(notes[0]) == {
        "id",
        "article_id",
        "title",
        "source",
        "published",
        "text",
        "anchor",
        "created",
        "updated",
        "orphaned",
    }
    assert all(n["article_id"] == strike and not n["orphaned"] for n in notes)

    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\np = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text() + ' (edited)')\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    code, out, err = run(capsys, "note", "--edit", first["id"][:6], "--home", home, "--json")
    assert code == 0, err
    assert json.loads(out)["note"]["text"] == "First **note** (edited)"
    code, out, err = run(
        capsys, "note", ids["Catalonia drought"], "--edit", "--home", home, "--json"
    )
    assert code == 0, err
    assert json.loads(out)["note"]["text"] == " (edited)"  # verbatim, leading space kept

    code, out, err = run(capsys, "note", "--delete", first["id"], "--home", home)
    assert code == 0 and "deleted" in out
    code, out, _ = run(capsys, "notes", "--json", "--home", home)
    assert len(json.loads(out)["notes"]) == 2
    code, out, err = run(capsys, "note", "--delete", first["id"], "--home", home)
    assert code == 1 and err.startswith("briefing: no note with id")


def test_bad_article_and_empty_note_exit_1(capsys, home):
    code, out, err = run(capsys, "note", "no-such-id", "text", "--home", home)
    assert code == 1 and "no such article" in err and out == ""
    code, out, err = run(capsys, "bookmark", "no-such-id", "--home", home)
    assert code == 1
    code, _, err = run(capsys, "note", "--home", home)
    assert code == 1 and "article ID" in err


def test_bookmarks_and_tags(capsys, home, indexed):
    _, folder, ids = indexed
    strike, drought = ids["Antwerp strike <b>"], ids["Catalonia drought"]
    assert run(capsys, "bookmark", strike, "--home", home)[0] == 0
    assert run(capsys, "bookmark", str(folder / "drought.txt"), "--home", home)[0] == 0
    code, out, _ = run(capsys, "bookmarks", "--json", "--home", home)
    rows = json.loads(out)["bookmarks"]
    assert {r["article_id"] for r in rows} == {strike, drought}
    assert not any(r["orphaned"] for r in rows)
    assert run(capsys, "bookmark", strike, "--remove", "--home", home)[0] == 0
    code, out, _ = run(capsys, "bookmarks", "--json", "--home", home)
    assert [r["article_id"] for r in json.loads(out)["bookmarks"]] == [drought]

    code, out, _ = run(capsys, "tag", drought, "water", "#Spain", "--home", home)
    # The title says which article was tagged, as `bookmark` does, not the bare id.
    assert code == 0 and out == f"Catalonia drought [{drought}]: #water #Spain\n"
    code, out, _ = run(capsys, "tag", drought, "spain", "--remove", "--home", home)
    assert code == 0 and out.strip().endswith("#water")
    assert UserData.open(Locations.resolve(home)).tags(drought) == ["water"]


def test_orphaned_notes_are_listed_as_such(capsys, home):
    store = UserData.open(Locations.resolve(home))
    store.add_note("vanished-article", "still here")
    code, out, _ = run(capsys, "notes", "--json", "--home", home)
    (note,) = json.loads(out)["notes"]
    assert note["orphaned"] is True and note["title"] is None and note["text"] == "still here"


def test_an_orphaned_note_keeps_its_article_title(capsys, tmp_path):
    """Issue 15, item 12: a note whose article leaves the library is never anonymous."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "gone.txt").write_text(
        article_text("Ferry line closes", "The Osterby ferry stops on Friday."), "utf-8"
    )
    home = str(tmp_path / "home")
    assert run(capsys, "index", str(folder), "--home", home, "--quiet")[0] == 0
    code, out, _ = run(capsys, "note", str(folder / "gone.txt"), "ask why", "--home", home)
    assert code == 0
    (folder / "gone.txt").unlink()
    (folder / "other.txt").write_text(article_text("Other", "Other text."), "utf-8")
    code, out, _ = run(capsys, "notes", "--json", "--home", home)
    (note,) = json.loads(out)["notes"]
    assert note["orphaned"] is True and note["title"] == "Ferry line closes"
    assert note["source"] == "Harbour Daily" and note["published"].startswith("2025-03-03")
    code, out, _ = run(capsys, "notes", "--home", home)
    assert "Ferry line closes · Harbour Daily · 2025-03-03 (orphaned: article no" in out
    code, out, _ = run(capsys, "export", "--out", "-", "--home", home)
    assert "**Article** Ferry line closes · " in out and "Orphaned notes" in out


def test_backup_and_restore(capsys, home, indexed, tmp_path):
    _, _, ids = indexed
    strike = ids["Antwerp strike <b>"]
    run(capsys, "note", strike, "kept", "--home", home)
    run(capsys, "tag", strike, "x", "--home", home)
    backup = tmp_path / "all.json"
    code, _, err = run(capsys, "backup", str(backup), "--home", home)
    assert code == 0, err
    assert err.startswith("saved 1 note, 0 bookmarks, all tags")  # counted as people say it
    assert run(capsys, "backup", str(backup), "--home", home)[0] == 1  # no clobber
    run(capsys, "note", strike, "after the backup", "--home", home)
    code, _, err = run(capsys, "restore", str(backup), "--home", home)
    assert code == 0, err
    store = UserData.open(Locations.resolve(home))
    assert [n.text for n in store.notes()] == ["kept"] and store.tags(strike) == ["x"]
    (kept,) = store.backups_dir.glob("pre-restore-*.json")
    assert str(kept) in err
    assert "after the backup" in kept.read_text()
    assert run(capsys, "restore", str(kept), "--home", home)[0] == 0  # the copy restores
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    assert run(capsys, "restore", str(bad), "--home", home)[0] == 1


def test_backup_carries_sources_and_ids_to_a_new_home(capsys, home, indexed, tmp_path):
    _, _, ids = indexed
    strike = ids["Antwerp strike <b>"]
    run(capsys, "note", strike, "travels", "--home", home)
    backup = tmp_path / "all.json"
    assert run(capsys, "backup", str(backup), "--home", home)[0] == 0
    document = json.loads(backup.read_text())
    assert document["sources"]["paths"] and [row[1] for row in document["ids"]].count(strike) >= 1
    fresh = str(tmp_path / "fresh-home")
    code, _, err = run(capsys, "restore", str(backup), "--home", fresh)
    assert code == 0, err
    code, out, _ = run(capsys, "notes", "--json", "--home", fresh)
    notes = json.loads(out)["notes"]
    assert [(n["text"], n["article_id"], n["orphaned"]) for n in notes] == [
        ("travels", strike, False)
    ]


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"version": 1}, "not a briefing backup\n"),
        ({"format": "briefing-store", "version": 9}, "made by a newer briefing"),
        (
            {"format": "briefing-store", "version": 2, "notes": []},
            "not a usable briefing backup: it says schema 2",
        ),
    ],
)
def test_a_refused_restore_says_why_once_and_writes_nothing(
    capsys, home, tmp_path, document, reason
):
    # A file we wrote that is JSON but no backup: the reason is said once (it was "not a
    # briefing store: it is not a briefing store"), and no pre-restore copy is left behind.
    bad = tmp_path / "not-a-backup.json"
    bad.write_text(json.dumps(document))
    code, out, err = run(capsys, "restore", str(bad), "--home", home)
    assert code == 1 and out == "" and err.startswith(f"briefing: {bad}: ")
    assert reason in err and err.count("briefing store") == 0
    assert not list(Locations.resolve(home).backups_dir.glob("pre-restore-*.json"))


def test_export_to_stdout_file_and_no_clobber(capsys, home, indexed, tmp_path):
    _, _, ids = indexed
    strike = ids["Antwerp strike <b>"]
    run(capsys, "note", strike, "# Heading in a note\n\n<script>x</script>", "--home", home)
    run(capsys, "bookmark", ids["Catalonia drought"], "--home", home)
    code, out, err = run(capsys, "export", "--out", "-", "--home", home)
    assert code == 0, err
    meta = yaml.safe_load(out.split("---\n")[1])
    assert meta["article_count"] == 2 and meta["filters"] == {}
    assert "## Antwerp strike \\<b>" in out and "### Heading in a note" in out
    assert "\\<script>" in out

    code, out, err = run(capsys, "export", "--bookmarked", "--out", "-", "--home", home)
    assert yaml.safe_load(out.split("---\n")[1])["article_count"] == 1

    code, out, err = run(capsys, "export", "--query", "reservoirs", "--out", "-", "--home", home)
    assert code == 0, err
    meta = yaml.safe_load(out.split("---\n")[1])
    assert meta["filters"] == {"query": "reservoirs"} and meta["article_count"] == 1

    code, _, err = run(capsys, "export", "--home", home)
    assert code == 0, err
    (written,) = (Path(home) / "documents").glob("briefing-notes-*.md")
    assert str(written) in err
    before = written.read_bytes()
    code, _, err = run(capsys, "export", "--home", home)  # a second export of the day
    second = written.with_name(f"{written.stem}-2.md")
    assert code == 0 and str(second) in err and written.read_bytes() == before
    assert "article_count" in second.read_text(encoding="utf-8")
    code, _, err = run(capsys, "export", "--force", "--home", home)  # replaces the first
    assert code == 0 and str(written) in err
    assert set((Path(home) / "documents").iterdir()) == {written, second}

    code, _, err = run(
        capsys, "export", "--since", "2025-04-01", "--until", "2025-03-01", "--home", home
    )
    assert code == 1
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["export", "--since", "not a date", "--home", home])
    assert exit_info.value.code == 2


class _Stdin:
    def __init__(self, text: str):
        self.text = text

    def read(self) -> str:
        return self.text


def test_a_backup_made_by_the_previous_release_restores(capsys, tmp_path):
    """tests/userdata/data/old-backup.json was written by the release before user.sqlite."""
    fresh = str(tmp_path / "fresh-home")
    code, _, err = run(capsys, "restore", str(DATA / "old-backup.json"), "--home", fresh)
    assert code == 0, err
    store = UserData.open(Locations.resolve(fresh))
    assert sorted(n.text for n in store.notes()) == sorted(
        json.loads((DATA / "old-home" / "expected.json").read_text())["notes"]
    )
    assert list(store.bookmarks()) == ["mim74n36h5"]
    assert store.tags("a5ju2bqmy7") == ["port-strike", "Belgium"]
    assert store.read_ids() == {"a5ju2bqmy7"}
    assert store.sources() == (["/tmp/oldgen/lib"], False)
    assert store.setting("reader")["theme"] == "briefing-light"


def test_a_backup_written_here_restores_in_the_same_shape(capsys, home, indexed, tmp_path):
    _, _, ids = indexed
    run(capsys, "note", ids["Catalonia drought"], "round trip", "--home", home)
    backup = tmp_path / "again.json"
    assert run(capsys, "backup", str(backup), "--home", home)[0] == 0
    document = json.loads(backup.read_text())
    assert document["format"] == "briefing-backup" and document["version"] == 2
    (note,) = document["store"]["notes"].values()
    assert set(note) >= {"id", "article_id", "text", "anchor", "created", "updated"}
    assert note["article"]["title"] == "Catalonia drought"  # older releases ignore this


def test_fifos_and_devices_are_refused_where_a_file_is_expected(capsys, home, tmp_path):
    """Issue 17, item 14: nothing hangs on a FIFO, and no FIFO or device is replaced."""
    import os
    import signal

    fifo = tmp_path / "some.fifo"
    os.mkfifo(fifo)
    signal.alarm(20)  # a hang fails the test instead of the run
    try:
        code, _, err = run(capsys, "restore", str(fifo), "--home", home)
        assert code == 1 and "not a regular file" in err
        code, _, err = run(capsys, "backup", str(fifo), "--force", "--home", home)
        assert code == 1 and "not a regular file" in err
        code, _, err = run(capsys, "export", "--out", str(fifo), "--force", "--home", home)
        assert code == 1 and "not a regular file" in err
    finally:
        signal.alarm(0)
    assert fifo.is_fifo()


def test_an_editor_with_an_unbalanced_quote_is_one_line(capsys, home, indexed, monkeypatch):
    _, _, ids = indexed
    monkeypatch.setenv("EDITOR", "vim '-c")
    code, out, err = run(capsys, "note", ids["Catalonia drought"], "--edit", "--home", home)
    assert code == 1 and out == ""
    assert err.startswith("briefing: cannot read $EDITOR") and err.count("\n") == 1


def test_notes_and_export_survive_malformed_records(capsys, home, indexed):
    """Issue 17, item 5: a malformed date never crashes `notes` or `export`."""
    import sqlite3

    _, _, ids = indexed
    run(capsys, "note", ids["Catalonia drought"], "dated oddly", "--home", home)
    db = sqlite3.connect(Locations.resolve(home).user_db)
    db.execute("UPDATE notes SET created = '2024-13-45Tgarbage', updated = 12345")
    db.commit()
    db.close()
    code, out, err = run(capsys, "notes", "--json", "--home", home)
    assert code == 0 and json.loads(out)["notes"][0]["text"] == "dated oddly"
    assert "2024-13-45Tgarbage" in err and err.count("\n") == 1
    code, out, err = run(capsys, "export", "--out", "-", "--home", home)
    assert code == 0 and "dated oddly" in out and err == ""  # told once, repaired since


def test_a_damaged_id_memory_is_set_aside_and_ids_come_back(capsys, tmp_path):
    """Issue 17, item 3: random bytes in identity.sqlite gave a traceback on every command."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(article_text("Harbour fees rise", "Fees rise in May."))
    home = str(tmp_path / "home")
    assert run(capsys, "index", str(folder), "--home", home, "--quiet")[0] == 0
    code, out, _ = run(capsys, "search", "", "--json", "--home", home)
    (before,) = [hit["id"] for hit in json.loads(out)["results"]]
    identity = Locations.resolve(home).identity_db
    identity.write_bytes(b"\x00garbage" * 500)
    for side in ("-wal", "-shm"):
        Path(f"{identity}{side}").unlink(missing_ok=True)

    code, out, err = run(capsys, "index", "--rebuild", "--home", home)

    assert code == 0, err
    assert "identity.sqlite was unreadable" in err and "set aside" in err
    assert list(identity.parent.glob("identity.sqlite.damaged-*"))
    code, out, _ = run(capsys, "search", "", "--json", "--home", home)
    assert [hit["id"] for hit in json.loads(out)["results"]] == [before]


def test_a_note_survives_its_database_replaced_by_a_fifo(capsys, home, indexed):
    """The end of a command that saved leaves a backup holding its change."""
    import os
    import signal

    _, _, ids = indexed
    assert run(capsys, "note", ids["Catalonia drought"], "kept safe", "--home", home)[0] == 0
    path = Locations.resolve(home).user_db
    path.unlink()
    os.mkfifo(path)
    signal.alarm(20)
    try:
        code, out, err = run(capsys, "notes", "--json", "--home", home)
    finally:
        signal.alarm(0)
    assert code == 0 and "not a regular file" in err and "restored the backup" in err
    assert [note["text"] for note in json.loads(out)["notes"]] == ["kept safe"]
