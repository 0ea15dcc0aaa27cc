"""Shared helpers for store tests: a fixed clock and running code in a forked child."""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


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
