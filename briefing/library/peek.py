"""A look at the live generation's catalog before the library opens: no Whoosh.

Importing and opening Whoosh holds the interpreter lock that drawing needs, so the reader
shows its first page (the newest articles and the one to open) from the catalog alone,
read only, and opens the library after its first frame. If the library then heals or
rebuilds the index, the generation it opens differs from `Peek.generation`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefing.catalog.docstore import DocStore
from briefing.catalog.listing import listing_results
from briefing.core.model import Article
from briefing.core.paths import Locations
from briefing.core.results import SearchResults
from briefing.library import generations
from briefing.library.version import SCHEMA_VERSION


class Peek:
    """The live generation's catalog, read only."""

    def __init__(self, docs: DocStore, generation: Path) -> None:
        self._docs = docs
        self.generation = generation

    @classmethod
    def open(cls, locations: Locations) -> Peek | None:
        """The live generation's catalog; None when there is no index in this format."""
        generation = generations.current(locations.index_dir)
        if generation is None or generations.schema_version(generation) != SCHEMA_VERSION:
            return None
        try:
            return cls(DocStore(generation / "docs.sqlite", readonly=True), generation)
        except Exception:  # a damaged store: the library's own open heals it
            return None

    def listing(self, sort: str, limit: int) -> SearchResults:
        """The first `limit` articles of the library, newest (or oldest) first."""
        return listing_results(self._docs, "", limit, "oldest" if sort == "oldest" else "newest", 0)

    def get(self, article_id: str) -> Article | None:
        """An article by id."""
        return self._docs.get(article_id)

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        """The bodies of several articles (missing ids left out)."""
        return self._docs.bodies(ids)

    def close(self) -> None:
        """Close the catalog."""
        self._docs.close()
