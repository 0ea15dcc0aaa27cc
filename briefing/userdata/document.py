"""The store as one JSON document (what backups hold), and writing such contents back.

The document is the store's schema-2 shape, unchanged since the first release, so that
backups move between releases in both directions. Its records are checked and repaired one
by one on the way in (see `records`), whether they come from a restored backup or from
the old store being migrated.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing.core.files import dumps, repair_text
from briefing.userdata import legacy, records
from briefing.userdata.errors import UserDataError

if TYPE_CHECKING:
    from briefing.userdata.database import Database
    from briefing.userdata.store import UserData


@dataclass
class StoreRows:
    """A store's contents as rows, ready to insert."""

    notes: list[records.NoteRow]
    bookmarks: dict[str, str]
    read: dict[str, str]
    tags: dict[str, list[str]]


def store_document(data: UserData) -> dict[str, Any]:
    """Notes, bookmarks, tags and read state as one schema-2 store document."""
    annotations = data.annotations()
    read = data._rows("SELECT article_id, at FROM read_state ORDER BY article_id")
    bookmarks = data._rows("SELECT article_id, at FROM bookmarks ORDER BY article_id")
    return {
        "format": legacy.FORMAT,
        "version": legacy.LATEST,
        "generation": 0,
        "saved": data.database.now(),
        "notes": {
            note.id: note.to_json() for notes in annotations.notes.values() for note in notes
        },
        "bookmarks": dict(bookmarks),
        "tags": {aid: list(tags) for aid, tags in annotations.tags.items()},
        "read": dict(read),
    }


def rows_from_state(
    state: legacy.OldStore, fallback: str, problems: records.Problems, taken: set[str]
) -> StoreRows:
    """A store's contents (an old store's, a backup's) as rows, repaired as they go.

    `taken` holds note ids in use; a note whose id is unusable gets a new one.
    """

    def new_id() -> str:
        while (candidate := os.urandom(6).hex()) in taken:
            pass
        return candidate

    notes = []
    for record in state.notes.values():
        row = records.row_from_record(record, fallback, problems, new_id)
        if row is not None and row[0] not in taken:
            taken.add(row[0])
            notes.append(row)
    return StoreRows(
        notes,
        records.times_from_mapping(state.bookmarks, fallback, "bookmark", problems),
        records.times_from_mapping(state.read, fallback, "read mark", problems),
        records.tags_from_mapping(state.tags, problems),
    )


def write_rows(db: sqlite3.Connection, rows: StoreRows, replace: bool) -> None:
    """Insert `rows` (inside a transaction); with `replace`, instead of what is there."""
    if replace:
        for table in ("notes", "bookmarks", "read_state", "tags"):
            db.execute(f"DELETE FROM {table}")
    db.executemany(
        f"INSERT OR REPLACE INTO notes ({records.NOTE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
        rows.notes,
    )
    db.executemany("INSERT OR REPLACE INTO bookmarks VALUES (?, ?)", rows.bookmarks.items())
    db.executemany("INSERT OR REPLACE INTO read_state VALUES (?, ?)", rows.read.items())
    for article_id, tags in rows.tags.items():
        write_tags(db, article_id, tags)


def replace_store(
    database: Database,
    data: Any,
    sources: tuple[list[str], bool] | None,
    settings: Mapping[str, Any] | None,
) -> str | None:
    """Replace the store's contents with store document `data` (and the sources and
    settings when given) in one transaction; return what was repaired, or None."""
    try:
        version = legacy.check_store_shape(data)
    except legacy.Unreadable as error:
        raise UserDataError(f"not a briefing store: {error}") from error
    if version > legacy.LATEST:
        raise UserDataError(f"this data is from a newer briefing (schema {version})")
    state = legacy.as_latest(data, version)
    problems = records.Problems()
    fallback = records.clean_time(state.saved) or database.now()
    rows = rows_from_state(state, fallback, problems, set())

    def replace(db: sqlite3.Connection) -> tuple[None, bool]:
        write_rows(db, rows, replace=True)
        if sources is not None:
            write_sources(db, [repair_text(path) for path in sources[0]], sources[1])
        for name, value in (settings or {}).items():
            db.execute(
                "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)",
                (name, dumps(value).decode("utf-8")),
            )
        return None, True

    database.write(replace)
    return problems.summary("the restored data") if problems else None


def write_tags(db: sqlite3.Connection, article_id: str, tags: list[str]) -> None:
    """Make `tags` (already normalised) the tags of `article_id` (inside a transaction)."""
    db.execute("DELETE FROM tags WHERE article_id = ?", (article_id,))
    db.executemany(
        "INSERT INTO tags (article_id, position, tag, folded) VALUES (?, ?, ?, ?)",
        [(article_id, position, tag, tag.casefold()) for position, tag in enumerate(tags)],
    )


def write_sources(db: sqlite3.Connection, paths: list[str], samples: bool | None) -> None:
    """Make `paths` the registered sources, and record the samples flag (inside a
    transaction). `samples` None means "as before sources were first saved": samples only
    while there are no paths of the user's."""
    db.execute("DELETE FROM sources")
    db.executemany(
        "INSERT OR IGNORE INTO sources (position, path) VALUES (?, ?)", list(enumerate(paths))
    )
    if samples is None:
        db.execute("DELETE FROM settings WHERE name = 'samples'")
    else:
        db.execute(
            "INSERT OR REPLACE INTO settings (name, value) VALUES ('samples', ?)",
            ("true" if samples else "false",),
        )
