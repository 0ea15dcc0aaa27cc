"""What a new user met on a folder of their own (helper ux10's round): the reader driven
with the real keys (Pilot) on articles we wrote in the forms users drop."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.tui import make_app
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import SearchBar
from briefing.userdata import UserData
from tests.tui.conftest import build_library, settle, started

TABLE = (
    "Waiting ships by port\nBy Data Desk\n8 March 2026\n\n"
    "The harbour office counted the ships waiting at anchor on Tuesday morning.\n\n"
    "Port:\tships\tberths\nOostkade\t11\t4\nWesthaven\t3\t2\n"
)


async def test_a_tab_in_the_article_never_reaches_the_terminal(tmp_path: Path, isolated_home):
    # A tab drawn as is moves the cursor to the terminal's next tab stop, past the pane's
    # border: the panes to the right of the article were pushed out of line.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ships.txt").write_text(TABLE, "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        width = view.scrollable_content_region.width
        strips = [view.render_line(y) for y in range(view.size.height)]
        assert not any("\t" in strip.text for strip in strips)
        assert all(strip.cell_length == width for strip in strips)
        assert "Oostkade 11 4" in view.text
        # find still lands on the words after a tab (one space for one tab: same offsets)
        await pilot.press("ctrl+f", *"Westhaven", "enter")
        await settle(pilot, app)
        assert view.body[view._find[0][0] :].startswith("Westhaven")


WRAPPED_MD = (
    "---\ntitle: Crane drivers win pay deal\nsource: Quay Post\ndate: 2026-02-18\n---\n\n"
    "# Crane drivers win pay deal\n\n"
    "Crane drivers at the container terminal returned to work on Wednesday after the\n"
    "terminal operator agreed to a pay rise of 6.5% spread over the next two years,\n"
    "the union said.\n\n"
    "The drivers had stopped work on Sunday in protest at plans to automate two of\n"
    "the terminal's eight quay cranes.\n"
)


async def test_a_hard_wrapped_markdown_article_reads_as_paragraphs(tmp_path, isolated_home):
    # Shown line by line, each wrapped line stood alone with a blank line after it.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "cranes.md").write_text(WRAPPED_MD, "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        lines = view.text.split("\n")
        assert lines.count("Crane drivers win pay deal") == 1  # the heading is not repeated
        body = view.text[view.text.index("Crane drivers at") :]
        # two paragraphs: one blank line between them, none inside either
        assert body.count("\n\n") == 1 and "union said.\n\nThe drivers" in body
        # find across a joined break
        await pilot.press("ctrl+f", *"after the terminal", "enter")
        await settle(pilot, app)
        assert len(view._find) == 1


async def test_a_last_search_that_finds_nothing_now_opens_on_the_whole_library(
    app_factory, fixed_library
):
    # Searched the samples, then `briefing index ~/news` replaced them: the reader opened on
    # "No articles match" over the user's own library.
    with UserData.open(fixed_library) as data:
        data.save_setting("reader", {"query": "bavarian budget"})
    app = app_factory()
    async with app.run_test(size=(140, 40)) as pilot:
        await started(pilot, app)
        assert app.screen.query_one(SearchBar).input.value == ""
        assert app.screen.query_one(ResultList).hits
        assert any("'bavarian budget', finds nothing" in n.message for n in app._notifications)
        # a search typed now that finds nothing stays as typed, and says so
        await pilot.press("slash", *"zzyzx")
        await pilot.pause(0.1)
        await settle(pilot, app)
        assert app.screen.query_one(SearchBar).input.value == "zzyzx"
        assert "No articles match" in app.screen.query_one(ArticleView).text


async def test_a_last_search_that_still_finds_articles_comes_back(app_factory, fixed_library):
    with UserData.open(fixed_library) as data:
        data.save_setting("reader", {"query": "ferry"})
    app = app_factory()
    async with app.run_test(size=(140, 40)) as pilot:
        await started(pilot, app)
        assert app.screen.query_one(SearchBar).input.value == "ferry"


FEED = (
    '{"title": "Ferry crews vote to strike", "date": "2026-03-02", "body": "Ferry crews on'
    ' the island routes voted on Monday to strike over the new winter rota."}\n'
    '{"title": "Island council backs the ferry crews", "date": "2026-03-04", "body": "The'
    ' island council said on Wednesday that it backs the crews in their dispute."}\n'
)


async def test_two_articles_of_one_feed_file_show_their_own_lines(tmp_path, isolated_home):
    # Both showed the bare path of feed.jsonl in the article's header, as if one source.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(FEED, "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        assert app.screen.article.title == "Island council backs the ferry crews"  # newest
        assert f"{folder / 'feed.jsonl'}:2" in view.text
        await pilot.press("slash", *"vote strike", "enter")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.article.title == "Ferry crews vote to strike"
        assert f"{folder / 'feed.jsonl'}:1" in view.text
        assert f"{folder / 'feed.jsonl'}:2" not in view.text


async def test_a_long_path_is_cut_after_a_folder_never_inside_its_label(tmp_path, isolated_home):
    # "/…/articles.jsonl:257" was cut to "…articles.jsonl:2" and "57": read as entry 2
    lines = [
        json.dumps(
            {
                "title": f"Ferry timetable {n}",
                "body": f"The ferry to Velden sails at {n}, the operator said on Monday.",
            }
        )
        for n in range(1, 13)
    ]
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    app = make_app(build_library(isolated_home / "p", probe), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        width = app.screen.query_one(ArticleView).scrollable_content_region.width
    # a folder name that ends a line of the path, cut every `width` characters, between
    # "feed.jsonl:1" and "2"
    stem = str(tmp_path / "n") + "/"
    pad = -(len(stem) + len("/feed.jsonl:1")) % width or width
    folder = Path(stem + "x" * pad)
    folder.mkdir(parents=True)
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("slash", *'"Ferry timetable 12"', "enter", "enter")
        await settle(pilot, app)
        rows = app.screen.query_one(ArticleView).text.splitlines()
        assert rows[0] == "Ferry timetable 12"
        assert any(row.endswith("/feed.jsonl:12") or row == "feed.jsonl:12" for row in rows), rows


async def test_just_above_the_narrow_layout_the_article_keeps_a_readable_width(app_factory):
    # at 100 columns the side panes kept their widths and left the article 24 columns of text
    from briefing.tui.widgets.facts_pane import FactsPane

    for size in ((100, 30), (110, 30), (120, 40)):
        async with app_factory(persist=False).run_test(size=size) as pilot:
            app = pilot.app
            await started(pilot, app)
            article = app.screen.query_one(ArticleView).scrollable_content_region.width
            results = app.screen.query_one(ResultList).size.width
            facts = app.screen.query_one(FactsPane).size.width
            assert article >= 44, (size, article)
            assert results >= 20 and facts >= 20, (size, results, facts)
            if size[0] == 120:  # wide enough: the side panes keep their widths
                assert results >= 30, results


async def test_a_reindex_in_the_reader_says_which_file_it_could_not_read(tmp_path, isolated_home):
    # a broken file dropped in the folder was left out of the library without a word
    folder = tmp_path / "news"
    folder.mkdir()
    story = "Ferry returns\n\nThe ferry to Velden sailed again on Monday, the operator said.\n"
    (folder / "ferry.txt").write_text(story, "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        (folder / "broken.json").write_bytes(b'{"title": "cut')
        (folder / "bridge.txt").write_text(story.replace("ferry", "bridge"), "utf-8")
        await pilot.press("ctrl+p", *"Re-index library")
        await pilot.pause(0.3)
        await pilot.press("enter")
        for _ in range(100):
            await settle(pilot, app)
            said = [str(note.message) for note in app._notifications]
            if any("Index up to date" in message for message in said):
                break
            await pilot.pause(0.05)
        summary = next(message for message in said if "Index up to date" in message)
        assert summary.startswith("Index up to date: 1 added, 0 updated, 0 removed."), summary
        assert "1 file skipped: broken.json: " in summary and "\n" not in summary, summary
