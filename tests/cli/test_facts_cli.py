"""`briefing facts` on an unindexed file and on an indexed id."""

import json

from briefing.cli import main

KEYS = {"people", "places", "organisations", "dates", "quotes", "figures"}


def test_facts_of_an_unindexed_file_uses_its_own_date(capsys, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Talks\ndate: 2024-05-24\n---\n\nThe union met in Antwerp on May 20 and again on Tuesday.\n",
        "utf-8",
    )
    assert main(["facts", str(path), "--json", "--home", str(tmp_path / "h")]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert set(facts) == KEYS
    starts = {item["text"]: item["start"] for item in facts["dates"]}
    assert starts.get("May 20") == "2024-05-20"
    assert not (tmp_path / "h").exists()  # an unindexed file needs no library


def test_facts_of_an_indexed_id_match_show(capsys, tmp_path):
    home = str(tmp_path / "h")
    main(["search", "strike", "--json", "--home", home])
    hit = json.loads(capsys.readouterr().out)["results"][0]
    assert main(["facts", hit["id"], "--json", "--home", home]) == 0
    facts = json.loads(capsys.readouterr().out)
    main(["show", hit["id"], "--json", "--home", home])
    assert json.loads(capsys.readouterr().out)["facts"] == facts
    assert set(facts) == KEYS


def test_facts_of_a_missing_target_is_a_user_error(capsys, tmp_path):
    assert main(["facts", "nope-nope", "--home", str(tmp_path / "h")]) == 1
    assert "no such file or article id" in capsys.readouterr().err
