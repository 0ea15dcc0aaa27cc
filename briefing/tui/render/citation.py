"""A citation of an article for the clipboard, and the start of a note quoting a fact."""

from __future__ import annotations

from briefing.core.kinds import ANCHOR_KINDS
from briefing.core.model import Article
from briefing.core.notes import Anchor
from briefing.core.sanitize import terminal_safe
from briefing.export.markdown import attribution
from briefing.tui.render.facts import FactItem
from briefing.tui.render.layout import format_date

# Anchors a note shows as a block quote (the export too): their text is not repeated in
# the note's own text.
QUOTED_KINDS = ("passage", "quote")


def citation(article: Article) -> str:
    """Byline, "Title", Source, 7 March 2025. URL — the parts that exist, in that order."""
    parts = [f"\u201c{terminal_safe(article.title)}\u201d"]
    if article.byline:
        parts.insert(0, " ".join(terminal_safe(article.byline).split()))
    if article.source:
        parts.append(terminal_safe(article.source))
    if article.published:
        parts.append(format_date(article.published))
    text = ", ".join(parts) + "."
    if article.url:
        text += f" {terminal_safe(article.url)}"
    return text


def fact_anchor(article: Article, fact: FactItem) -> Anchor:
    """What a note started with `y` on `fact` hangs on: the passage, who said it."""
    start, end = fact.spans[0] if fact.spans else (None, None)
    passage = article.body[start:end] if start is not None else ""
    return Anchor(
        passage or fact.name or fact.label,
        start=start,
        end=end,
        kind=ANCHOR_KINDS.get(fact.kind, "passage"),
        speaker=fact.speaker or None,
        label=fact.label,
    )


def quoted_anchor(anchor: Anchor, article: Article) -> str:
    """The anchor as the note shows it: one block quote, then "— Speaker, Source, date"."""
    lines = [f"> {line}" if line.strip() else ">" for line in anchor.text.splitlines()]
    credit = attribution(anchor.speaker, article.source, article.published)
    return terminal_safe("\n".join([*lines, ">", f"> — {credit}"] if credit else lines))


def note_start(article: Article, anchor: Anchor) -> str:
    """The text a new note on `anchor` starts with: nothing for a quoted passage (the note
    shows it above the text), else the passage quoted with its citation."""
    if anchor.kind in QUOTED_KINDS:
        return ""
    quoted = "\n".join(f"> {line}" for line in terminal_safe(anchor.text).splitlines())
    return f"{quoted}\n>\n> — {citation(article)}\n\n"
