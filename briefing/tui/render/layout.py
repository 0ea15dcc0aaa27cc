"""Lay an article out as wrapped lines that remember their place in the body."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime

from briefing.core.model import Article
from briefing.core.notes import Marks
from briefing.core.sanitize import terminal_safe
from briefing.core.softbreaks import join_soft_breaks
from briefing.core.wording import counted
from briefing.tui.render.wrap import paragraphs, wrap_spans


@dataclass(frozen=True)
class Line:
    """One screen line of the article: its text, what it is, and where it sits in the body."""

    text: str
    kind: str  # title, meta, marks, body, blank, note, furniture-head, furniture
    body_start: int = -1  # offset of text[0] in the body, for body lines


@dataclass
class ArticleLayout:
    """The article as lines for one width."""

    lines: list[Line]
    width: int
    _body_starts: list[int]
    _body_rows: list[int]

    def row_of(self, body_offset: int) -> int:
        """The row showing `body_offset` of the body (0 when there is no body)."""
        if not self._body_starts:
            return 0
        index = max(0, bisect_right(self._body_starts, body_offset) - 1)
        return self._body_rows[index]


def format_date(published: datetime | str | None) -> str:
    """A date as people write it ("7 March 2025", with the time when there is one)."""
    if published is None:
        return ""
    if isinstance(published, str):
        try:
            published = datetime.fromisoformat(published)
        except ValueError:
            return terminal_safe(published)
    day = f"{published.day} {published:%B %Y}"
    if published.hour or published.minute:
        return f"{day}, {published:%H:%M}"
    return day


def short_date(published: str | None) -> str:
    """A compact date for lists ("07 Mar 2025")."""
    if not published:
        return "no date"
    try:
        return f"{datetime.fromisoformat(published):%d %b %Y}"
    except ValueError:
        return terminal_safe(published)[:11]


def safe_body(article: Article) -> str:
    """The body after the render-layer guard, tabs as spaces (see `screen_text`) and the
    breaks of hard-wrapped paragraphs as spaces (`join_soft_breaks`): same offsets."""
    return join_soft_breaks(screen_text(article.body))


def screen_text(text: str) -> str:
    """`terminal_safe(text)` with each tab as one space: a line is drawn cell by cell and
    a tab would move the terminal's cursor to its next tab stop, past the pane's border
    (a tab-separated table pushed the panes beside the article out of line). One space for
    one tab keeps every offset into the body where it was."""
    return terminal_safe(text).replace("\t", " ")


MARK_WORDS = (("bookmarked", "★ bookmarked"), ("noted", "✎ noted"), ("read", "✓ read"))


def marks_line(marks: Marks | None, tags: list[str]) -> str:
    """ "★ bookmarked · ✎ noted · ✓ read · #ports #strike": the user's marks on an article."""
    parts = [word for name, word in MARK_WORDS if marks is not None and getattr(marks, name)]
    if tags:
        parts.append(" ".join("#" + terminal_safe(tag) for tag in tags))
    return " · ".join(parts)


def lay_out(
    article: Article,
    width: int,
    show_furniture: bool = False,
    marks: Marks | None = None,
    tags: list[str] | None = None,
) -> ArticleLayout:
    """Wrap title, byline, source and date, id and file, the user's marks, the body and
    (optionally) the removed lines."""
    width = max(10, width)
    lines: list[Line] = []
    starts: list[int] = []
    rows: list[int] = []

    def add_wrapped(text: str, kind: str) -> None:
        text = text.replace("\t", " ")
        for start, end in wrap_spans(text, width):
            lines.append(Line(text[start:end].rstrip(), kind))

    add_wrapped(terminal_safe(article.title) or "(untitled)", "title")
    lines.append(Line("", "blank"))
    if article.byline:
        add_wrapped("By " + terminal_safe(article.byline), "meta")
    meta = " · ".join(
        part
        for part in (terminal_safe(article.source or ""), format_date(article.published))
        if part
    )
    if meta:
        add_wrapped(meta, "meta")
    if article.url:
        add_wrapped(terminal_safe(article.url), "meta")
    if article.id:
        add_wrapped(f"id {terminal_safe(article.id)}", "meta")
    if article.shown_path:
        for piece in path_lines(terminal_safe(article.shown_path), width):
            lines.append(Line(piece, "meta"))
    marked = marks_line(marks, tags or [])
    if marked:
        add_wrapped(marked, "marks")
    if lines[-1].kind != "blank":
        lines.append(Line("", "blank"))
    body = safe_body(article)
    blocks = paragraphs(body)
    if not blocks:
        lines.append(Line("This article has no text.", "note"))
    for number, (start, end) in enumerate(blocks):
        if number:
            lines.append(Line("", "blank"))
        for line_start, line_end in wrap_spans(body[start:end], width, start):
            starts.append(line_start)
            rows.append(len(lines))
            lines.append(Line(body[line_start:line_end].rstrip(), "body", line_start))
    if show_furniture:
        lines.append(Line("", "blank"))
        if article.removed:
            add_wrapped(
                f"Site furniture removed at ingest ({counted(len(article.removed), 'line')}):",
                "furniture-head",
            )
            for removed in article.removed:
                add_wrapped(terminal_safe(removed), "furniture")
        else:
            add_wrapped("Ingest removed no site furniture from this article.", "furniture-head")
    return ArticleLayout(lines, width, starts, rows)


def path_lines(path: str, width: int) -> list[str]:
    """A file's path cut after its separators to fit `width`: the file's name stays whole
    with its entry's label ("feed.jsonl:257" was cut to "feed.jsonl:2" / "57", which read as
    entry 2); only a name longer than the line is cut inside."""
    path = path.replace("\t", " ")
    pieces = [piece for piece in _PATH_PIECE.findall(path) if piece]
    lines: list[str] = []
    current = ""
    for piece in pieces:
        if current and len(current) + len(piece) > width:
            lines.append(current)
            current = ""
        while len(piece) > width:
            lines.append(piece[:width])
            piece = piece[width:]
        current += piece
    if current:
        lines.append(current)
    return lines


_PATH_PIECE = re.compile(r"[^/\\]*[/\\]|[^/\\]+$")


def lay_out_note(text: str, width: int) -> ArticleLayout:
    """A sentence or two shown instead of an article (loading, empty library, no results)."""
    width = max(10, width)
    lines = []
    for paragraph in text.split("\n"):
        for start, end in wrap_spans(paragraph, width):
            lines.append(Line(paragraph[start:end].rstrip(), "note"))
    return ArticleLayout(lines, width, [], [])
