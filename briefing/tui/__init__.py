"""The terminal reader (Textual). The only part of briefing that imports Textual."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.locations import Locations
    from briefing.tui.app import BriefingApp


def make_app(locations: Locations, *, persist: bool = True) -> BriefingApp:
    """The reader app for `locations` (one factory for the CLI and the tests)."""
    from briefing.tui.app import make_app as build

    return build(locations, persist=persist)


def run_reader(home: str | os.PathLike[str] | None = None) -> int:
    """Run the reader on the library under `home` (or the default locations); exit code."""
    from briefing.locations import Locations

    app = make_app(Locations.resolve(home))
    app.run()
    return app.return_code or 0
