"""An article whose date is impossible is kept without a date, and `briefing index` says
so in one line naming the entry (it said nothing: the date was gone without a word)."""

from __future__ import annotations

import json

import briefing.cli as cli


def test_index_names_each_article_kept_without_its_date(tmp_path, capsys):
    folder = tmp_path / "news"
    folder.mkdir()
    lines = [
        {"title": "Dock talks resume", "date": "2023-02-30", "body": "The talks resumed."},
        {"title": "Ferry back on time", "date": "2023-03-01", "body": "The ferry sailed."},
        {"title": "Bridge to reopen", "date": "9999-12-31", "body": "The bridge reopens."},
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home]) == 0
    err = capsys.readouterr().err
    assert "added 3, updated 0, removed 0, unchanged 0, skipped 0\n" in err
    assert f"  {feed}:1: its date 2023-02-30 is not a real day; kept without a date\n" in err
    assert f"  {feed}:3: its date 9999-12-31 is after 2100; kept without a date\n" in err
    assert f"{feed}:2" not in err
    assert cli.main(["show", f"{feed}:1", "--json", "--home", home]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["title"] == "Dock talks resume" and shown["published"] is None
    # an edit reads the file again: the notice comes with the run that reads it
    feed.write_text(feed.read_text("utf-8") + json.dumps(lines[1]) + "\n", "utf-8")
    assert cli.main(["index", "--json", "--home", home]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["notices"] == [
        {
            "path": f"{feed}:1",
            "notice": "its date 2023-02-30 is not a real day; kept without a date",
        },
        {"path": f"{feed}:3", "notice": "its date 9999-12-31 is after 2100; kept without a date"},
    ]
