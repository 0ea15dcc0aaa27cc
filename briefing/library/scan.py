"""Walk the registered sources for article files, safely.

Symlinks that leave the scanned folder are not followed, symlink loops end, FIFOs and
devices are reported (never opened here), hidden files and folders are ignored, and
files of other kinds (images, CSV) are passed over in silence.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple, Protocol

from briefing.core.sanitize import is_utf8
from briefing.ingest import is_supported
from briefing.ingest.reader import FORMATS

_SUFFIXES = frozenset(FORMATS)


class Found(NamedTuple):
    """A candidate article file with its size, mtime and ctime, or a reason to skip it."""

    path: str
    size: int = 0
    mtime_ns: int = 0
    skip: str | None = None
    ctime_ns: int = 0  # changes with permissions too: a file that failed is tried again


class Failed(Protocol):
    """What the catalog remembers of a file that failed (`catalog.docstore.Failure`)."""

    size: int
    mtime_ns: int
    ctime_ns: int
    cap: int
    reason: str


def still_failing(failure: Failed | None, item: Found, cap: int) -> bool:
    """Whether a file that failed before is as it was then (so it would fail again): same
    size, mtime and ctime, under the same size cap."""
    return (
        failure is not None
        and (failure.size, failure.mtime_ns, failure.ctime_ns)
        == (item.size, item.mtime_ns, item.ctime_ns)
        and failure.cap == cap
    )


def scan(root: Path) -> Iterator[Found]:
    """Every supported file under `root` (a folder or a single file)."""
    root_real = os.path.realpath(root)
    try:
        info = os.stat(root)
    except OSError as error:
        yield Found(str(root), skip=f"cannot read: {error.strerror or error}")
        return
    if not stat.S_ISDIR(info.st_mode):
        yield _file(str(root))
        return
    yield from _walk(str(root), root_real)


def _walk(root: str, root_real: str) -> Iterator[Found]:
    """Depth first, in name order, with a stack of its own (a folder a thousand levels
    deep is as good as a flat one: no recursion limit)."""
    seen: set[tuple[int, int]] = set()
    stack = [iter(_listing(root, seen))]
    stat_of, is_regular = os.stat, stat.S_ISREG
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if isinstance(entry, Found):
            yield entry  # a folder that could not be read
            continue
        name = entry.name
        if name[0] == ".":
            continue
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_link, is_dir = True, False
        if not is_link and not is_dir:
            # The common case, a plain file: its type is known from the listing.
            dot = name.rfind(".")
            if dot > 0 and name[dot:].lower() in _SUFFIXES:
                path = entry.path
                if not is_utf8(name):
                    yield Found(shown_path(path), skip=_NOT_UTF8_FILE)
                    continue
                try:
                    info = stat_of(path)
                except OSError:
                    yield _file(path)  # says why
                    continue
                if is_regular(info.st_mode):
                    yield Found(path, info.st_size, info.st_mtime_ns, None, info.st_ctime_ns)
                else:
                    yield _file(path)
            continue
        path = entry.path
        if is_link and not _inside(path, root_real):
            if is_dir or is_supported(path):
                yield Found(shown_path(path), skip="symlink leads outside the library folder")
            continue
        if is_dir:
            if not is_utf8(name):
                yield Found(shown_path(path), skip=_NOT_UTF8_FOLDER)
                continue
            stack.append(iter(_listing(path, seen)))
        elif is_supported(path):
            yield _file(path) if is_utf8(name) else Found(shown_path(path), skip=_NOT_UTF8_FILE)


_NOT_UTF8_FILE = "the file name is not valid UTF-8 (rename it to index it)"
_NOT_UTF8_FOLDER = "the folder name is not valid UTF-8 (rename it to index what it holds)"


def _listing(folder: str, seen: set[tuple[int, int]]) -> list:
    """A folder's entries in name order; [] for one already walked (a symlink loop, a
    folder linked twice); [Found(skip)] for one that cannot be read."""
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return []
        seen.add(key)
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        return [Found(shown_path(folder), skip=f"cannot read folder: {error.strerror or error}")]


def shown_path(path: str) -> str:
    """A path as text that can be stored and printed: bytes that were not UTF-8 as
    `\\xNN` (the name on disk is left as it is)."""
    if is_utf8(path):
        return path
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _file(path: str) -> Found:
    if not is_utf8(path):
        return Found(shown_path(path), skip=_NOT_UTF8_FILE)
    try:
        info = os.stat(path)
    except OSError as error:
        if error.errno == 40:  # ELOOP
            return Found(path, skip="symlink loop")
        return Found(path, skip=f"cannot read: {error.strerror or error}")
    if stat.S_ISDIR(info.st_mode):
        return Found(path, skip="a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        return Found(path, skip="not a regular file (FIFO, device or socket)")
    return Found(path, info.st_size, info.st_mtime_ns, None, info.st_ctime_ns)


def _inside(path: str, root_real: str) -> bool:
    try:
        real = os.path.realpath(path)
    except OSError:
        return False
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def skipped_if_unchanged(
    roots: Iterable[Path],
    known: Iterable[tuple[str, int, int]],
    failed: Mapping[str, Failed] | None = None,
    cap: int = 0,
    found: Iterable[Found] | None = None,
) -> list[dict[str, str]] | None:
    """The quick no-change check a refresh starts with.

    `known` is the index's (path, size, mtime_ns) of every file it has read, `failed` the
    files that could not be read (under size cap `cap`). When every supported file under
    `roots` is known with the same size and mtime, or failed and is as it was then, and
    none of them is gone, nothing needs indexing: return the skipped files with their
    reasons (as an indexing run reports them). Otherwise None, at the first difference.
    Every file is still looked at (a file edited in place leaves its folder's mtime
    alone), but nothing is read and no state objects are built. `found`, when given, is
    what a scan of `roots` found (the caller keeps it for the indexing run it may need).
    """
    states = {path: (size, mtime_ns) for path, size, mtime_ns in known}
    failed = failed or {}
    seen: set[str] = set()
    skipped: list[dict[str, str]] = []
    if found is None:
        found = (item for root in roots for item in scan(root))
    for item in found:
        if item.path in seen:
            continue
        seen.add(item.path)
        if item.skip:
            skipped.append({"path": item.path, "reason": item.skip})
        elif states.get(item.path) != (item.size, item.mtime_ns):
            failure = failed.get(item.path)
            if not still_failing(failure, item, cap):
                return None  # new or changed
            skipped.append({"path": item.path, "reason": failure.reason})
    if not seen.issuperset(states) or not seen.issuperset(failed):
        return None  # vanished
    return skipped
