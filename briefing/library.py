"""The library: the one entry point the CLI and the reader use for articles and search.

It owns the index generation on disk, keeps it in step with the registered sources
(a quick incremental scan on open), heals a damaged index by rebuilding it, and answers
searches and look-ups. Nothing here imports Textual.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from briefing.core.errors import BriefingError, LibraryLocked
from briefing.core.model import Article
from briefing.core.paths import Locations, bundled_dir
from briefing.index import generations
from briefing.index.build import Indexer, IndexReport, Progress
from briefing.index.docstore import DocStore, Listing
from briefing.index.entities import EntityPage, entity_page
from briefing.index.groupstore import others_of
from briefing.index.identity import IdentityMemory
from briefing.index.lock import writer_lock
from briefing.index.query import parse_query
from briefing.index.related import Related
from briefing.index.related import related as find_related
from briefing.index.restrict import Restriction
from briefing.index.results import SearchResults
from briefing.index.scan import skipped_if_unchanged
from briefing.index.schema import build_schema
from briefing.index.search import matching_ids, run_search
from briefing.index.sources import Sources
from briefing.index.timeline import DEFAULT_LIMIT as TIMELINE_LIMIT
from briefing.index.timeline import Timeline, build_timeline
from briefing.index.version import SCHEMA_VERSION
from briefing.ingest import DEFAULT_MAX_BYTES

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
        self._ix = None
        self._searcher = None
        self._mmap = True

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
        mmap: bool = True,
    ) -> Library:
        """Open the library, building or healing the index as needed.

        With `refresh`, new, changed and vanished files are picked up first (skipped,
        with a notice, while another process holds the writer lock). Without `build`, a
        missing index starts empty instead of being built from the current sources (for
        `briefing index PATH`, which is about to change them).

        Without `mmap`, index files are read as needed instead of memory-mapped: Whoosh
        copies a mapped segment's postings into memory when it opens it (tens of MB at
        10,000 articles), which a one-search process does not earn back.
        """
        library = cls(locations, notify, max_bytes)
        library._mmap = mmap
        locations.ensure()
        if not build and generations.current(locations.index_dir) is None:
            library._create_empty()
            return library
        library._open_generation(progress)
        if refresh and library._generation is not None:
            try:
                library.refresh(progress, wait=0.0)
            except LibraryLocked:
                library.notify("another briefing process is indexing; showing the index as it is")
        return library

    def _open_generation(self, progress: Progress | None) -> None:
        index_dir = self.locations.index_dir
        generation = generations.current(index_dir)
        if generation is not None and generations.schema_version(generation) != SCHEMA_VERSION:
            self.notify("the index format changed; rebuilding it from your sources")
            self.rebuild(progress)
            return
        if generation is None:
            if Sources.load(self.locations).roots() == [bundled_dir("sample_data")]:
                self.notify(
                    "indexing the sample library (run 'briefing index PATH' to use your own)"
                )
            self.rebuild(progress)
            return
        try:
            self._attach(generation)
            self._probe()
        except Exception as error:  # any damage: unpickling, zlib, EOF, missing segment, SQLite
            self._detach()
            aside = generations.set_aside(index_dir, generation)
            self.notify(
                f"the index could not be read ({type(error).__name__}); moved it to {aside} and rebuilt it"
            )
            self.rebuild(progress)

    def _create_empty(self) -> None:
        from whoosh import index as whoosh_index

        index_dir = self.locations.index_dir
        with writer_lock(index_dir, 30.0, self._waiting):
            if generations.current(index_dir) is None:
                generation = generations.create(index_dir)
                DocStore(generation / "docs.sqlite").close()
                whoosh_index.create_in(str(generation), build_schema())
                generations.activate(index_dir, generation)
        self._attach(generations.current(index_dir))

    def _attach(self, generation: Path) -> None:
        from whoosh import index as whoosh_index

        self._generation = generation
        self._docs = DocStore(generation / "docs.sqlite")
        if self._mmap:
            self._ix = whoosh_index.open_dir(str(generation))
        else:
            from whoosh.filedb.filestore import FileStorage

            self._ix = FileStorage(str(generation), supports_mmap=False).open_index()
        self._searcher = None

    def _probe(self) -> None:
        from whoosh.query import Term

        searcher = self.searcher()
        searcher.search(Term("id", "probe"), limit=1)
        for fieldname in ("title", "body"):
            for _ in zip(range(3), searcher.lexicon(fieldname), strict=False):
                pass
        if searcher.doc_count() != self.docs.count():
            raise BriefingError("index and document store disagree")

    def _detach(self) -> None:
        if self._searcher is not None:
            try:
                self._searcher.close()
            except Exception:
                pass
        if self._docs is not None:
            try:
                self._docs.close()
            except Exception:
                pass
        self._searcher = self._docs = self._ix = None
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
        """The folder of the index generation in use."""
        return self._generation

    @property
    def docs(self) -> DocStore:
        """The document store of the live generation."""
        if self._docs is None:
            raise BriefingError("the library is not open")
        return self._docs

    def searcher(self):
        """A Whoosh searcher, reopened when the index changed.

        Not `Searcher.refresh()`: it reuses segment readers and so misses deletions made
        in a segment it already had open.
        """
        if self._searcher is not None:
            if self._ix.latest_generation() == self._searcher.reader().generation():
                return self._searcher
            self._searcher.close()
        self._searcher = self._ix.searcher()
        return self._searcher

    # Indexing -----------------------------------------------------------------------
    def refresh(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Pick up new, changed and vanished files in the registered sources."""
        return self._update(Sources.load(self.locations).roots(), progress, wait)

    def index(
        self, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None
    ) -> IndexReport:
        """Register folders or files as sources and index them."""
        sources = Sources.load(self.locations)
        resolved = []
        for path in paths:
            target = Path(path).expanduser()
            if not target.exists():
                raise BriefingError(f"{path}: no such file or folder")
            resolved.append(str(target.resolve()))
        first_own = not sources.paths
        for path in resolved:
            if path not in sources.paths:
                sources.paths.append(path)
        if first_own and resolved:
            sources.samples = False
        sources.save(self.locations)
        return self.refresh(progress)

    def remove_source(
        self, path: str | os.PathLike[str], progress: Progress | None = None
    ) -> IndexReport:
        """Drop a registered source; its articles leave the index (notes on them stay)."""
        sources = Sources.load(self.locations)
        wanted = str(Path(path).expanduser().resolve())
        if wanted not in sources.paths:
            raise BriefingError(f"{path}: not a registered source (see 'briefing sources')")
        sources.paths.remove(wanted)
        sources.save(self.locations)
        return self.refresh(progress)

    def use_samples(self, progress: Progress | None = None) -> IndexReport:
        """Bring the bundled sample library back into the library."""
        sources = Sources.load(self.locations)
        sources.samples = True
        sources.save(self.locations)
        return self.refresh(progress)

    def rebuild(self, progress: Progress | None = None, wait: float = 30.0) -> IndexReport:
        """Build a fresh index in a new generation and swap it in atomically."""
        from whoosh import index as whoosh_index

        index_dir = self.locations.index_dir
        with writer_lock(index_dir, wait, self._waiting):
            generation = generations.create(index_dir)
            docs = DocStore(generation / "docs.sqlite")
            ix = whoosh_index.create_in(str(generation), build_schema())
            identity = IdentityMemory(self.locations.identity_db)
            try:
                indexer = Indexer(docs, ix, identity, self.max_bytes, progress)
                report = indexer.update(Sources.load(self.locations).roots())
                _remove_recurring_furniture(docs, ix)
            finally:
                docs.close()
                identity.close()
            self._detach()
            generations.activate(index_dir, generation)
            self._attach(generation)
        return report

    def unchanged(self) -> bool:
        """Whether no registered file is new, changed or gone since the last indexing run
        (the quick look a refresh starts with; no lock, nothing written). The reader asks
        this before opening a second handle to refresh in the background."""
        if self._generation is None:
            return False
        known = self.docs.db.execute("SELECT path, size, mtime_ns FROM files")
        return skipped_if_unchanged(Sources.load(self.locations).roots(), known) is not None

    def _update(self, roots: list[Path], progress: Progress | None, wait: float) -> IndexReport:
        if self._generation is None:
            return self.rebuild(progress)
        identity = IdentityMemory(self.locations.identity_db)
        try:
            with writer_lock(self.locations.index_dir, wait, self._waiting):
                # The usual case on every launch, nothing new, changed or gone: a look at
                # each file and at the index's file table, no file states, no writer.
                known = self.docs.db.execute("SELECT path, size, mtime_ns FROM files")
                skipped = skipped_if_unchanged(roots, known)
                if skipped is not None:
                    return IndexReport(unchanged=self.docs.count(), skipped=skipped)
                indexer = Indexer(self.docs, self._ix, identity, self.max_bytes, progress)
                report = indexer.update(roots)
                _remove_recurring_furniture(self.docs, self._ix)
        finally:
            identity.close()
        return report

    def _waiting(self) -> None:
        self.notify("waiting for another briefing process to finish indexing…")

    # Reading ------------------------------------------------------------------------
    def search(
        self,
        query: str,
        limit: int | None = 10,
        sort: str = "relevance",
        offset: int = 0,
        snippets: bool = True,
        facets: bool = False,
        only: Collection[str] | None = None,
        exclude: Collection[str] | None = None,
    ) -> SearchResults:
        """Search the library (Whoosh query syntax); an empty query lists it by date.

        Same-story copies show once, with the others in each hit's `also_in`; `facets`
        adds the top people, places, organisations, sources and months of the matches;
        `only` / `exclude` keep the results to, or away from, a set of article ids.
        """
        restriction = Restriction(only, exclude)
        return run_search(
            self.searcher(), self.docs, query, limit, sort, offset, snippets, facets, restriction
        )

    def related(self, id_or_path: str, limit: int = 10) -> list[Related]:
        """The `limit` articles most related to an article (by id or path), best first.

        One per same-story group, never the article's own group; each carries its
        reasons (`why`). Raises BriefingError when there is no such article.
        """
        article = self.resolve(id_or_path)
        if article is None:
            raise BriefingError(f"{id_or_path}: no such article id or indexed file")
        return find_related(self.searcher(), self.docs.db, article, limit)

    def entity(self, name: str, kind: str | None = None) -> EntityPage | None:
        """The page of a person, place or organisation ("person:NAME" picks the kind),
        or None when no article names it."""
        return entity_page(self.docs.db, name, kind)

    def timeline(self, query: str = "", limit: int | None = TIMELINE_LIMIT) -> Timeline:
        """The dated events of the articles matching `query` (all, when empty), in date
        order; copies of one story reporting the same date make one event."""
        if not query.strip():
            return build_timeline(self.docs.db, query, None, limit)
        ids = matching_ids(self.searcher(), parse_query(query))
        return build_timeline(self.docs.db, query, ids, limit)

    def facets(self, query: str = "") -> dict[str, list[list[object]]]:
        """Top people, places, organisations, sources and months of a query's matches."""
        return self.search(query, limit=1, snippets=False, facets=True).facets or {}

    def same_story(self, article_id: str) -> list[str]:
        """The other copies of an article's same-story group (ids, sorted)."""
        return others_of(self.docs.db, [article_id]).get(article_id, [])

    def get(self, article_id: str) -> Article | None:
        """An article by id."""
        return self.docs.get(article_id)

    def resolve(self, id_or_path: str) -> Article | None:
        """An article by id, or by the path of any file it was read from."""
        article = self.docs.get(id_or_path)
        if article is not None:
            return article
        candidate = Path(id_or_path).expanduser()
        if candidate.exists():
            for form in (str(candidate.absolute()), str(candidate.resolve())):
                article_id = self.docs.article_for_path(form)
                if article_id:
                    return self.docs.get(article_id)
        return None

    def ids(self) -> set[str]:
        """Every article id in the library."""
        return self.docs.ids()

    def count(self) -> int:
        """Number of articles."""
        return self.docs.count()

    def listing(self, limit: int, offset: int = 0, newest_first: bool = True) -> list[Listing]:
        """Light rows (no bodies) by date."""
        return self.docs.listing(limit, offset, newest_first)

    def sources(self) -> list[dict[str, object]]:
        """The registered sources with their article counts."""
        registry = Sources.load(self.locations)
        roots = [str(root) for root in registry.roots()]
        counts = self.docs.counts_by_path_prefix(roots)
        samples = str(bundled_dir("sample_data"))
        return [
            {"path": root, "articles": counts.get(root, 0), "samples": root == samples}
            for root in roots
        ]


def _remove_recurring_furniture(docs: DocStore, ix) -> None:
    """Take out lines that recur across a source's articles (see `index.recurring`)."""
    from briefing.index.build import whoosh_fields
    from briefing.index.recurring import recurring_plan, remove_recurring

    plan = recurring_plan(docs, docs.take_touched())
    if not plan:
        return
    docs.begin()
    writer = ix.writer()
    try:
        remove_recurring(
            docs, plan, lambda article: writer.update_document(**whoosh_fields(article))
        )
        docs.take_touched()
        writer.commit()
        docs.commit()
    except BaseException:
        writer.cancel()
        docs.rollback()
        raise


def _configured_max_bytes() -> int:
    value = os.environ.get("BRIEFING_MAX_FILE_MB")
    try:
        return int(float(value) * 1024 * 1024) if value else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES
