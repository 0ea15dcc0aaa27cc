"""Snapshots of the reader's screens on the fixed library: sizes, help, palette, themes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import patch_articles, settle, started


@pytest.fixture(autouse=True)
def stable_paths(hand_facts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The open article shows its file: the same folder in every run (not tmp_path)."""
    patch_articles(
        monkeypatch,
        lambda article: replace(
            article,
            paths=[f"~/news/{Path(p).name}" for p in article.paths],
            labelled_paths=[f"~/news/{Path(p).name}" for p in article.labelled_paths],
        ),
    )


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
        # Toasts time out after a few seconds: whether one still shows depends on the load.
        app.clear_notifications()
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


def test_marks_at_120_columns(snap_compare, app_factory):
    """A bookmarked, noted article: the row's marks and the article's line of marks."""
    app = app_factory(persist=False)
    keys = ("b", "n", *"kept", "ctrl+s", "t", *"ports", "enter")
    assert snap_compare(app, terminal_size=(120, 40), run_before=prepared(app, keys=keys))


def test_wide_layout(snap_compare, app_factory):
    """200x60: wider facts and related panes, the article at a readable measure."""
    app = app_factory(persist=False)
    assert snap_compare(app, terminal_size=(200, 60), run_before=prepared(app))
