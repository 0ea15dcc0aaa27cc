"""Pilot tests of issue 15's query items in the reader: bad dates as messages, stories
counted once, undated articles last, `tag:` and the tag filter, `p` on a date fact."""

from __future__ import annotations

import shutil

import pytest

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui import make_app
from briefing.tui.screens.filter import FilterScreen
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.search_bar import SearchBar
from briefing.userdata import UserData
from tests.tui.conftest import FIXTURES, build_library, settle, started
from tests.tui.test_reader_keys import FERRY, NEWEST, STRIKE, titles, type_query

UNDATED = "Undated pilots notice from the harbour office"


@pytest.fixture
def copies_library(tmp_path, isolated_home) -> Locations:
    """The fixture articles, a syndicated copy of the strike story and an undated one."""
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    original = (folder / "velden-harbour-strike.md").read_text("utf-8")
    (folder / "syndicated.md").write_text(
        original.replace("source: Harbour Gazette", "source: Northsound Wire").replace(
            "url: https://gazette.example", "url: https://wire.example"
        ),
        "utf-8",
    )
    (folder / "undated.txt").write_text(
        f"{UNDATED}\n\nThe harbour office asks pilots to collect their new passes at the "
        "gate house before the end of the month.\n",
        "utf-8",
    )
    return build_library(isolated_home, folder)


def _status(app) -> str:
    return app.screen.query_one("#status").render_status()


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("published:[2019 to banana]", "'banana'"),
        ("published:notadate", "'notadate'"),
        ("published:>99999-01-01", "'99999-01-01'"),
        ("person: pilots", "person: needs a value"),
    ],
)
async def test_a_bad_date_or_empty_field_is_a_message_not_a_crash(app_factory, query, named):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, query)
        bar = app.screen.query_one(SearchBar)
        assert named in bar.error and "\n" not in bar.error
        assert app.is_running


async def test_counts_are_stories_and_undated_come_last(copies_library):
    app = make_app(copies_library, persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "pilots")
        # three articles match, the strike story twice: two stories and the undated one
        assert "3 results" in _status(app)
        assert len(titles(app)) == 3 and titles(app).count(STRIKE) == 1
        await pilot.press("escape", "s")  # newest first
        await settle(pilot, app)
        assert app.screen.sort == "newest" and titles(app) == [NEWEST, STRIKE, UNDATED]
        await pilot.press("s")  # oldest first
        await settle(pilot, app)
        assert app.screen.sort == "oldest" and titles(app) == [STRIKE, NEWEST, UNDATED]


async def test_tag_query_and_tag_filter_at_80x24(app_factory, fixed_library):
    with Library.open(fixed_library, refresh=False) as library:
        ids = {hit.title: hit.id for hit in library.search("", limit=None).hits}
    data = UserData.open(fixed_library)
    try:
        data.add_tags(ids[STRIKE], ["Pilots dispute"])
        data.add_tags(ids[FERRY], ["winter"])
    finally:
        data.close()
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "tag:winter")
        assert titles(app) == [FERRY]
        await type_query(pilot, app, "")
        await pilot.press("escape", "f")
        await pilot.pause(0.3)
        assert isinstance(app.screen, FilterScreen)
        select = app.screen.query_one("#filter-tag")
        assert not select.disabled
        select.value = "Pilots-dispute"
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        assert titles(app) == [STRIKE]
        assert "tag Pilots-dispute" in _status(app)


async def test_p_on_a_date_fact_finds_articles_that_mention_it(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await type_query(pilot, app, "rota")
        assert app.screen.article.title == STRIKE
        facts = app.screen.query_one(FactsPane)
        await pilot.press("escape", "3")
        for _ in range(30):
            fact = facts.current_fact
            if fact is not None and fact.kind == "dates":
                break
            await pilot.press("j")
        assert facts.current_fact.kind == "dates"
        await pilot.press("p")
        await settle(pilot, app)
        assert app.screen.query_one(SearchBar).input.value == "date:2024-05-02"
        assert titles(app) == [STRIKE]


async def test_place_aliases_find_the_same_articles(tmp_path, isolated_home):
    folder = tmp_path / "uk"
    folder.mkdir()
    for name, title, body in (
        ("a.md", "Ferry talks in the UK", "Ministers in the UK met ferry operators on Monday."),
        ("b.md", "Britain orders pilot boats", "Britain has ordered six pilot boats, it said."),
        ("c.md", "Dockers in France vote", "Dockers in Marseille, France voted on Tuesday."),
    ):
        (folder / name).write_text(f"---\ntitle: {title}\ndate: 2024-11-20\n---\n\n{body}\n")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        found = []
        for query in ("place:UK", 'place:"United Kingdom"', "place:Britain"):
            await type_query(pilot, app, query)
            found.append(sorted(titles(app)))
        assert found[0] == ["Britain orders pilot boats", "Ferry talks in the UK"]
        assert found[1] == found[0] and found[2] == found[0]
