"""Small helpers to build libraries in tmp_path."""

from __future__ import annotations

from pathlib import Path

from briefing.core.paths import Locations
from briefing.library import Library


def article_text(title: str, body: str, date: str = "3 March 2025") -> str:
    """A scraped-text article."""
    return f"{title}\n\nStaff reporter\n{date}\n\n{body}\n\nSubscribe to HARBOUR DAILY\n"


def open_library(home: Path, notices: list[str] | None = None, **kwargs) -> Library:
    """Open the library under `home`, collecting notices."""
    sink = notices if notices is not None else []
    return Library.open(Locations.resolve(home), notify=sink.append, **kwargs)
