"""The terminal reader (Textual). The only part of briefing that imports Textual."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.core.paths import Locations
    from briefing.tui.app import BriefingApp
    from briefing.tui.gateway import Opener


def make_app(
    locations: Locations,
    *,
    persist: bool = True,
    read_after: float | None = None,
    opener: Opener | None = None,
) -> BriefingApp:
    """The reader app for `locations` (one factory for the CLI and the tests).

    `read_after`: seconds an article must be open to count as read (default: the rule of
    `briefing.core.notes`).
    `opener`: opens the library the reader uses (default `Library.open`); a test may hand
    the reader any `briefing.library.protocol.ReaderLibrary` this way.
    With no query to run, the first page of the library is read from the document store
    before Textual is imported (`LibraryGateway.peek`, some 50 ms), so that the reader
    shows it as it mounts; the index itself (Whoosh) opens once the screen is up.
    """
    from briefing.tui.config import load_config
    from briefing.tui.gateway import PAGE_SIZE, LibraryGateway

    config = load_config(locations)
    gateway = LibraryGateway(locations, opener)
    if not config.query:
        gateway.peek(config.sort, PAGE_SIZE, config.article_id)

    from briefing.core.notes import READ_AFTER_SECONDS
    from briefing.tui.app import make_app as build

    return build(
        locations,
        config,
        gateway,
        persist=persist,
        read_after=READ_AFTER_SECONDS if read_after is None else read_after,
    )


def run_reader(home: str | os.PathLike[str] | None = None) -> int:
    """Run the reader on the library under `home` (or the default locations); exit code."""
    from briefing.core.paths import Locations

    app = make_app(Locations.resolve(home))
    app.run()
    return app.return_code or 0
