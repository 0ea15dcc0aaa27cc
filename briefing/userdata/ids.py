"""Stable article ids that survive re-indexing, rebuilds, edits in place and moves.

An id is derived from the article's normalised title and body when it is first seen,
never from its path. This memory (in the user data directory, because notes hang on the
ids) remembers which content and which file location each id came from:

- the same content anywhere (a moved or renamed file, an exact duplicate) gets the same id;
- a file edited in place keeps its id, as long as no other file still holds the old text;
- a file both moved and edited at once is new content at a new place: it gets a new id.
"""

from __future__ import annotations

import base64
import hashlib
import sqlite3
import unicodedata
from pathlib import Path

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


class IdentityMemory:
    """The persistent memory of which content and location each id belongs to."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA busy_timeout = 10000")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def begin(self) -> None:
        """Start a write transaction."""
        self._db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        """Commit the write transaction."""
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        """Abandon the write transaction."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

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
