"""What the reader needs from the library, as a `Protocol`.

`Library` is the real thing; the reader's tests can hand the reader anything else that
has these methods (`tests/tui/test_reader_fake_library.py` runs the reader on a small
in-memory fake). Every answer is plain data from `briefing.core`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

from briefing.core.model import Article
from briefing.core.results import (
    EntityPage,
    Filters,
    IndexReport,
    Related,
    Row,
    SearchResults,
    Timeline,
)

Progress = Callable[[int, int], None]


class ReaderLibrary(Protocol):
    """The library as the reader uses it (one call at a time: see `tui.gateway`)."""

    @property
    def generation(self) -> Path | None:
        """The folder of the index generation in use."""

    def count(self) -> int:
        """Number of articles."""

    def search(self, query: str, **options: Any) -> SearchResults:
        """A page of results (an empty query lists the library by date); the options are
        those of `briefing.core.results.SearchRequest`."""

    def get(self, article_id: str) -> Article | None:
        """An article by id."""

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        """The bodies of several articles."""

    def rows(self, ids: Iterable[str]) -> dict[str, Row]:
        """Title, source and date of several articles."""

    def listing(self, limit: int, offset: int = 0, newest_first: bool = True) -> list[Row]:
        """Light rows by date."""

    def related(self, id_or_path: str, limit: int = 10) -> list[Related]:
        """The articles most related to one, best first."""

    def entity(self, name: str, kind: str | None = None) -> EntityPage | None:
        """An entity's page, or None."""

    def entity_names(self, prefix: str, limit: int = 20) -> list[tuple[str, str, int]]:
        """(name, kind, article count) of entities whose name starts with `prefix`."""

    def timeline(
        self, query: str = "", limit: int | None = 500, filters: Filters | None = None
    ) -> Timeline:
        """The dated events of the matching articles."""

    def unchanged(self) -> bool:
        """Whether no registered file changed since the last indexing run."""

    def refresh(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Pick up new, changed and vanished files."""

    def rebuild(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Build the index afresh."""

    def close(self) -> None:
        """Release the library."""
