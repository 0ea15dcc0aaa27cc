"""The first page shows from the document store while the index (Whoosh) is still opening."""

from __future__ import annotations

import threading

import pytest

from briefing.library import Library
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.status_line import StatusLine
from briefing.userdata import UserData
from tests.tui.conftest import started


@pytest.fixture
def held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Hold every `Library.open` until the returned event is set."""
    release = threading.Event()
    original = Library.open.__func__

    def held(cls, *args, **kwargs):
        release.wait(30)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Library, "open", classmethod(held))
    yield release
    release.set()


async def until(pilot, condition, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


async def test_newest_articles_show_before_the_index_opens(app_factory, fixed_library, held_open):
    held_open.set()
    with Library.open(fixed_library, refresh=False) as library:
        newest = [hit.title for hit in library.search("", limit=10, sort="newest").hits]
    held_open.clear()
    app = app_factory(persist=False)
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.screen
        results = screen.query_one(ResultList)
        await until(pilot, lambda: screen.article is not None and results.hits)
        assert not app.gateway.is_open and not screen.ready
        assert [hit.title for hit in results.hits] == newest
        assert screen.article.title == newest[0]
        assert screen.article.facts  # the facts pane has what it needs too
        assert screen.query_one(StatusLine).library_size == len(newest)
        # Moving in the list reads the next article from the document store as well.
        await pilot.press("j")
        await until(pilot, lambda: screen.article.title == newest[1])
        assert not app.gateway.is_open
        # A search typed now waits for the index, then runs.
        await pilot.press("slash", *"ferry")
        await pilot.pause(0.3)
        assert [hit.title for hit in results.hits] == newest
        held_open.set()
        await started(pilot, app)
        await until(pilot, lambda: results.total == 1)
        assert "ferry" in results.hits[0].title.lower()


async def test_a_restored_query_waits_for_the_index(app_factory, fixed_library, held_open):
    with UserData.open(fixed_library) as data:
        data.save_setting("reader", {"query": "ferry"})
    app = app_factory(persist=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause(0.5)
        assert not app.screen.query_one(ResultList).hits  # no listing in place of a search
        held_open.set()
        await started(pilot, app)
        assert app.screen.query_one(ResultList).total == 1


def test_a_preview_of_a_generation_replaced_since_is_marked_stale(fixed_library):
    from briefing.tui.gateway import LibraryGateway

    kept = LibraryGateway(fixed_library)
    assert kept.peek("newest", 10) is not None
    kept.open()
    assert not kept.preview_stale and kept.peek("newest", 10) is None  # searched from now on
    kept.close()
    replaced = LibraryGateway(fixed_library)
    assert replaced.peek("newest", 10) is not None
    with Library.open(fixed_library, refresh=False) as library:
        library.rebuild()  # a new generation, as a heal or a re-index makes
    replaced.open()
    assert replaced.preview_stale  # the reader lists the library again
    replaced.close()
