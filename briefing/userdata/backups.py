"""Rolling backups of the user's database, made with SQLite's backup API.

A backup is a complete, consistent copy taken while other processes keep working
(`user-STAMP-cCHANGES.sqlite` in `backups/`, CHANGES being the database's write counter
when it was taken). One is due when there are changes since the newest and the newest is
`BACKUP_EVERY_CHANGES` changes behind or over `BACKUP_EVERY` old (or there is none, or
the database is small enough to copy in a few milliseconds); it is made at open and close
(every command), and when the reader is idle, so that saves never wait for it, except a
save five times that many changes behind. Kept: the newest
`KEEP_BACKUPS`, and the newest of each of the last `KEEP_DAILY` days. A backup is written
beside its final name and renamed into place, so a half-written one never counts.

A damaged file that cannot be read at all loses what was saved since its newest backup
(what can still be read from it is merged back): nothing saved before the end of the last
command or idle moment while the database is under 2 MB (some 3,000 notes), and at most
ten minutes or 50 changes above that.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.core.files import fsync_dir
from briefing.userdata.schema import APPLICATION_ID, SCHEMA_VERSION, shape_problem, uri

KEEP_BACKUPS = 5  # the newest few...
KEEP_DAILY = 7  # ...and the newest of each of the last days, for a longer way back
BACKUP_EVERY = timedelta(minutes=10)
BACKUP_EVERY_CHANGES = 50
ALWAYS_BELOW_BYTES = 2_000_000  # a backup this small costs a few ms: make one every time
_NAME = re.compile(r"user-(\d{8}T\d{6}\d*Z)-c(\d+)\.sqlite")


@dataclass(frozen=True)
class Backup:
    """One rolling backup file and the change counter it was taken at."""

    path: Path
    changes: int

    def written_at(self) -> float:
        """When it was taken (seconds since the epoch), from the stamp in its name."""
        match = _NAME.fullmatch(self.path.name)
        stamp = match.group(1) if match else ""
        iso = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}"
        try:
            return datetime.fromisoformat(iso).replace(tzinfo=UTC).timestamp()
        except ValueError:
            return 0.0


def rolling_backups(folder: Path) -> list[Backup]:
    """The rolling backups in `folder`, newest first."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = _NAME.fullmatch(name)
        if match and (folder / name).is_file():
            found.append(Backup(folder / name, int(match.group(2))))
    return sorted(found, key=lambda backup: backup.path.name, reverse=True)


def due(changes: int, newest: tuple[int, float] | None, now: float, size: int = 0) -> bool:
    """Whether a database of `size` bytes at write counter `changes` needs a new backup,
    the newest being (its counter, when it was taken) or None."""
    if newest is None:
        return changes > 0
    taken_at, when = newest
    if changes == taken_at:
        return False
    return (
        size < ALWAYS_BELOW_BYTES
        or abs(changes - taken_at) >= BACKUP_EVERY_CHANGES
        or now - when >= BACKUP_EVERY.total_seconds()
    )


def far_behind(changes: int, newest: tuple[int, float] | None) -> bool:
    """Whether so many changes were saved since the newest backup that a save itself should
    make one (a handle kept open for long without `maintain` being called)."""
    return changes - (newest[0] if newest else 0) >= BACKUP_EVERY_CHANGES * 5


def make_backup(db: sqlite3.Connection, folder: Path, stamp: str, changes: int) -> Path:
    """Copy the database open in `db` to a new rolling backup; drop all but the newest few."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"user-{stamp}-c{changes:08d}.sqlite"
    temp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        copy = sqlite3.connect(temp)
        try:
            db.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        os.chmod(temp, 0o600)
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(folder)
    for old in _beyond_keeping(rolling_backups(folder)):
        old.path.unlink(missing_ok=True)
    return target


def _beyond_keeping(newest_first: list[Backup]) -> list[Backup]:
    """The backups to drop: all but the newest few and the newest of each recent day."""
    days: set[str] = set()
    dropped = []
    for index, backup in enumerate(newest_first):
        day = backup.path.name[len("user-") : len("user-") + 8]
        if index < KEEP_BACKUPS or (day not in days and len(days) < KEEP_DAILY):
            days.add(day)
            continue
        dropped.append(backup)
    return dropped


def check_file(path: Path) -> str | None:
    """Why the database file at `path` cannot be used, or None when it is sound.

    Sound means: an SQLite file marked as briefing's, of a schema this briefing reads, that
    passes `PRAGMA quick_check`.
    """
    try:
        db = sqlite3.connect(uri(path, mode="ro"), uri=True)
    except sqlite3.Error as error:
        return f"it cannot be opened ({error})"
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID:
            return "it is not a briefing database"
        if version > SCHEMA_VERSION:
            return f"it is from a newer briefing (schema {version})"
        problem = shape_problem(db, version)
        if problem:
            return problem
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        return None if result == "ok" else f"it is damaged ({result})"
    except sqlite3.Error as error:
        return f"it is damaged ({error})"
    finally:
        db.close()


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest rolling backup that passes `check_file`."""
    for backup in rolling_backups(folder):
        if check_file(backup.path) is None:
            return backup
    return None
