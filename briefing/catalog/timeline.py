"""The timeline: dated events of a set of articles (or the whole library) in date order.

Each event is a date fact with the sentence it came from. Copies of one story (a same-story
group) that report the same date make one event listing all of their sources.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from briefing.catalog import factstore, groupstore
from briefing.catalog.docstore import light_rows
from briefing.core.results import TIMELINE_LIMIT, Timeline, TimelineEvent


def build_timeline(
    db: sqlite3.Connection,
    query: str,
    article_ids: Iterable[str] | None,
    limit: int | None = TIMELINE_LIMIT,
) -> Timeline:
    """The events of `article_ids` (every article when None), at most `limit` of them."""
    rows = factstore.dated_rows(db, article_ids)
    labels = groupstore.groups_of(db, {row[0] for row in rows})
    events: dict[tuple[str, str, str], TimelineEvent] = {}
    members: dict[tuple[str, str, str], list[str]] = {}
    for article_id, start, end, granularity, text, sentence, _ in rows:
        key = (labels[article_id], start, end)
        event = events.get(key)
        if event is None:
            if limit is not None and len(events) >= limit:
                continue
            events[key] = TimelineEvent(start, end, granularity, text, sentence)
            members[key] = []
        if article_id not in members[key]:
            members[key].append(article_id)
    truncated = limit is not None and len({(labels[r[0]], r[1], r[2]) for r in rows}) > limit
    shown = light_rows(db, {a for ids in members.values() for a in ids})
    for key, event in events.items():
        event.articles = [shown[a] for a in members[key] if a in shown]
        event.articles.sort(key=lambda row: (row.published or "", row.id))
    ordered = sorted(events.values(), key=lambda event: (event.start, event.end))
    return Timeline(query=query, truncated=truncated, events=ordered)
