"""Pilot tests of issue 15's CLI and data items as the reader shows them: a missing
export folder named, orphaned notes that keep their article."""

from __future__ import annotations

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.main import MainScreen
from briefing.userdata import UserData
from tests.tui.conftest import settle, started
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
