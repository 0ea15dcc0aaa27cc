"""The store lock: held across every read-modify-write, so two processes never interleave.

POSIX uses `fcntl.flock` on `store.lock` (released by the kernel if the holder dies).
Elsewhere, `msvcrt.locking` on the same file. Waiting polls with a short back-off so that
two busy writers take turns quickly.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.store.errors import StoreError, StoreLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]
    import msvcrt


@contextmanager
def store_lock(path: Path, wait: float = 10.0) -> Iterator[None]:
    """Hold the exclusive lock on `path`; raise StoreLocked after `wait` seconds."""
    descriptor = _open(path)
    try:
        deadline = time.monotonic() + wait
        delay = 0.0005
        while not _try_lock(descriptor):
            if time.monotonic() >= deadline:
                raise StoreLocked(
                    f"another briefing process is holding the store ({path}); try again"
                )
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _open(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        pass
    try:
        # A read-only folder (or a newer store opened read-only): flock works on any fd.
        return os.open(path, os.O_RDONLY)
    except OSError as error:
        raise StoreError(f"cannot open the store lock {path}: {error.strerror}") from error


def _try_lock(descriptor: int) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
    try:  # pragma: no cover - Windows
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:  # pragma: no cover
        return False


def _unlock(descriptor: int) -> None:
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
    else:  # pragma: no cover - Windows
        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
