"""Writing bytes so that a crash leaves either the old or the new content, never a mix.

`atomic_write` writes a temporary file in the same folder, fsyncs it, renames it over the
target with `os.replace` and fsyncs the folder. `append_line` appends one line with a single
`write` and fsyncs it; a failed append is cut back to the old length.

`dumps` never fails on what users can type: strings with lone surrogates (from file names
decoded with `surrogateescape`, or pasted text) are repaired with U+FFFD and integers too
large for 64 bits are stored as decimal strings, where plain orjson refuses both.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import orjson

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
        return _repair_text(value)
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        return value if _INT_MIN <= value <= _INT_MAX else str(value)
    if isinstance(value, dict):
        return {_repair_text(str(key)): _jsonable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(item) for item in value]
    if isinstance(value, os.PathLike):
        return _repair_text(os.fspath(value))
    return _repair_text(str(value))


def _repair_text(text: str) -> str:
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def repair_text(text: str) -> str:
    """`text` with any lone surrogate replaced by U+FFFD (valid everywhere as UTF-8)."""
    return _repair_text(text)


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


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` atomically and durably; on failure the old file is intact."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            _write_all(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
    except BaseException:
        try:
            temp.unlink()
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def append_line(path: Path, line: bytes) -> int:
    """Append `line` (ending in a newline) to `path` durably; return the new file size.

    If the write fails part-way (disk full, file size limit), the file is cut back to its
    old length so that no torn line is left behind, and the error is raised.
    """
    created = not path.exists()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        before = os.fstat(descriptor).st_size
        try:
            _write_all(descriptor, line)
            os.fsync(descriptor)
        except BaseException:
            try:
                os.ftruncate(descriptor, before)
            except OSError:
                pass
            raise
        size = before + len(line)
    finally:
        os.close(descriptor)
    if created:
        fsync_dir(path.parent)
    return size


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]
