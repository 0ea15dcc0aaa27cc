"""The notes table: adding, changing, finding and reading notes (for `UserData`).

A note is read back through `records.note_from_row`, so a malformed field (a hand-edited
or damaged database) is repaired as it is read, told to the user once, and saved repaired.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping

from briefing.core.notes import Anchor, ArticleRef, Note
from briefing.core.sanitize import is_utf8
from briefing.userdata import records
from briefing.userdata.database import Database
from briefing.userdata.errors import NoteNotFound, UserDataError

SELECT = f"SELECT {records.NOTE_COLUMNS} FROM notes"
_ORDER = " ORDER BY created, id"


def rows(database: Database, article_id: str | None = None) -> list[tuple]:
    """Every note's row, oldest first (only those on `article_id` if given)."""
    if article_id is None:
        return database.read(lambda db: db.execute(SELECT + _ORDER).fetchall())
    sql = f"{SELECT} WHERE article_id = ?{_ORDER}"
    return database.read(lambda db: db.execute(sql, (article_id,)).fetchall())


def row(database: Database, note_id: str) -> tuple:
    """The row of the note with `note_id` (or a unique prefix of at least 4 characters)."""
    return database.read(
        lambda db: db.execute(f"{SELECT} WHERE id = ?", (find_id(db, note_id),)).fetchone()
    )


def add(
    database: Database, article_id: str, text: str, anchor: Anchor | None, about: ArticleRef | None
) -> str:
    """Save a new note; return its id."""
    now = database.now()
    values = (
        article_id,
        records.note_text(text),
        records.anchor_text(records.safe_anchor(anchor)),
        now,
        now,
        *records.ref_columns(about),
    )

    def insert(db: sqlite3.Connection) -> tuple[str, bool]:
        note_id = os.urandom(6).hex()
        while db.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone():
            note_id = os.urandom(6).hex()
        sql = f"INSERT INTO notes ({records.NOTE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)"
        db.execute(sql, (note_id, *values))
        return note_id, True

    return database.write(insert)


def update(database: Database, note_id: str, text: str) -> str:
    """Replace a note's text (its anchor and creation time stay); return its full id."""
    now = database.now()
    new_text = records.note_text(text)

    def change(db: sqlite3.Connection) -> tuple[str, bool]:
        full_id = find_id(db, note_id)
        (old,) = db.execute("SELECT text FROM notes WHERE id = ?", (full_id,)).fetchone()
        if old == new_text:
            return full_id, False
        db.execute("UPDATE notes SET text = ?, updated = ? WHERE id = ?", (new_text, now, full_id))
        return full_id, True

    return database.write(change)


def delete(database: Database, note_id: str) -> tuple:
    """Remove a note; return its row as it was."""

    def remove(db: sqlite3.Connection) -> tuple[tuple, bool]:
        full_id = find_id(db, note_id)
        gone = db.execute(f"{SELECT} WHERE id = ?", (full_id,)).fetchone()
        db.execute("DELETE FROM notes WHERE id = ?", (full_id,))
        return gone, True

    return database.write(remove)


def remember(database: Database, refs: Mapping[str, ArticleRef]) -> int:
    """Give the notes on these articles that lack one their article's title, source and
    date; return how many notes gained them (0 when that cannot be saved now)."""
    if database.read_only or not refs:
        return 0
    sql = "SELECT DISTINCT article_id FROM notes WHERE title IS NULL"
    wanted = database.read(lambda db: {aid for (aid,) in db.execute(sql)})
    values = [(*records.ref_columns(ref), aid) for aid, ref in refs.items() if aid in wanted]
    if not values:
        return 0

    def fill(db: sqlite3.Connection) -> tuple[int, bool]:
        before = db.total_changes
        db.executemany(
            "UPDATE notes SET title = ?, source = ?, published = ?"
            " WHERE article_id = ? AND title IS NULL",
            values,
        )
        count = db.total_changes - before
        return count, count > 0

    try:
        return database.write(fill)
    except UserDataError:
        return 0  # only a convenience: the notes themselves are safe


def from_rows(database: Database, found: list[tuple], told: set[str]) -> list[Note]:
    """Notes from rows; malformed fields are repaired, told once (`told` remembers what
    was), and saved repaired when the database can be written."""
    problems = records.Problems()
    notes, fixed = [], []
    for found_row in found:
        note, was_fixed = records.note_from_row(found_row, problems)
        notes.append(note)
        if was_fixed:
            fixed.append(note)
    if fixed:
        message = problems.summary(str(database.path))
        if message not in told:
            told.add(message)
            database.tell(message)
        if not database.read_only:
            repaired = [(r[4], r[5], r[3], r[0]) for r in map(records.row_from_note, fixed)]

            def save(db: sqlite3.Connection) -> tuple[None, bool]:
                sql = "UPDATE notes SET created = ?, updated = ?, anchor = ? WHERE id = ?"
                db.executemany(sql, repaired)
                return None, True

            try:
                database.write(save)
            except UserDataError:
                pass  # shown repaired all the same; saved the next time it is read
    return notes


def find_id(db: sqlite3.Connection, note_id: str) -> str:
    """The full id of the note `note_id` names (its id, or a unique prefix of 4 or more)."""
    if not is_utf8(note_id):  # a pasted id that was not UTF-8: SQLite cannot bind it
        raise NoteNotFound(f"no note with id {note_id!r}")
    if db.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone():
        return note_id
    if len(note_id) >= 4:
        matches = db.execute(
            "SELECT id FROM notes WHERE substr(id, 1, ?) = ? LIMIT 2", (len(note_id), note_id)
        ).fetchall()
        if len(matches) == 1:
            return matches[0][0]
        if matches:
            raise NoteNotFound(f"note id {note_id!r} is ambiguous; give more characters")
    raise NoteNotFound(f"no note with id {note_id!r}")
