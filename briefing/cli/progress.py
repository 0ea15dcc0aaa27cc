"""Indexing progress on stderr (Rich): files done, rate and time left, on a terminal only.

Rich is imported when the bar first draws: a command that indexes nothing (most runs)
never loads it. Rich honours NO_COLOR; when stderr is not a terminal nothing is drawn.
"""

from __future__ import annotations

import sys
from typing import Any


class ProgressBar:
    """Call with (done, total); draws on stderr when it is a terminal and not quiet."""

    def __init__(self, label: str = "indexing", quiet: bool = False) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        if self._progress is None:
            self._progress = _progress()
            self._progress.start()
            self._task = self._progress.add_task(self.label, total=total)
        self._progress.update(self._task, completed=done, total=total)

    def finish(self) -> None:
        """Stop drawing (the finished bar stays on its line)."""
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def time_left(completed: float, total: float | None, remaining: float | None) -> str:
    """What the bar says of the time left: never "0s" while work goes on. Once every file
    is read the run still commits (and cleans recurring lines), so it says "finishing…";
    under a second left is "1s left"; nothing until the rate is known."""
    if total is not None and completed >= total:
        return "finishing…"
    if remaining is None:
        return ""
    seconds = max(1, int(remaining + 0.999))
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}m {seconds:02d}s left" if minutes else f"{seconds}s left"


def _progress(console: Any = None):
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Files a second."""

        def render(self, task) -> Text:
            return Text(f"{task.speed:,.0f}/s" if task.speed else "")

    class TimeLeftColumn(ProgressColumn):
        """Time left (see `time_left`)."""

        def render(self, task) -> Text:
            return Text(time_left(task.completed, task.total, task.time_remaining))

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files"),
        RateColumn(),
        TimeLeftColumn(),
        console=console or Console(stderr=True),
    )
