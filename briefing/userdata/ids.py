"""Stable article ids that survive re-indexing, rebuilds, edits in place and moves.

An id is derived from the article's normalised title and body when it is first seen,
never from its path. This memory (in the user data directory, because notes hang on the
ids) remembers which content and which file location each id came from:

- the same content anywhere (a moved or renamed file, an exact duplicate) gets the same id;
- a file edited in place keeps its id, as long as no other file still holds the old text;
- a file both moved and edited at once is new content at a new place: it gets a new id.

It is its own SQLite file (`identity.sqlite`), apart from the user's database: the indexer
writes it heavily, and a long indexing run must never make a note save wait. All of its
SQL is in this module: the indexer's `IdentityMemory`, the indexing workers' read-only
`known_ids`, and `id_rows` / `merge_id_rows` for backup and restore.

A file SQLite cannot read is set aside (renamed, never deleted) and the memory starts
afresh: ids are derived from the content, so unedited articles get the same ids again.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefing.core.transactions import Transactions
from briefing.userdata.schema import uri

_SCHEMA = """
CREATE TABLE IF NOT EXISTS content (dupkey TEXT PRIMARY KEY, id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS content_id ON content(id);
CREATE TABLE IF NOT EXISTS places (loc TEXT PRIMARY KEY, id TEXT NOT NULL);
"""
_ID_LENGTH = 10


def content_key(title: str, body: str) -> str:
    """Hash of the normalised title and body: what makes two files the same article."""
    text = unicodedata.normalize("NFKC", f"{title}\n{body}").casefold()
    text = " ".join(text.split())
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=20).hexdigest()


def id_for_key(dupkey: str, length: int = _ID_LENGTH) -> str:
    """A short, lowercase, shell-safe id from a content key (base32: a-z and 2-7)."""
    digest = hashlib.blake2b(dupkey.encode(), digest_size=20).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:length]


class IdentityMemory(Transactions):
    """The persistent memory of which content and location each id belongs to."""

    def __init__(self, path: Path, notify: Callable[[str], None] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        try:
            self._db = _open(path)
        except sqlite3.DatabaseError as error:
            if isinstance(error, sqlite3.OperationalError) and not _damage(error):
                raise
            aside = _set_aside(path)
            if notify is not None:
                notify(
                    f"{path} was unreadable ({error}); it was set aside as {aside} and the "
                    "article ids start afresh (unedited articles keep theirs)"
                )
            self._db = _open(path)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def assign(self, dupkey: str, loc: str, reusable: set[str]) -> str:
        """The id for content `dupkey` found at location `loc`.

        `reusable` holds ids whose last file location just changed content; the id that
        was at `loc` is reused when it is among them (an edit in place).
        """
        row = self._db.execute("SELECT id FROM content WHERE dupkey = ?", (dupkey,)).fetchone()
        if row:
            article_id = row[0]
        else:
            previous = self._db.execute("SELECT id FROM places WHERE loc = ?", (loc,)).fetchone()
            if previous and previous[0] in reusable:
                article_id = previous[0]
                reusable.discard(article_id)
            else:
                article_id = self._fresh_id(dupkey)
            self._db.execute(
                "INSERT OR REPLACE INTO content (dupkey, id) VALUES (?, ?)", (dupkey, article_id)
            )
        self._db.execute("INSERT OR REPLACE INTO places (loc, id) VALUES (?, ?)", (loc, article_id))
        return article_id

    def _fresh_id(self, dupkey: str) -> str:
        length = _ID_LENGTH
        while True:
            candidate = id_for_key(dupkey, length)
            taken = self._db.execute(
                "SELECT 1 FROM content WHERE id = ? LIMIT 1", (candidate,)
            ).fetchone()
            if not taken:
                return candidate
            length += 2


def _open(path: Path) -> sqlite3.Connection:
    if path.exists() and not path.is_file():
        raise sqlite3.DatabaseError("it is not a regular file")
    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute("PRAGMA journal_mode = WAL")
        db.executescript(_SCHEMA)
    except BaseException:
        db.close()
        raise
    return db


def _damage(error: sqlite3.Error) -> bool:
    text = str(error).lower()
    return any(word in text for word in ("malformed", "not a database", "regular file"))


def _set_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        if os.path.lexists(f"{path}{suffix}"):
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
    return target


def known_ids(path: str | os.PathLike[str] | None) -> Callable[[str], str | None]:
    """content key -> the id the memory at `path` knows for it (None when unknown).

    Read-only, for the indexing workers; an unreadable or missing memory knows nothing.
    """
    if not path:
        return lambda key: None
    try:
        db = sqlite3.connect(uri(path, mode="ro"), uri=True, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 10000")
    except sqlite3.Error:
        return lambda key: None

    def known(key: str) -> str | None:
        try:
            row = db.execute("SELECT id FROM content WHERE dupkey = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    return known


def id_rows(path: Path) -> list[list[str]]:
    """Every (content key, id) pair the memory at `path` holds (for a backup)."""
    if not path.is_file():
        return []
    try:
        db = sqlite3.connect(uri(path, mode="ro"), uri=True)
    except sqlite3.Error:
        return []
    try:
        return [list(row) for row in db.execute("SELECT dupkey, id FROM content")]
    except sqlite3.Error:
        return []
    finally:
        db.close()


def merge_id_rows(path: Path, rows: Iterable[Any]) -> int:
    """Add (content key, id) pairs from a backup, never changing an id already in use;
    return how many were added."""
    pairs = [
        (row[0], row[1])
        for row in rows
        if isinstance(row, list) and len(row) == 2 and all(isinstance(v, str) for v in row)
    ]
    memory = IdentityMemory(path)
    try:
        memory.begin()
        before = memory._db.total_changes
        memory._db.executemany("INSERT OR IGNORE INTO content (dupkey, id) VALUES (?, ?)", pairs)
        added = memory._db.total_changes - before
        memory.commit()
    except BaseException:
        memory.rollback()
        raise
    finally:
        memory.close()
    return added
