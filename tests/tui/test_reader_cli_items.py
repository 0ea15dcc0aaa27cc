"""Pilot tests of issue 15's CLI and data items as the reader shows them: a missing
export folder named, orphaned notes that keep their article."""

from __future__ import annotations

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui.screens.annotations import AnnotationsScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.main import MainScreen
from briefing.userdata import ArticleRef, UserData
from tests.tui.conftest import settle, started, view_rows
from tests.tui.test_reader_store import store_ready


def first_id(locations: Locations) -> str:
    with Library.open(locations, refresh=False) as library:
        return library.search("", limit=1).hits[0].id


async def test_the_reader_says_which_folder_is_missing(app_factory, fixed_library, tmp_path):
    with UserData.open(fixed_library) as store:
        store.add_note(first_id(fixed_library), "A note to export.")
    missing = tmp_path / "nowhere" / "deeper"
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#export-path").value = str(missing / "notes.md")
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen) and app.is_running
        messages = [str(notification.message) for notification in app._notifications]
        assert any(f"folder {missing} does not exist" in message for message in messages)
        assert not (tmp_path / "nowhere").exists()


async def test_an_orphaned_note_shows_the_title_source_and_date_it_kept(app_factory, fixed_library):
    about = ArticleRef("A removed story", "Harbour Gazette", "2024-05-02T00:00:00")
    with UserData.open(fixed_library) as store:
        store.add_note("gone-article", "kept with its article", about=about)
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("N")
        await settle(pilot, app)
        assert isinstance(app.screen, AnnotationsScreen)
        (row,) = view_rows(app)
        assert "A removed story" in row and "no longer in the library" in row
        assert "Harbour Gazette" in row and "2 May 2024" in row
