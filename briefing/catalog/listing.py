"""The library listed by date, a page at a time, and results kept to (or away from) a
set of article ids: what needs no Whoosh.

The reader shows its first page from here while Whoosh is still importing. The ids of a
`Restriction` come from the user's data (bookmarks, what was read), not from the index,
so they are applied after the index has ranked or listed: for a query, over every match
(ranked as usual); for the listing, over the light rows, newest or oldest first, a chunk
at a time.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore, light_rows, present
from briefing.core.results import Hit, Row, SearchResults

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
    docs: DocStore,
    restriction: Restriction,
    limit: int | None,
    offset: int,
    newest_first: bool,
    fold: bool = True,
) -> tuple[list[Row], int]:
    """A page of the library listing under `restriction`, and how many rows it allows
    (with `fold`, same-story copies left out as the listing leaves them out)."""
    end = None if limit is None else offset + limit
    if restriction.only is not None:
        rows = [row for row in light_rows(docs.db, restriction.only).values()]
        copies = (
            groupstore.copies_among(docs.db, [row.id for row in rows], newest_first) if fold else ()
        )
        rows = sorted(
            (row for row in rows if restriction.allows(row.id) and row.id not in copies),
            key=lambda r: r.title,
        )
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
    excluded = present(docs.db, restriction.exclude or ())
    if fold:
        excluded -= groupstore.copies_among(docs.db, excluded, newest_first)
    total = _listed_count(docs, newest_first, fold) - len(excluded)
    page: list[Row] = []
    skipped = 0
    start = 0
    while end is None or len(page) < limit:
        chunk = _page(docs, CHUNK, start, newest_first, fold)
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


def _page(docs: DocStore, limit: int | None, offset: int, newest_first: bool, fold: bool):
    """A page of the listing by date, each same-story group folded (with `fold`) or not."""
    if fold:
        return groupstore.listed_page(docs.db, limit, offset, newest_first)
    return docs.listing(docs.count() if limit is None else limit, offset, newest_first)


def _listed_count(docs: DocStore, newest_first: bool, fold: bool) -> int:
    """How many rows the listing has: stories with `fold`, else articles."""
    return docs.count() - (groupstore.copy_count(docs.db, newest_first) if fold else 0)


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
    fold: bool = True,
) -> SearchResults:
    """The library listed by date, a page at a time (an empty query's results).

    Needs the document store only, not Whoosh: the reader shows its first page with it
    while the index is still opening. Same-story copies are folded as a search folds them
    (unless `fold` is False): `total` counts stories.
    """
    newest_first = sort != "oldest"
    # Same-story copies show once, as in a search: the first listed names the others
    # (which articles are copies is kept by the catalog: nothing here reads them).
    if restriction is not None:
        rows, total = restricted_listing(docs, restriction, limit, offset, newest_first, fold)
    else:
        total = _listed_count(docs, newest_first, fold)
        rows = _page(docs, limit, offset, newest_first, fold)
    others = groupstore.others_of(docs.db, [row.id for row in rows]) if fold else {}
    hits = [Hit(row.id, row.title, row.source, row.published, 0.0) for row in rows]
    add_also_in(docs, hits, others)
    return SearchResults(text, total, hits)
