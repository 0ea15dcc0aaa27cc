"""One writer at a time: an advisory lock on the index folder."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import LibraryLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


@contextmanager
def writer_lock(
    folder: Path, wait: float = 30.0, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the index writer lock; wait up to `wait` seconds, then raise LibraryLocked.

    `on_wait` is called once if another process holds the lock, to tell the user why
    nothing seems to happen.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "writer.lock"
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        told = False
        while not _try_lock(descriptor, path):
            if not told and on_wait is not None:
                on_wait()
                told = True
            if time.monotonic() >= deadline:
                raise LibraryLocked(
                    f"another briefing process is updating the index ({path}); try again when it finishes"
                )
            time.sleep(0.1)
        try:
            yield
        finally:
            _unlock(descriptor, path)
    finally:
        os.close(descriptor)


def _try_lock(descriptor: int, path: Path) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
    marker = path.with_suffix(".held")
    try:
        os.close(os.open(marker, os.O_CREAT | os.O_EXCL))
        return True
    except FileExistsError:
        return False


def _unlock(descriptor: int, path: Path) -> None:
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
    else:  # pragma: no cover
        path.with_suffix(".held").unlink(missing_ok=True)
