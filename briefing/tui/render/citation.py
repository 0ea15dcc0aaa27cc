"""A citation of an article for the clipboard."""

from __future__ import annotations

from briefing.core.model import Article
from briefing.core.sanitize import terminal_safe
from briefing.tui.render.layout import format_date


def citation(article: Article) -> str:
    """ "Title", Source, 7 March 2025. URL — the parts that exist, in that order."""
    parts = [f"\u201c{terminal_safe(article.title)}\u201d"]
    if article.source:
        parts.append(terminal_safe(article.source))
    if article.published:
        parts.append(format_date(article.published))
    text = ", ".join(parts) + "."
    if article.url:
        text += f" {terminal_safe(article.url)}"
    return text
