"""Pilot tests of what the reader defers past its first frame, and that it still arrives."""

from __future__ import annotations

from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.results import ResultList
from tests.tui.conftest import settle, started


async def test_the_facts_follow_each_article_once_its_text_is_drawn(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        screen, facts = app.screen, app.screen.query_one(FactsPane)
        first = facts.labels()
        assert first[0] == "People (2)" and "Mara Lindgren — guild secretary" in first
        assert screen.timings["facts_done"] >= screen.timings["article_done"]
        opened = screen.article.id
        await pilot.press("j")  # the list has the focus: the next article opens
        await settle(pilot, app)
        assert screen.article.id != opened
        assert screen.query_one(ResultList).highlighted == 1
        assert facts.labels() != first, "the new article's facts replace the old ones"
        assert screen.timings["facts_done"] >= screen.timings["article_done"]


async def test_facts_of_an_article_closed_before_they_show_never_appear(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        screen = app.screen
        article = screen.article
        screen.show_article(None, "Nothing here.")
        screen.show_article(article)  # its facts are on their way ...
        screen.show_article(None, "Nothing here.")  # ... when it closes
        await pilot.pause()
        await pilot.pause()
        assert screen.query_one(FactsPane).labels() == ["No article is open."]


def test_a_preview_is_cut_after_the_rows_that_fill_the_list_and_its_article():
    from briefing.core.model import Article
    from briefing.core.results import Hit, SearchResults
    from briefing.tui.gateway import Page, Preview

    hits = [
        Hit(id=f"a{n}", title=f"Story {n}", source=None, published=None, score=0.0)
        for n in range(10)
    ]
    page = Page("", "newest", 0, SearchResults(query="", total=40, hits=hits))
    head, rest = Preview(page, None).parts(4)
    assert [hit.id for hit in head.results.hits] == ["a0", "a1", "a2", "a3"]
    assert rest is not None and rest.offset == 4 and rest.results.total == 40
    assert [hit.id for hit in rest.results.hits] == [f"a{n}" for n in range(4, 10)]
    seventh = Article(id="a6", title="Story 6", body="")
    head, rest = Preview(page, seventh).parts(4)  # the article shown is listed with it
    assert len(head.results.hits) == 7 and rest.offset == 7
    assert Preview(page, None).parts(10) == (page, None)


async def test_rows_past_the_first_screen_are_drawn_when_the_cursor_nears_them(
    tmp_path, isolated_home
):
    from briefing.tui import make_app
    from briefing.tui.widgets.results import first_page_size
    from tests.tui.conftest import build_library

    folder = tmp_path / "articles"
    folder.mkdir()
    for day in range(1, 31):
        (folder / f"day-{day:02}.txt").write_text(
            f"Harbour notes for day {day}\n\nLedger desk\n{day} March 2024\n\n"
            f"The ferry ran {day} crossings and the harbour master logged each one.\n"
        )
    app = make_app(build_library(isolated_home, folder), persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        results = app.screen.results_list()
        assert len(results.hits) == first_page_size(40) < 25  # drawn of the 25 peeked
        assert results.hits[0].title == "Harbour notes for day 30"
        await pilot.press("G")  # to the last: the rows held back, then the index's rest
        await settle(pilot, app)
        titles = [hit.title for hit in results.hits]
        assert titles == [f"Harbour notes for day {day}" for day in range(30, 0, -1)]
        assert results.selected_id == results.hits[-1].id


async def test_the_hidden_find_and_progress_bars_are_built_when_first_shown(app_factory):
    from textual.widgets import Input

    from briefing.tui.widgets.find_bar import FindBar
    from briefing.tui.widgets.index_progress import IndexProgress

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        bar, progress = app.screen.query_one(FindBar), app.screen.query_one(IndexProgress)
        assert not bar.children and not progress.children  # nothing to style at start-up
        await pilot.press("ctrl+f", *"ferry")
        assert bar.is_open and isinstance(app.focused, Input) and bar.input.value == "ferry"
        await progress.start("Re-indexing the library")
        assert progress.display and len(progress.children) == 2
        progress.advance(3, 4)
        assert progress.query_one("#index-bar").percentage == 0.75


async def test_keys_typed_in_a_burst_after_the_slash_go_into_the_search_box(app_factory):
    """Keys queued together (typed while the reader starts, or faster than it draws) follow
    the "/": the box has the focus at once, so they neither run the results' keys nor land
    in the pane that had the focus."""
    from textual import events

    from briefing.tui.widgets.search_bar import SearchBar

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        assert isinstance(app.screen.focused, ResultList)
        for key, char in (("slash", "/"), ("l", "l"), ("o", "o"), ("c", "c"), ("k", "k")):
            event = events.Key(key, char)
            event.set_sender(app)
            app._driver.send_message(event)
        await settle(pilot, app)
        search = app.screen.query_one(SearchBar).input
        assert app.screen.focused is search
        assert search.value == "lock"
        # in the box, "/" is a character of the query
        await pilot.press("slash", "x")
        assert search.value == "lock/x" and app.screen.focused is search
