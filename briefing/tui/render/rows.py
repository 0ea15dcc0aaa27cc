"""Rows of the result and related lists: title, source and date, one line of context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.style import Style
from rich.text import Text

from briefing.sanitize import terminal_safe
from briefing.tui.render.layout import short_date

if TYPE_CHECKING:  # the index (Whoosh) loads in a worker, not on the start-up path
    from briefing.index.search import Hit

LEAD_IN = 16
MARKERS = {"bookmarked": "★", "noted": "✎", "read": "✓"}


def result_row(
    hit: Hit,
    lead: str,
    styles: dict[str, Style],
    markers: frozenset[str] = frozenset(),
) -> Group:
    """Three parts: the title (wrapping), source · date and markers, a snippet line."""
    title = Text(terminal_safe(hit.title) or "(untitled)", style=styles["title"])
    meta = Text(no_wrap=True, overflow="ellipsis")
    meta.append(short_date(hit.published), style=styles["date"])
    if hit.source:
        meta.append(" · ")
        meta.append(terminal_safe(hit.source), style=styles["source"])
    marks = " ".join(MARKERS[name] for name in MARKERS if name in markers)
    if marks:
        meta.append("  " + marks, style=styles["marker"])
    copies = len(getattr(hit, "also_in", None) or [])
    if copies:  # same-story copies from other sources, shown once
        meta.append(f"  ⧉ +{copies}", style=styles["marker"])
    context = hit.snippet or lead
    snippet = Text(
        terminal_safe(context), style=styles["snippet"], no_wrap=True, overflow="ellipsis"
    )
    if hit.snippet:
        for start, end in hit.highlights:
            snippet.stylize(styles["term"], start, end)
    return Group(title, meta, snippet)


def related_row(title: str, published: str | None, reason: str, styles: dict[str, Style]) -> Group:
    """A related article: its title, date and the one-line reason it is related."""
    head = Text(terminal_safe(title) or "(untitled)", style=styles["title"])
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(short_date(published), style=styles["date"])
    if reason:
        line.append(" · " + terminal_safe(reason), style=styles["snippet"])
    return Group(head, line)
