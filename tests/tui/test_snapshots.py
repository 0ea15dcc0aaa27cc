"""Snapshots of the reader's screens on the fixed library: sizes, help, palette, themes."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import settle, started


def prepared(app, theme: str = "briefing-dark", keys: tuple[str, ...] = ()):
    """A run_before that waits for the first article, stops cursor blink, sets the theme."""

    async def run_before(pilot) -> None:
        app.theme = theme
        await started(pilot, app)
        for field in app.query(Input):
            field.cursor_blink = False
        if keys:
            await pilot.press(*keys)
        # Every worker done (related articles, the store, the quiet re-index): a loaded
        # machine must not catch the screen half drawn.
        await settle(pilot, app)
        await pilot.pause(0.3)
        for field in app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_main_screen(snap_compare, app_factory, size):
    app = app_factory(persist=False)
    assert snap_compare(app, terminal_size=size, run_before=prepared(app))


def test_help_screen(snap_compare, app_factory):
    app = app_factory(persist=False)
    assert snap_compare(
        app, terminal_size=(120, 48), run_before=prepared(app, keys=("question_mark",))
    )


def test_command_palette(snap_compare, app_factory):
    app = app_factory(persist=False)
    assert snap_compare(
        app, terminal_size=(120, 40), run_before=prepared(app, keys=("ctrl+p", *"sort"))
    )


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light", "briefing-high-contrast"])
def test_our_themes(snap_compare, app_factory, theme):
    app = app_factory(persist=False)
    assert snap_compare(
        app, terminal_size=(120, 40), run_before=prepared(app, theme, keys=("3", "j", "enter"))
    )
