"""Rendering a selection of articles, with the user's notes, as one Markdown document.

Layout: YAML front matter (title, exported_at, filters, article_count), a level-1 title,
then per article a level-2 heading, a line with source, byline, date and URL or path, a
short key-facts summary, the notes in order (an anchored passage as a block quote, a quote
with its speaker), and the tags as `#tags`; finally a section for orphaned notes.

The output depends only on the annotations, the articles and `exported_at`: the same inputs
give the same bytes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from briefing.core.model import Article
from briefing.core.notes import Anchor, Annotations, ArticleRef, Note
from briefing.core.wording import counted
from briefing.export.escape import (
    block_line,
    code_span,
    guard_line_start,
    heading,
    inline,
    link_or_text,
    yaml_string,
)
from briefing.export.keyfacts import key_facts
from briefing.export.notes import render_note
from briefing.export.select import ExportFilters, Selection

DOCUMENT_TITLE = "Briefing notes"
ARTICLE_LEVEL = 2


def render(
    selection: Selection,
    annotations: Annotations,
    filters: ExportFilters,
    exported_at: datetime,
    front_matter: bool = True,
) -> str:
    """The whole export document (without its YAML front matter when not `front_matter`:
    the title line below it says the same)."""
    exported = exported_at.astimezone(UTC)
    blocks = [_front_matter(filters, exported, len(selection.articles))] if front_matter else []
    blocks.append(heading(DOCUMENT_TITLE, 1))
    count = len(selection.articles)
    blocks.append(
        f"Exported {_when(exported)} · {counted(count, 'article')}"
        + (f" · {_filters_text(filters)}" if filters.used() else "")
    )
    for article in selection.articles:
        blocks.extend(_article(article, annotations))
    if selection.orphans:
        blocks.append(heading("Orphaned notes", ARTICLE_LEVEL))
        blocks.append("Notes whose article is no longer in the library.")
        for article_id, notes in sorted(selection.orphans.items()):
            blocks.append(_orphan_line(article_id, notes))
            for note in notes:
                about = note.about
                blocks.extend(
                    _note(note, about.source if about else None, about and about.published)
                )
    return "\n\n".join(block for block in blocks if block) + "\n"


def _front_matter(filters: ExportFilters, exported: datetime, count: int) -> str:
    lines = ["---", f"title: {yaml_string(DOCUMENT_TITLE)}"]
    lines.append(f"exported_at: {yaml_string(exported.isoformat())}")
    used = filters.used()
    if used:
        lines.append("filters:")
        for key, value in used.items():
            lines.append(f"  {key}: {_yaml_value(value)}")
    else:
        lines.append("filters: {}")
    lines.append(f"article_count: {count}")
    lines.append("---")
    return "\n".join(lines)


def _yaml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return yaml_string(str(value))


def _filters_text(filters: ExportFilters) -> str:
    return inline(", ".join(f"{key}: {value}" for key, value in filters.used().items()))


def _orphan_line(article_id: str, notes: list[Note]) -> str:
    """The article an orphaned note was on: the title, source and date the note kept."""
    about: ArticleRef | None = next((note.about for note in notes if note.about), None)
    if about is None:
        return f"**Article** {code_span(article_id)}"
    parts = [inline(about.title) or "*Untitled*"]
    if about.source:
        parts.append(inline(about.source))
    if about.published:
        parts.append(about.published[:10])
    return f"**Article** {' · '.join(parts)} · {code_span(article_id)}"


def _article(article: Article, annotations: Annotations) -> list[str]:
    blocks = [heading(article.title, ARTICLE_LEVEL), _source_line(article)]
    facts = key_facts(article.facts.to_json() if article.facts else None)
    if facts:
        blocks.append(facts)
    for note in annotations.notes.get(article.id, ()):
        blocks.extend(_note(note, article.source, article.published))
    tags = annotations.tags.get(article.id, ())
    if tags:
        blocks.append("Tags: " + " ".join("#" + inline(tag) for tag in tags))
    return blocks


def _source_line(article: Article) -> str:
    parts = []
    if article.source:
        parts.append(inline(article.source))
    if article.byline:
        parts.append("by " + inline(article.byline))
    if article.published:
        parts.append(article.published.date().isoformat())
    if article.url:
        parts.append(link_or_text(article.url))
    elif article.shown_path:
        parts.append(code_span(article.shown_path))
    if not parts:
        return "*No source details.*"
    return guard_line_start(" · ".join(parts))


def attribution(speaker: str | None, source: str | None, published: datetime | str | None) -> str:
    """ "Speaker, Source, 2025-03-03": who said a quote, where and when (the parts known)."""
    if isinstance(published, datetime):
        day = published.date().isoformat()
    else:
        day = (published or "")[:10]
    return ", ".join(part.strip() for part in (speaker or "", source or "", day) if part.strip())


def _note(
    note: Note, source: str | None = None, published: datetime | str | None = None
) -> list[str]:
    header = f"**Note** · {_when(note.created)}"
    if note.updated != note.created:
        header += f" · edited {_when(note.updated)}"
    blocks = [header]
    if note.anchor:
        blocks.append(_anchor(note.anchor, attribution(note.anchor.speaker, source, published)))
    body = render_note(note.text, ARTICLE_LEVEL)
    if body:
        blocks.append(body)
    return blocks


def _anchor(anchor: Anchor, credit: str = "") -> str:
    """A passage or quote as one block quote (a quote ends "— Speaker, Source, date");
    another fact as its kind and label."""
    if anchor.kind in ("passage", "quote"):
        lines = [
            "> " + block_line(line) if line.strip() else ">"
            for line in _paragraph_lines(anchor.text)
        ]
        if anchor.kind == "quote" and credit:
            lines += [">", "> — " + inline(credit)]
        return "\n".join(lines)
    label = anchor.label or anchor.text
    return f"> **{inline(anchor.kind.capitalize())}:** {inline(label)}"


def _paragraph_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines or [""]


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
