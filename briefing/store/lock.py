"""The store lock: held across every read-modify-write, so two processes never interleave."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.core.files import file_lock
from briefing.store.errors import StoreError, StoreLocked


@contextmanager
def store_lock(path: Path, wait: float = 10.0) -> Iterator[None]:
    """Hold the exclusive lock on `path`; raise StoreLocked after `wait` seconds."""

    def busy() -> StoreLocked:
        return StoreLocked(f"another briefing process is holding the store ({path}); try again")

    try:
        lock = file_lock(path, wait, busy)
        lock.__enter__()
    except OSError as error:
        raise StoreError(f"cannot open the store lock {path}: {error.strerror}") from error
    try:
        yield
    finally:
        lock.__exit__(None, None, None)
