"""An empty library, or one that cannot be opened (issue 17 item 15): the reader says which,
and an empty index is refreshed as the reader starts, so files added since show."""

from __future__ import annotations

from briefing.core.paths import Locations
from briefing.tui import make_app
from briefing.tui.widgets.article_view import ArticleView
from tests.library.helpers import article_text
from tests.tui.conftest import build_library, settle


async def _placeholder(pilot, app) -> str:
    for _ in range(200):
        await settle(pilot, app)
        view = app.screen.query_one(ArticleView)
        if app.screen.article is not None or "library" in view.placeholder:
            return view.placeholder
        await pilot.pause(0.02)
    return app.screen.query_one(ArticleView).placeholder


async def test_files_added_to_an_empty_library_show_at_the_next_start(tmp_path, isolated_home):
    folder = tmp_path / "articles"
    folder.mkdir()
    locations = build_library(isolated_home, folder)  # indexed while empty
    app = make_app(locations, persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        assert "The library is empty" in await _placeholder(pilot, app)
    (folder / "one.txt").write_text(article_text("Ferry strike ends", "Crews return."), "utf-8")
    again = make_app(locations, persist=False)
    async with again.run_test(size=(120, 40)) as pilot:
        for _ in range(300):
            await settle(pilot, again)
            if again.screen.article is not None:
                break
            await pilot.pause(0.02)
        assert again.screen.article is not None
        assert again.screen.article.title == "Ferry strike ends"


async def test_a_library_that_cannot_open_says_why(tmp_path, isolated_home, monkeypatch):
    from briefing.library import Library

    locations = Locations.resolve(isolated_home)

    def cannot(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Library, "open", cannot)
    app = make_app(locations, persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):  # the library never becomes ready: wait for the sentence
            await pilot.pause(0.02)
            shown = app.screen.query_one(ArticleView).placeholder
            if "could not be opened" in shown:
                break
    assert shown.startswith("The library could not be opened: [Errno 30] Read-only file system")
    assert "library is empty" not in shown
