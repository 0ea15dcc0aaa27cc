"""Rows of the result and related lists: title, source and date, one line of context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text

from briefing.core.sanitize import terminal_safe
from briefing.tui.render.layout import short_date

if TYPE_CHECKING:  # the index (Whoosh) loads in a worker, not on the start-up path
    from briefing.core.results import Hit

LEAD_IN = 16  # characters of context kept before the first match in a snippet line
MARKERS = {"bookmarked": "★", "noted": "✎", "read": "✓"}


def result_row(
    hit: Hit,
    lead: str,
    styles: dict[str, Style],
    markers: frozenset[str] = frozenset(),
) -> Group:
    """Three parts: the title (wrapping), date · source and the marks, a snippet line.

    The marks (★ ✎ ✓ and ⧉ for same-story copies) are never the part cut short: a long
    source name is, with an ellipsis.
    """
    title = Text(terminal_safe(hit.title) or "(untitled)", style=styles["title"])
    where = Text(no_wrap=True, overflow="ellipsis")
    where.append(short_date(hit.published), style=styles["date"])
    if hit.source:
        where.append(" · ")
        where.append(terminal_safe(hit.source), style=styles["source"])
    shown = [MARKERS[name] for name in MARKERS if name in markers]
    copies = len(getattr(hit, "also_in", None) or [])
    if copies:  # same-story copies from other sources, shown once
        shown.append(f"⧉ +{copies}")
    meta: Text | Table = where
    if shown:
        meta = Table.grid(expand=True)
        meta.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
        meta.add_column(no_wrap=True, justify="right")
        meta.add_row(where, Text("  " + " ".join(shown), style=styles["marker"], no_wrap=True))
    if hit.snippet:
        context, highlights = lead_in(hit.snippet, list(hit.highlights))
    else:
        context, highlights = lead, []
    snippet = Text(context, style=styles["snippet"], no_wrap=True, overflow="ellipsis")
    for start, end in highlights:
        snippet.stylize(styles["term"], start, end)
    return Group(title, meta, snippet)


def lead_in(
    snippet: str, highlights: list[tuple[int, int]], keep: int = LEAD_IN
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet made safe and cut to start a few words before its first match.

    A result row shows one line of about 35 columns: without the cut, the match is often
    beyond the edge. The cut falls at a word start, marked with an ellipsis, and the
    highlight ranges are moved with the text (ranges into what the guard dropped vanish).
    """
    safe, highlights = _guarded(snippet, highlights)
    if not highlights or highlights[0][0] <= keep + 1:
        return safe, highlights
    first = highlights[0][0]
    cut = safe.find(" ", first - keep, first)
    cut = first - keep if cut < 0 else cut + 1
    shift = cut - 1  # the ellipsis takes one character
    moved = [(start - shift, end - shift) for start, end in highlights if start >= cut]
    return "…" + safe[cut:], moved


def _guarded(text: str, ranges: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """`terminal_safe(text)` with `ranges` moved to where their characters went."""
    safe = terminal_safe(text)
    if len(safe) == len(text):
        return safe, ranges
    kept = [index for index, char in enumerate(text) if terminal_safe(char)]
    where = {old: new for new, old in enumerate(kept)}
    moved = []
    for start, end in ranges:
        inside = [where[index] for index in range(start, end) if index in where]
        if inside:
            moved.append((inside[0], inside[-1] + 1))
    return safe, moved


STRENGTH_CELLS = 5


def strength_bar(strength: float, cells: int = STRENGTH_CELLS) -> str:
    """A short bar for a strength in [0, 1]: "███░░" is 0.6 (rounded to the nearest cell)."""
    filled = max(0, min(cells, round(max(0.0, min(strength, 1.0)) * cells)))
    return "█" * filled + "░" * (cells - filled)


def related_row(
    title: str,
    published: str | None,
    reason: str,
    styles: dict[str, Style],
    strength: float | None = None,
    weak: bool = False,
) -> Group:
    """A related article: its title, then its strength bar, date and the reason it is related.

    A weak item is drawn in the `weak` style throughout and says "weak" before its bar, so
    it never reads as an ordinary related article.
    """
    dim = styles.get("weak", styles["snippet"])
    head = Text(terminal_safe(title) or "(untitled)", style=dim if weak else styles["title"])
    line = Text(no_wrap=True, overflow="ellipsis")
    if weak:
        line.append("weak ", style=dim)
    if strength is not None:
        line.append(strength_bar(strength) + " ", style=dim if weak else styles.get("strength"))
    line.append(short_date(published), style=dim if weak else styles["date"])
    if reason:
        line.append(" · " + terminal_safe(reason), style=dim if weak else styles["snippet"])
    return Group(head, line)
