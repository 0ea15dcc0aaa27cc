"""Which articles an export covers, and which notes have lost their article.

Without filters an export covers every annotated article: with notes, tags or a bookmark.
`--bookmarked` and `--tag` narrow that set; `--query` instead starts from the library's
search results (all of them), so a topic briefing can include articles without notes;
`--since`/`--until` keep articles published on or between those days (inclusive). Notes
whose article has left the library are "orphaned": they get their own section when no
filter is used (they have no date, tag or search text to match).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from briefing.core.model import Article
from briefing.store import Note, Store

Lookup = Callable[[str], Article | None]
Search = Callable[[str], Iterable[str]]


@dataclass(frozen=True)
class ExportFilters:
    """The filters of one export (all optional)."""

    bookmarked: bool = False
    tag: str | None = None
    query: str | None = None
    since: date | None = None
    until: date | None = None

    def used(self) -> dict[str, Any]:
        """The filters in use, as they appear in the front matter."""
        used: dict[str, Any] = {}
        if self.bookmarked:
            used["bookmarked"] = True
        for name in ("tag", "query"):
            if getattr(self, name):
                used[name] = getattr(self, name)
        for name in ("since", "until"):
            if getattr(self, name):
                used[name] = getattr(self, name).isoformat()
        return used


@dataclass
class Selection:
    """The articles to export, in order, and the orphaned notes by article id."""

    articles: list[Article]
    orphans: dict[str, list[Note]]


def select(
    store: Store, lookup: Lookup, filters: ExportFilters, search: Search | None = None
) -> Selection:
    """Apply `filters` to the store (and the library, through `lookup` and `search`)."""
    if filters.query:
        if search is None:
            raise ValueError("a query filter needs a search function")
        candidates = list(dict.fromkeys(search(filters.query)))
    else:
        candidates = sorted(store.annotated_ids())
    if filters.bookmarked:
        candidates = [aid for aid in candidates if store.is_bookmarked(aid)]
    if filters.tag:
        tagged = store.tagged(filters.tag)
        candidates = [aid for aid in candidates if aid in tagged]
    articles = []
    missing = []
    for aid in candidates:
        article = lookup(aid)
        if article is None:
            missing.append(aid)
        elif _in_range(article, filters.since, filters.until):
            articles.append(article if article.id else article.with_id(aid))
    articles.sort(key=_order)
    orphans: dict[str, list[Note]] = {}
    if not filters.used():
        for aid in missing:
            notes = store.notes(aid)
            if notes:
                orphans[aid] = notes
    return Selection(articles, orphans)


def _in_range(article: Article, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if article.published is None:
        return False
    day = article.published.date()
    return (since is None or day >= since) and (until is None or day <= until)


def _order(article: Article) -> tuple[int, float, str, str]:
    # Newest first; undated articles last; then by title and id, so the order is total.
    if article.published is None:
        return (1, 0.0, article.title.casefold(), article.id)
    published = article.published
    stamp = (published if published.tzinfo else published.replace(tzinfo=UTC)).timestamp()
    return (0, -stamp, article.title.casefold(), article.id)
