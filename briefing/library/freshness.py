"""When a read command may skip the look at every file: a recent check and still folders.

The rule (README, "Performance"): `briefing index` and the reader always look at every
registered file. A read command (`search`, `show`, `related`, ...) skips that look when
the last full look found the library up to date less than `TRUST_SECONDS` ago and no
folder holding a file it found (or on the way to one) has changed since: adding,
removing or renaming a file changes its folder's mtime, and so does saving it the way
most editors do (a new file renamed over the old). A file rewritten in place leaves its
folder alone: it is picked up by the next full look, at most `TRUST_SECONDS` later, or
at once by `briefing index`. At 100,000 files the full look is most of a cold command's
time; the folders are a few hundred `stat` calls.

The record (`checked.json` in the index generation) is written after a full look that
left the index up to date (nothing changed, or an indexing run just finished), with the
time that look started and each folder's mtime as found. A folder whose mtime is not
older than the look's start (less `_CLOCK_SLACK`) is not trusted: a file may have
arrived while the look was under way.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from pathlib import Path

import orjson

TRUST_SECONDS = 60.0
RECORD = "checked.json"
_CLOCK_SLACK_NS = 2_000_000_000  # file times come from a coarse clock: keep well clear


def started() -> int:
    """The time a full look starts (to pass to `record` once it found no change)."""
    return time.time_ns()


def folders_of(roots: Iterable[Path], paths: Iterable[str]) -> set[str]:
    """The registered folders and every folder from them down to each file in `paths`."""
    tops = {os.path.abspath(root) for root in roots}
    # Where the climb from a file stops: a registered folder, or the folder holding a
    # registered file.
    stops = {top if os.path.isdir(top) else os.path.dirname(top) for top in tops}
    folders: set[str] = set(stops)
    # A folder's files share the head a split at the last separator gives (what
    # `dirname` keeps, before it strips trailing separators): one `dirname` per folder,
    # not per file (a tenth of adding files to a big library went here).
    heads = set()
    for path in paths:
        head, sep, _ = path.rpartition(os.sep)
        heads.add(head + sep)
    for head in heads:
        folder = os.path.dirname(head)
        while folder and folder not in folders:
            folders.add(folder)
            if folder in stops:
                break
            parent = os.path.dirname(folder)
            if parent == folder:
                break
            folder = parent
    return folders


def record(
    generation: Path, roots: Iterable[Path], paths: Iterable[str], look_started: int
) -> None:
    """Note that a full look begun at `look_started` found the index up to date."""
    roots = [str(root) for root in roots]
    mtimes = {}
    for folder in folders_of([Path(root) for root in roots], paths):
        try:
            mtimes[folder] = os.stat(folder).st_mtime_ns
        except OSError:
            return  # a folder went away meanwhile: leave the next command a full look
    data = {"started": look_started, "roots": roots, "folders": mtimes}
    target = generation / RECORD
    temporary = target.with_suffix(".tmp")
    try:
        temporary.write_bytes(orjson.dumps(data))
        os.replace(temporary, target)
    except OSError:
        pass  # only a shortcut is lost


def forget(generation: Path) -> None:
    """Drop the record (an indexing run is about to change the index)."""
    try:
        (generation / RECORD).unlink()
    except OSError:
        pass


def recently_checked(generation: Path, roots: Iterable[Path], now: float | None = None) -> bool:
    """Whether a read command may skip the full look (see the module's rule)."""
    try:
        data = orjson.loads((generation / RECORD).read_bytes())
        look_started = int(data["started"])
        folders = dict(data["folders"])
        known_roots = list(data["roots"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    now_ns = int((time.time() if now is None else now) * 1e9)
    if not 0 <= now_ns - look_started <= TRUST_SECONDS * 1e9:
        return False
    if known_roots != [str(root) for root in roots]:
        return False
    limit = look_started - _CLOCK_SLACK_NS
    for folder, mtime_ns in folders.items():
        try:
            current = os.stat(folder).st_mtime_ns
        except OSError:
            return False
        if current != mtime_ns or current >= limit:
            return False
    return True
