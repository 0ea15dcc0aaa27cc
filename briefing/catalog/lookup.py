"""Small helpers of the catalog: chunked `IN (...)` look-ups, days between two dates."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
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


def days_between(first: datetime | None, second: datetime | None) -> int | None:
    """Whole days between two times (None when either is unknown)."""
    if first is None or second is None:
        return None
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return abs((first - second).days)
