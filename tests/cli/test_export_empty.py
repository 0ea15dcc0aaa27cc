"""An export that selects nothing says why, so an empty report is never a silent surprise."""

from __future__ import annotations

import pytest

import briefing.cli as cli
from tests.library.helpers import article_text


@pytest.fixture()
def home(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "vote.txt").write_text(
        article_text("Harbour vote", "Dock workers in Ostend voted on Tuesday."), "utf-8"
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    return home


def export(capsys, home: str, *argv: str) -> str:
    assert cli.main(["export", "--out", "-", "--home", home, *argv]) == 0
    return capsys.readouterr().err


def test_an_empty_export_says_why(capsys, home):
    assert export(capsys, home) == (
        "exported nothing: no notes or bookmarks yet (`briefing note ID TEXT`, `briefing bookmark ID`)\n"
    )
    assert "you have no tags yet" in export(capsys, home, "--tag", "ferry")
    assert cli.main(["bookmark", "--home", home, "Harbour vote"]) in (0, 1)
    capsys.readouterr()
    (hit,) = [line for line in _ids(capsys, home)]
    assert cli.main(["tag", hit, "ostend", "--home", home]) == 0
    capsys.readouterr()
    assert export(capsys, home, "--tag", "ferry") == (
        "exported nothing: no article is tagged 'ferry'; your tags: ostend\n"
    )
    assert (
        export(capsys, home, "--query", "zeppelin")
        == "exported nothing: no article matches 'zeppelin'\n"
    )
    assert export(capsys, home, "--since", "2090-01-01") == (
        "exported nothing: no annotated article is within the filters\n"
    )
    assert export(capsys, home, "--tag", "ostend") == ""  # something exported: nothing to explain


def _ids(capsys, home: str) -> list[str]:
    import json

    assert cli.main(["search", "Ostend", "--json", "--home", home]) == 0
    return [hit["id"] for hit in json.loads(capsys.readouterr().out)["results"]]


def test_an_empty_export_to_a_file_says_why_in_the_same_words(capsys, home, tmp_path):
    target = tmp_path / "notes.md"
    assert cli.main(["export", "--out", str(target), "--home", home]) == 0
    assert capsys.readouterr().err == (
        f"exported nothing to {target}: no notes or bookmarks yet"
        " (`briefing note ID TEXT`, `briefing bookmark ID`)\n"
    )
