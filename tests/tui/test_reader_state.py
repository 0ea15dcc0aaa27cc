"""State across runs, narrow terminals, first launch, long lists and hostile text."""

from __future__ import annotations

from pathlib import Path

from briefing.core.model import Article
from briefing.core.paths import Locations
from briefing.core.results import Hit, SearchResults
from briefing.tui import make_app
from briefing.tui.gateway import PAGE_SIZE, Page
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.index_progress import IndexProgress
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import SearchBar
from briefing.userdata import Sources, UserData
from tests.tui.conftest import build_library, settle, started

HOSTILE_TITLE = "Clipboard \x1b]52;c;ZWNobyBwd25lZA==\x07grab and \x1b[2Jclear"
HOSTILE_BODY = (
    "First line \x1b]52;c;ZWNobyBwd25lZA==\x07 then \x1b[2J and a C1 \x9b31m byte.\n\nSecond."
)


async def test_query_article_theme_and_panes_come_back_next_time(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(140, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("slash", *"ferry")
        await pilot.pause(0.1)
        await settle(pilot, app)
        await pilot.press("enter", "greater_than_sign")
        app.theme = "briefing-high-contrast"
        await pilot.pause()
        await pilot.press("q")
    saved = UserData.open(fixed_library).setting("reader")
    assert saved["query"] == "ferry" and saved["theme"] == "briefing-high-contrast"
    again = app_factory()
    async with again.run_test(size=(140, 40)) as pilot:
        await started(pilot, again)
        assert again.screen.query_one(SearchBar).input.value == "ferry"
        assert again.screen.article.title == "Osterby ferry line adds winter sailings"
        assert again.theme == "briefing-high-contrast"
        assert (
            again.screen.query_one("#results-pane").styles.width.value == saved["panes"]["results"]
        )


async def test_a_missing_saved_theme_falls_back(app_factory, fixed_library):
    with UserData.open(fixed_library) as data:
        data.save_setting("reader", {"theme": "gone-theme", "query": 7})
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        assert app.theme == "briefing-dark"
        assert app.screen.query_one(SearchBar).input.value == ""


async def test_80x24_shows_one_pane_at_a_time(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        shown = lambda: [pane.id for pane in app.screen.query("#panes > .pane") if pane.display]  # noqa: E731
        assert app.screen.has_class("-narrow") and shown() == ["results-pane"]
        assert app.screen.query_one("#results-pane").size.width >= 70
        await pilot.press("2")
        await pilot.pause()
        assert shown() == ["reader"]
        assert app.screen.query_one(ArticleView).size.width >= 70
        await pilot.press("3")
        await pilot.pause()
        assert shown() == ["side"]
        assert app.screen.query_one("#side").size.width >= 70
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert shown() == ["results-pane"]


async def test_first_launch_builds_the_index_with_a_progress_bar(tmp_path: Path, isolated_home):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(30):
        (folder / f"a{number:02}.txt").write_text(
            f"Dispatch number {number} from the Velden coast\n\nStaff\n{number % 28 + 1} April 2024\n\n"
            f"Body of dispatch {number}: fishing boats, harbour fees and the weather.\n"
        )
    locations = Locations.resolve(isolated_home)
    locations.ensure()
    Sources(paths=[str(folder)], samples=False).save(locations)
    app = make_app(locations, persist=False)
    starts: list[str] = []
    original = IndexProgress.start
    IndexProgress.start = lambda self, label: (starts.append(label), original(self, label))[1]
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await started(pilot, app)
            assert starts == ["Indexing the library"]
            assert app.screen.query_one("#status").library_size == 30
            assert not app.screen.query_one(IndexProgress).display
    finally:
        IndexProgress.start = original


async def test_long_result_lists_load_page_by_page(tmp_path: Path, isolated_home):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(120):
        (folder / f"b{number:03}.txt").write_text(
            f"Harbour note {number}\n\nStaff\n{number % 28 + 1} March 2024\n\nA short note about tides.\n"
        )
    locations = build_library(isolated_home, folder)
    app = make_app(locations, persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        results = app.screen.query_one(ResultList)
        first = app.screen.first_page_size()
        # The first page fills the visible list (and a little more), the next ones are full.
        # (or a whole page, when it was read from the document store while the index opened)
        assert len(results.hits) in (first, PAGE_SIZE) and results.total == 120
        for _ in range(120 // PAGE_SIZE + 2):
            await pilot.press("G")
            await settle(pilot, app)
        assert len(results.hits) == 120
        assert len({hit.id for hit in results.hits}) == 120


async def test_escape_sequences_never_reach_the_screen(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        screen = app.screen
        hostile = Article(
            title=HOSTILE_TITLE, body=HOSTILE_BODY, source="Evil\x1b[31m Wire", id="x"
        )
        screen.show_article(hostile)
        hit = Hit("x", HOSTILE_TITLE, "Evil\x1b[31m Wire", "2024-01-01T00:00:00", 1.0)
        screen.query_one(ResultList).show_page(
            Page("", "relevance", 0, SearchResults("", 1, [hit])), append=False
        )
        await pilot.pause()
        view = screen.query_one(ArticleView)
        assert "\x1b" not in view.text and "\x07" not in view.text and "\x9b" not in view.text
        assert "Clipboard ]52;c;ZWNobyBwd25lZA==grab and" in view.text
        assert "First line ]52;c;ZWNobyBwd25lZA== then [2J" in view.text
        # What the terminal would receive: every visible line of the screen.
        lines = [
            "".join(segment.text for segment in strip)
            for widget in (view, screen.query_one(ResultList))
            for strip in widget.render_lines(widget.region.reset_offset)
        ]
        drawn = "\n".join(lines)
        assert "Clipboard" in drawn and "Second." in drawn
        assert not any(char in drawn for char in "\x1b\x07\x9b")


def _row_colours(app) -> list[set[str]]:
    """The colours each row of the result list and the related pane is drawn with."""
    import io

    from rich.console import Console

    console = Console(width=60, file=io.StringIO(), color_system="truecolor")
    return [
        {
            str(segment.style.color.triplet.hex)
            for segment in console.render(listing.get_option_at_index(index).prompt)
            if segment.style and segment.style.color and segment.style.color.triplet
        }
        for listing in (app.screen.query_one(ResultList), app.screen.query_one(RelatedPane))
        for index in range(0, listing.option_count)
    ]


async def test_result_rows_take_a_new_themes_colours(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await settle(pilot, app)
        dark = _row_colours(app)
        app.theme = "briefing-light"
        await settle(pilot, app)
        switched = _row_colours(app)
    fresh = app_factory(persist=False)
    fresh.config.theme = "briefing-light"
    async with fresh.run_test(size=(120, 40)) as pilot:
        fresh.theme = "briefing-light"
        await started(pilot, fresh)
        await settle(pilot, fresh)
        assert switched != dark and switched == _row_colours(fresh)
