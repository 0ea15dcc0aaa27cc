"""Rows of the Bookmarks and Notes views: the article, then what the user kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.style import Style
from rich.text import Text

from briefing.core.sanitize import terminal_safe
from briefing.tui.render.layout import short_date

if TYPE_CHECKING:
    from briefing.annotations import BookmarkRow, NoteRow
    from briefing.index.lookup import Row

ORPHANED = "(article no longer in the library)"
NOTE_LINES = 3


def _title(article: Row | None, article_id: str, styles: dict[str, Style]) -> Text:
    if article is None:
        return Text(f"{ORPHANED} {article_id}", style=styles["orphaned"])
    return Text(terminal_safe(article.title) or "(untitled)", style=styles["title"])


def _meta(article: Row | None, extra: str, styles: dict[str, Style]) -> Text:
    meta = Text(no_wrap=True, overflow="ellipsis")
    if article is not None:
        meta.append(short_date(article.published), style=styles["date"])
        if article.source:
            meta.append(" · ")
            meta.append(terminal_safe(article.source), style=styles["source"])
        meta.append(" · ")
    meta.append(extra, style=styles["date"])
    return meta


def bookmark_row(row: BookmarkRow, styles: dict[str, Style]) -> Group:
    """Title, then date · source · when bookmarked, then the tags."""
    parts = [
        _title(row.article, row.article_id, styles),
        _meta(row.article, f"bookmarked {row.bookmarked.astimezone():%d %b %Y}", styles),
    ]
    if row.tags:
        tags = " ".join("#" + terminal_safe(tag) for tag in row.tags)
        parts.append(Text(tags, style=styles["tags"], no_wrap=True, overflow="ellipsis"))
    return Group(*parts)


def note_row(row: NoteRow, styles: dict[str, Style]) -> Group:
    """Title, then date · source · when written, the anchored passage, the note's start."""
    note = row.note
    written = f"{note.updated.astimezone():%d %b %Y %H:%M}"
    if note.updated != note.created:
        written = "edited " + written
    parts = [_title(row.article, note.article_id, styles), _meta(row.article, written, styles)]
    if note.anchor is not None:
        passage = " ".join(terminal_safe(note.anchor.text).split())
        parts.append(
            Text("› " + passage, style=styles["anchor"], no_wrap=True, overflow="ellipsis")
        )
    lines = [line for line in terminal_safe(note.text).splitlines() if line.strip()]
    shown = lines[:NOTE_LINES]
    if len(lines) > NOTE_LINES:
        shown[-1] += " …"
    for line in shown or ["(empty note)"]:
        parts.append(Text(line, style=styles["text"], no_wrap=True, overflow="ellipsis"))
    return Group(*parts)
