"""A progress bar on stderr (articles/s and ETA), shown only on a terminal."""

from __future__ import annotations

import sys
import time


class ProgressBar:
    """Call with (done, total); draws on stderr when it is a terminal and not quiet."""

    def __init__(self, label: str = "indexing", quiet: bool = False) -> None:
        self.label = label
        self.enabled = not quiet and sys.stderr.isatty()
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total == 0:
            return
        now = time.monotonic()
        if done < total and now - self.last_draw < 0.1:
            return
        self.last_draw = now
        elapsed = max(now - self.started, 1e-6)
        rate = done / elapsed
        eta = (total - done) / rate if rate > 0 else 0
        width = 30
        filled = int(width * done / total)
        bar = "█" * filled + "░" * (width - filled)
        sys.stderr.write(
            f"\r{self.label} {bar} {done}/{total} files  {rate:,.0f}/s  ETA {eta:,.0f}s "
        )
        sys.stderr.flush()
        self.drawn = True

    def finish(self) -> None:
        """End the bar's line."""
        if self.drawn:
            sys.stderr.write("\n")
            sys.stderr.flush()
