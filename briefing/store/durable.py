"""Appending one journal line durably (the store's own; atomic writes live in core.files).

`append_line` appends one line with a single `write` and fsyncs it; a failed append is cut
back to the old length.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing.core.files import fsync_dir, write_all


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
            write_all(descriptor, line)
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
