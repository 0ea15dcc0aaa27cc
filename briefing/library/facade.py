"""The library: the one entry point the CLI and the reader use for articles and search.

It owns the index generation on disk (its catalog and its search index), keeps it in
step with the registered sources (a quick incremental scan on open), heals a damaged
index by rebuilding it, and answers searches and look-ups with plain data from
`briefing.core.results`. It hands out neither the catalog's connection nor the search
engine's objects. Nothing here imports Textual.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any

from briefing.catalog.docstore import DocStore, light_rows
from briefing.catalog.groupstore import others_of
from briefing.core.errors import BriefingError, LibraryLocked
from briefing.core.model import Article
from briefing.core.paths import Locations, bundled_dir
from briefing.core.results import (
    TIMELINE_LIMIT,
    EntityPage,
    Filters,
    IndexReport,
    Related,
    Row,
    SearchRequest,
    SearchResults,
    Timeline,
)
from briefing.core.sanitize import is_utf8
from briefing.ingest import DEFAULT_MAX_BYTES
from briefing.library import freshness, generations, registry, writing
from briefing.library.health import Disagreement, healing, is_damage, trouble
from briefing.library.locating import Located, locate
from briefing.library.lock import writer_lock
from briefing.library.peek import Peek
from briefing.library.queries import canonical_places
from briefing.library.scan import skipped_if_unchanged
from briefing.library.searching import clause_ids, run_search
from briefing.library.version import SCHEMA_VERSION
from briefing.library.writing import Progress
from briefing.search.index import SearchIndex
from briefing.search.query import parse_query
from briefing.search.ranking import matching_ids
from briefing.search.syntax import with_filters
from briefing.userdata.sources import Sources

Notify = Callable[[str], None]


class Library:
    """An open article library: index, document store and registered sources."""

    def __init__(
        self, locations: Locations, notify: Notify | None = None, max_bytes: int | None = None
    ):
        self.locations = locations
        self.notify = notify or (lambda message: None)
        self.max_bytes = max_bytes or _configured_max_bytes()
        self._generation: Path | None = None
        self._docs: DocStore | None = None
        self._index: SearchIndex | None = None
        self._mmap = False
        # Why the index cannot be written now (a full or read-only disk): it is read as it
        # is, never refreshed, rebuilt or set aside (see `health`). None: writable.
        self.read_only: str | None = None

    # Opening ------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        locations: Locations,
        *,
        refresh: bool = True,
        progress: Progress | None = None,
        notify: Notify | None = None,
        max_bytes: int | None = None,
        build: bool = True,
        mmap: bool = False,
        trust_recent: bool = False,
    ) -> Library:
        """Open the library, building or healing the index as needed.

        With `refresh`, new, changed and vanished files are picked up first (skipped,
        with a notice, while another process holds the writer lock). Without `build`, a
        missing index starts empty instead of being built from the current sources (for
        `briefing index PATH`, which is about to change them).

        Index files are read as needed. With `mmap`, Whoosh copies each segment into memory
        as it opens it (414 MB at 100,000 articles) for 5-8% less CPU per search: no command
        or the reader asks for it (tests compare the two).

        With `trust_recent` (the CLI's read commands), the refresh is skipped when a full
        look found the index up to date moments ago and no folder changed since (the rule
        is in `freshness`).
        """
        library = cls(locations, notify, max_bytes)
        library._mmap = mmap
        moved = generations.clear_the_way(locations.index_dir)
        if moved is not None:
            library.notify(f"{locations.index_dir} was not a folder; moved it to {moved}")
        locations.ensure()
        if not build and generations.current(locations.index_dir) is None:
            library._create_empty()
            return library
        library._open_generation(progress)
        if refresh and library._generation is not None and library.read_only is None:
            if trust_recent and freshness.recently_checked(
                library._generation, Sources.load(locations, library.notify).roots()
            ):
                return library
            try:
                library.refresh(progress, wait=0.0)
            except LibraryLocked:
                library.notify("another briefing process is indexing; showing the index as it is")
            except Exception as error:
                if not library.heal(error):  # damage is rebuilt; trouble leaves it as it is
                    if is_damage(error) or not isinstance(error, (OSError, sqlite3.Error)):
                        raise
                    library.notify(
                        f"the index could not be updated ({trouble(error)}); showing it as it is"
                    )
        return library

    def _open_generation(self, progress: Progress | None) -> None:
        index_dir = self.locations.index_dir
        generation = generations.current(index_dir)
        if generation is not None and generations.schema_version(generation) != SCHEMA_VERSION:
            self.notify("the index format changed; rebuilding it from your sources")
            self.rebuild(progress)
            return
        if generation is None:
            if Sources.load(self.locations, self.notify).roots() == [bundled_dir("sample_data")]:
                self.notify(
                    "indexing the sample library (run 'briefing index PATH' to use your own)"
                )
            self.rebuild(progress)
            return
        try:
            self._attach(generation)
            self._probe()
        except Exception as error:  # damage (unpickling, zlib, EOF, SQLite) or trouble
            self._detach()
            if not is_damage(error, opening=True):  # a full or read-only disk: read it as it is
                self._attach_read_only(generation, error)
                return
            aside = generations.set_aside(index_dir, generation)
            self.notify(
                f"the index could not be read ({type(error).__name__}); moved it to {aside} and rebuilt it"
            )
            self.rebuild(progress)

    def _attach_read_only(self, generation: Path, error: Exception) -> None:
        """Open a generation that cannot be written now (never refreshed or set aside)."""
        try:
            self._generation = generation
            self._docs = DocStore(generation / "docs.sqlite", readonly=True)
            self._index = SearchIndex.open(generation, mmap=self._mmap)
        except Exception:
            self._detach()
            raise error from None
        self.read_only = trouble(error)
        self.notify(f"the index cannot be updated ({self.read_only}); showing it as it is")

    def heal(self, error: Exception) -> bool:
        """Set the generation aside and rebuild the index when `error` is damage (told in
        one line); False (nothing done) for any other error, or when it cannot be written."""
        generation, index_dir = self._generation, self.locations.index_dir
        if generation is None or self.read_only is not None or not is_damage(error):
            return False
        self._detach()
        with writer_lock(index_dir, 30.0, self._waiting):
            if generations.current(index_dir) == generation:  # not healed by another process
                aside = generations.set_aside(index_dir, generation)
                self.notify(
                    f"the index was damaged ({type(error).__name__}: {trouble(error)}); "
                    f"moved it to {aside} and rebuilt it"
                )
        self._open_generation(None)
        return True

    @staticmethod
    def peek(locations: Locations) -> Peek | None:
        """The live generation's catalog, read only, before the library opens (no
        Whoosh: the reader's first page); None when there is no index in this format."""
        return Peek.open(locations)

    def _create_empty(self) -> None:
        index_dir = self.locations.index_dir
        with writer_lock(index_dir, 30.0, self._waiting):
            if generations.current(index_dir) is None:
                generation = generations.create(index_dir)
                DocStore(generation / "docs.sqlite").close()
                SearchIndex.create(generation)
                generations.activate(index_dir, generation)
        self._attach(generations.current(index_dir))

    def _attach(self, generation: Path) -> None:
        self._generation = generation
        self._docs = DocStore(generation / "docs.sqlite")
        self._index = SearchIndex.open(generation, mmap=self._mmap)

    def _probe(self) -> None:
        if self._search_index().probe() != self._catalog().count():
            raise Disagreement("index and document store disagree")

    def _detach(self) -> None:
        if self._index is not None:
            self._index.close()
        if self._docs is not None:
            try:
                self._docs.close()
            except Exception:
                pass
        self._docs = self._index = None
        self._generation = None

    def close(self) -> None:
        """Release the index and the document store."""
        self._detach()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def generation(self) -> Path | None:
        """The folder of the index generation in use (its catalog and search index)."""
        return self._generation

    def _catalog(self) -> DocStore:
        if self._docs is None:
            raise BriefingError("the library is not open")
        return self._docs

    def _search_index(self) -> SearchIndex:
        if self._index is None:
            raise BriefingError("the library is not open")
        return self._index

    # Indexing -----------------------------------------------------------------------
    def refresh(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Pick up new, changed and vanished files in the registered sources."""
        return self._update(Sources.load(self.locations, self.notify).roots(), progress, wait)

    def index(
        self, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None
    ) -> IndexReport:
        """Register folders or files as sources and index them."""
        sources = Sources.load(self.locations, self.notify)
        if registry.register(sources, paths):
            return self._without_samples(sources, progress)  # your library replaces them
        sources.save(self.locations)
        return self.refresh(progress)

    def remove_source(
        self, path: str | os.PathLike[str], progress: Progress | None = None
    ) -> IndexReport:
        """Drop a registered source; its articles leave the index (notes on them stay).
        The samples' folder, as `sources` lists it, drops the samples."""
        if registry.is_samples(path):
            return self.drop_samples(progress)
        sources = Sources.load(self.locations, self.notify)
        registry.unregister(sources, path)
        sources.save(self.locations)
        return self.refresh(progress)

    def drop_samples(self, progress: Progress | None = None) -> IndexReport:
        """Take the bundled samples out of the library (`index --no-samples`); the report's
        `samples_removed` says how many of the removed articles they were."""
        sources = Sources.load(self.locations, self.notify)
        if not sources.paths:
            raise BriefingError(
                "the samples are the only source; index a folder of your own first "
                "('briefing index PATH' replaces them)"
            )
        return self._without_samples(sources, progress)

    def _without_samples(self, sources: Sources, progress: Progress | None) -> IndexReport:
        samples = bundled_dir("sample_data")
        had = samples in sources.roots() and self._docs is not None
        before = self._catalog().counts_by_path_prefix([str(samples)]) if had else {}
        sources.samples = False
        sources.save(self.locations)
        report = self.refresh(progress)
        report.samples_removed = min(before.get(str(samples), 0), report.removed)
        return report

    def use_samples(self, progress: Progress | None = None) -> IndexReport:
        """Bring the bundled sample library back into the library."""
        sources = Sources.load(self.locations, self.notify)
        sources.samples = True
        sources.save(self.locations)
        return self.refresh(progress)

    def rebuild(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Build a fresh index in a new generation and swap it in atomically."""
        self._check_writable()
        index_dir = self.locations.index_dir
        with writer_lock(index_dir, wait, self._waiting):
            generations.clean(index_dir)  # what killed runs left
            generation = generations.create(index_dir)
            try:
                report = writing.build(
                    generation, self.locations, self.notify, self.max_bytes, progress
                )
                self._detach()
                generations.activate(index_dir, generation)
            except BaseException:  # a full disk, Ctrl-C: no half-built folder is left
                generations.discard(generation)
                raise
            self._attach(generation)
        return report

    def _check_writable(self) -> None:
        if self.read_only is not None:
            raise BriefingError(f"the index cannot be updated now: {self.read_only}")

    def unchanged(self) -> bool:
        """Whether no registered file is new, changed or gone since the last indexing run
        (the quick look a refresh starts with; no lock, nothing written). The reader asks
        this before opening a second handle to refresh in the background."""
        if self._generation is None:
            return False
        if self.read_only is not None:
            return True  # nothing could be picked up now anyway
        docs = self._catalog()
        roots = Sources.load(self.locations, self.notify).roots()
        found = skipped_if_unchanged(roots, docs.known_files(), docs.failed_files(), self.max_bytes)
        return found is not None

    def _update(self, roots: list[Path], progress: Progress | None, wait: float) -> IndexReport:
        if self._generation is None:
            return self.rebuild(progress)
        self._check_writable()
        with writer_lock(self.locations.index_dir, wait, self._waiting):
            generations.clean(self.locations.index_dir)  # what killed runs left
            return writing.update(
                self._generation,
                self._catalog(),
                self._search_index(),
                self.locations,
                self.notify,
                self.max_bytes,
                roots,
                progress,
            )

    def _waiting(self) -> None:
        self.notify("waiting for another briefing process to finish indexing…")

    # Reading ------------------------------------------------------------------------
    @healing
    def search(self, query: str, **options: Any) -> SearchResults:
        """Search the library (its query syntax); an empty query lists it by date.

        `options` are those of `SearchRequest` (limit, sort, offset, snippets, facets,
        filters, only, exclude). Same-story copies show once, with the others in each
        hit's `also_in`.
        """
        return run_search(self._search_index(), self._catalog(), SearchRequest(query, **options))

    @healing
    def related(self, id_or_path: str, limit: int = 10) -> list[Related]:
        """The `limit` articles most related to an article (by id or path), best first.

        One per same-story group, never the article's own group; each carries its
        reasons (`why`). Raises BriefingError when there is no such article.
        """
        article = self.resolve(id_or_path)
        if article is None:
            raise BriefingError(f"{id_or_path}: no such article id or indexed file")
        from briefing.library.related import related as find_related

        searcher = self._search_index().searcher()
        return find_related(searcher, self._catalog().db, article, limit)

    @healing
    def entity(self, name: str, kind: str | None = None) -> EntityPage | None:
        """The page of a person, place or organisation ("person:NAME" picks the kind),
        or None when no article names it."""
        from briefing.catalog.entities import entity_page

        if not is_utf8(name):
            return None  # no name in the catalog is (SQLite cannot even look it up)
        return entity_page(self._catalog().db, name, kind)

    @healing
    def entity_names(self, prefix: str, limit: int = 20) -> list[tuple[str, str, int]]:
        """(name, kind, article count) of the entities whose name, or a form articles use
        for them, starts with `prefix`; most written about first."""
        from briefing.catalog.entities import entity_names

        if not is_utf8(prefix):
            return []
        return entity_names(self._catalog().db, prefix, limit)

    @healing
    def timeline(
        self,
        query: str = "",
        limit: int | None = TIMELINE_LIMIT,
        filters: Filters | None = None,
        tagged: Mapping[str, Collection[str]] | None = None,
    ) -> Timeline:
        """The dated events of the articles matching `query` (all, when empty) and
        `filters`, in date order; copies of one story reporting the same date make one
        event. The timeline's `query` is the search it ran (filters included); `tagged`
        answers its `tag:` clauses (as in `SearchRequest`)."""
        from briefing.catalog.timeline import build_timeline

        query = with_filters(query, filters)
        db = self._catalog().db
        if not query.strip():
            return build_timeline(db, query, None, limit)
        parsed = parse_query(canonical_places(query), clause_ids(self._catalog(), tagged))
        ids = matching_ids(self._search_index().searcher(), parsed)
        return build_timeline(db, query, ids, limit)

    def facets(self, query: str = "") -> dict[str, list[list[object]]]:
        """Top people, places, organisations, sources and months of a query's matches."""
        return self.search(query, limit=1, snippets=False, facets=True).facets or {}

    @healing
    def same_story(self, article_id: str) -> list[str]:
        """The other copies of an article's same-story group (ids, sorted)."""
        return others_of(self._catalog().db, [article_id]).get(article_id, [])

    @healing
    def get(self, article_id: str) -> Article | None:
        """An article by id."""
        if not is_utf8(article_id):
            return None  # ids are ASCII; a pasted name that was not UTF-8 is none of them
        return self._catalog().get(article_id)

    @healing
    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        """The bodies of several articles by id (missing ids left out; no facts read)."""
        return self._catalog().bodies(ids)

    @healing
    def rows(self, ids: Iterable[str]) -> dict[str, Row]:
        """Title, source and date of several articles by id (missing ids left out)."""
        return light_rows(self._catalog().db, ids)

    @healing
    def resolve(self, id_or_path: str) -> Article | None:
        """An article by id, by the path of a file it was read from, or by that path and
        its entry's label ("feed.jsonl:2")."""
        located = self.locate(id_or_path)
        return self._catalog().get(located.article_id) if located else None

    @healing
    def locate(self, id_or_path: str) -> Located | None:
        """Which article `id_or_path` names, and of which file (see `locating`)."""
        if not is_utf8(id_or_path):
            return None  # no id, and no file the index could record (see `scan`)
        return locate(self._catalog(), id_or_path)

    @healing
    def ids(self) -> set[str]:
        """Every article id in the library."""
        return self._catalog().ids()

    @healing
    def count(self) -> int:
        """Number of articles."""
        return self._catalog().count()

    @healing
    def listing(self, limit: int, offset: int = 0, newest_first: bool = True) -> list[Row]:
        """Light rows (no bodies) by date."""
        return self._catalog().listing(limit, offset, newest_first)

    @healing
    def sources(self) -> list[dict[str, object]]:
        """The registered sources with their article counts."""
        roots = [str(root) for root in Sources.load(self.locations, self.notify).roots()]
        counts = self._catalog().counts_by_path_prefix(roots)
        samples = str(bundled_dir("sample_data"))
        return [
            {"path": root, "articles": counts.get(root, 0), "samples": root == samples}
            for root in roots
        ]


def _configured_max_bytes() -> int:
    value = os.environ.get("BRIEFING_MAX_FILE_MB")
    try:
        return int(float(value) * 1024 * 1024) if value else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES
