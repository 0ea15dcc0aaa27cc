"""Opening the user's database safely, and running reads and writes on it.

Everything the user owns lives in one SQLite file, `user.sqlite` in the user data folder:
write-ahead log (readers never wait for a writer), `synchronous = FULL` (a change is on
disk before the call that made it returns), and a busy timeout (a writer waits its turn
for up to `lock_wait` seconds instead of failing).

Opening it (`Database.open`) goes through these steps:

1. The lock (`user.lock`, see `briefing.userdata.lock`): shared while the file is open,
   alone to replace, upgrade or migrate it. A process that finds itself alone at the start
   also removes the temporary files a killed write left.
2. Anything at the path that is not a regular file (a FIFO, a folder, a device) is set
   aside without being opened: opening a FIFO would block.
3. The application id, the schema version and `PRAGMA quick_check` (about 10 ms at 10,000
   notes; once per process while the file is unchanged). A file that fails is damaged: it
   is renamed aside (never deleted), the newest good rolling backup takes its place,
   whatever can still be read from the damaged file is merged back, and the user is told
   in one line. Damage that only shows later is repaired the same way when it is met; text
   that is not UTF-8 inside sound pages (which `quick_check` cannot see) is mended in place,
   with a copy of the file kept.
4. A newer schema opens read-only and is never written; so does a file on a read-only disk.
5. Data kept in the old places (`store/`, `sources.json`, `config.json`) is migrated once
   (see `briefing.userdata.migrate`).

What the user must be told goes to `notify` when one is given, else it waits in
`warnings` (and, for one-shot opens without a channel, until the next open that has one).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from briefing.core.paths import ensure_private_dir
from briefing.userdata import backups, migrate, repair, schema
from briefing.userdata.errors import UserDataError, UserDataLocked, UserDataReadOnly
from briefing.userdata.lock import DatabaseLock

DB_NAME = schema.DB_NAME
SUSPECT_NAME = schema.SUSPECT_NAME
BUSY_TIMEOUT_MS = 10_000

T = TypeVar("T")
Clock = Callable[[], datetime]
Notify = Callable[[str], None]

# Files this process has already checked, by (device, inode, size, mtime): `quick_check`
# runs once per file as it is (saves go to the write-ahead log, and change neither).
_checked: set[tuple[int, int, int, int]] = set()
# Messages from opens that had no channel to tell the user, by data folder.
_pending: dict[str, list[str]] = {}


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Database:
    """One open connection to the user's database, with its lock, safe across threads."""

    def __init__(self, folder: Path, clock: Clock | None, lock_wait: float, notify: Notify | None):
        self.folder = folder
        self.path = folder / DB_NAME
        self.backups_dir = folder / "backups"
        self.clock: Clock = clock or _utc_now  # the times stored with notes, bookmarks...
        self.wall: Clock = _utc_now  # file names and backup ages (tests may move it)
        self.lock_wait = lock_wait
        self.notify = notify
        self.warnings: list[str] = []
        self.read_only = False
        self.read_only_reason = ""
        self.db: sqlite3.Connection | None = None
        self._lock = DatabaseLock(self.path)
        self._guard = threading.RLock()
        self._newest_backup: tuple[int, float] | None = None
        self._changes = 0
        self._data_version = 0
        self.maintains = True
        self.checks = True

    # Opening ----------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        folder: Path,
        *,
        clock: Clock | None = None,
        lock_wait: float = 10.0,
        notify: Notify | None = None,
        maintain: bool = True,
        check: bool = True,
    ) -> Database:
        """Open (creating, repairing or migrating as needed) the database in `folder`.

        With `maintain`, a rolling backup is made now and at `close` if one is due; a
        one-shot read (the sources, the reader's settings at start-up) leaves that to the
        opens that change things. Without `check`, `quick_check` is left to the next open
        (the reader's settings, read before its first frame, can fall back to defaults).
        """
        database = cls(folder, clock, lock_wait, notify)
        database.maintains = maintain
        database.checks = check
        for message in _pending.pop(str(folder), []):
            database.tell(message)
        with database._guard:
            database._open()
        return database

    def _open(self) -> None:
        try:
            ensure_private_dir(self.folder)
        except OSError as error:
            if not self.folder.is_dir():
                self._open_in_memory(f"{self.folder} cannot be created ({error.strerror})")
                return
        alone = self._lock.take(alone=True, wait=0.0)
        if alone:
            repair.clean_leftovers(self.folder)
        else:
            self._lock.take(alone=False, wait=self.lock_wait)
        for _ in range(4):
            kind, reason = self._inspect()
            if kind in ("ok", "newer", "read-only"):
                break
            if not alone:  # repairs and migrations are done by one process, alone
                self._close_connection()
                self._lock.release()
                self._lock.take(alone=True, wait=self.lock_wait)
                alone = True
                continue
            try:
                self._act(kind, reason)
            except (OSError, sqlite3.Error) as error:
                self._close_connection()
                self._open_in_memory(
                    f"{self.path} could not be {'repaired' if kind == 'damaged' else 'set up'}"
                    f" ({getattr(error, 'strerror', None) or error})",
                    damaged=kind == "damaged",
                )
                break
        else:
            raise UserDataError(f"{self.path} could not be opened; see the messages above")
        if alone:
            self._lock.release()
            self._lock.take(alone=False, wait=self.lock_wait)
        if self.db is not None:
            self._data_version = self._current_data_version()
        if self.db is not None and not self.read_only:
            self._changes = self._read_changes()
            newest = backups.rolling_backups(self.backups_dir)
            if newest:
                self._newest_backup = (newest[0].changes, newest[0].written_at())
            if self.maintains:
                self.maintain()

    def _inspect(self) -> tuple[str, str]:
        """What state the file is in: ok, newer, read-only, or what must be done."""
        self._close_connection()
        path = self.path
        suspect = self.folder / SUSPECT_NAME
        if suspect.is_file():
            return "damaged", repair.read_reason(suspect)
        try:
            status = os.stat(path)
        except FileNotFoundError:
            if os.path.lexists(path):
                return "damaged", "it is a link to nothing"
            return "missing", ""
        except OSError as error:
            return "damaged", f"it cannot be read ({error.strerror})"
        if not stat.S_ISREG(status.st_mode):
            return "damaged", "it is not a regular file"
        if any(
            os.path.lexists(f"{path}{s}") and not os.path.isfile(f"{path}{s}")
            for s in repair.SIDE_FILES
        ):
            return "odd-side-files", ""
        if not (os.access(path, os.W_OK) and os.access(self.folder, os.W_OK)):
            return self._open_read_only("it cannot be written here")
        try:
            db = self._connect(schema.uri(path, mode="rw"))
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as error:
            self._close_connection()
            if not schema.is_damage(error):  # a full disk, an I/O error: trouble that passes
                return self._open_read_only(f"it cannot be written now ({error})")
            return "damaged", f"it is not a database SQLite can read ({error})"
        if application_id != schema.APPLICATION_ID:
            return "damaged", "it is empty" if status.st_size == 0 else "it is not briefing's"
        if version > schema.SCHEMA_VERSION:
            return self._open_read_only(
                f"it was written by a newer briefing (schema {version}, this one reads "
                f"{schema.SCHEMA_VERSION})"
            )
        problem = schema.shape_problem(db, version)
        if problem:
            return "damaged", problem
        key = (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)
        if key not in _checked and self.checks:
            try:
                result = db.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.Error as error:
                result = str(error)
            if result != "ok":
                return "damaged", f"it is damaged: {result}"
            _checked.add(key)
        if version < schema.SCHEMA_VERSION:
            return "upgrade", str(version)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            pending = migrate.pending(self.folder, db)
        except sqlite3.Error as error:
            if not schema.is_damage(error):
                return self._open_read_only(f"it cannot be written now ({error})")
            return "damaged", f"it is damaged: {error}"
        return ("legacy", "") if pending else ("ok", "")

    def _act(self, kind: str, reason: str) -> None:
        """Do what `_inspect` found must be done (holding the lock alone)."""
        path, stamp = self.path, self.stamp()
        if kind == "missing":
            message = repair.restore_missing(path, self.backups_dir)
        elif kind == "damaged":
            message = repair.replace_damaged(path, self.backups_dir, stamp, reason)
            (self.folder / SUSPECT_NAME).unlink(missing_ok=True)
        elif kind == "odd-side-files":
            for side, moved in repair.set_aside_odd_side_files(path, stamp):
                self.tell(f"{side} was not a regular file; it was set aside as {moved}")
        elif kind == "upgrade":
            schema.upgrade(self.db, int(reason))
        elif kind == "legacy":
            migrate.run(self.folder, self.db, stamp, self.tell)
        if kind in ("missing", "damaged") and message:
            self.tell(message)

    def _open_read_only(self, reason: str) -> tuple[str, str]:
        """Open the file read-only (never written by this process); say why once."""
        self._close_connection()
        for uri in (
            schema.uri(self.path, mode="ro"),
            schema.uri(self.path, mode="ro", immutable="1"),
        ):
            try:
                self.db = self._connect(uri)
                self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                break
            except sqlite3.Error:
                self._close_connection()
        if self.db is None:
            self._open_in_memory(f"{self.path} cannot be opened ({reason})")
            return "read-only", reason
        self.read_only, self.read_only_reason = True, f"{self.path} is open read-only ({reason})"
        self.tell(f"{self.path} is open read-only: {reason}; it will not be changed")
        return "read-only", reason

    def _open_in_memory(self, reason: str, damaged: bool = False) -> None:
        """Show what can be shown (the newest good backup, or old data) without writing."""
        self._close_connection()
        self.db = self._connect("file::memory:")
        backup = backups.newest_good_backup(self.backups_dir) if damaged else None
        if backup is not None:
            source = sqlite3.connect(schema.uri(backup.path, mode="ro"), uri=True)
            try:
                source.backup(self.db)
            finally:
                source.close()
            shown = f"the backup {backup.path}"
        else:
            schema.create(self.db)
            if migrate.pending(self.folder, self.db):
                migrate.run(self.folder, self.db, self.stamp(), self.tell, keep=False)
            shown = "what could be read"
        self.read_only, self.read_only_reason = True, reason
        self.tell(f"{reason}; showing {shown} read-only, nothing will be changed")

    def _connect(self, target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, uri=True, isolation_level=None, check_same_thread=False)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.db = db
        return db

    def _close_connection(self) -> None:
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None

    def close(self) -> None:
        """Make a rolling backup if one is due, then close the file and let go of the lock."""
        with self._guard:
            if self.db is not None and not self.read_only and self.maintains:
                self.maintain()
            self._close_connection()
            self._lock.release()

    # Telling the user -------------------------------------------------------------------
    def tell(self, message: str) -> None:
        """A message for the user: to `notify` now, or kept in `warnings` (see module)."""
        self.warnings.append(message)
        if self.notify is not None:
            self.notify(message)

    def take_warnings(self) -> list[str]:
        """The messages not yet taken (and forget them)."""
        taken, self.warnings = self.warnings, []
        return taken

    def keep_untold(self) -> None:
        """Keep the messages nobody was told for the next open of this folder (one-shot
        opens without a channel, such as reading the sources inside the library)."""
        if self.notify is None and self.warnings:
            _pending.setdefault(str(self.folder), []).extend(self.take_warnings())

    def stamp(self) -> str:
        """The current time as a file-name stamp."""
        return self.wall().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")

    def now(self) -> str:
        """The current time as stored: ISO 8601, UTC, microseconds."""
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    # Reading and writing ----------------------------------------------------------------
    def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work(connection)` for reading; damage met on the way is repaired, then retried."""
        with self._guard:
            for attempt in range(2):
                db = self._require()
                try:
                    return work(db)
                except sqlite3.Error as error:
                    self._failed(error, "read", attempt)
        raise AssertionError("unreachable")

    def write(self, work: Callable[[sqlite3.Connection], tuple[T, bool]]) -> T:
        """Run `work(connection)` in one write transaction, durable when this returns.

        `work` returns (result, changed); with changed False nothing is committed (and
        nothing is fsynced). A failure leaves the database as it was and raises
        UserDataError; damage met on the way is repaired and the work retried once.
        """
        with self._guard:
            self.check_writable()
            for attempt in range(2):
                db = self._require()
                try:
                    db.execute("BEGIN IMMEDIATE")
                    try:
                        result, changed = work(db)
                        if changed:
                            db.execute(
                                "INSERT INTO meta (name, value) VALUES ('changes', '1') ON CONFLICT"
                                " (name) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
                            )
                            self._changes = self._read_changes()
                            db.execute("COMMIT")
                        else:
                            db.execute("ROLLBACK")
                    finally:
                        if db.in_transaction:
                            db.execute("ROLLBACK")
                except sqlite3.Error as error:
                    self._failed(error, "save to", attempt)
                    continue
                if changed and backups.far_behind(self._changes, self._newest_backup):
                    self.maintain()  # saves leave backups to open, close and idle times
                return result
        raise AssertionError("unreachable")

    def check_writable(self) -> None:
        """Raise UserDataReadOnly if this database must not be changed."""
        if self.read_only:
            raise UserDataReadOnly(f"could not save: {self.read_only_reason}; nothing was changed")

    def _require(self) -> sqlite3.Connection:
        if self.db is None:
            raise UserDataError(f"{self.path} is not open")
        return self.db

    def _failed(self, error: sqlite3.Error, doing: str, attempt: int) -> None:
        """Turn an SQLite error into one the user can act on; repair damage (once)."""
        text = str(error)
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            raise UserDataLocked(
                f"another briefing process is holding {self.path}; try again"
            ) from error
        undecodable = "could not decode" in lowered
        if not (schema.is_damage(error) or undecodable) or attempt > 0 or self.read_only:
            raise UserDataError(
                f"could not {doing} {self.path}: {text}; nothing was changed"
            ) from error
        if undecodable:  # damaged text in sound pages: mend it in place, keep a copy
            self.tell(repair.mend_or_fail(self._require(), self.path, self.stamp(), text))
            return
        try:
            (self.folder / SUSPECT_NAME).write_text(f"{text}\n", "utf-8")
        except OSError:
            pass
        self._close_connection()
        self._lock.release()
        self._open()

    def _read_changes(self) -> int:
        row = self._require().execute("SELECT value FROM meta WHERE name = 'changes'").fetchone()
        try:
            return int(row[0]) if row else 0
        except (TypeError, ValueError):
            return 0

    def _current_data_version(self) -> int:
        return self._require().execute("PRAGMA data_version").fetchone()[0]

    def changed_on_disk(self) -> bool:
        """Whether another process saved something since the last look (cheap)."""
        with self._guard:
            if self.db is None:
                return False
            version = self._current_data_version()
            changed, self._data_version = version != self._data_version, version
            return changed

    # Rolling backups --------------------------------------------------------------------
    def backup_due(self) -> bool:
        """Whether changes since the newest backup call for a new one (see `backups`)."""
        if self.read_only or self.db is None or self._changes == 0:
            return False
        try:
            size = self.path.stat().st_size
        except OSError:
            size = 0
        now = self.wall().timestamp()
        if not backups.due(self._changes, self._newest_backup, now, size):
            return False
        # Another process may have made one meanwhile: look before deciding.
        newest = backups.rolling_backups(self.backups_dir)
        self._newest_backup = (newest[0].changes, newest[0].written_at()) if newest else None
        return backups.due(self._changes, self._newest_backup, now, size)

    def backup_now(self) -> Path:
        """Make a rolling backup now; return its path."""
        with self._guard:
            self.check_writable()
            try:
                path = backups.make_backup(
                    self._require(), self.backups_dir, self.stamp(), self._changes
                )
            except (OSError, sqlite3.Error) as error:
                raise UserDataError(
                    f"could not back up {self.path}: {getattr(error, 'strerror', None) or error}"
                ) from error
            self._newest_backup = (self._changes, self.wall().timestamp())
            return path

    def maintain(self) -> bool:
        """Make a rolling backup if one is due; a failure is told, never raised."""
        with self._guard:
            if not self.backup_due():
                return False
            try:
                self.backup_now()
            except UserDataError as error:
                self.tell(str(error))
                return False
            return True


@contextmanager
def briefly(
    folder: Path, notify: Notify | None = None, maintain: bool = False, check: bool = True
) -> Iterator[Database]:
    """The database in `folder` open for one short read or write (the sources, inside the
    library). What the user must be told goes to `notify`, or waits for the next open."""
    database = Database.open(folder, notify=notify, maintain=maintain, check=check)
    try:
        yield database
    finally:
        database.close()
        database.keep_untold()
