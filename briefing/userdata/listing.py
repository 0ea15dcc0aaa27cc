"""The user's bookmarks and notes listed with the articles they are on (no Textual here).

The `briefing bookmarks` / `briefing notes` commands and the reader's Bookmarks and Notes
views list the same rows: each bookmark or note with its article's title, source and
date, or marked orphaned when the article has left the library (the note is kept).
Titles come from the index's light rows in one query, never by loading each article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from briefing.index.lookup import Row
from briefing.store import Note, Store

RowsLookup = Callable[[Iterable[str]], dict[str, Row]]


@dataclass(frozen=True)
class BookmarkRow:
    """A bookmark and its article (None fields when the article has gone)."""

    article_id: str
    bookmarked: datetime
    tags: tuple[str, ...]
    article: Row | None

    @property
    def orphaned(self) -> bool:
        """Whether the article is no longer in the library."""
        return self.article is None

    def haystack(self) -> str:
        """The text a filter in the Bookmarks view looks through (case-folded)."""
        article = self.article
        parts = [self.article_id, *self.tags]
        if article is not None:
            parts += [article.title, article.source or "", article.published or ""]
        return " ".join(parts).casefold()


@dataclass(frozen=True)
class NoteRow:
    """A note and its article (None when the article has gone)."""

    note: Note
    article: Row | None

    @property
    def orphaned(self) -> bool:
        """Whether the note's article is no longer in the library."""
        return self.article is None

    def haystack(self) -> str:
        """The text a filter in the Notes view looks through (case-folded)."""
        note, article = self.note, self.article
        parts = [note.id, note.article_id, note.text]
        if note.anchor is not None:
            parts += [note.anchor.text, note.anchor.label or ""]
        if article is not None:
            parts += [article.title, article.source or ""]
        return " ".join(parts).casefold()


def library_rows(library) -> RowsLookup:
    """A rows look-up over an open `Library` (one SQLite query per 500 ids)."""
    from briefing.index.lookup import light_rows

    return lambda ids: light_rows(library.docs.db, ids)


def bookmark_rows(store: Store, rows: RowsLookup) -> list[BookmarkRow]:
    """Every bookmark, newest first, with its article."""
    bookmarks = store.bookmarks()
    found = rows(bookmarks)
    return [
        BookmarkRow(article_id, when, tuple(store.tags(article_id)), found.get(article_id))
        for article_id, when in bookmarks.items()
    ]


def note_rows(store: Store, rows: RowsLookup) -> list[NoteRow]:
    """Every note, oldest first (the store's order), with its article."""
    notes = store.notes()
    found = rows(dict.fromkeys(note.article_id for note in notes))
    return [NoteRow(note, found.get(note.article_id)) for note in notes]


def matching(rows: list, text: str) -> list:
    """The rows whose text holds every word of `text` (case-insensitive)."""
    words = text.casefold().split()
    if not words:
        return list(rows)
    return [row for row in rows if all(word in row.haystack() for word in words)]
