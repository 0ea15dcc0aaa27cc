"""Thread-safe access to the library for the reader's workers.

The reader runs library calls in thread workers; SQLite and Whoosh objects are shared, so
one lock makes sure only one call runs at a time. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.model import Article
from briefing.core.paths import Locations

if TYPE_CHECKING:  # imported on first use, in a worker: Whoosh is slow to import
    from briefing.index.build import IndexReport
    from briefing.index.docstore import DocStore
    from briefing.index.lookup import Row
    from briefing.index.results import SearchResults
    from briefing.library import Library

Progress = Callable[[int, int], None]
Notify = Callable[[str], None]
LEAD_CHARS = 200
PAGE_SIZE = 25  # results fetched each time the reader's list nears its end


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


@dataclass
class Preview:
    """The first page of the library and its first article, shown before the index opens."""

    page: Page
    first: Article | None


class LibraryGateway:
    """The library behind one lock; every method may be called from any thread.

    A call made before the library is open waits until it is (or until `close`). Until
    then `peek` and `get` answer from the index's document store alone (SQLite, no
    Whoosh), so the reader shows its first page while Whoosh is still loading.
    """

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self._lock = threading.Lock()
        self._library: Library | None = None
        self._opened = threading.Event()
        self._preview_lock = threading.Lock()
        self._preview: DocStore | None = None
        self._peeked: Path | None = None  # the generation `peek` read
        self._previews: dict[str, Preview] = {}
        # Whether what `peek` showed came from another generation than the one opened
        # (healed or rebuilt meanwhile): the reader then lists the library again.
        self.preview_stale = False

    @property
    def is_open(self) -> bool:
        """Whether the library has been opened."""
        return self._library is not None

    def open(
        self, progress: Progress | None = None, notify: Notify | None = None, refresh: bool = False
    ) -> int:
        """Open (building the index on first use) and return the article count."""
        try:
            with self._lock:
                if self._library is None:
                    from briefing.library import Library

                    self._library = Library.open(
                        self.locations, refresh=refresh, progress=progress, notify=notify
                    )
                count = self._library.count()
                self.preview_stale = self._peeked not in (None, self._library.generation)
        finally:
            self._opened.set()  # callers waiting for the library go on (or fail) now
            self._close_preview()
        return count

    def peek(self, sort: str, limit: int, wanted: str | None = None) -> Preview | None:
        """The first page of the whole library by date, and the article to show with it
        (`wanted` if listed, else the first), read from the document store while the index
        is still opening. None when there is no index in this format yet, or once the
        library is open (search it instead). Made once per sort order, then kept."""
        from briefing.index import generations
        from briefing.index.docstore import DocStore
        from briefing.index.results import listing_results
        from briefing.index.version import SCHEMA_VERSION

        with self._preview_lock:
            if self._opened.is_set():
                return None
            if sort in self._previews:
                return self._previews[sort]
            generation = generations.current(self.locations.index_dir)
            if generation is None or generations.schema_version(generation) != SCHEMA_VERSION:
                return None
            try:
                if self._preview is None:
                    self._preview = DocStore(generation / "docs.sqlite", readonly=True)
                    self._peeked = generation
                order = "oldest" if sort == "oldest" else "newest"
                results = listing_results(self._preview, "", limit, order, 0)
                # One query for the whole page, not one per article.
                ids = [hit.id for hit in results.hits]
                articles = self._preview.get_many(ids)
                first = articles.get(article_to_show(ids, wanted) or "")
                page = Page("", sort, 0, results, _leads(articles, results))
            except Exception:  # a damaged store: the library's own open heals it
                return None
            self._previews[sort] = Preview(page, first)
            return self._previews[sort]

    def _close_preview(self) -> None:
        with self._preview_lock:
            self._previews.clear()
            if self._preview is not None:
                self._preview.close()
                self._preview = None

    def close(self) -> None:
        """Release the library (callers still waiting for it fail)."""
        self._opened.set()
        self._close_preview()
        with self._lock:
            if self._library is not None:
                self._library.close()
                self._library = None

    def _require(self) -> Library:
        if self._library is None:
            raise RuntimeError("the library is not open")
        return self._library

    @contextmanager
    def _open_library(self) -> Iterator[Library]:
        """The library, under the lock, once it is open."""
        self._opened.wait()
        with self._lock:
            yield self._require()

    def count(self) -> int:
        """Articles in the library."""
        with self._open_library() as library:
            return library.count()

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
        with self._open_library() as library:
            results = library.search(
                text, limit=limit, sort=whoosh_sort, offset=offset, only=only, exclude=exclude
            )
            without = [hit.id for hit in results.hits if not hit.snippet]
            leads = _leads(library.docs.get_many(without) if without else {}, results)
        return Page(query, sort, offset, results, leads)

    def get(self, article_id: str) -> Article | None:
        """An article by id (from the document store while the library is opening)."""
        if not self._opened.is_set():
            with self._preview_lock:
                if self._preview is not None:
                    return self._preview.get(article_id)
        with self._open_library() as library:
            return library.get(article_id)

    def rows(self, ids) -> dict[str, Row]:
        """Title, source and date of the given articles (missing ids left out)."""
        from briefing.annotations import library_rows

        with self._open_library() as library:
            return library_rows(library)(ids)

    def entity(self, name: str, kind: str | None = None):
        """The entity page of `name` (None when no article names it)."""
        with self._open_library() as library:
            return library.entity(name, kind)

    def timeline(self, query: str, limit: int | None = 500):
        """The dated events of the articles matching `query` (every article when empty)."""
        with self._open_library() as library:
            return library.timeline(query, limit)

    def call(self, work):
        """Run `work(library)` holding the lock (an export reads many articles at once)."""
        with self._open_library() as library:
            return work(library)

    def related(self, article_id: str, limit: int = 10) -> list[Any]:
        """The articles most related to `article_id`, best first."""
        with self._open_library() as library:
            return list(library.related(article_id, limit=limit))

    def sources(self) -> list[str]:
        """Distinct source names among the newest articles (for the filter screen)."""
        with self._open_library() as library:
            rows = library.listing(2000, 0, True)
        return sorted({row.source for row in rows if row.source})

    def titles(self, text: str, limit: int = 20) -> list[tuple[str, str]]:
        """(id, title) of articles whose title matches the words in `text`."""
        words = [word for word in text.replace('"', " ").split() if word.isalnum()]
        if not words:
            return []
        query = " ".join(f"title:{word}*" if len(word) > 2 else f"title:{word}" for word in words)
        with self._open_library() as library:
            try:
                results = library.search(query, limit=limit, snippets=False)
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
            with self._open_library() as library:
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


def _leads(articles: dict[str, Article], results: SearchResults) -> dict[str, str]:
    """A lead line (the body's start) for each hit that has no snippet."""
    leads = {}
    for hit in results.hits:
        article = articles.get(hit.id)
        if not hit.snippet and article is not None:
            leads[hit.id] = " ".join(article.body[: LEAD_CHARS * 2].split())[:LEAD_CHARS]
    return leads


def article_to_show(ids: list[str], wanted: str | None) -> str | None:
    """The article to open with a first page of results: `wanted` (the one open last
    time) if the page lists it, else the first."""
    if not ids:
        return None
    return wanted if wanted in ids else ids[0]
