"""Pilot tests: press the reader's keys and check what it shows and remembers."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.command import CommandPalette
from textual.containers import VerticalScroll

from briefing.tui.screens.confirm import ConfirmUrlScreen
from briefing.tui.screens.filter import FilterScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import SearchBar
from tests.tui.conftest import settle, started

NEWEST = "Velden port talks resume as pilots' strike enters fourth day"
STRIKE = "Velden harbour pilots walk out over night-shift rota"
FERRY = "Osterby ferry line adds winter sailings"
LIBRARY = "Hallin island library reopens after flood repairs"


async def type_query(pilot, app, text: str) -> None:
    """Focus the search box, replace its text and wait for the results."""
    await pilot.press("slash")
    app.screen.query_one(SearchBar).input.value = ""
    await pilot.press(*text)
    await pilot.pause(0.1)
    await settle(pilot, app)


def titles(app) -> list[str]:
    return [hit.title for hit in app.screen.query_one(ResultList).hits]


async def test_starts_with_the_whole_library_newest_first(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        assert titles(app) == [NEWEST, STRIKE, FERRY, LIBRARY]
        assert app.screen.query_one(ResultList).highlighted == 0
        assert app.screen.article.title == NEWEST
        view = app.screen.query_one(ArticleView)
        assert "Velden port talks resume" in view.text
        assert "By Ines Palmqvist" in view.text and "5 May 2024" in view.text
        status = app.screen.query_one("#status").render_status()
        assert status.startswith("4 articles")


async def test_typing_searches_and_enter_moves_on(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "ferry")
        assert titles(app) == [FERRY]
        assert app.screen.article.title == FERRY
        assert app.screen.query_one(ArticleView)._terms, "search terms are highlighted"
        assert "1 result" in app.screen.query_one("#status").render_status()
        await pilot.press("enter")
        assert isinstance(app.focused, ResultList)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.focused, ArticleView)


async def test_a_syntax_error_shows_under_the_search_box(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, '"pilots')
        bar = app.screen.query_one(SearchBar)
        assert "quotation" in bar.error
        assert titles(app) == [NEWEST, STRIKE, FERRY, LIBRARY], "old results stay"
        await pilot.press('"')
        await pilot.pause(0.1)
        await settle(pilot, app)
        assert bar.error == ""
        assert set(titles(app)) == {NEWEST, STRIKE}


async def test_q_quits_only_outside_text_fields(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("slash", "q")
        assert app.screen.query_one(SearchBar).input.value == "q"
        assert app.is_running
        await pilot.press("escape")
        assert isinstance(app.focused, ResultList)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_j_k_g_G_move_through_the_results(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        results = app.screen.query_one(ResultList)
        await pilot.press("j")
        await settle(pilot, app)
        assert results.highlighted == 1 and app.screen.article.title == STRIKE
        await pilot.press("G")
        await settle(pilot, app)
        assert results.highlighted == 3 and app.screen.article.title == LIBRARY
        await pilot.press("k")
        await settle(pilot, app)
        assert app.screen.article.title == FERRY
        await pilot.press("g")
        await settle(pilot, app)
        assert app.screen.article.title == NEWEST


async def test_space_pages_the_article(app_factory):
    app = app_factory()
    async with app.run_test(size=(100, 16)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("2", "g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > 0


async def test_tab_and_number_keys_cycle_the_panes(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        for key, kind in (
            ("2", ArticleView),
            ("3", FactsPane),
            ("4", RelatedPane),
            ("1", ResultList),
        ):
            await pilot.press(key)
            assert isinstance(app.focused, kind), key
        for kind in (ArticleView, FactsPane, RelatedPane, ResultList):
            await pilot.press("tab")
            assert isinstance(app.focused, kind)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, RelatedPane)


async def test_escape_goes_back_one_step_and_never_into_the_search_box(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("3")
        for expected in (ArticleView, ResultList, ResultList):
            await pilot.press("escape")
            assert isinstance(app.focused, expected)


async def test_enter_on_a_fact_shows_its_evidence_and_p_pivots(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        facts = app.screen.query_one(FactsPane)
        labels = facts.labels()
        assert labels[0] == "People (2)"
        assert "Mara Lindgren — guild secretary" in labels
        assert "Places (2)" in labels and "Organisations (1)" in labels
        assert "Figures (1)" in labels and "34 vessels" in labels
        await pilot.press("3", "j")
        assert facts.current_fact.name == "Mara Lindgren"
        await pilot.press("enter")
        view = app.screen.query_one(ArticleView)
        body = app.screen.article.body
        assert view._evidence and all(body[s:e] == "Lindgren" for s, e in view._evidence)
        await pilot.press("p")
        await settle(pilot, app)
        assert app.screen.query_one(SearchBar).input.value == '"Mara Lindgren"'
        assert set(titles(app)) == {NEWEST, STRIKE}
        assert isinstance(app.focused, ResultList)


async def test_evidence_scrolls_the_article(app_factory):
    app = app_factory()
    async with app.run_test(size=(100, 18)) as pilot:
        await started(pilot, app)
        await pilot.press("3", "G")
        facts = app.screen.query_one(FactsPane)
        assert facts.current_fact.label == "34 vessels"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).scroll_y > 0


async def test_related_pane_explains_itself(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await settle(pilot, app)
        pane = app.screen.query_one(RelatedPane)
        assert pane.option_count >= 1
        prompts = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        assert not any("Finding related" in prompt for prompt in prompts)


async def test_brackets_walk_the_reading_history(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        await pilot.press("1", "j", "j", "enter")
        await settle(pilot, app)
        assert app.screen.article.title == FERRY
        await pilot.press("left_square_bracket")
        await settle(pilot, app)
        assert app.screen.article.title == NEWEST
        await pilot.press("right_square_bracket")
        await settle(pilot, app)
        assert app.screen.article.title == FERRY


async def test_s_cycles_the_sort(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "velden")
        await pilot.press("escape", "s")
        await settle(pilot, app)
        assert app.screen.sort == "newest" and titles(app) == [NEWEST, STRIKE]
        await pilot.press("s")
        await settle(pilot, app)
        assert app.screen.sort == "oldest" and titles(app) == [STRIKE, NEWEST]
        assert "sort: oldest" in app.screen.query_one("#status").render_status()
        await pilot.press("s")
        assert app.screen.sort == "relevance"


async def test_f_filters_by_source_and_dates(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("f")
        await pilot.pause(0.3)
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#filter-source").value = "Coastal Ledger"
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        assert titles(app) == [FERRY]
        assert "filter: source Coastal Ledger" in app.screen.query_one("#status").render_status()
        await pilot.press("f")
        await pilot.pause(0.3)
        await pilot.click("#filter-clear")
        await settle(pilot, app)
        await pilot.press("f")
        await pilot.pause(0.3)
        app.screen.query_one("#filter-from").value = "2024-05-01"
        app.screen.query_one("#filter-to").value = "2024-05-03"
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        assert titles(app) == [STRIKE]


async def test_u_shows_and_hides_removed_furniture(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        assert "Subscribe to HARBOUR GAZETTE" not in view.text
        await pilot.press("u")
        assert "Subscribe to HARBOUR GAZETTE" in view.text
        await pilot.press("u")
        assert "Subscribe to HARBOUR GAZETTE" not in view.text


async def test_u_on_an_article_without_furniture_says_none_was_removed(app_factory):
    # It said "Showing the removed site furniture" over "Ingest removed no site furniture".
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "osterby ferry")
        await pilot.press("enter", "enter")
        await settle(pilot, app)
        assert app.screen.article.title == FERRY and not app.screen.article.removed
        await pilot.press("u")
        await pilot.pause()
        said = [notification.message for notification in app._notifications]
        assert said[-1] == "Site furniture shown: none was removed from this article."


async def test_ctrl_f_finds_and_n_N_step(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+f", *"velden")
        count = app.screen.query_one("#find-count")
        assert str(count.content) == "1 of 2"
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("n")
        assert str(count.content) == "2 of 2"
        await pilot.press("N")
        assert str(count.content) == "1 of 2"
        await pilot.press("escape")
        assert not app.screen.query_one("FindBar").is_open


async def test_c_copies_a_citation(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("j")
        await settle(pilot, app)
        await pilot.press("c")
        assert app.clipboard == (
            f"Ines Palmqvist, \u201c{STRIKE}\u201d, Harbour Gazette, 2 May 2024. "
            "https://gazette.example/2024/05/02/velden-pilots-walk-out"
        )


async def test_o_shows_the_url_and_opens_it_only_when_asked(app_factory, monkeypatch):
    app = app_factory()
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    monkeypatch.setattr("webbrowser.get", lambda using=None: object())  # a browser exists
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("j")
        await settle(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmUrlScreen)
        assert app.screen.url == "https://gazette.example/2024/05/02/velden-pilots-walk-out"
        await pilot.press("n")
        assert opened == []
        await pilot.press("o")
        await pilot.pause()
        await pilot.press("y")
        assert opened == ["https://gazette.example/2024/05/02/velden-pilots-walk-out"]
        await pilot.press("G")
        await settle(pilot, app)
        await pilot.press("o")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmUrlScreen), "no URL, nothing to open"
        said = [notification.message for notification in app._notifications]
        # it said "(only http and https)" of an article with no address at all
        assert said[-1] == "This article has no web address (its file gave none)."


async def test_help_lists_every_key_grouped(app_factory):
    from briefing.tui.commands.actions import ACTIONS, groups

    app = app_factory()
    async with app.run_test(size=(120, 60)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-keys").content)
        text = console.export_text()
        for group in groups():
            assert group in text
        for action in ACTIONS:
            assert (action.shown_keys if action.keys else f"“{action.label}”") in text
            assert action.help in text, action
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_pages_with_the_keys_it_lists(app_factory):
    # G, g and space did nothing in the help, which lists them for moving and paging.
    app = app_factory()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert scroll.scroll_y > 0


async def test_palette_offers_actions_titles_and_themes(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"switch theme: briefing-light")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "briefing-light"
        await pilot.press("ctrl+p", *"open article: hallin")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.article.title == LIBRARY
        await pilot.press("ctrl+p", *"sort")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.sort == "newest"


async def test_reindex_from_the_palette_picks_up_new_files(app_factory, fixed_library, tmp_path):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        (tmp_path / "articles" / "late.txt").write_text(
            "Late edition: Velden fog delays ferries\n\nStaff\n6 May 2024\n\nFog closed the harbour mouth.\n"
        )
        await pilot.press("ctrl+p", *"re-index library")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.5)
        await settle(pilot, app)
        assert app.screen.query_one("#status").library_size == 5
        assert titles(app)[0] == "Late edition: Velden fog delays ferries"


async def test_angle_brackets_resize_side_panes(app_factory):
    app = app_factory()
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        before = app.config.panes.results
        width = app.screen.query_one("#results-pane").size.width
        await pilot.press("greater_than_sign")
        assert app.config.panes.results == before + 4
        await pilot.press("3", "less_than_sign")
        assert app.config.panes.facts == 30
        await pilot.pause()
        assert app.screen.query_one("#results-pane").size.width == width + 4


@pytest.mark.parametrize("action", ["export", "new_note", "edit_tags", "filter", "bookmarks"])
async def test_a_key_typed_right_after_q_opens_nothing_and_the_reader_closes_cleanly(
    app_factory, action
):
    # q then e typed fast (one read of the terminal) ended the reader on a traceback: the
    # export screen mounted without its widgets as the app closed ("No nodes match
    # '#export-path'"). Here the key's action runs after q's exit, as it did there.
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        app.exit()
        await app.screen.run_action(action)
        await pilot.pause(0.2)
    assert app._exception is None and app.return_code == 0


async def test_help_on_f_names_every_filter_its_dialog_offers(app_factory):
    # help said "Filter by source or date range"; the dialog also has tags, bookmarked, unread
    app = app_factory()
    async with app.run_test(size=(120, 60)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-keys").content)
        line = next(row for row in console.export_text().splitlines() if "Filter by" in row)
        await pilot.press("escape", "f")
        await pilot.pause()
        assert isinstance(app.screen, FilterScreen)
        for widget, words in (
            ("#filter-source", "source"),
            ("#filter-from", "date range"),
            ("#filter-tag", "your tags"),
            ("#filter-bookmarked", "bookmarked"),
            ("#filter-unread", "unread"),
        ):
            app.screen.query_one(widget)
            assert words in line, (words, line)
