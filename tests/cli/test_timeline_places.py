"""Issue 15, item 20 (data parts): timeline sentences run past "Dec." and "Sept.", and
`place:UK`, `place:"United Kingdom"` and `place:Britain` find the same articles."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main

ARTICLES = {
    "uk.md": (
        "Ferry talks in the UK",
        "Ministers in the UK met ferry operators in Dover on Monday to discuss winter "
        "sailings across the Channel.",
    ),
    "kingdom.md": (
        "Port levy for the United Kingdom",
        "The United Kingdom will raise its port levy next year, the transport ministry "
        "said in a statement from London.",
    ),
    "britain.md": (
        "Britain orders new pilot boats",
        "Britain has ordered six pilot boats for its busiest harbours, the coastguard "
        "said. The first arrives on Dec. 5, 2024, and the last in Sept. 2025, officials said.",
    ),
    "france.md": (
        "French dockers vote",
        "Dockers in Marseille, France voted on Tuesday to accept the new rota.",
    ),
}


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("places")
    folder = root / "lib"
    folder.mkdir()
    for name, (title, body) in ARTICLES.items():
        text = f"---\ntitle: {title}\ndate: 2024-11-20\nsource: Wire\n---\n\n{body}\n"
        (folder / name).write_text(text, "utf-8")
    home = str(root / "home")
    assert main(["--home", home, "index", str(folder), "--quiet"]) == 0
    return home


def _titles(capsys, home, query):
    assert main(["--home", home, "search", query, "--json", "--limit", "50"]) == 0
    return sorted(hit["title"] for hit in json.loads(capsys.readouterr().out)["results"])


def test_place_aliases_give_the_same_results(capsys, home):
    everyone = _titles(capsys, home, 'place:"United Kingdom"')
    assert everyone == sorted(title for name, (title, _) in ARTICLES.items() if name != "france.md")
    for query in ("place:UK", "place:Britain", 'place:"Great Britain"', "place:uk"):
        assert _titles(capsys, home, query) == everyone, query
    assert _titles(capsys, home, "place:France") == ["French dockers vote"]


def test_timeline_sentences_are_not_cut_at_abbreviations(capsys, home):
    assert main(["--home", home, "timeline", "boats", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    december = next(event for event in events if event["start"] == "2024-12-05")
    assert december["sentence"] == (
        "The first arrives on Dec. 5, 2024, and the last in Sept. 2025, officials said."
    )


def test_timeline_names_an_article_without_a_source_by_its_title(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: Lock gates repaired\ndate: 2024-11-20\nsource: Canal Times\n---\n\n"
        "The lock gates at Marbury reopen on Dec. 2, 2024, the trust said.\n",
        "utf-8",
    )
    (folder / "b.md").write_text(
        "---\ntitle: Boaters welcome the reopening of the Marbury flight after a long and "
        "costly winter\ndate: 2024-11-21\n---\n\n"
        "Boaters said the Marbury locks reopen on Dec. 2, 2024, a week early.\n",
        "utf-8",
    )
    home = str(tmp_path / "home")
    assert main(["--home", home, "index", str(folder), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["--home", home, "timeline", "Marbury"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "      Canal Times" in lines, lines
    assert '      "Boaters welcome the reopening of the Marbury flight after a…"' in lines, lines
