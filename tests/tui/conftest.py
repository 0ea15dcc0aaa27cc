"""A small fixed library in tmp_path (our own articles) and helpers to drive the reader."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui import make_app
from briefing.tui.app import BriefingApp
from briefing.tui.gateway import LibraryGateway
from tests.tui.facts_helper import facts_for

FIXTURES = Path(__file__).parent / "fixtures"


def build_library(home: Path, folder: Path) -> Locations:
    """Index `folder` as the only source of the library under `home`."""
    locations = Locations.resolve(home)
    with Library.open(locations, refresh=False, build=False) as library:
        library.index([folder])
    return locations


@pytest.fixture
def fixed_library(tmp_path: Path, isolated_home: Path) -> Locations:
    """The four fixture articles, indexed under the test's briefing home."""
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    return build_library(isolated_home, folder)


def patch_articles(monkeypatch: pytest.MonkeyPatch, change: Callable) -> None:
    """Every article the reader gets (by id, or with the first page) passes through
    `change(article)` first."""
    original_get, original_peek = LibraryGateway.get, LibraryGateway.peek

    def get(self: LibraryGateway, article_id: str):
        article = original_get(self, article_id)
        return change(article) if article else None

    def peek(self: LibraryGateway, *args, **kwargs):
        preview = original_peek(self, *args, **kwargs)
        if preview is None or preview.first is None:
            return preview
        return replace(preview, first=change(preview.first))

    monkeypatch.setattr(LibraryGateway, "get", get)
    monkeypatch.setattr(LibraryGateway, "peek", peek)


@pytest.fixture
def hand_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Give every article hand-made facts (deterministic, whatever the facts engine says)."""
    patch_articles(monkeypatch, lambda article: replace(article, facts=facts_for(article.body)))


@pytest.fixture
def app_factory(fixed_library: Locations, hand_facts: None) -> Callable[..., BriefingApp]:
    """Build the reader on the fixed library (the same factory the CLI uses)."""

    def build(persist: bool = True, read_after: float = 3600.0) -> BriefingApp:
        # Articles count as read only when a test asks for it (snapshots stay stable).
        return make_app(fixed_library, persist=persist, read_after=read_after)

    return build


async def settle(pilot, app: BriefingApp) -> None:
    """Wait until the workers are done and the screen has caught up."""
    for _ in range(100):
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if getattr(screen, "ready", True) and not any(worker.is_running for worker in app.workers):
            return
    raise AssertionError("the reader did not settle")


async def started(pilot, app: BriefingApp) -> None:
    """Wait for the library to open and the first results and article to show."""
    for _ in range(200):
        await settle(pilot, app)
        screen = app.screen
        if getattr(screen, "ready", False) and screen.article is not None:
            return
        await pilot.pause(0.02)
    raise AssertionError("the reader did not show an article")


def view_rows(app: BriefingApp) -> list[str]:
    """The rendered text of every built row of the open list view (B, N, entity, timeline)."""
    import io

    from rich.console import Console

    from briefing.tui.widgets.row_list import RowList

    listing = app.screen.query_one(RowList)
    texts = []
    for index in range(listing.option_count):
        console = Console(width=200, record=True, file=io.StringIO())
        console.print(listing.get_option_at_index(index).prompt)
        texts.append(console.export_text())
    return texts
