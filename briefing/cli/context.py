"""Opening the library for a command, with notices on stderr."""

from __future__ import annotations

from briefing.cli.output import notice
from briefing.cli.progress import ProgressBar
from briefing.library import Library
from briefing.locations import Locations


def open_library(
    home: str | None, quiet: bool = False, refresh: bool = True, build: bool = True
) -> Library:
    """The library under `home`, brought up to date (progress and notices on stderr)."""
    bar = ProgressBar(quiet=quiet)
    try:
        return Library.open(
            Locations.resolve(home),
            refresh=refresh,
            build=build,
            progress=bar,
            notify=(lambda message: None) if quiet else notice,
        )
    finally:
        bar.finish()
