"""Telling a good snapshot from a damaged one, setting damaged files aside, and backups.

A snapshot is unreadable when it is empty, starts with a byte-order mark, is UTF-16, does
not parse as JSON (e.g. truncated), or is JSON but not a store. Such a file is renamed
aside with a timestamp (never deleted) and the newest good rolling backup takes its place.
"""

from __future__ import annotations

import codecs
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from briefing.core.files import fsync_dir
from briefing.store.schema import NotAStore, version_of

KEEP_BACKUPS = 5
ROLLING_PREFIX = "store-"


class Unreadable(ValueError):
    """A snapshot file that cannot be used; the message says why."""


def parse_snapshot(raw: bytes) -> dict[str, Any]:
    """Parse snapshot bytes; raise Unreadable with a reason the user can understand."""
    if not raw.strip():
        raise Unreadable("it is empty")
    if raw.startswith(codecs.BOM_UTF8):
        raise Unreadable("it starts with a byte-order mark (edited outside briefing?)")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4]:
        raise Unreadable("it is UTF-16 encoded (edited outside briefing?)")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Unreadable(f"it is not valid JSON, perhaps truncated ({error})") from error
    try:
        version_of(data)
    except NotAStore as error:
        raise Unreadable(f"it is {error}") from error
    return data


def salvage(raw: bytes) -> dict[str, Any] | None:
    """The snapshot inside a file that only has the wrong encoding (BOM, UTF-16), if any."""
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            data = orjson.loads(raw.decode(encoding).encode("utf-8"))
            version_of(data)
            return data
        except (UnicodeError, orjson.JSONDecodeError, NotAStore):
            continue
    return None


def set_aside(path: Path, stamp: str) -> Path:
    """Rename `path` to `NAME.unreadable-STAMP` (never overwriting); return the new path."""
    target = path.with_name(f"{path.name}.unreadable-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.unreadable-{stamp}-{counter}")
        counter += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def keep_rolling_backup(data: bytes, folder: Path, stamp: str, generation: int) -> Path:
    """Keep snapshot bytes `data` as a rolling backup; drop all but the newest few.

    A real copy, not a hard link: a tool that rewrites `store.json` in place must not
    damage its backups too. It is not fsynced (the snapshot itself is; a backup torn by a
    power cut is skipped as unreadable when one is needed), which keeps compaction cheap.
    """
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{ROLLING_PREFIX}{stamp}-g{generation:06d}.json"
    temp = folder / f".{target.name}.tmp"
    temp.write_bytes(data)
    os.chmod(temp, 0o600)
    os.replace(temp, target)
    for old in rolling_backups(folder)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def keep_copy(source: Path, folder: Path, name: str) -> Path:
    """Copy `source` into `folder` as `name` (a kept copy, not part of the rolling set)."""
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / name
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    fsync_dir(folder)
    return target


def rolling_backups(folder: Path) -> list[Path]:
    """Rolling backups, newest first."""
    if not folder.is_dir():
        return []
    names = [p for p in folder.glob(f"{ROLLING_PREFIX}*.json") if p.is_file()]
    return sorted(names, key=lambda p: p.name, reverse=True)


def good_backups(folder: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Rolling backups that parse, newest first, with their data."""
    for path in rolling_backups(folder):
        try:
            yield path, parse_snapshot(path.read_bytes())
        except (OSError, Unreadable):
            continue
