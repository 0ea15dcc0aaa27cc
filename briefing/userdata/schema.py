"""The tables of the user's database, its version, and upgrades between versions.

The version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as
briefing's, so that any other SQLite file put in its place is taken for damage, not data.
A database whose version is newer than `SCHEMA_VERSION` was written by a newer briefing:
it is opened read-only and never written (see `briefing.userdata.database`).

Times are ISO 8601 strings in UTC with microseconds, so that text order is time order.
Tables are STRICT: a value of the wrong type cannot be stored, whatever writes it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1
APPLICATION_ID = 0x62726966  # "brif"
DB_NAME = "user.sqlite"
SUSPECT_NAME = "user.sqlite.suspect"  # damage met while in use: repair at the next open

TABLES = """
CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    text TEXT NOT NULL,
    anchor TEXT,               -- Anchor.to_json() as JSON, or NULL
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    title TEXT,                -- the article as it was when the note was written
    source TEXT,
    published TEXT
) STRICT;
CREATE INDEX notes_by_article ON notes (article_id);
CREATE TABLE bookmarks (article_id TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;
CREATE TABLE read_state (article_id TEXT PRIMARY KEY, at TEXT NOT NULL) STRICT;
CREATE TABLE tags (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    folded TEXT NOT NULL,      -- tag.casefold(), what `tagged()` compares
    PRIMARY KEY (article_id, position)
) STRICT;
CREATE INDEX tags_by_name ON tags (folded);
CREATE TABLE sources (position INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;  -- JSON values
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
"""

# What each table holds, in the order a salvage from a damaged file reads them.
USER_TABLES = ("notes", "bookmarks", "read_state", "tags", "sources", "settings")

# SQL that brings version N to N+1; add one entry per new version, never change one.
UPGRADES: dict[int, str] = {}


def create(db: sqlite3.Connection) -> None:
    """Create every table in an empty database and stamp it with the current version."""
    db.executescript(
        f"BEGIN; {TABLES} PRAGMA application_id = {APPLICATION_ID};"
        f" PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
    )


def upgrade(db: sqlite3.Connection, version: int) -> None:
    """Bring a database from `version` (older than SCHEMA_VERSION) to SCHEMA_VERSION."""
    while version < SCHEMA_VERSION:
        db.executescript(f"BEGIN; {UPGRADES[version]} PRAGMA user_version = {version + 1}; COMMIT;")
        version += 1


def shape_problem(db: sqlite3.Connection, version: int) -> str | None:
    """What makes a database with this application id and `version` unusable as it is
    (a version no upgrade starts from, a table or column missing or of another kind), or
    None. A changed byte in the version or a table dropped must not pass for data: the
    file would be upgraded from what it is not, or read as holding no notes."""
    if version < SCHEMA_VERSION and version not in UPGRADES:
        return f"its version {version} is none this briefing can upgrade from"
    if version != SCHEMA_VERSION:
        return None  # an upgrade or a newer briefing's file: their shapes differ
    found: dict[str, list[tuple[str, str]]] = {}
    try:
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            found[table] = _columns(db, table)
    except sqlite3.Error as error:  # damage shows here too; trouble is left to the reads
        return str(error) if is_damage(error) else None
    for table, columns in _expected_shape().items():
        if table not in found:
            return f"its table {table!r} is missing"
        if found[table] != columns:
            return f"its table {table!r} is not as this briefing writes it"
    return None


def is_damage(error: sqlite3.Error) -> bool:
    """Damage (set the file aside, restore a backup) rather than trouble that passes (a
    full disk, an I/O error, a read-only file system, a lock)."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    return code in (11, 26) or "malformed" in str(error).lower()  # CORRUPT, NOTADB


def _columns(db: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    rows = db.execute("SELECT name, type FROM pragma_table_info(?)", (table,))
    return [(name, kind.upper()) for name, kind in rows]


_SHAPE: dict[str, list[tuple[str, str]]] = {}


def _expected_shape() -> dict[str, list[tuple[str, str]]]:
    if not _SHAPE:
        db = sqlite3.connect(":memory:")
        try:
            db.executescript(TABLES)
            for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
                _SHAPE[table] = _columns(db, table)
        finally:
            db.close()
    return _SHAPE


def uri(path: Path | str, **options: str) -> str:
    """An SQLite URI for the file `path` with `options` (mode=ro...): the path is
    percent-encoded, so a folder named with '?', '#' or '%' is still that folder."""
    base = Path(path).absolute().as_uri()
    return base + (
        "?" + "&".join(f"{key}={value}" for key, value in options.items()) if options else ""
    )
