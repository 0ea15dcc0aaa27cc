"""Thread-safe access to the library for the reader's workers.

The reader runs library calls in thread workers; SQLite and Whoosh objects are shared, so
one lock makes sure only one call runs at a time. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from briefing.locations import Locations
from briefing.model import Article

if TYPE_CHECKING:  # imported on first use, in a worker: Whoosh is slow to import
    from briefing.index.build import IndexReport
    from briefing.index.lookup import Row
    from briefing.index.search import SearchResults
    from briefing.library import Library

Progress = Callable[[int, int], None]
Notify = Callable[[str], None]
LEAD_CHARS = 200


@dataclass(frozen=True)
class Filters:
    """Restrictions on the result list, added to the user's query."""

    source: str | None = None
    date_from: str | None = None  # ISO day, inclusive
    date_to: str | None = None  # ISO day, inclusive
    bookmarked: bool = False
    unread: bool = False

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(self.source or self.date_from or self.date_to or self.bookmarked or self.unread)

    def clauses(self) -> list[str]:
        """Query clauses (Whoosh syntax) for the index-side filters."""
        clauses = []
        if self.source:
            clauses.append('source:"{}"'.format(self.source.replace('"', " ")))
        if self.date_from or self.date_to:
            start = (self.date_from or "1900-01-01").replace("-", "")
            end = (self.date_to or "2999-12-31").replace("-", "")
            clauses.append(f"published:[{start} to {end}]")
        return clauses

    def describe(self) -> str:
        """A short human description, for the status line."""
        parts = []
        if self.source:
            parts.append(f"source {self.source}")
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        if self.bookmarked:
            parts.append("bookmarked")
        if self.unread:
            parts.append("unread")
        return ", ".join(parts)


def combine_query(query: str, filters: Filters) -> str:
    """The user's query with the filter clauses ANDed to it."""
    clauses = filters.clauses()
    if not clauses:
        return query
    text = query.strip()
    joined = " AND ".join(clauses)
    return f"({text}) AND {joined}" if text else joined


@dataclass
class Page:
    """One page of results, with a lead line for hits that have no snippet."""

    query: str
    sort: str
    offset: int
    results: SearchResults
    leads: dict[str, str] = field(default_factory=dict)


class LibraryGateway:
    """The library behind one lock; every method may be called from any thread."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self._lock = threading.Lock()
        self._library: Library | None = None

    @property
    def is_open(self) -> bool:
        """Whether the library has been opened."""
        return self._library is not None

    def open(
        self, progress: Progress | None = None, notify: Notify | None = None, refresh: bool = False
    ) -> int:
        """Open (building the index on first use) and return the article count."""
        with self._lock:
            if self._library is None:
                from briefing.library import Library

                self._library = Library.open(
                    self.locations, refresh=refresh, progress=progress, notify=notify
                )
            return self._library.count()

    def open_if_built(self) -> None:
        """Open the library now if its index exists in the current format (no build here:
        a first build runs from the reader, where its progress shows)."""
        from briefing.index import generations
        from briefing.library import build_schema_version

        generation = generations.current(self.locations.index_dir)
        if generation is None or generations.schema_version(generation) != build_schema_version():
            return
        self.open()

    def close(self) -> None:
        """Release the library."""
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    def _require(self) -> Library:
        if self._library is None:
            raise RuntimeError("the library is not open yet")
        return self._library

    def count(self) -> int:
        """Articles in the library."""
        with self._lock:
            return self._require().count()

    def search(
        self,
        query: str,
        sort: str,
        filters: Filters,
        offset: int = 0,
        limit: int = 50,
        only: frozenset[str] | None = None,
        exclude: frozenset[str] | None = None,
    ) -> Page:
        """A page of results; raises QuerySyntaxError for a bad query.

        `only` and `exclude` restrict the results to, or keep them away from, a set of
        article ids (the store's bookmarks, or what has been read).
        """
        text = combine_query(query, filters)
        whoosh_sort = "relevance" if sort == "relevance" and text.strip() else sort
        if whoosh_sort == "relevance" and not text.strip():
            whoosh_sort = "newest"
        with self._lock:
            library = self._require()
            results = library.search(
                text, limit=limit, sort=whoosh_sort, offset=offset, only=only, exclude=exclude
            )
            leads = {}
            for hit in results.hits:
                if not hit.snippet:
                    article = library.get(hit.id)
                    if article is not None:
                        leads[hit.id] = " ".join(article.body[: LEAD_CHARS * 2].split())[
                            :LEAD_CHARS
                        ]
        return Page(query, sort, offset, results, leads)

    def get(self, article_id: str) -> Article | None:
        """An article by id."""
        with self._lock:
            return self._require().get(article_id)

    def rows(self, ids) -> dict[str, Row]:
        """Title, source and date of the given articles (missing ids left out)."""
        from briefing.annotations import library_rows

        with self._lock:
            return library_rows(self._require())(ids)

    def entity(self, name: str, kind: str | None = None):
        """The entity page of `name` (None when no article names it)."""
        with self._lock:
            return self._require().entity(name, kind)

    def timeline(self, query: str, limit: int | None = 500):
        """The dated events of the articles matching `query` (every article when empty)."""
        with self._lock:
            return self._require().timeline(query, limit)

    def call(self, work):
        """Run `work(library)` holding the lock (an export reads many articles at once)."""
        with self._lock:
            return work(self._require())

    def related(self, article_id: str, limit: int = 10) -> list[Any]:
        """The articles most related to `article_id`, best first."""
        with self._lock:
            return list(self._require().related(article_id, limit=limit))

    def sources(self) -> list[str]:
        """Distinct source names among the newest articles (for the filter screen)."""
        with self._lock:
            rows = self._require().listing(2000, 0, True)
        return sorted({row.source for row in rows if row.source})

    def titles(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """(id, title) of articles whose title matches the words in `text`."""
        words = [word for word in text.replace('"', " ").split() if word.isalnum()]
        if not words:
            return []
        query = " ".join(f"title:{word}*" if len(word) > 2 else f"title:{word}" for word in words)
        with self._lock:
            try:
                results = self._require().search(query, limit=limit, snippets=False)
            except Exception:
                return []
        return [(hit.id, hit.title) for hit in results.hits]

    def reindex(self, progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
        """Pick up changes in the sources (or rebuild from scratch).

        The work runs on a second handle on the library, so searches and reading go on
        against the first while it runs; the fresh handle replaces it at the end.
        """
        from briefing.index.build import IndexReport
        from briefing.library import Library

        if not rebuild:
            with self._lock:
                library = self._require()
                if library.unchanged():  # the usual launch: no second handle, no writer
                    return IndexReport(unchanged=library.count())
        fresh = Library.open(self.locations, refresh=False)
        try:
            report = fresh.rebuild(progress) if rebuild else fresh.refresh(progress)
        except BaseException:
            fresh.close()
            raise
        with self._lock:
            previous, self._library = self._library, fresh
        if previous is not None:
            previous.close()
        return report
