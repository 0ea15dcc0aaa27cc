"""The user's bookmarks and notes listed with the articles they are on (no Textual here).

The `briefing bookmarks` / `briefing notes` commands and the reader's Bookmarks and Notes
views list the same rows: each bookmark or note with its article's title, source and
date, or marked orphaned when the article has left the library (the note is kept, and
shows the title, source and date it kept when it was written). Titles come from the
caller's `rows` look-up (the library's light rows, one query for every id), never by
loading each article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from briefing.core.notes import ArticleRef, Note
from briefing.userdata.store import UserData


class ArticleRow(Protocol):
    """What a list shows of an article: the library's light row."""

    title: str
    source: str | None
    published: str | None


RowsLookup = Callable[[Iterable[str]], Mapping[str, ArticleRow]]


@dataclass(frozen=True)
class BookmarkRow:
    """A bookmark and its article (None fields when the article has gone)."""

    article_id: str
    bookmarked: datetime
    tags: tuple[str, ...]
    article: ArticleRow | None

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
    article: ArticleRow | None

    @property
    def orphaned(self) -> bool:
        """Whether the note's article is no longer in the library."""
        return self.article is None

    @property
    def shown(self) -> ArticleRow | ArticleRef | None:
        """The article to show: the library's, else what the note kept of it."""
        return self.article if self.article is not None else self.note.about

    def haystack(self) -> str:
        """The text a filter in the Notes view looks through (case-folded)."""
        note, article = self.note, self.shown
        parts = [note.id, note.article_id, note.text]
        if note.anchor is not None:
            parts += [note.anchor.text, note.anchor.label or ""]
        if article is not None:
            parts += [article.title, article.source or ""]
        return " ".join(parts).casefold()


def bookmark_rows(data: UserData, rows: RowsLookup) -> list[BookmarkRow]:
    """Every bookmark, newest first, with its article."""
    bookmarks = data.bookmarks()
    found = rows(bookmarks)
    return [
        BookmarkRow(article_id, when, tuple(data.tags(article_id)), found.get(article_id))
        for article_id, when in bookmarks.items()
    ]


def note_rows(data: UserData, rows: RowsLookup) -> list[NoteRow]:
    """Every note, oldest first, with its article.

    Notes written before briefing kept their article's title are given it now, while the
    article is still in the library (see `UserData.remember_articles`).
    """
    notes = data.notes()
    found = rows(dict.fromkeys(note.article_id for note in notes))
    missing = {note.article_id for note in notes if note.about is None} & set(found)
    if missing:
        data.remember_articles({aid: reference(found[aid]) for aid in missing})
    return [NoteRow(note, found.get(note.article_id)) for note in notes]


def reference(row: ArticleRow) -> ArticleRef:
    """What a note keeps of the article in a light row (or an Article)."""
    published = row.published
    if isinstance(published, datetime):
        published = published.isoformat()
    return ArticleRef(row.title, row.source, published)


def matching(rows: list, text: str) -> list:
    """The rows whose text holds every word of `text` (case-insensitive)."""
    words = text.casefold().split()
    if not words:
        return list(rows)
    return [row for row in rows if all(word in row.haystack() for word in words)]
