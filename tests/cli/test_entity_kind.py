"""`briefing entity NAME --kind K` when the articles give NAME another kind."""

from __future__ import annotations

import briefing.cli as cli
from tests.library.helpers import article_text


def test_a_name_of_another_kind_is_said_to_be_one(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    body = "The council met on Monday in Leeds. Mayor Jane Holt said the budget was sound."
    (folder / "budget.txt").write_text(article_text("Council budget", body), "utf-8")
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()

    assert cli.main(["entity", "Leeds", "--kind", "person", "--home", home]) == 1
    err = capsys.readouterr().err
    # It said "no article names 'Leeds'", which is false: it is named, as a place.
    assert err == (
        "briefing: no person named 'Leeds'; the articles name 'Leeds' as a place"
        " (leave out the kind to see it)\n"
    )
    assert cli.main(["entity", 'org:"Jane Holt"', "--home", home]) == 1
    assert "no organisation named 'Jane Holt'; the articles name 'Jane Holt' as a person" in (
        capsys.readouterr().err
    )
    assert cli.main(["entity", "Nobody", "--kind", "place", "--home", home]) == 1
    assert capsys.readouterr().err == "briefing: no article names 'Nobody'\n"


def test_an_entity_named_on_one_day_gives_the_day_once(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for name in ("budget", "vote"):
        body = f"Mayor Jane Holt said on Monday that the {name} was sound."
        (folder / f"{name}.md").write_text(
            f"---\ntitle: Council {name}\ndate: 2025-11-18\n---\n\n{body}\n", "utf-8"
        )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    assert cli.main(["entity", "Jane Holt", "--home", home]) == 0
    assert "  2 articles, 2025-11-18\n" in capsys.readouterr().out  # not "... to 2025-11-18"
