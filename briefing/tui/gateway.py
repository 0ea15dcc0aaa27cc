"""Thread-safe access to the library for the reader's workers.

The reader runs library calls in thread workers; the library's SQLite and search objects
are shared, so one lock makes sure only one call runs at a time. The library is anything
that is a `briefing.library.protocol.ReaderLibrary` (the real `Library` unless a test
passes another opener). Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.model import Article
from briefing.core.paths import Locations
from briefing.core.results import Filters, IndexReport, Row, SearchResults

if TYPE_CHECKING:  # imported on first use, in a worker: Whoosh is slow to import
    from briefing.library.peek import Peek
    from briefing.library.protocol import ReaderLibrary

Progress = Callable[[int, int], None]
Notify = Callable[[str], None]
Opener = Callable[..., "ReaderLibrary"]
LEAD_CHARS = 200
PAGE_SIZE = 25  # results fetched each time the reader's list nears its end


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

    def parts(self, rows: int) -> tuple[Page, Page | None]:
        """The page cut in two: the first `rows` hits (more if the article to show comes
        later) and the page of the hits after them (None when there are none)."""
        hits = self.page.results.hits
        ids = [hit.id for hit in hits]
        if self.first is not None and self.first.id in ids:
            rows = max(rows, ids.index(self.first.id) + 1)
        if len(hits) <= rows:
            return self.page, None
        head = replace(self.page.results, hits=hits[:rows])
        rest = replace(self.page.results, hits=hits[rows:])
        page = self.page
        return replace(page, results=head), replace(page, offset=page.offset + rows, results=rest)


class LibraryGateway:
    """The library behind one lock; every method may be called from any thread.

    A call made before the library is open waits until it is (or until `close`). Until
    then `peek` and `get` answer from the index's document store alone (SQLite, no
    Whoosh), so the reader shows its first page while Whoosh is still loading.
    """

    def __init__(self, locations: Locations, opener: Opener | None = None) -> None:
        self.locations = locations
        self._opener = opener
        self._lock = threading.Lock()
        self._library: ReaderLibrary | None = None
        self._opened = threading.Event()
        self._preview_lock = threading.Lock()
        self._preview: Peek | None = None
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
                    self._library = self._open(refresh=refresh, progress=progress, notify=notify)
                count = self._library.count()
                self.preview_stale = self._peeked not in (None, self._library.generation)
        finally:
            self._opened.set()  # callers waiting for the library go on (or fail) now
            self._close_preview()
        return count

    def _open(self, **options) -> ReaderLibrary:
        if self._opener is not None:
            return self._opener(self.locations, **options)
        from briefing.library import Library

        # Index files read as needed, not memory-mapped: Whoosh would hold every mapped
        # segment's postings resident (the reader at 10,000 articles: 179 MB -> 59 MB
        # after searching and relating; a search costs the same CPU, related ~5% more).
        return Library.open(self.locations, mmap=False, **options)

    def peek(self, sort: str, limit: int, wanted: str | None = None) -> Preview | None:
        """The first page of the whole library by date, and the article to show with it
        (`wanted` if listed, else the first), read from the document store while the index
        is still opening. None when there is no index in this format yet, or once the
        library is open (search it instead). Made once per sort order, then kept."""
        from briefing.library.peek import Peek

        with self._preview_lock:
            if self._opened.is_set():
                return None
            if sort in self._previews:
                return self._previews[sort]
            try:
                if self._preview is None:
                    self._preview = Peek.open(self.locations)
                    if self._preview is None:
                        return None
                    self._peeked = self._preview.generation
                results = self._preview.listing(sort, limit)
                # One query for the whole page, not one per article.
                ids = [hit.id for hit in results.hits]
                shown = article_to_show(ids, wanted)
                first = self._preview.get(shown) if shown else None
                page = Page("", sort, 0, results, _leads(self._preview.bodies(ids), results))
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

    def _require(self) -> ReaderLibrary:
        if self._library is None:
            raise RuntimeError("the library is not open")
        return self._library

    @contextmanager
    def _open_library(self) -> Iterator[ReaderLibrary]:
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
        tagged: dict[str, frozenset[str]] | None = None,
    ) -> Page:
        """A page of results; raises QuerySyntaxError for a bad query.

        `only` and `exclude` restrict the results to, or keep them away from, a set of
        article ids (the store's bookmarks, or what has been read); `tagged` holds the
        articles of each tag the search names (`SearchRequest.tagged`).
        """
        with self._open_library() as library:
            results = library.search(
                query,
                limit=limit,
                sort=sort,
                offset=offset,
                only=only,
                exclude=exclude,
                filters=filters,
                tagged=tagged,
            )
            without = [hit.id for hit in results.hits if not hit.snippet]
            leads = _leads(library.bodies(without) if without else {}, results)
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
        with self._open_library() as library:
            return library.rows(ids)

    def entity(self, name: str, kind: str | None = None):
        """The entity page of `name` (None when no article names it)."""
        with self._open_library() as library:
            return library.entity(name, kind)

    def entity_names(self, prefix: str, limit: int = 20) -> list[tuple[str, str, int]]:
        """Entities of the whole library whose name starts with `prefix` (see
        `Library.entity_names`)."""
        with self._open_library() as library:
            return library.entity_names(prefix, limit)

    def timeline(self, query: str, limit: int | None = 500, filters: Filters | None = None):
        """The dated events of the articles matching `query` and `filters` (every article
        when neither says anything); a `tag:` is answered from the user's data."""
        tagged = self._tagged(query, filters)
        with self._open_library() as library:
            return library.timeline(query, limit, filters, tagged=tagged)

    def _tagged(self, query: str, filters: Filters | None) -> dict[str, frozenset[str]] | None:
        """The articles of each tag a search names, read briefly from the user's data."""
        from briefing.library.queries import query_tags

        tags = query_tags(query, filters)
        if not tags:
            return None
        from briefing.userdata import open_briefly

        with open_briefly(self.locations, check=False) as data:
            return {tag: frozenset(data.tagged(tag)) for tag in tags}

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
        from briefing.library.queries import title_words_query

        query = title_words_query(text)
        if not query:
            return []
        with self._open_library() as library:
            try:
                results = library.search(query, limit=limit, snippets=False)
            except Exception:
                return []
        return [(hit.id, hit.title) for hit in results.hits]

    def uses_samples(self) -> bool:
        """Whether the bundled samples are one of the library's sources."""
        from briefing.userdata.sources import Sources

        try:
            sources = Sources.load(self.locations)
        except Exception:  # unreadable: the reader's own open of the user's data says so
            return False
        return sources.samples or not sources.paths

    def catch_up(self) -> int:
        """The article count, after picking up an index another process rebuilt (a new
        generation replaces the one in use; one updated in place is read as it is)."""
        from briefing.library.generations import current

        with self._open_library() as library:
            live = current(self.locations.index_dir)
            moved = live is not None and library.generation not in (None, live)
        if moved:
            self._swap(self._open(refresh=False))
        return self.count()

    def _swap(self, fresh: ReaderLibrary) -> None:
        """Use `fresh` from now on, closing the handle it replaces."""
        with self._lock:
            previous, self._library = self._library, fresh
        if previous is not None:
            previous.close()

    def reindex(self, progress: Progress | None = None, rebuild: bool = False) -> IndexReport:
        """Pick up changes in the sources (or rebuild from scratch).

        The work runs on a second handle on the library, so searches and reading go on
        against the first while it runs; the fresh handle replaces it at the end.
        """
        if not rebuild:
            with self._open_library() as library:
                if library.unchanged():  # the usual launch: no second handle, no writer
                    return IndexReport(unchanged=library.count())
        fresh = self._open(refresh=False)
        try:
            report = fresh.rebuild(progress) if rebuild else fresh.refresh(progress)
        except BaseException:
            fresh.close()
            raise
        self._swap(fresh)
        return report


def _leads(bodies: dict[str, str], results: SearchResults) -> dict[str, str]:
    """A lead line (the body's start) for each hit that has no snippet."""
    leads = {}
    for hit in results.hits:
        body = bodies.get(hit.id)
        if not hit.snippet and body is not None:
            leads[hit.id] = " ".join(body[: LEAD_CHARS * 2].split())[:LEAD_CHARS]
    return leads


def article_to_show(ids: list[str], wanted: str | None) -> str | None:
    """The article to open with a first page of results: `wanted` (the one open last
    time) if the page lists it, else the first."""
    if not ids:
        return None
    return wanted if wanted in ids else ids[0]
