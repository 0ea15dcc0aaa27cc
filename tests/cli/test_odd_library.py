"""A new user's own odd files, indexed and shown through the command line: what a page
copied whole, a Markdown file with a broken header and a hard-wrapped file become."""

from __future__ import annotations

import json

import pytest

import briefing.cli as cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def shown(capsys, tmp_path, name: str, text: str) -> dict:
    """`show --json` of `text` saved as `name` in a library of its own."""
    folder = tmp_path / "lib"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, "utf-8")
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "show", str(folder / name), "--home", home, "--json")
    assert code == 0, err
    return json.loads(out)


def ferry_library(tmp_path) -> tuple:
    """A library of one short article, `lib/ferry.txt`, indexed into `home`."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ferry.txt").write_text(
        "Ferry fares rise\n\nFerry fares to the islands rise by a tenth in May, the operator "
        "said on Monday.\n",
        "utf-8",
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    return folder, home


def test_a_breadcrumb_trail_above_the_headline_is_not_the_title(capsys, tmp_path):
    page = (
        "Skip to main content\nMenu\nSubscribe for £1 a week\nHome > News > Local\n\n"
        "Ferry operator cuts winter sailings to the islands\n\nBy Aoife Rooney\n"
        "Published 12 November 2025, 07:45\n\n"
        "The ferry operator will cut its winter timetable to one return sailing a day, "
        "the company said on Tuesday.\n"
    )
    article = shown(capsys, tmp_path, "ferry.txt", page)
    assert article["title"] == "Ferry operator cuts winter sailings to the islands"
    assert article["byline"] == "Aoife Rooney"
    assert article["body"].startswith("The ferry operator will cut")
    assert "Home > News > Local" in article["removed"]


def test_other_trails_and_a_headline_with_a_slash(capsys, tmp_path):
    for number, (crumbs, headline) in enumerate(
        [
            ("News / UK / Scotland", "Glasgow subway closes for a week of repairs"),
            ("Sport › Football", "Harbour Rovers sign goalkeeper from the league leaders"),
            ("", "AC/DC add a second night at the harbour arena"),
        ]
    ):
        text = f"{crumbs}\n\n{headline}\n\nThe news came on Monday, a spokesman said.\n"
        article = shown(capsys, tmp_path, f"page{number}.txt", text.lstrip("\n"))
        assert article["title"] == headline


def test_front_matter_never_closed_is_still_read_as_front_matter(capsys, tmp_path):
    text = (
        "---\ntitle: Library extends opening hours for exam season\ndate: 2025-05-12\n"
        "source: Barrow Courier\n\n"
        "The county library in Carlow will stay open until 10pm, the librarian said.\n"
    )
    article = shown(capsys, tmp_path, "library.md", text)
    assert article["title"] == "Library extends opening hours for exam season"
    assert article["source"] == "Barrow Courier"
    assert article["published"].startswith("2025-05-12")
    assert article["body"] == (
        "The county library in Carlow will stay open until 10pm, the librarian said."
    )


def test_a_rule_then_prose_is_no_front_matter(capsys, tmp_path):
    text = "---\nNote: the council met twice.\nIt voted on Monday.\n\nMore text here.\n"
    article = shown(capsys, tmp_path, "rule.md", text)
    assert "council met twice" in article["title"] + article["body"]


def test_a_hard_wrapped_file_gives_whole_sentences_in_the_timeline(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "trams.md").write_text(
        "---\ntitle: Tram line to the airport approved\ndate: 2025-09-03\n---\n\n"
        "The city council approved the tram line to the airport on Wednesday, ending a\n"
        "ten-year argument about its route. Alderman Ruud Jansen said the first trams\n"
        "would run in 2029, two years later than planned.\n",
        "utf-8",
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "timeline", "--home", home, "--json")
    assert code == 0, err
    sentences = {event["start"]: event["sentence"] for event in json.loads(out)["events"]}
    assert sentences["2025-09-03"] == (
        "The city council approved the tram line to the airport on Wednesday, ending a "
        "ten-year argument about its route."
    )
    assert sentences["2029"] == (
        "Alderman Ruud Jansen said the first trams would run in 2029, two years later than planned."
    )


def test_the_size_cap_is_said_in_the_units_that_set_it(capsys, tmp_path, monkeypatch):
    """BRIEFING_MAX_FILE_MB=1 said "(1.6 MB > 1.0 MB", the README "files over 5 MB" while
    the default cap read "5.2 MB": one unit, 2^20 bytes, everywhere."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "big.txt").write_text("Big file\n\n" + "word " * (300 * 1024), "utf-8")
    monkeypatch.setenv("BRIEFING_MAX_FILE_MB", "1")
    home = str(tmp_path / "home")
    code, out, err = run(capsys, "index", str(folder), "--home", home)
    assert code == 0
    assert "big.txt: larger than the size cap (1.5 MB > 1 MB; set BRIEFING_MAX_FILE_MB" in err


def test_export_counts_its_articles_as_people_write_them(capsys, tmp_path):
    folder, home = ferry_library(tmp_path)
    assert cli.main(["bookmark", str(folder / "ferry.txt"), "--home", home]) == 0
    capsys.readouterr()
    out_file = tmp_path / "notes.md"
    code, out, err = run(capsys, "export", "--out", str(out_file), "--home", home)
    assert (code, err) == (0, f"exported 1 article to {out_file}\n")


def test_search_says_when_it_shows_only_the_first_results(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for n in range(12):
        (folder / f"lock{n}.txt").write_text(
            f"Canal lock {n} reopens\n\nLock number {n} on the canal reopened on "
            f"{n + 1} March after repairs to its gates, the waterways board said.\n",
            "utf-8",
        )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "search", "canal", "--home", home)
    assert out.startswith("12 results for canal (the first 10 shown; --limit N shows more)\n")
    assert out.count("Canal lock") == 10
    code, out, err = run(capsys, "search", "canal", "--limit", "20", "--home", home)
    assert out.startswith("12 results for canal\n")
    code, out, err = run(capsys, "search", "", "--home", home)  # "12 results for " before
    assert out.startswith("12 results, newest first (the first 10 shown; --limit N shows more)\n")
    with pytest.raises(SystemExit):
        cli.main(["search", "--help"])
    assert "how many results to show (default 10)" in " ".join(capsys.readouterr().out.split())


def test_tag_takes_commas_between_tags_as_the_reader_does(capsys, tmp_path):
    folder, home = ferry_library(tmp_path)
    capsys.readouterr()
    path = str(folder / "ferry.txt")
    code, out, err = run(capsys, "tag", path, "budget,", "Bavaria", "ports,strike", "--home", home)
    assert code == 0 and out.endswith(": #budget #Bavaria #ports #strike\n")
    code, out, err = run(capsys, "tag", path, "budget,ports", "--remove", "--home", home)
    assert code == 0 and out.endswith(": #Bavaria #strike\n")


def test_restore_says_what_it_brought_back_as_backup_says_what_it_saved(capsys, tmp_path):
    folder, home = ferry_library(tmp_path)
    assert cli.main(["bookmark", str(folder / "ferry.txt"), "--home", home]) == 0
    backup = tmp_path / "backup.json"
    assert cli.main(["backup", str(backup), "--home", home]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "restore", str(backup), "--home", str(tmp_path / "other"))
    assert code == 0
    assert err.startswith(
        f"restored 0 notes, 1 bookmark, all tags and read state, your sources, settings and "
        f"article ids from {backup}; the previous data is kept in "
    )


def test_entity_by_a_first_name_offers_the_full_names(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "wind.txt").write_text(
        "Wind farm approved\n\nPlanning minister Helen Carter approved the wind farm off the "
        'coast on Friday. "It will power a million homes," Carter said.\n',
        "utf-8",
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "entity", "Helen", "--home", home)
    assert (code, out) == (1, "")
    assert err == "briefing: no article names 'Helen'; names that start so: Helen Carter\n"
    code, out, err = run(capsys, "entity", "Zebedee", "--home", home)
    assert err == "briefing: no article names 'Zebedee'\n"


def test_entity_by_a_surname_the_articles_never_use_alone_offers_the_full_name(capsys, tmp_path):
    # It said "no article names 'Ostrova'": false, they name Nadia Ostrova.
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "dam.txt").write_text(
        "Dam inspected\n\nEngineer Nadia Ostrova inspected the dam on Friday and found a "
        "crack in its spillway.\n",
        "utf-8",
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "entity", "ostrova", "--home", home)
    assert (code, out) == (1, "")
    assert err == (
        "briefing: no article names 'ostrova' on its own; names holding it: Nadia Ostrova\n"
    )


def test_an_entry_with_an_empty_body_field_is_not_said_to_have_none(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        '{"title": "Null body", "body": null}\n{"title": "Blank", "Content": "  "}\n'
        '{"title": "No text at all"}\n'
        '{"title": "Buses", "body": "Bus drivers in Leeds walked out on Monday over pay."}\n',
        "utf-8",
    )
    code, out, err = run(capsys, "index", str(folder), "--home", str(tmp_path / "h"), "--json")
    reasons = {row["path"].rsplit("/", 1)[1]: row["reason"] for row in json.loads(out)["skipped"]}
    assert reasons == {
        "feed.jsonl:1": "no article text (its body field is empty)",
        "feed.jsonl:2": "no article text (its Content field is empty)",
        "feed.jsonl:3": "no article text (no body/content/text field)",
    }


def test_show_prints_no_empty_header_line_for_an_article_without_one(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "export.json").write_text(
        '[{"title": 42, "body": "Fuel costs at Dover harbour rose again in May."}]', "utf-8"
    )
    home = str(tmp_path / "home")
    assert cli.main(["index", str(folder), "--home", home, "--quiet"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "show", str(folder / "export.json"), "--home", home)
    assert (code, out) == (0, "42\n\nFuel costs at Dover harbour rose again in May.\n")


def test_a_one_line_brief_is_an_article_not_a_title_and_byline(capsys, tmp_path):
    """Its short only line was read as a byline, and the file skipped as "no article text
    after the title"."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "brief.txt").write_text("Port reopens\n\nAntwerp's port reopened on Monday.\n")
    (folder / "signed.txt").write_text("Port reopens\n\nBy Kris Maes\n")
    code, out, err = run(capsys, "index", str(folder), "--home", str(tmp_path / "h"), "--json")
    result = json.loads(out)
    assert result["added"] == 1
    assert [row["reason"] for row in result["skipped"]] == ["no article text after the title"]
    code, out, err = run(capsys, "show", str(folder / "brief.txt"), "--home", str(tmp_path / "h"))
    assert (code, out) == (0, "Port reopens\n\nAntwerp's port reopened on Monday.\n")


def test_a_broken_link_is_said_to_be_one(capsys, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "tram.txt").write_text(
        "Tram fares\n\nTram fares in Lyon rise in May, the city said.\n"
    )
    (folder / "gone.txt").symlink_to("old/moved-away.txt")
    code, out, err = run(capsys, "index", str(folder), "--home", str(tmp_path / "h"), "--json")
    (skipped,) = json.loads(out)["skipped"]
    assert skipped["reason"] == "a broken link: old/moved-away.txt does not exist"


def test_an_unclosed_bracket_in_front_matter_is_not_part_of_the_value(capsys, tmp_path):
    text = (
        "---\ntitle: Storm closes mountain pass\nsource: [Valley Post\ntags: [weather, roads\n"
        "---\n\nPolice closed the pass on Sunday after snow fell overnight.\n"
    )
    article = shown(capsys, tmp_path, "storm.md", text)
    assert article["source"] == "Valley Post"
    assert article["tags"] == ["weather", "roads"]
    text = "---\ntitle: [Video] Storm closes the pass\n---\n\nPolice closed the pass.\n"
    assert shown(capsys, tmp_path, "video.md", text)["title"] == "[Video] Storm closes the pass"


def test_front_matter_never_closed_gives_its_fields_and_a_notice(capsys, tmp_path):
    # Its title showed as 'title: "Volunteers move trout' (the YAML line) and no notice
    # said why.
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "trout.md").write_text(
        '---\ntitle: "Volunteers move trout\ndate: 2026-03-22\ntags: [angling, river\n'
        "Volunteers moved 4,000 trout to the river on Sunday.\n"
    )
    code, out, err = run(capsys, "index", str(folder), "--home", str(tmp_path / "h"), "--json")
    (notice,) = json.loads(out)["notices"]
    assert "front matter has no closing '---'" in notice["notice"]
    code, out, err = run(
        capsys, "show", str(folder / "trout.md"), "--home", str(tmp_path / "h"), "--json"
    )
    article = json.loads(out)
    assert (article["title"], article["tags"]) == ("Volunteers move trout", ["angling", "river"])
    assert article["published"] == "2026-03-22T00:00:00"
    assert article["body"] == "Volunteers moved 4,000 trout to the river on Sunday."
