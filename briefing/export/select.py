"""Which articles an export covers, and which notes have lost their article.

Without filters an export covers every annotated article: with notes, tags or a bookmark.
`--bookmarked` and `--tag` narrow that set; `--query` instead starts from the library's
search results (all of them), so a topic briefing can include articles without notes;
`--since`/`--until` keep articles published on or between those days (inclusive). Notes
whose article has left the library are "orphaned": they get their own section when no
filter is used (they have no date, tag or search text to match).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from briefing.core.model import Article
from briefing.core.notes import Annotations, Note
from briefing.core.wording import counted


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

    def summary(self) -> str:
        """What was exported, counted: "3 articles", "1 article and 2 orphaned notes"."""
        orphans = sum(len(notes) for notes in self.orphans.values())
        extra = f" and {counted(orphans, 'orphaned note')}" if orphans else ""
        return counted(len(self.articles), "article") + extra


def candidates(
    annotations: Annotations, filters: ExportFilters, matches: Iterable[str] | None = None
) -> list[str]:
    """The ids of the articles `filters` select, before their dates are known: the
    annotated ones, or with a query the ids of its `matches` (every one), in order.

    The caller looks these up in the library and passes them to `select`.
    """
    if filters.query:
        if matches is None:
            raise ValueError("a query filter needs the ids of the query's matches")
        ids = list(dict.fromkeys(matches))
    else:
        ids = sorted(annotations.annotated_ids())
    if filters.bookmarked:
        ids = [aid for aid in ids if aid in annotations.bookmarks]
    if filters.tag:
        tagged = annotations.tagged(filters.tag)
        ids = [aid for aid in ids if aid in tagged]
    return ids


def select(
    annotations: Annotations,
    articles: Mapping[str, Article],
    filters: ExportFilters,
    matches: Iterable[str] | None = None,
) -> Selection:
    """Apply `filters` to the user's annotations and the library's `articles` (by id; those
    `candidates` names are enough); `matches` are the ids a query filter found."""
    articles_found = []
    missing = []
    for aid in candidates(annotations, filters, matches):
        article = articles.get(aid)
        if article is None:
            missing.append(aid)
        elif _in_range(article, filters.since, filters.until):
            articles_found.append(article if article.id else article.with_id(aid))
    articles_found.sort(key=_order)
    orphans: dict[str, list[Note]] = {}
    if not filters.used():
        for aid in missing:
            notes = list(annotations.notes.get(aid, ()))
            if notes:
                orphans[aid] = notes
    return Selection(articles_found, orphans)


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
