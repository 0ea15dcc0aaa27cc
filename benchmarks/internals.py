"""What a benchmark reads below the library's facade (benchmarks are not held to the
package's import rules): the catalog's SQLite connection and a search-index searcher of
the library's live generation, each opened beside the library's own."""

from __future__ import annotations

import sqlite3


def catalog_db(library) -> sqlite3.Connection:
    """A read-only connection to the catalog of `library`'s generation."""
    from briefing.catalog.docstore import DocStore

    return DocStore(library.generation / "docs.sqlite", readonly=True).db


def searcher(library):
    """A searcher of `library`'s generation (Whoosh's, for reference rankings)."""
    from briefing.search.index import SearchIndex

    return SearchIndex.open(library.generation).searcher()
