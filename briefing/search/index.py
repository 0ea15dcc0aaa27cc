"""The search index of one generation folder: create, open, search, write, check.

The library holds one `SearchIndex` per open generation and asks it for searchers and
writers; nothing outside `search/` sees a Whoosh object's type, only what these methods
return.
"""

from __future__ import annotations

from pathlib import Path

from briefing.search.schema import build_schema


class SearchIndex:
    """The Whoosh index in `folder` (a generation), and the searcher last handed out."""

    def __init__(self, ix, folder: Path) -> None:
        self._ix = ix
        self.folder = folder
        self._searcher = None

    @classmethod
    def create(cls, folder: Path) -> SearchIndex:
        """A new, empty index in `folder`."""
        from whoosh import index as whoosh_index

        return cls(whoosh_index.create_in(str(folder), build_schema()), folder)

    @classmethod
    def open(cls, folder: Path, mmap: bool = True) -> SearchIndex:
        """The index in `folder`. Without `mmap`, files are read as needed instead of
        memory-mapped: Whoosh copies a mapped segment's postings into memory when it opens
        it (tens of MB at 10,000 articles), which a one-search process does not earn back."""
        if mmap:
            from whoosh import index as whoosh_index

            return cls(whoosh_index.open_dir(str(folder)), folder)
        from whoosh.filedb.filestore import FileStorage

        return cls(FileStorage(str(folder), supports_mmap=False).open_index(), folder)

    def searcher(self):
        """A searcher, reopened when the index changed.

        Not `Searcher.refresh()`: it reuses segment readers and so misses deletions made
        in a segment it already had open.
        """
        if self._searcher is not None:
            if self._ix.latest_generation() == self._searcher.reader().generation():
                return self._searcher
            self._searcher.close()
        self._searcher = self._ix.searcher()
        return self._searcher

    def writer(self, **options):
        """A writer for the indexer (see `writer.LeanWriter`), over files read as needed:
        replacing a document looks its id up in every segment, and a memory-mapped
        segment is copied into memory whole when opened (the indexer's process grew by
        the postings of the whole index at the end of every run)."""
        from whoosh.filedb.filestore import FileStorage

        from briefing.search.writer import LeanWriter

        storage = FileStorage(str(self.folder), supports_mmap=False)
        return LeanWriter(storage.open_index(schema=self._ix.schema), **options)

    def probe(self) -> int:
        """Read a little of everything a search touches (raises on damage); the number of
        documents."""
        from whoosh.query import Term

        searcher = self.searcher()
        searcher.search(Term("id", "probe"), limit=1)
        for fieldname in ("title", "body"):
            for _ in zip(range(3), searcher.lexicon(fieldname), strict=False):
                pass
        return searcher.doc_count()

    def doc_count(self) -> int:
        """Documents in the index (deleted ones not counted)."""
        return self.searcher().doc_count()

    def ids(self) -> list[str]:
        """The article id of every document, in document order (a copy counted twice)."""
        return [fields["id"] for _, fields in self.searcher().reader().iter_docs()]

    def stories(self) -> dict[str, str]:
        """Article id -> the `story` (same-story group) the index holds for it."""
        from whoosh.query import Term

        searcher = self.searcher()
        stories = {}
        for story in searcher.reader().lexicon("story"):
            label = story.decode("utf-8")
            for docnum in searcher.docs_for_query(Term("story", label)):
                stories[searcher.stored_fields(docnum)["id"]] = label
        return stories

    def close(self) -> None:
        """Release the searcher (the index files stay)."""
        if self._searcher is not None:
            try:
                self._searcher.close()
            except Exception:
                pass
            self._searcher = None
