"""One saved setting read straight from a healthy user database, for the reader's start.

Opening the user's data (`Database.open`) takes its lock, looks for damage, repairs and
migrates: right for the opens that change things, but its imports alone cost the reader's
first screen some 20 ms of CPU before Textual could start, to read one row. `setting`
reads that row through a read-only connection when the file is plainly in order (this
version, briefing's, no mark of damage) and says `UNREAD` otherwise, so that the caller
takes the full open, which deals with whatever is wrong. Only the standard library,
`orjson` and `schema` are imported.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Final

import orjson

from briefing.userdata import schema

SETTING_SQL: Final = "SELECT value FROM settings WHERE name = ?"
UNREAD: Final = object()  # the file needs the full open (missing, damaged, other version)


def decode_setting(text: str) -> Any:
    """A setting's JSON value, or None when it is not JSON (hand-edited or cut short)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return None


def setting(folder: Path, name: str) -> Any:
    """The setting `name` saved in the user database in `folder` (None when none is saved),
    or `UNREAD` when the file is missing, marked damaged, not briefing's or of another
    version, or cannot be read now."""
    path = folder / schema.DB_NAME
    if not path.is_file() or (folder / schema.SUSPECT_NAME).exists():
        return UNREAD
    try:
        db = sqlite3.connect(schema.uri(path, mode="ro"), uri=True, timeout=0.5)
    except sqlite3.Error:
        return UNREAD
    try:
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if application_id != schema.APPLICATION_ID or version != schema.SCHEMA_VERSION:
            return UNREAD
        row = db.execute(SETTING_SQL, (name,)).fetchone()
    except sqlite3.Error:
        return UNREAD
    finally:
        db.close()
    return decode_setting(row[0]) if row is not None else None
