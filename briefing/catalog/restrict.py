"""Results kept to a set of article ids (the bookmarks) or away from one (what was read).

The ids come from the user's store, not from the index, so they are applied after the
index has ranked or listed: for a query, over every match (ranked as usual); for the
listing, over the light rows, newest or oldest first, a chunk at a time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from briefing.catalog.docstore import DocStore
from briefing.catalog.lookup import Row, in_chunks, light_rows

CHUNK = 500


@dataclass(frozen=True)
class Restriction:
    """Keep only `only` (when given) and never `exclude` (when given)."""

    only: Collection[str] | None = None
    exclude: Collection[str] | None = None

    @property
    def active(self) -> bool:
        """Whether anything is restricted."""
        return self.only is not None or self.exclude is not None

    def allows(self, article_id: str) -> bool:
        """Whether `article_id` may be shown."""
        if self.only is not None and article_id not in self.only:
            return False
        return self.exclude is None or article_id not in self.exclude

    def keep(self, ids: Iterable[str]) -> list[str]:
        """The allowed ids, in their order."""
        return [article_id for article_id in ids if self.allows(article_id)]


def restricted_listing(
    docs: DocStore, restriction: Restriction, limit: int | None, offset: int, newest_first: bool
) -> tuple[list[Row], int]:
    """A page of the library listing under `restriction`, and how many rows it allows."""
    end = None if limit is None else offset + limit
    if restriction.only is not None:
        rows = [row for row in light_rows(docs.db, restriction.only).values()]
        rows = sorted((row for row in rows if restriction.allows(row.id)), key=lambda r: r.title)
        # The listing's order: dated newest (or oldest) first, titles A to Z within a
        # date (sorting is stable, reversed too), then the undated.
        dated = sorted(
            (row for row in rows if row.published),
            key=lambda row: row.published,
            reverse=newest_first,
        )
        undated = [row for row in rows if not row.published]
        ordered = dated + undated
        return ordered[offset:end], len(ordered)
    excluded = restriction.exclude or ()
    present = sum(
        row[0] for row in in_chunks(docs.db, "SELECT COUNT(*) FROM articles WHERE id IN", excluded)
    )
    total = docs.count() - present
    page: list[Row] = []
    skipped = 0
    start = 0
    while end is None or len(page) < limit:
        chunk = docs.listing(CHUNK, start, newest_first=newest_first)
        if not chunk:
            break
        start += len(chunk)
        for row in chunk:
            if not restriction.allows(row.id):
                continue
            if skipped < offset:
                skipped += 1
                continue
            page.append(Row(row.id, row.title, row.source, row.published))
            if limit is not None and len(page) >= limit:
                break
    return page, total
