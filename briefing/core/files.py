"""Durable file writes and inter-process locks: the one implementation of each.

`atomic_write` writes a temporary file in the same folder, fsyncs it, renames it over the
target with `os.replace` and fsyncs the folder, so a crash leaves either the old or the new
content, never a mix. `file_lock` holds an exclusive (or shared) advisory lock on a lock
file (`fcntl.flock`, released by the kernel if the holder dies; `msvcrt.locking` elsewhere,
where every lock is exclusive).

`dumps` never fails on what users can type: strings with lone surrogates (from file names
decoded with `surrogateescape`, or pasted text) are repaired with U+FFFD and integers too
large for 64 bits are stored as decimal strings, where plain orjson refuses both.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]
    import msvcrt

_INT_MIN = -(2**63)
_INT_MAX = 2**64 - 1
_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: Any) -> bytes:
    """`data` as compact JSON bytes, repairing what orjson refuses (see module docstring)."""
    try:
        return orjson.dumps(data)
    except (orjson.JSONEncodeError, TypeError):
        return orjson.dumps(_jsonable(data))


def _jsonable(value: Any) -> Any:
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        return value if _INT_MIN <= value <= _INT_MAX else str(value)
    if isinstance(value, dict):
        return {repair_text(str(key)): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(item) for item in value]
    if isinstance(value, os.PathLike):
        return repair_text(os.fspath(value))
    return repair_text(str(value))


def repair_text(text: str) -> str:
    """`text` with any lone surrogate replaced by U+FFFD (valid everywhere as UTF-8)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (a no-op where folders can't be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes, mode: int = 0o600, replace: bool = True) -> None:
    """Write `data` to `path` atomically and durably; on failure the old file is intact.

    Without `replace`, an existing `path` is never touched: the new file is linked into
    place, which fails with FileExistsError if something got there first (no race between
    a check and the write).
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if replace:
            os.replace(temp, path)
        else:
            os.link(temp, path)
    finally:
        try:
            temp.unlink()
        except OSError:
            pass
    fsync_dir(path.parent)


def read_regular(path: Path) -> bytes:
    """The bytes of the regular file `path`; OSError (EINVAL) for a FIFO, device or folder.

    Opened without blocking first, so a FIFO named like a file never hangs the reader.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        with os.fdopen(os.dup(descriptor), "rb") as handle:
            return handle.read()
    finally:
        os.close(descriptor)


def missing_folder(path: Path) -> Path | None:
    """The folder `path` would be written into, when it does not exist (else None): a
    write never creates folders the user did not ask for (`cp` does not either)."""
    parent = path.parent
    return None if parent.is_dir() else parent


def check_replaceable(path: Path) -> None:
    """Raise OSError (EINVAL) if `path` exists and is not a regular file (or a link to one):
    a write must never replace a FIFO, a device or a folder with a file."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))


def write_all(descriptor: int, data: bytes) -> None:
    """Write every byte of `data` to `descriptor` (os.write may write less than asked)."""
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


@contextmanager
def file_lock(
    path: Path,
    wait: float,
    busy: Callable[[], Exception],
    on_wait: Callable[[], None] | None = None,
    shared: bool = False,
) -> Iterator[None]:
    """Hold the exclusive lock on the lock file `path`; after `wait` seconds raise `busy()`.

    `on_wait` is called once if another process holds the lock, to tell the user why
    nothing seems to happen. Waiting polls with a short back-off so that two busy writers
    take turns quickly. With `shared`, any number of holders may share the lock, and only
    an exclusive holder keeps them out (the user's database: every process that has it
    open shares the lock; only one that must replace the file takes it alone). `wait=0`
    tries once.
    """
    descriptor = _open_lock(path)
    try:
        deadline = time.monotonic() + wait
        delay = 0.0005
        told = False
        while not _try_lock(descriptor, shared):
            if not told and on_wait is not None:
                on_wait()
                told = True
            if time.monotonic() >= deadline:
                raise busy()
            time.sleep(delay)
            delay = min(delay * 2, 0.05)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        # A read-only folder: flock works on a descriptor opened for reading too.
        return os.open(path, os.O_RDONLY)


def _try_lock(descriptor: int, shared: bool = False) -> bool:
    if fcntl is not None:
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
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
