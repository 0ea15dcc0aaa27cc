"""A command given an id or path that names no article says why, in one line."""

from __future__ import annotations

import pytest

import briefing.cli as cli
from tests.library.helpers import article_text


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """A home indexing a folder of one article, an empty file and a binary file."""
    root = tmp_path_factory.mktemp("missing")
    folder = root / "lib"
    folder.mkdir()
    (folder / "vote.txt").write_text(
        article_text("Harbour vote", "Dock workers in Ostend voted on Tuesday."), "utf-8"
    )
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    home = str(root / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    return home, folder


def fails(capsys, *argv: str) -> str:
    assert cli.main(list(argv)) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    return err


@pytest.mark.parametrize("command", ["show", "related", "bookmark", "facts"])
def test_a_skipped_file_of_a_source_says_why(capsys, library, command):
    home, folder = library
    err = fails(capsys, command, str(folder / "junk.txt"), "--home", home)
    assert "binary file, not text" in err
    if command != "facts":  # facts reads any file itself
        err = fails(capsys, command, str(folder / "empty.txt"), "--home", home)
        assert err == f"briefing: {folder / 'empty.txt'}: not indexed: empty file\n"


def test_a_folder_a_file_outside_the_sources_and_an_unknown_id(capsys, library, tmp_path):
    home, folder = library
    assert "a folder, not an article file" in fails(capsys, "show", str(folder), "--home", home)
    outside = tmp_path / "outside.txt"
    outside.write_text(article_text("Ferry timetable", "The ferry leaves at noon daily."), "utf-8")
    err = fails(capsys, "tag", str(outside), "ferry", "--home", home)
    assert "not in a registered source (`briefing index" in err
    assert "no such article id" in fails(capsys, "show", "no-such-id", "--home", home)


def test_an_annotated_article_that_left_the_library(capsys, library, tmp_path):
    home, folder = library
    gone = folder / "gone.txt"
    gone.write_text(article_text("Bridge closed", "The old bridge closed on Friday."), "utf-8")
    assert cli.main(["bookmark", str(gone), "--home", home]) == 0
    article_id = capsys.readouterr().out.rsplit("[", 1)[1].split("]")[0]
    gone.unlink()
    err = fails(capsys, "note", article_id, "still here?", "--home", home)
    assert err.startswith(f"briefing: {article_id}: no longer in the library")
    assert cli.main(["bookmark", article_id, "--remove", "--home", home]) == 0
    assert capsys.readouterr().out == f"removed bookmark: {article_id}\n"


def test_bookmarking_twice_or_removing_no_bookmark_says_so_plainly(capsys, library):
    # It said "removed bookmark: ... (was not bookmarked)".
    home, folder = library
    article = str(folder / "vote.txt")
    said = []
    for argv in ([], [], ["--remove"], ["--remove"]):
        assert cli.main(["bookmark", article, "--home", home, *argv]) == 0
        said.append(capsys.readouterr().out.split(":", 1)[0])
    assert said == ["bookmarked", "already bookmarked", "removed bookmark", "was not bookmarked"]
