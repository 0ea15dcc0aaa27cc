"""Putting a good database in place: a fresh one, a restored backup, a damaged one set aside.

Nothing here deletes the user's files: a damaged database is renamed aside with its
write-ahead log (`user.sqlite.damaged-STAMP`, `...-wal`, `...-shm`, so that SQLite still
finds the log when the file is read again), and whatever can still be read from it is
merged into the restored copy. The caller holds the database lock alone.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefing.core.files import fsync_dir
from briefing.core.wording import counted
from briefing.userdata import schema

SIDE_FILES = ("-wal", "-shm")


def set_aside(path: Path, stamp: str, label: str = "damaged") -> Path:
    """Rename `path` (and its -wal and -shm) to `NAME.LABEL-STAMP`; return the new path."""
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while os.path.lexists(target):
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    if os.path.lexists(path):
        os.replace(path, target)
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if os.path.lexists(side):
            os.replace(side, Path(f"{target}{suffix}"))
    fsync_dir(path.parent)
    return target


def set_aside_odd_side_files(path: Path, stamp: str) -> list[tuple[Path, Path]]:
    """Set aside a -wal or -shm that is not a regular file (a FIFO would block SQLite);
    return (what was there, where it went) for each."""
    moved = []
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if os.path.lexists(side) and not side.is_file():
            target = side.with_name(f"{side.name}.not-a-file-{stamp}")
            os.replace(side, target)
            moved.append((side, target))
    return moved


def restore_missing(path: Path, backups_dir: Path) -> str | None:
    """Put the newest good backup where the database has gone missing (or an empty
    database, when there is none, as on a first run); what to tell the user, if anything."""
    from briefing.userdata.backups import newest_good_backup

    backup = newest_good_backup(backups_dir)
    if backup is None:
        create_fresh(path)
        return None
    restore_copy(backup.path, path)
    return f"{path} was missing; restored the backup {backup.path}"


def replace_damaged(path: Path, backups_dir: Path, stamp: str, reason: str) -> str:
    """Set the damaged database at `path` aside, put the newest good backup (or an empty
    database) in its place, merge back what the damaged file still holds; the one line
    to tell the user."""
    from briefing.userdata.backups import newest_good_backup

    aside = set_aside(path, stamp)
    backup = newest_good_backup(backups_dir)
    if backup is None:
        create_fresh(path)
        origin = "no good backup was found, so it starts empty"
    else:
        restore_copy(backup.path, path)
        origin = f"restored the backup {backup.path}"
    db = sqlite3.connect(schema.uri(path, mode="rw"), uri=True, isolation_level=None)
    try:
        recovered = salvage(aside, db) if os.path.lexists(aside) else 0
    finally:
        db.close()
    extra = (
        f", and recovered {counted(recovered, 'note')} from the damaged file" if recovered else ""
    )
    return f"{path} was unreadable ({reason}); it was set aside as {aside}; {origin}{extra}"


def read_reason(suspect: Path) -> str:
    """Why a database was marked as damaged while in use (the marker file's text)."""
    try:
        return suspect.read_text("utf-8", errors="replace").strip() or "damage met while in use"
    except OSError:
        return "damage met while in use"


def create_fresh(path: Path) -> None:
    """Create an empty database at `path`, complete before it appears there.

    Built under a temporary name and linked into place, so that `path` never holds a
    half-made file; if another process created it first, theirs is kept.
    """
    _made_at(path, None, schema.create)


def restore_copy(backup: Path, path: Path) -> None:
    """Put a copy of the backup file `backup` at `path` (which must not exist)."""

    def upgrade(db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version < schema.SCHEMA_VERSION:
            schema.upgrade(db, version)

    _made_at(path, backup, upgrade)


def _made_at(path: Path, copy_of: Path | None, prepare) -> None:
    """A database made under a temporary name (a copy of `copy_of`, or empty), given
    `prepare` and WAL, then linked into place at `path`."""
    import shutil

    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _remove_temp(temp)
    try:
        if copy_of is not None:
            shutil.copyfile(copy_of, temp)
        db = sqlite3.connect(temp, isolation_level=None)
        try:
            prepare(db)
            db.execute("PRAGMA journal_mode = WAL")
        finally:
            db.close()
        _place(temp, path)
    finally:
        _remove_temp(temp)


def _place(temp: Path, path: Path) -> None:
    os.chmod(temp, 0o600)
    with open(temp, "rb") as handle:
        os.fsync(handle.fileno())
    try:
        os.link(temp, path)
    except FileExistsError:
        pass  # another process put one there first: theirs is as good
    fsync_dir(path.parent)


def _remove_temp(temp: Path) -> None:
    for name in (temp, *(Path(f"{temp}{suffix}") for suffix in (*SIDE_FILES, "-journal"))):
        name.unlink(missing_ok=True)


def salvage(damaged: Path, into: sqlite3.Connection) -> int:
    """Merge what can still be read from the set-aside file `damaged` into `into`.

    Notes the restored copy lacks, or holds in an older version, are taken; bookmarks, read
    marks, tags of articles the copy has none for, sources and settings are added where
    missing. Rows that cannot be read (or have the wrong types) are skipped. Returns the
    number of notes recovered.
    """
    if not damaged.is_file():
        return 0  # a FIFO or a device: opening it could block, and it holds nothing
    tables = _readable_rows(damaged)
    if not any(tables.values()):
        return 0
    into.execute("BEGIN IMMEDIATE")
    try:
        recovered = 0
        for row in tables.get("notes", []):
            recovered += _merge(
                into,
                "INSERT INTO notes (id, article_id, text, anchor, created, updated, title,"
                " source, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET article_id = excluded.article_id,"
                " text = excluded.text, anchor = excluded.anchor, updated = excluded.updated,"
                " title = coalesce(excluded.title, title), source = excluded.source,"
                " published = excluded.published WHERE excluded.updated > notes.updated",
                row,
            )
        for table in ("bookmarks", "read_state"):
            for row in tables.get(table, []):
                _merge(into, f"INSERT OR IGNORE INTO {table} (article_id, at) VALUES (?, ?)", row)
        have_tags = {aid for (aid,) in into.execute("SELECT DISTINCT article_id FROM tags")}
        for row in tables.get("tags", []):
            if row[0] not in have_tags:
                _merge(into, "INSERT OR IGNORE INTO tags VALUES (?, ?, ?, ?)", row)
        for row in tables.get("sources", []):
            _merge(into, "INSERT OR IGNORE INTO sources (position, path) VALUES (?, ?)", row)
        for row in tables.get("settings", []):
            _merge(into, "INSERT OR IGNORE INTO settings (name, value) VALUES (?, ?)", row)
        into.execute("COMMIT")
    except BaseException:
        if into.in_transaction:
            into.execute("ROLLBACK")
        raise
    return recovered


def mend_or_fail(db: sqlite3.Connection, path: Path, stamp: str, error: str) -> str:
    """Mend damaged text in the database open in `db` (see `mend_text`), keeping a copy
    beside `path`; the line to tell the user, or UserDataError if it cannot be mended."""
    from briefing.userdata.errors import UserDataError

    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        mended = mend_text(db, aside)
    except (OSError, sqlite3.Error) as failure:
        raise UserDataError(
            f"{path} holds damaged text that could not be mended ({failure})"
        ) from failure
    return (
        f"{path} held damaged text in {counted(mended, 'value')} ({error[:60]}); it was mended with "
        f"replacement characters, and the damaged file is kept as {aside}"
    )


def mend_text(db: sqlite3.Connection, aside: Path) -> int:
    """Replace every stored text that is not valid UTF-8 (damage inside sound pages,
    which `quick_check` cannot see) with its decodable part, after keeping a copy of the
    file at `aside`; return how many values were mended."""
    copy = sqlite3.connect(aside)
    try:
        db.backup(copy)
    finally:
        copy.close()
    mended = 0
    tables = {
        table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        for table in (*schema.USER_TABLES, "meta")
    }
    previous = db.text_factory
    db.text_factory = bytes
    try:
        db.execute("BEGIN IMMEDIATE")
        for table, columns in tables.items():
            found = db.execute(f"SELECT rowid, {', '.join(columns)} FROM {table}").fetchall()
            for rowid, *values in found:
                for column, value in zip(columns, values, strict=True):
                    if isinstance(value, bytes) and not _is_utf8(value):
                        db.execute(
                            f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                            (value.decode("utf-8", "replace"), rowid),
                        )
                        mended += 1
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.text_factory = previous
    return mended


def _is_utf8(value: bytes) -> bool:
    try:
        value.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _merge(db: sqlite3.Connection, sql: str, row: tuple) -> int:
    try:
        return 1 if db.execute(sql, row).rowcount > 0 else 0
    except (sqlite3.Error, ValueError, TypeError):
        return 0  # a row the damage garbled beyond its types


_COLUMNS = {
    "notes": "id, article_id, text, anchor, created, updated, title, source, published",
    "bookmarks": "article_id, at",
    "read_state": "article_id, at",
    "tags": "article_id, position, tag, folded",
    "sources": "position, path",
    "settings": "name, value",
}


def _readable_rows(damaged: Path) -> dict[str, list[tuple]]:
    """Every row of the user tables that can still be read, table by table."""
    found: dict[str, list[tuple]] = {}
    for target in (
        schema.uri(damaged, mode="ro"),
        schema.uri(damaged, mode="ro", immutable="1"),
    ):
        try:
            db = sqlite3.connect(target, uri=True)
        except sqlite3.Error:
            continue
        db.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            for table in schema.USER_TABLES:
                rows = found.setdefault(table, [])
                if rows:
                    continue
                try:
                    for row in db.execute(f"SELECT {_COLUMNS[table]} FROM {table}"):
                        rows.append(tuple(row))
                except sqlite3.Error:
                    pass  # keep the rows read before the damage
        finally:
            db.close()
        if any(found.values()):
            break
    return found


_LEFTOVER_FOLDERS = ("", "backups", "store", "store/backups")
_TEMP_ENDINGS = (".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal")


def clean_leftovers(folder: Path) -> None:
    """Remove temporary files of writes that were killed (no writer is alive: we are alone).

    Ours are dot-files ending in `.tmp` (and their SQLite side files), plus the old
    sources registry's `sources.tmp`; nothing else is touched.
    """
    for sub in _LEFTOVER_FOLDERS:
        try:
            entries = list(os.scandir(folder / sub))
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            ours = name.startswith(".") and name.endswith(_TEMP_ENDINGS)
            if (ours or (sub == "" and name == "sources.tmp")) and not entry.is_dir():
                try:
                    os.unlink(entry.path)
                except OSError:
                    pass
