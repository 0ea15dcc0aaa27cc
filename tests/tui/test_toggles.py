"""The export and filter dialogs' radio buttons and checkboxes show their state by their
mark, not by its colour alone (under NO_COLOR the chosen scope looked like the others)."""

from __future__ import annotations

from briefing.tui.screens.export import ExportScreen
from tests.tui.conftest import settle, started


def _drawn(widget) -> str:
    return widget.render().plain


async def test_only_the_chosen_scope_and_a_ticked_box_show_their_mark(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, ExportScreen)
        annotated = app.screen.query_one("#scope-annotated")
        bookmarked = app.screen.query_one("#scope-bookmarked")
        force = app.screen.query_one("#export-force")
        assert "●" in _drawn(annotated) and "●" not in _drawn(bookmarked)
        assert "X" not in _drawn(force).split("Replace")[0]

        bookmarked.value = True
        force.value = True
        await settle(pilot, app)
        assert "●" not in _drawn(annotated) and "●" in _drawn(bookmarked)
        assert "X" in _drawn(force).split("Replace")[0]
