"""`UserData`: the user's bookmarks, notes, tags, read state, sources and reader settings.

    from briefing.userdata import UserData
    with UserData.open(locations) as data:
        note = data.add_note(article_id, "**Why** this matters", anchor=Anchor("quoted"),
                             about=ArticleRef(title, source, published))
        data.toggle_bookmark(article_id)
        marks = data.marks(ids_on_screen)     # {id: Marks(bookmarked, noted, read)}
        data.tagged("strike")                 # {article ids}, for `tag:` and the reader filter

Every change is one SQLite transaction, durable (fsynced) before the method returns, or
it raises UserDataError and changes nothing. Changes that depend on the current state
(toggling a bookmark, adding tags) decide inside their transaction, so two processes
never overwrite each other. Reads always see what every process has saved. Every method
may be called from any thread. See `briefing.userdata.database` for opening, damage and
backups.

Reading rule: an article counts as read once it has been open in the reader for
`READ_AFTER_SECONDS` (5 s) or scrolled to its end; the reader calls `mark_read`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from briefing.core.files import dumps, repair_text
from briefing.core.notes import (
    Anchor,
    Annotations,
    ArticleRef,
    Marks,
    Note,
    normalise_tag,
    unique_tags,
)
from briefing.core.paths import Locations
from briefing.userdata import document, records
from briefing.userdata import notes as note_table
from briefing.userdata.database import Clock, Database, Notify, briefly
from briefing.userdata.document import write_tags
from briefing.userdata.errors import UserDataError
from briefing.userdata.glance import SETTING_SQL, decode_setting


class UserData:
    """Everything one user owns, keyed by stable article ids (see the module docstring).

    `warnings` holds what the user must be told (a damaged file set aside, a read-only
    database, repaired records) when no `notify` was given at open.
    """

    def __init__(self, database: Database) -> None:
        self.database = database
        self._told: set[str] = set()

    # Opening and closing ------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        locations: Locations,
        *,
        clock: Clock | None = None,
        lock_wait: float = 10.0,
        notify: Notify | None = None,
    ) -> UserData:
        """Open the user's data under `locations.data_dir`."""
        return cls.open_folder(locations.data_dir, clock=clock, lock_wait=lock_wait, notify=notify)

    @classmethod
    def open_folder(
        cls,
        folder: Path,
        *,
        clock: Clock | None = None,
        lock_wait: float = 10.0,
        notify: Notify | None = None,
    ) -> UserData:
        """Open the user's data kept in `folder` (a user data directory)."""
        return cls(Database.open(folder, clock=clock, lock_wait=lock_wait, notify=notify))

    def close(self) -> None:
        """Make a rolling backup if one is due and close (every change is already saved)."""
        self.database.close()

    def __enter__(self) -> UserData:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def folder(self) -> Path:
        """The user data directory."""
        return self.database.folder

    @property
    def path(self) -> Path:
        """The database file."""
        return self.database.path

    @property
    def backups_dir(self) -> Path:
        """Rolling backups and the copies kept before a migration or a restore."""
        return self.database.backups_dir

    @property
    def read_only(self) -> bool:
        """Whether changes are refused (a newer briefing's database, a read-only disk)."""
        return self.database.read_only

    @property
    def warnings(self) -> list[str]:
        """Messages for the user not yet taken."""
        return self.database.warnings

    def take_warnings(self) -> list[str]:
        """The messages for the user not yet taken (and forget them)."""
        return self.database.take_warnings()

    def changed_on_disk(self) -> bool:
        """Whether another process saved something since the last look (cheap)."""
        return self.database.changed_on_disk()

    def backup_now(self) -> Path:
        """Make a rolling backup now; return its path."""
        return self.database.backup_now()

    def maintain(self) -> bool:
        """Make a rolling backup if one is due (the reader calls this when idle)."""
        return self.database.maintain()

    # Notes ----------------------------------------------------------------------------
    def notes(self, article_id: str | None = None) -> list[Note]:
        """Notes, oldest first; only those on `article_id` if given."""
        key = repair_text(article_id) if article_id is not None else None
        return note_table.from_rows(self.database, note_table.rows(self.database, key), self._told)

    def note(self, note_id: str) -> Note:
        """The note with `note_id` (or a unique prefix of at least 4 characters)."""
        return note_table.from_rows(
            self.database, [note_table.row(self.database, note_id)], self._told
        )[0]

    def note_count(self) -> int:
        """Number of notes."""
        return self._rows("SELECT count(*) FROM notes")[0][0]

    def add_note(
        self,
        article_id: str,
        text: str,
        anchor: Anchor | None = None,
        about: ArticleRef | None = None,
    ) -> Note:
        """Add a Markdown note on `article_id`, optionally anchored to a passage or fact.

        `about` is the article as it is now (title, source, date): kept with the note, so
        that the note still says what it was about if the article leaves the library.
        """
        return self.note(
            note_table.add(self.database, _article_id(article_id), text, anchor, about)
        )

    def update_note(self, note_id: str, text: str) -> Note:
        """Replace the text of a note (id or unique prefix); its anchor is kept."""
        return self.note(note_table.update(self.database, note_id, text))

    def delete_note(self, note_id: str) -> Note:
        """Remove a note (id or unique prefix); return what was removed."""
        return records.note_from_row(note_table.delete(self.database, note_id))[0]

    def remember_articles(self, refs: Mapping[str, ArticleRef]) -> int:
        """Keep title, source and date with the notes on these articles that lack them
        (notes written before briefing kept them); return how many notes gained them."""
        return note_table.remember(self.database, refs)

    # Bookmarks ------------------------------------------------------------------------
    def bookmarks(self) -> dict[str, datetime]:
        """Bookmarked article ids and when they were bookmarked, newest first."""
        rows = self._rows("SELECT article_id, at FROM bookmarks ORDER BY at DESC, article_id DESC")
        return {aid: records.parse_time(at) for aid, at in rows}

    def is_bookmarked(self, article_id: str) -> bool:
        """Whether `article_id` is bookmarked."""
        return bool(self._rows("SELECT 1 FROM bookmarks WHERE article_id = ?", (article_id,)))

    def set_bookmark(self, article_id: str, on: bool = True) -> bool:
        """Bookmark (or un-bookmark) `article_id`; return whether anything changed."""
        return self._set_flag("bookmarks", _article_id(article_id), on)

    def toggle_bookmark(self, article_id: str) -> bool:
        """Flip the bookmark on `article_id` (against the saved state); return the new state."""
        article_id = _article_id(article_id)
        now = self.database.now()

        def toggle(db: sqlite3.Connection) -> tuple[bool, bool]:
            gone = db.execute("DELETE FROM bookmarks WHERE article_id = ?", (article_id,)).rowcount
            if not gone:
                db.execute(
                    "INSERT INTO bookmarks (article_id, at) VALUES (?, ?)", (article_id, now)
                )
            return not gone, True

        return self.database.write(toggle)

    # Tags -----------------------------------------------------------------------------
    def tags(self, article_id: str) -> list[str]:
        """Tags on `article_id`, in the order they were given."""
        sql = "SELECT tag FROM tags WHERE article_id = ? ORDER BY position"
        return [tag for (tag,) in self._rows(sql, (article_id,))]

    def set_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Make `tags` (normalised, de-duplicated) the tags of `article_id`; return them."""
        wanted = unique_tags(tags)
        return self._change_tags(_article_id(article_id), lambda current: wanted)

    def add_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Add `tags` to those of `article_id`; return the resulting tags."""
        extra = list(tags)
        return self._change_tags(
            _article_id(article_id), lambda current: unique_tags([*current, *extra])
        )

    def remove_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Remove `tags` (case-insensitively) from `article_id`; return the remaining tags."""
        gone = {normalise_tag(tag).casefold() for tag in tags}
        return self._change_tags(
            _article_id(article_id),
            lambda current: [tag for tag in current if tag.casefold() not in gone],
        )

    def all_tags(self) -> dict[str, int]:
        """Every tag in use and how many articles carry it, by tag (case-insensitive order)."""
        counts = self._rows("SELECT tag, count(DISTINCT article_id) FROM tags GROUP BY tag")
        return dict(sorted(counts, key=lambda row: (row[0].casefold(), row[0])))

    def tagged(self, tag: str) -> set[str]:
        """Article ids carrying `tag`: compared after `normalise_tag`, case-insensitively,
        so `tagged("#Port strike")` finds articles tagged `port-strike`. (What the query
        field `tag:` and the reader's tag filter restrict the results to.)"""
        wanted = normalise_tag(tag).casefold()
        sql = "SELECT DISTINCT article_id FROM tags WHERE folded = ?"
        return {aid for (aid,) in self._rows(sql, (wanted,))}

    def _change_tags(self, article_id: str, change) -> list[str]:
        def apply(db: sqlite3.Connection) -> tuple[list[str], bool]:
            sql = "SELECT tag FROM tags WHERE article_id = ? ORDER BY position"
            current = [tag for (tag,) in db.execute(sql, (article_id,))]
            wanted = change(current)
            if wanted == current:
                return wanted, False
            write_tags(db, article_id, wanted)
            return wanted, True

        return self.database.write(apply)

    # Read state -----------------------------------------------------------------------
    def mark_read(self, article_id: str) -> bool:
        """Record that `article_id` has been read; return whether that is new."""
        return self._set_flag("read_state", _article_id(article_id), True)

    def mark_unread(self, article_id: str) -> bool:
        """Forget that `article_id` was read; return whether anything changed."""
        return self._set_flag("read_state", _article_id(article_id), False)

    def is_read(self, article_id: str) -> bool:
        """Whether `article_id` counts as read (see READ_AFTER_SECONDS)."""
        return bool(self._rows("SELECT 1 FROM read_state WHERE article_id = ?", (article_id,)))

    def read_ids(self) -> set[str]:
        """Every article id that counts as read."""
        return {aid for (aid,) in self._rows("SELECT article_id FROM read_state")}

    def _set_flag(self, table: str, article_id: str, on: bool) -> bool:
        now = self.database.now()

        def apply(db: sqlite3.Connection) -> tuple[bool, bool]:
            if on:
                sql = f"INSERT OR IGNORE INTO {table} (article_id, at) VALUES (?, ?)"
                changed = db.execute(sql, (article_id, now)).rowcount > 0
            else:
                sql = f"DELETE FROM {table} WHERE article_id = ?"
                changed = db.execute(sql, (article_id,)).rowcount > 0
            return changed, changed

        return self.database.write(apply)

    # Lists ----------------------------------------------------------------------------
    def marks(self, article_ids: Iterable[str]) -> dict[str, Marks]:
        """Markers for a result list: only the given ids that have any mark are returned."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}

        def look(db: sqlite3.Connection) -> dict[str, Marks]:
            found: dict[str, list[bool]] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                for column, table in enumerate(("bookmarks", "notes", "read_state")):
                    sql = f"SELECT DISTINCT article_id FROM {table} WHERE article_id IN ({marks})"
                    for (aid,) in db.execute(sql, chunk):
                        found.setdefault(aid, [False, False, False])[column] = True
            return {aid: Marks(*found[aid]) for aid in ids if aid in found}

        return self.database.read(look)

    def annotated_ids(self) -> set[str]:
        """Articles with notes, tags or a bookmark (what an unfiltered export covers)."""
        sql = (
            "SELECT article_id FROM notes UNION SELECT article_id FROM tags"
            " UNION SELECT article_id FROM bookmarks"
        )
        return {aid for (aid,) in self._rows(sql)}

    def annotations(self) -> Annotations:
        """Every note, tag and bookmark as plain data (what an export is made from)."""
        by_article: dict[str, list[Note]] = {}
        for note in self.notes():
            by_article.setdefault(note.article_id, []).append(note)
        tags: dict[str, list[str]] = {}
        for aid, tag in self._rows(
            "SELECT article_id, tag FROM tags ORDER BY article_id, position"
        ):
            tags.setdefault(aid, []).append(tag)
        return Annotations(
            {aid: tuple(items) for aid, items in by_article.items()},
            {aid: tuple(items) for aid, items in tags.items()},
            self.bookmarks(),
        )

    # Settings and sources -------------------------------------------------------------
    def setting(self, name: str) -> Any:
        """A saved setting (JSON data), or None."""
        rows = self._rows(SETTING_SQL, (name,))
        return decode_setting(rows[0][0]) if rows else None

    def save_setting(self, name: str, value: Any) -> None:
        """Save a setting (JSON data)."""
        text = dumps(value).decode("utf-8")

        def save(db: sqlite3.Connection) -> tuple[None, bool]:
            old = db.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
            if old is not None and old[0] == text:
                return None, False
            db.execute("INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", (name, text))
            return None, True

        self.database.write(save)

    def sources(self) -> tuple[list[str], bool | None]:
        """The registered source paths, and the samples flag (None: never set)."""
        from briefing.userdata.sources import registered

        return registered(self.database)

    # Whole store ----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """Notes, bookmarks, tags and read state as one store document (schema 2, the
        format of backups, which every briefing release reads)."""
        return document.store_document(self)

    def replace_all(
        self,
        data: Any,
        sources: tuple[list[str], bool] | None = None,
        settings: Mapping[str, Any] | None = None,
    ) -> str | None:
        """Replace notes, bookmarks, tags and read state with store document `data` (a
        backup's, schema 1 or 2), checked and repaired record by record, and with them
        (in the same transaction) the sources and the named settings when given; return
        what was repaired (one line) or None."""
        return document.replace_store(self.database, data, sources, settings)

    # Internals ------------------------------------------------------------------------
    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        params = tuple(repair_text(p) if isinstance(p, str) else p for p in params)
        return self.database.read(lambda db: db.execute(sql, params).fetchall())


def _article_id(article_id: str) -> str:
    if not isinstance(article_id, str) or not article_id.strip():
        raise UserDataError("an article id is required")
    return repair_text(article_id)


@contextmanager
def open_briefly(
    locations: Locations, notify: Notify | None = None, maintain: bool = False, check: bool = True
) -> Iterator[UserData]:
    """The user's data open for one short read or write (the reader's settings before the
    reader has its own handle). Messages for the user go to `notify`, or wait for the next
    open that can show them. A rolling backup is made only with `maintain` (for a write);
    `check` False leaves `quick_check` to the next open (see `Database.open`)."""
    with briefly(locations.data_dir, notify, maintain, check) as database:
        yield UserData(database)
