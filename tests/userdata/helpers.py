"""Shared helpers for user data tests: a fixed clock and running code in a forked child."""

from __future__ import annotations

import os
import sqlite3
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path


class FakeClock:
    """A clock that advances `step` per reading, so times are distinct and repeatable."""

    def __init__(self, start: datetime | None = None, step: timedelta = timedelta(seconds=1)):
        self.now = start or datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
        self.step = step

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


def in_child(body: Callable[[], int]) -> int:
    """Run `body` in a forked child; return its exit code (tracebacks go to stderr)."""
    pid = os.fork()
    if pid == 0:
        code = 99
        try:
            code = body()
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def rolling_backups(folder: Path) -> list[Path]:
    """The rolling backups of the user data in `folder`, oldest first."""
    return sorted((folder / "backups").glob("user-*.sqlite"))


def count_rows(database: Path, table: str) -> int:
    """Rows in `table` of an SQLite file, read without changing it."""
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()
