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
