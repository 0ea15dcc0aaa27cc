"""The timeline: dated events of a set of articles (or the whole library) in date order.

Each event is a date fact with the sentence it came from. Copies of one story (a same-story
group) that report the same date make one event listing all of their sources.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from briefing.catalog import groupstore
from briefing.catalog.lookup import Row, in_chunks, light_rows

DEFAULT_LIMIT = 500


@dataclass
class TimelineEvent:
    """One dated event: when, the words that dated it, its sentence, and its articles."""

    start: str
    end: str
    granularity: str
    text: str
    sentence: str
    articles: list[Row] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """An event of `briefing timeline --json`."""
        return {
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "text": self.text,
            "sentence": self.sentence,
            "articles": [row.to_json() for row in self.articles],
        }


@dataclass
class Timeline:
    """Events in date order; `truncated` when more matched than the limit."""

    query: str
    events: list[TimelineEvent] = field(default_factory=list)
    truncated: bool = False

    def to_json(self) -> dict[str, Any]:
        """The `briefing timeline --json` document."""
        return {
            "query": self.query,
            "truncated": self.truncated,
            "events": [event.to_json() for event in self.events],
        }


_COLUMNS = "article_id, start, end, granularity, text, sentence, pos"


def build_timeline(
    db: sqlite3.Connection,
    query: str,
    article_ids: Iterable[str] | None,
    limit: int | None = DEFAULT_LIMIT,
) -> Timeline:
    """The events of `article_ids` (every article when None), at most `limit` of them."""
    if article_ids is None:
        rows = db.execute(f"SELECT {_COLUMNS} FROM dated ORDER BY start, end, article_id, pos")
        rows = rows.fetchall()
    else:
        rows = in_chunks(db, f"SELECT {_COLUMNS} FROM dated WHERE article_id IN", article_ids)
        rows.sort(key=lambda row: (row[1], row[2], row[0], row[6]))
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
    return Timeline(query, ordered, truncated)
