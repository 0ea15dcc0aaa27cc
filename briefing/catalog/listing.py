"""Search results, and the library listed by date: what needs no Whoosh.

The reader shows its first page from here while Whoosh is still importing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore
from briefing.catalog.lookup import light_rows
from briefing.catalog.restrict import Restriction, restricted_listing


@dataclass
class Hit:
    """One search result."""

    id: str
    title: str
    source: str | None
    published: str | None
    score: float
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)
    # The other copies of this hit's same-story group: [{"id", "source"}]
    also_in: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The result as it appears in `briefing search --json`."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "highlights": [list(span) for span in self.highlights],
            "also_in": list(self.also_in),
        }


@dataclass
class SearchResults:
    """A page of results and the total number of matches."""

    query: str
    total: int
    hits: list[Hit]
    terms: frozenset[str] = frozenset()
    # Top people, places, organisations, sources and months of the matches, when asked
    facets: dict[str, list[list[Any]]] | None = None

    def to_json(self) -> dict[str, Any]:
        """The `briefing search --json` document (`facets` only when asked for)."""
        data: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "results": [hit.to_json() for hit in self.hits],
        }
        if self.facets is not None:
            data["facets"] = self.facets
        return data


def add_also_in(docs: DocStore, hits: list[Hit], others: dict[str, list[str]]) -> None:
    """Fill each hit's `also_in` with the other copies of its group and their sources."""
    wanted = {other for hit in hits for other in others.get(hit.id, [])}
    if not wanted:
        return
    rows = light_rows(docs.db, wanted)
    for hit in hits:
        hit.also_in = [
            {"id": other, "source": rows[other].source}
            for other in others.get(hit.id, [])
            if other in rows
        ]


def listing_results(
    docs: DocStore,
    text: str,
    limit: int | None,
    sort: str,
    offset: int,
    restriction: Restriction | None = None,
) -> SearchResults:
    """The library listed by date, a page at a time (an empty query's results).

    Needs the document store only, not Whoosh: the reader shows its first page with it
    while the index is still opening.
    """
    newest_first = sort != "oldest"
    if restriction is not None:
        rows, total = restricted_listing(docs, restriction, limit, offset, newest_first)
    else:
        total = docs.count()
        rows = docs.listing(total if limit is None else limit, offset, newest_first=newest_first)
    # The listing is the whole library page by page: copies stay, each naming the others.
    others = groupstore.others_of(docs.db, [row.id for row in rows])
    hits = [Hit(row.id, row.title, row.source, row.published, 0.0) for row in rows]
    add_also_in(docs, hits, others)
    return SearchResults(text, total, hits)
