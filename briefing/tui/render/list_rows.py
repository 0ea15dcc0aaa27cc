"""Rows of the entity page and the timeline: an article, a quote, a dated event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.style import Style
from rich.text import Text

from briefing.core.kinds import KIND_NOUNS
from briefing.core.sanitize import shortened, terminal_safe
from briefing.core.wording import counted
from briefing.tui.render.layout import short_date

if TYPE_CHECKING:
    from briefing.core.results import EntityArticle, EntityPage, EntityQuote, TimelineEvent

SENTENCE_CHARS = 240


def _line(text: str, style: Style, wrap: bool = False) -> Text:
    return Text(
        " ".join(terminal_safe(text).split()),
        style=style,
        no_wrap=not wrap,
        overflow="ellipsis",
    )


def entity_header(page: EntityPage) -> str:
    """Who or what it is, the other names and roles, how many articles over what span."""
    lines = [f"{terminal_safe(page.name)} ({KIND_NOUNS.get(page.kind, page.kind)})"]
    if len(page.names) > 1:
        lines.append("also: " + terminal_safe(", ".join(page.names[1:])))
    if page.roles:
        lines.append("roles: " + terminal_safe("; ".join(page.roles)))
    count = counted(page.article_count, "article")
    # one day ("18 Nov 2025 to 18 Nov 2025" said it twice) is said once
    span = " to ".join(dict.fromkeys(short_date(day) for day in (page.first, page.last) if day))
    lines.append(count + (f", {span}" if span else ""))
    return "\n".join(lines)


def entity_article_row(item: EntityArticle, styles: dict[str, Style]) -> Group:
    """An article naming the entity: title, then date · source · role · mentions."""
    row = item.article
    meta = Text(no_wrap=True, overflow="ellipsis")
    meta.append(short_date(row.published), style=styles["date"])
    if row.source:
        meta.append(" · ")
        meta.append(terminal_safe(row.source), style=styles["source"])
    if item.role:
        meta.append(" · " + " ".join(terminal_safe(item.role).split()), style=styles["text"])
    if item.mentions > 1:
        meta.append(f" · ×{item.mentions}", style=styles["date"])
    return Group(_line(row.title or "(untitled)", styles["title"], wrap=True), meta)


def quote_row(quote: EntityQuote, styles: dict[str, Style]) -> Group:
    """A quote attributed to the entity, then where it was said."""
    text = " ".join(terminal_safe(quote.text).split())
    said = Text(f"\u201c{text}\u201d", style=styles["text"])
    row = quote.article
    meta = " · ".join(
        part
        for part in (short_date(row.published), terminal_safe(row.source or ""), row.title)
        if part
    )
    return Group(said, _line(meta, styles["date"]))


def timeline_row(event: TimelineEvent, styles: dict[str, Style]) -> Group:
    """When (the words that dated it), the sentence, and the articles reporting it."""
    when = event.start if event.start == event.end else f"{event.start} to {event.end}"
    head = Text(no_wrap=True, overflow="ellipsis")
    head.append(when, style=styles["title"])
    said = " ".join(terminal_safe(event.text).split())
    if said and said not in (event.start, event.end):
        head.append("  " + said, style=styles["date"])
    sentence = shortened(" ".join(terminal_safe(event.sentence).split()), SENTENCE_CHARS)
    parts = [head, Text(sentence, style=styles["text"])]
    if event.articles:
        first = event.articles[0]
        where = " · ".join(p for p in (terminal_safe(first.source or ""), first.title) if p)
        more = len(event.articles) - 1
        parts.append(_line(where + (f"  (+{more} more)" if more else ""), styles["source"]))
    return Group(*parts)
