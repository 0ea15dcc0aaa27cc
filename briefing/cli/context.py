"""Opening the library for a command, with notices on stderr."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.cli.output import notice
from briefing.cli.progress import ProgressBar
from briefing.core.paths import Locations

if TYPE_CHECKING:
    from briefing.library import Library


def open_library(
    home: str | None, quiet: bool = False, refresh: bool = True, build: bool = True
) -> Library:
    """The library under `home`, brought up to date (progress and notices on stderr).

    A command is one short process: the index is read, not memory-mapped, and a full look
    at every file moments ago is trusted if no folder changed since (see `Library.open`)."""
    # Imported here, not at the top: every command module imports this one, and the
    # library pulls in Whoosh; `--help`, `--version` and the store commands need none of it.
    from briefing.library import Library

    bar = ProgressBar(quiet=quiet)
    try:
        return Library.open(
            Locations.resolve(home),
            refresh=refresh,
            build=build,
            progress=bar,
            notify=(lambda message: None) if quiet else notice,
            mmap=False,
            trust_recent=refresh,
        )
    finally:
        bar.finish()
