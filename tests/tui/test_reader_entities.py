"""Pilot tests: the entity page (i, palette "Go to entity") and the timeline (T)."""

from __future__ import annotations

from textual.command import CommandPalette

from briefing.tui.screens.entity import EntityScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.timeline import TimelineScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.row_list import RowList
from briefing.tui.widgets.search_bar import SearchBar
from tests.tui.conftest import settle, started, view_rows


def header(app) -> str:
    return str(app.screen.query_one("#list-header").render())


async def test_i_on_a_person_opens_their_page_and_enter_opens_an_article(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("3", "j")
        assert app.screen.query_one(FactsPane).current_fact.name == "Mara Lindgren"
        await pilot.press("i")
        await settle(pilot, app)
        assert isinstance(app.screen, EntityScreen)
        assert "Mara Lindgren (person)" in header(app)
        listed = view_rows(app)
        assert listed and "Velden" in listed[0]
        assert any("\u201c" in row for row in listed), "her quote is on her page"
        articles = app.screen.page.articles  # newest first, then the quotes
        last_title = articles[-1].article.title
        await pilot.press(*["j"] * (len(articles) - 1))
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article.title == last_title
        assert isinstance(app.focused, ArticleView)


async def test_i_does_nothing_on_a_date_or_a_figure(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("3", "G")
        fact = app.screen.query_one(FactsPane).current_fact
        assert fact is not None and fact.kind in ("figures", "dates")
        await pilot.press("i")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)


async def test_p_on_the_entity_page_searches_its_field(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("3", "j", "i")
        await settle(pilot, app)
        await pilot.press("p")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(SearchBar).input.value == 'person:"Mara Lindgren"'
        assert app.screen.query_one("#results").total >= 1


async def test_T_shows_the_timeline_of_the_search_and_enter_opens_an_event(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("slash", *"pilots", "enter")
        await settle(pilot, app)
        await pilot.press("T")
        await settle(pilot, app)
        assert isinstance(app.screen, TimelineScreen)
        assert "pilots" in header(app)
        events = app.screen.query_one(RowList).option_count
        assert events >= 1
        starts = [row.split()[0] for row in view_rows(app)]
        assert starts == sorted(starts), "earliest first"
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article is not None


async def test_T_on_an_entity_page_stacks_and_escape_goes_back_one_step(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("3", "j", "i")
        await settle(pilot, app)
        await pilot.press("T")
        await settle(pilot, app)
        assert isinstance(app.screen, TimelineScreen)
        assert 'person:"Mara Lindgren"' in header(app)
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("T")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen), "opening an article leaves both views"
        assert len(app.screen_stack) == 2  # the default screen and the reader


async def test_palette_go_to_entity_opens_the_entity_page(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+p", *"go to entity: mara")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, EntityScreen)
        assert "Mara Lindgren" in header(app)
