"""Key facts (the article's `Facts`) as groups of selectable items."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.facts import DateFact, Facts, Figure, Quote
from briefing.core.kinds import FACT_GROUPS, KINDS
from briefing.core.sanitize import shortened, terminal_safe
from briefing.library.queries import mentioned_date_query, phrase

QUOTE_CHARS = 90


@dataclass(frozen=True)
class FactItem:
    """One fact: its label, where the article says it, and the search that pivots on it."""

    kind: str
    label: str
    spans: tuple[tuple[int, int], ...]
    pivot: str
    name: str = ""  # the entity or date as text, for notes and the entity page
    speaker: str = ""  # who said it (quotes)


@dataclass
class FactGroup:
    """A titled group of facts."""

    kind: str
    title: str
    items: list[FactItem] = field(default_factory=list)


def fact_groups(facts: Facts | None) -> list[FactGroup]:
    """The non-empty groups of `facts`, in reading order; entries without text are skipped."""
    if facts is None:
        return []
    groups = []
    for kind, title in FACT_GROUPS:
        items = [item for entry in getattr(facts, kind) if (item := _item(kind, entry))]
        if items:
            groups.append(FactGroup(kind, title, items))
    return groups


def _spans(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted((start, end) for start, end in spans if 0 <= start < end))


def _item(kind: str, entry) -> FactItem | None:
    if kind in KINDS:
        spans = _spans(entry.spans)
        name = terminal_safe(entry.name).strip()
        if not name:
            return None
        extra = entry.role if kind == "people" else getattr(entry, "kind", None)
        count = len(entry.mentions)
        label = name + (f" — {terminal_safe(extra)}" if extra else "")
        label += f" ×{count}" if count > 1 else ""
        return FactItem(kind, label, spans, phrase(name), name)
    if isinstance(entry, DateFact):
        return _date(entry)
    if isinstance(entry, Quote):
        return _quote(entry)
    if isinstance(entry, Figure):
        text = terminal_safe(entry.text).strip()
        return FactItem(kind, text, _spans([entry.span]), phrase(text), text) if text else None
    return None


def _date(entry: DateFact) -> FactItem | None:
    text = terminal_safe(entry.text).strip()
    if not text:
        return None
    start = entry.start
    end = entry.end or start
    pivot = mentioned_date_query(start, end) or phrase(text)
    label = text + (f" ({start[:10]})" if start and start[:10] != text else "")
    granularity = entry.granularity
    label += f" · {granularity}" if granularity and granularity != "day" else ""
    return FactItem("dates", label, _spans(entry.spans), pivot, text)


def _quote(entry: Quote) -> FactItem | None:
    text = " ".join(terminal_safe(entry.text).split())
    if not text:
        return None
    speaker = terminal_safe(entry.speaker or "").strip()
    short = shortened(text, QUOTE_CHARS)
    # who said it first, as `briefing facts` prints it: a side pane cuts a long label at its
    # edge, and the speaker is what a quote is chosen by
    label = f"{speaker or 'unattributed'}: \u201c{short}\u201d"
    pivot = phrase(speaker) if speaker else phrase(" ".join(text.split()[:6]))
    return FactItem("quotes", label, _spans([entry.span]), pivot, speaker or text, speaker)
