"""Small SQLite helpers shared by the derived-data modules (groups, facts, related)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

CHUNK = 500


def in_chunks(
    db: sqlite3.Connection,
    head: str,
    values: Iterable[Any],
    tail: str = "",
    prefix: Sequence[Any] = (),
) -> list[tuple]:
    """Rows of `head (?, ?, ...) tail` over `values`, a chunk at a time (SQLite caps the
    number of parameters); `prefix` binds any placeholders inside `head` first."""
    values = list(values)
    rows: list[tuple] = []
    size = max(CHUNK - len(prefix), 1)
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        marks = ",".join("?" * len(chunk))
        rows.extend(db.execute(f"{head} ({marks}) {tail}", [*prefix, *chunk]).fetchall())
    return rows


@dataclass(frozen=True)
class Row:
    """An article's light row: what a list shows, no body."""

    id: str
    title: str
    source: str | None
    published: str | None

    @property
    def when(self) -> datetime | None:
        """The publication time, or None."""
        if not self.published:
            return None
        try:
            return datetime.fromisoformat(self.published)
        except ValueError:
            return None

    def to_json(self) -> dict[str, Any]:
        """The row as JSON-ready data."""
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
        }


def light_rows(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, Row]:
    """Light rows of several articles by id (missing ids are left out)."""
    rows = in_chunks(db, "SELECT id, title, source, published FROM articles WHERE id IN", ids)
    return {row[0]: Row(*row) for row in rows}


def days_between(first: datetime | None, second: datetime | None) -> int | None:
    """Whole days between two times (None when either is unknown)."""
    if first is None or second is None:
        return None
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return abs((first - second).days)
