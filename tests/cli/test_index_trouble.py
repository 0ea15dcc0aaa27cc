"""The user's notes never wait on the index (issue 17 item 15): an index folder that is a
file is moved aside and the index rebuilt; a library that cannot be opened at all still
lists every note and bookmark, with the titles they kept, and says why."""

from __future__ import annotations

import json

from briefing.cli import main
from tests.library.helpers import article_text


def _home_with_a_note(capsys, tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "one.txt").write_text(article_text("Dockers strike", "Dock workers vote."), "utf-8")
    home = str(tmp_path / "home")
    assert main(["--home", home, "index", str(lib), "--quiet"]) == 0
    assert main(["--home", home, "search", "", "--json"]) == 0
    article = json.loads(capsys.readouterr().out)["results"][0]["id"]
    assert main(["--home", home, "note", article, "kept whatever happens"]) == 0
    assert main(["--home", home, "bookmark", article]) == 0
    capsys.readouterr()
    return home, tmp_path / "home" / "cache" / "index"


def test_an_index_folder_that_is_a_file_is_moved_aside(capsys, tmp_path):
    home, index = _home_with_a_note(capsys, tmp_path)
    for item in index.iterdir():
        item.unlink() if item.is_file() else __import__("shutil").rmtree(item)
    index.rmdir()
    index.write_text("not a folder")
    assert main(["--home", home, "search", "dock"]) == 0
    out, err = capsys.readouterr()
    assert "Dockers strike" in out
    assert "was not a folder; moved it to" in err
    (aside,) = index.parent.glob("index.not-a-folder-*")
    assert aside.read_text() == "not a folder"


def test_notes_and_bookmarks_are_listed_when_the_library_cannot_open(capsys, tmp_path, monkeypatch):
    from briefing.library import Library

    home, _ = _home_with_a_note(capsys, tmp_path)

    def cannot(*args, **kwargs):
        raise OSError(30, "Read-only file system", "/somewhere/index")

    monkeypatch.setattr(Library, "open", cannot)
    assert main(["--home", home, "notes", "--json"]) == 0
    out, err = capsys.readouterr()
    (note,) = json.loads(out)["notes"]
    assert note["text"] == "kept whatever happens" and note["title"] == "Dockers strike"
    assert "could not be opened (/somewhere/index: Read-only file system)" in err
    assert main(["--home", home, "bookmarks", "--json"]) == 0
    (bookmark,) = json.loads(capsys.readouterr().out)["bookmarks"]
    assert bookmark["article_id"] == note["article_id"]
