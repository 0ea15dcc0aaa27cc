"""Walk the registered sources for article files, safely.

Symlinks that leave the scanned folder are not followed, symlink loops end, FIFOs and
devices are reported (never opened here), hidden files and folders are ignored, and
files of other kinds (images, CSV) are passed over in silence.
"""

from __future__ import annotations

import os
import stat
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Mapping
from operator import attrgetter, eq
from pathlib import Path
from typing import NamedTuple, Protocol

from briefing.core.sanitize import is_utf8
from briefing.ingest import is_supported
from briefing.ingest.reader import FORMATS, broken_link

_SUFFIXES = frozenset(FORMATS)
_ENDINGS = tuple(_SUFFIXES)  # each with its one dot first: a name ends so iff its suffix is
_NAME = attrgetter("name")
_OPEN_FOLDER = os.O_RDONLY | os.O_DIRECTORY


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


class Look(NamedTuple):
    """What a walk of the sources found, kept compact for the no-change check.

    The plain files (a supported name, a regular file or a link to one inside the
    folder, nothing to report) are `files`, (path, size, mtime_ns) in walk order, with
    their ctimes beside them in `ctimes`: the no-change check compares them with the
    index's file table as they are, and no `Found` is built for them unless an indexing
    run needs them (`found`). The rest (a file to skip, a file of `look`'s `aside`) is
    in `others` as `Found` items, each with the number of plain files found before it.
    `heads` holds a path of each folder with plain files (the files of a folder have
    the same folders above them: see `freshness.folders_of`).
    """

    files: list[tuple[str, int, int]]
    ctimes: list[int]
    others: list[tuple[int, Found]]
    heads: list[str]

    def paths(self) -> list[str]:
        """A path of each folder with plain files and those of the others: every folder
        holding something found (for `freshness.record`)."""
        return [*self.heads, *(item.path for _, item in self.others)]

    def found(self) -> list[Found]:
        """Everything found, in walk order (as `scan` yields it)."""
        out: list[Found] = []
        start = 0
        for position, item in [*self.others, (len(self.files), None)]:
            out.extend(
                Found(path, size, mtime_ns, None, ctime_ns)
                for (path, size, mtime_ns), ctime_ns in zip(
                    self.files[start:position], self.ctimes[start:position], strict=True
                )
            )
            if item is not None:
                out.append(item)
            start = position
        return out


def scan(root: Path) -> Iterator[Found]:
    """Every supported file under `root` (a folder or a single file)."""
    yield from look([root]).found()


def look(roots: Iterable[Path], aside: Collection[str] = ()) -> Look:
    """Walk `roots` (folders or single files) in turn. A plain file whose path is in
    `aside` (the files that failed before: they are not in the file table) is kept among
    the `others`."""
    result = Look([], [], [], [])
    for root in roots:
        path = str(root)
        try:
            info = os.stat(root)
        except OSError as error:
            skip = broken_link(path) or f"cannot read: {error.strerror or error}"
            result.others.append((len(result.files), Found(path, skip=skip)))
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(path, os.path.realpath(root), frozenset(aside), result)
            continue
        item = _file(path)
        if item.skip is None and item.path not in aside:
            result.files.append(item[:3])
            result.ctimes.append(item.ctime_ns)
            result.heads.append(item.path)
        else:
            result.others.append((len(result.files), item))
    return result


def _walk(root: str, root_real: str, aside: frozenset[str], result: Look) -> None:
    """Depth first, in name order, with a stack of its own (a folder a thousand levels
    deep is as good as a flat one: no recursion limit). Each folder's listing is worked
    out whole as it is opened (`_listing`): runs of plain files, to be taken as they are,
    the `Found` items and the sub-folders to walk, in name order."""
    seen: set[tuple[int, int]] = set()
    files, ctimes, others, heads = result
    stack = [iter(_listing(root, root_real, seen, aside))]
    while stack:
        part = next(stack[-1], None)
        if part is None:
            stack.pop()
        elif type(part) is str:  # a sub-folder
            stack.append(iter(_listing(part, root_real, seen, aside)))
        elif type(part) is Found:
            others.append((len(files), part))
        else:  # a run of plain files
            run, run_ctimes = part
            heads.append(run[0][0])
            files.extend(run)
            ctimes.extend(run_ctimes)


def _listing(folder: str, root_real: str, seen: set[tuple[int, int]], aside: frozenset[str]):
    """A folder's parts in name order (see `_walk`): [] for a folder already walked (a
    symlink loop, a folder linked twice); [Found(skip)] for one that cannot be read.

    Its files are looked at through the open folder (`stat` of a name in it, no path to
    resolve again for each file): with the one `stat` per file, nothing else is done for
    a plain file but to keep (path, size, mtime_ns) and its ctime."""
    try:
        fd = os.open(folder, _OPEN_FOLDER)
    except OSError as error:
        return [_unreadable(folder, error)]
    try:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino)
        if key in seen:
            return []
        seen.add(key)
        with os.scandir(fd) as listing:
            entries = sorted(listing, key=_NAME)
    except OSError as error:
        os.close(fd)
        return [_unreadable(folder, error)]
    try:
        return _parts(folder, fd, entries, root_real, aside)
    finally:
        os.close(fd)


def _unreadable(folder: str, error: OSError) -> Found:
    return Found(shown_path(folder), skip=f"cannot read folder: {error.strerror or error}")


def _parts(folder: str, fd: int, entries: list, root_real: str, aside: frozenset[str]) -> list:
    prefix = folder if folder.endswith(os.sep) else folder + os.sep
    # Names that are not UTF-8 are rare: one look at all of them, one by one only if so.
    names_ok = is_utf8("".join([entry.name for entry in entries]))
    stat_at, is_regular, suffixes, endings = os.stat, stat.S_ISREG, _SUFFIXES, _ENDINGS
    parts: list = []
    run: list[tuple[str, int, int]] = []
    run_ctimes: list[int] = []
    for entry in entries:
        name = entry.name
        if name[0] == ".":
            continue
        try:
            plain = entry.is_file(follow_symlinks=False)  # from the listing
        except OSError:
            plain = False
        if plain:
            # The common case, a regular file: its type is known from the listing.
            if not name.endswith(endings):  # (a suffix in capitals, or none we read)
                dot = name.rfind(".")
                if dot <= 0 or name[dot:].lower() not in suffixes:
                    continue
            path = prefix + name
            if not names_ok and not is_utf8(name):
                item = Found(shown_path(path), skip=_NOT_UTF8_FILE)
            else:
                try:
                    info = stat_at(name, dir_fd=fd)
                except OSError:
                    info = None
                if info is not None and is_regular(info.st_mode) and not (aside and path in aside):
                    run.append((path, info.st_size, info.st_mtime_ns))
                    run_ctimes.append(info.st_ctime_ns)
                    continue
                item = _file(path)  # says why, or a file of `aside`
        else:
            item = _other(prefix + name, entry, root_real)
            if item is None:
                continue
            if type(item) is Found and item.skip is None and item.path not in aside:
                run.append(item[:3])  # a symlink to a file in the library
                run_ctimes.append(item.ctime_ns)
                continue
        if run:
            parts.append((run, run_ctimes))
            run, run_ctimes = [], []
        parts.append(item)
    if run:
        parts.append((run, run_ctimes))
    return parts


def _other(path: str, entry: os.DirEntry, root_real: str) -> Found | str | None:
    """What an entry that is not a regular file is: a sub-folder to walk (its path), a
    `Found` (a symlink to a file, a file to skip) or None (nothing for the library)."""
    name = entry.name
    try:
        is_link = entry.is_symlink()
        is_dir = entry.is_dir(follow_symlinks=True)
    except OSError:
        is_link, is_dir = True, False
    if is_link and not _inside(path, root_real):
        if is_dir or is_supported(path):
            return Found(shown_path(path), skip="symlink leads outside the library folder")
        return None
    if is_dir:
        if not is_utf8(name):
            return Found(shown_path(path), skip=_NOT_UTF8_FOLDER)
        return path
    if is_supported(path):  # a symlink to a file, a FIFO, a device, a socket
        return _file(path) if is_utf8(name) else Found(shown_path(path), skip=_NOT_UTF8_FILE)
    return None


_NOT_UTF8_FILE = "the file name is not valid UTF-8 (rename it to index it)"
_NOT_UTF8_FOLDER = "the folder name is not valid UTF-8 (rename it to index what it holds)"


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
        return Found(path, skip=broken_link(path) or f"cannot read: {error.strerror or error}")
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
    known: list[tuple[str, int, int]],
    failed: Mapping[str, Failed] | None = None,
    cap: int = 0,
    found: Look | None = None,
) -> list[dict[str, str]] | None:
    """The quick no-change check a refresh starts with.

    `known` is the index's (path, size, mtime_ns) of every file it has read, in path
    order (as `DocStore.known_files` gives them), `failed` the files that could not be
    read (under size cap `cap`). When every supported file under `roots` is known with
    the same size and mtime, or failed and is as it was then, and none of them is gone,
    nothing needs indexing: return the skipped files with their reasons (as an indexing
    run reports them). Otherwise None. Every file is still looked at (a file edited in
    place leaves its folder's mtime alone), but nothing is read. `found`, when given, is
    what `look(roots, failed)` found (the caller keeps it for the indexing run it may
    need).

    The usual case is one comparison of two lists in C: the plain files found, sorted
    (the walk is in path order but where a folder's name is the start of a sibling's,
    and sorting what is nearly sorted is one pass), with the file table. Only the
    `others` are looked at one by one. What is less usual (a file found twice, a known
    file that became unreadable) is compared file by file.
    """
    failed = failed or {}
    if found is None:
        found = look(roots, failed)
    files = sorted(found.files)
    if files == known:
        skipped = _skipped_beside(files, found.others, failed, cap)
        if skipped is not _UNSURE:
            return skipped
    elif not _twice(files) and not any(_holds(known, item.path) for _, item in found.others):
        return None  # a plain file new or changed, or a known one gone
    return _compare(found.found(), known, failed, cap)


_UNSURE: list[dict[str, str]] = []  # (by identity) compare file by file


def _holds(rows: list[tuple[str, int, int]], path: str) -> bool:
    """Whether `rows` (in path order) hold `path`."""
    at = bisect_left(rows, (path,))
    return at < len(rows) and rows[at][0] == path


def _twice(rows: list[tuple[str, int, int]]) -> bool:
    """Whether a path is in `rows` (in path order) twice (sources that overlap)."""
    paths = [row[0] for row in rows]
    return any(map(eq, paths, paths[1:]))


def _skipped_beside(
    files: list[tuple[str, int, int]],
    others: list[tuple[int, Found]],
    failed: Mapping[str, Failed],
    cap: int,
) -> list[dict[str, str]] | None:
    """The no-change answer when the plain `files` (sorted) are the file table: each of
    the `others` is a file to skip or one of `failed` (`_UNSURE` if one is also plain)."""
    seen: set[str] = set()
    skipped: list[dict[str, str]] = []
    for _, item in others:
        path = item.path
        if path in seen:
            continue
        seen.add(path)
        if _holds(files, path):
            return _UNSURE  # which came first decides
        if item.skip:
            skipped.append({"path": path, "reason": item.skip})
            continue
        failure = failed.get(path)
        if not still_failing(failure, item, cap):
            return None  # new (not in the file table) or changed
        skipped.append({"path": path, "reason": failure.reason})
    if not seen.issuperset(failed):
        return None  # vanished
    return skipped


def _compare(
    found: list[Found],
    known: list[tuple[str, int, int]],
    failed: Mapping[str, Failed],
    cap: int,
) -> list[dict[str, str]] | None:
    """`skipped_if_unchanged` file by file (in the order found: the first of two items
    of one path counts)."""
    states = {path: (size, mtime_ns) for path, size, mtime_ns in known}
    seen: set[str] = set()
    skipped: list[dict[str, str]] = []
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
