"""One writer at a time: an advisory lock on the index folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from briefing.core.errors import LibraryLocked
from briefing.core.files import file_lock


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

    def busy() -> LibraryLocked:
        return LibraryLocked(
            f"another briefing process is updating the index ({path}); try again when it finishes"
        )

    with file_lock(path, wait, busy, on_wait):
        yield
