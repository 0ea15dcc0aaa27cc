"""A file of several articles (JSON Lines, a JSON list): a bare path names its first and
says so; "feed.jsonl:3" names the article of line 3, as `briefing index` names entries."""

from __future__ import annotations

import json

import pytest

import briefing.cli as cli
from briefing.catalog.docstore import DocStore


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    """A home indexing a feed of 11 articles on lines 1 and 3 to 12 (line 2 is broken) and
    one single-article file."""
    root = tmp_path_factory.mktemp("entries")
    folder = root / "lib"
    folder.mkdir()
    lines = [
        json.dumps(
            {
                "title": f"Canal lock {n} reopens",
                "body": f"Lock {n} on the canal at Ghent reopened.",
            }
        )
        for n in range(1, 13)
    ]
    lines[1] = "{broken"
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "one.txt").write_text("Tram fares\n\nTram fares in Lyon rise in May.\n", "utf-8")
    home = str(root / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    return home, folder / "feed.jsonl"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_bare_path_of_several_articles_names_its_first_and_says_so(capsys, feed):
    home, path = feed
    code, out, err = run(capsys, "show", str(path), "--home", home)
    assert code == 0 and out.startswith("Canal lock 1 reopens\n")
    assert (
        err == f"briefing: {path} holds 11 articles; this is the first ({path}:3 names the next)\n"
    )
    code, out, err = run(capsys, "show", str(path.parent / "one.txt"), "--home", home)
    assert code == 0 and out.startswith("Tram fares") and err == ""


def test_a_path_and_a_line_label_name_that_line(capsys, feed):
    home, path = feed
    for line in (3, 10, 12):  # ":10" sorts before ":3" as text: never confused
        code, out, err = run(capsys, "show", f"{path}:{line}", "--home", home)
        assert (code, out.split("\n")[0], err) == (0, f"Canal lock {line} reopens", "")
    code, out, err = run(capsys, "bookmark", f"{path}:10", "--home", home)
    assert code == 0 and out.startswith("bookmarked: Canal lock 10 reopens [") and err == ""
    code, out, err = run(capsys, "show", f"{path}:10", "--json", "--home", home)
    shown = json.loads(out)
    assert (shown["paths"], shown["labelled_paths"]) == ([str(path)], [f"{path}:10"])


def test_a_label_of_no_article_says_why(capsys, feed):
    home, path = feed
    code, out, err = run(capsys, "show", f"{path}:2", "--home", home)
    assert code == 1 and out == ""
    assert err.startswith(f"briefing: {path}:2: not indexed: invalid JSON") and err.count("\n") == 1
    code, out, err = run(capsys, "related", f"{path}:40", "--home", home)
    assert (code, out, err) == (
        1,
        "",
        f"briefing: {path}:40: not indexed: the file has no entry :40\n",
    )


def test_entries_of_a_file_come_in_the_file_order(tmp_path):
    docs = DocStore(tmp_path / "docs.sqlite")
    try:
        for label, article_id in ((":10", "j"), (":2", "b"), (":1", "a")):
            docs.add_loc("/news/feed.jsonl", label, article_id)
        assert docs.entries_of_path("/news/feed.jsonl") == [(":1", "a"), (":2", "b"), (":10", "j")]
        assert docs.entries_of_path("/news/feed.jsonl")[0][1] == "a"
    finally:
        docs.close()


def test_stories_listed_only_to_fill_the_list_say_they_share_nothing(capsys, feed):
    from briefing.tui.widgets.related_pane import reason_of

    home, path = feed
    code, out, err = run(capsys, "related", str(path.parent / "one.txt"), "--home", home)
    lines = out.split("\n")
    assert code == 0 and lines[0] == "-- less related (weak) --" and "0.00  weak · " in lines[1]
    assert lines[3] == "      nothing in common"  # undated: no days apart to add
    assert reason_of({"days_apart": 3}) == "nothing in common · 3 days apart"
    assert reason_of({"places": ["Ghent"], "days_apart": 0}) == "Ghent · same day"


def test_facts_of_a_file_entry_indexed_or_not(capsys, feed, tmp_path):
    home, path = feed
    loose = tmp_path / "loose.jsonl"
    loose.write_bytes(path.read_bytes())  # in no source: facts reads it itself
    for target in (path, loose):
        code, out, err = run(capsys, "facts", f"{target}:12", "--home", home)
        assert code == 0 and err == "" and out.startswith("Canal lock 12 reopens\n")
        code, out, err = run(capsys, "facts", str(target), "--home", home)
        assert code == 0 and err.endswith(
            f" holds 11 articles; this is the first ({target}:3 names the next)\n"
        )
    code, out, err = run(capsys, "facts", f"{loose}:2", "--home", home)
    assert code == 1 and err.startswith(f"briefing: {loose}:2: ")


def test_a_file_holding_one_article_twice_is_not_called_a_file_of_several(capsys, tmp_path):
    # An exact copy is one article: "export.json holds 2 articles; ... #2 names the next"
    # named the same article again.
    folder = tmp_path / "lib"
    folder.mkdir()
    entry = {"title": "Sluice gate repaired", "body": "The sluice gate at Holt was repaired."}
    other = {"title": "Dyke path reopens", "body": "The dyke path at Holt reopened today."}
    (folder / "twice.json").write_text(json.dumps([entry, entry]), "utf-8")
    (folder / "three.json").write_text(json.dumps([entry, entry, other]), "utf-8")
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "show", str(folder / "twice.json"), "--home", home)
    assert code == 0 and out.startswith("Sluice gate repaired\n") and err == ""
    three = folder / "three.json"
    code, out, err = run(capsys, "bookmark", str(three), "--home", home)
    assert (
        err == f"briefing: {three} holds 2 articles; this is the first ({three}#3 names the next)\n"
    )
    # the export names the entry of a file of several, as `index` and `show` do
    assert run(capsys, "bookmark", f"{three}#3", "--home", home)[0] == 0
    code, out, err = run(capsys, "export", "--out", "-", "--home", home)
    assert f"`{three}#3`" in out and f"`{three}#1`" in out
