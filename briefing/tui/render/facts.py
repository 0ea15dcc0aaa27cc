"""Key facts (the `Article.facts` dict) as groups of selectable items."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefing.core.sanitize import terminal_safe

GROUPS = (
    ("people", "People"),
    ("places", "Places"),
    ("organisations", "Organisations"),
    ("dates", "Dates"),
    ("quotes", "Quotes"),
    ("figures", "Figures"),
)
QUOTE_CHARS = 90
# Fact groups that are entities, and the kind the library's entity pages call them.
ENTITY_KINDS = {"people": "person", "places": "place", "organisations": "org"}


@dataclass(frozen=True)
class FactItem:
    """One fact: its label, where the article says it, and the search that pivots on it."""

    kind: str
    label: str
    spans: tuple[tuple[int, int], ...]
    pivot: str
    name: str = ""  # the entity or date as text, for notes and the entity page


@dataclass
class FactGroup:
    """A titled group of facts."""

    kind: str
    title: str
    items: list[FactItem] = field(default_factory=list)


def fact_groups(facts: dict[str, Any] | None) -> list[FactGroup]:
    """The non-empty groups of `facts`, in reading order; unreadable entries are skipped."""
    groups = []
    for kind, title in GROUPS:
        entries = (facts or {}).get(kind) or []
        items = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                item = _item(kind, entry)
                if item is not None:
                    items.append(item)
        if items:
            groups.append(FactGroup(kind, title, items))
    return groups


def _spans(entry: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    raw = entry.get("spans")
    if raw is None and entry.get("span") is not None:
        raw = [entry["span"]]
    spans = []
    for span in raw or []:
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        if 0 <= start < end:
            spans.append((start, end))
    return tuple(sorted(spans))


def _phrase(text: str) -> str:
    return '"{}"'.format(" ".join(text.replace('"', " ").split()))


def _count(entry: dict[str, Any], spans: tuple) -> str:
    mentions = entry.get("mentions")
    if isinstance(mentions, list | tuple):
        mentions = len(mentions)
    if not isinstance(mentions, int):
        mentions = len(spans)
    return f" ×{mentions}" if mentions > 1 else ""


def _item(kind: str, entry: dict[str, Any]) -> FactItem | None:
    spans = _spans(entry)
    if kind in ("people", "places", "organisations"):
        name = terminal_safe(str(entry.get("name") or "")).strip()
        if not name:
            return None
        extra = entry.get("role") if kind == "people" else entry.get("kind")
        label = name + (f" — {terminal_safe(str(extra))}" if extra else "") + _count(entry, spans)
        return FactItem(kind, label, spans, _phrase(name), name)
    if kind == "dates":
        text = terminal_safe(str(entry.get("text") or "")).strip()
        if not text:
            return None
        start = str(entry.get("start") or "")
        end = str(entry.get("end") or start)
        if len(start) >= 10 and len(end) >= 10:
            pivot = f"published:[{start[:10].replace('-', '')} to {end[:10].replace('-', '')}]"
        else:
            pivot = _phrase(text)
        granularity = entry.get("granularity")
        label = text + (f" ({start[:10]})" if start and start[:10] != text else "")
        label += f" · {granularity}" if granularity and granularity != "day" else ""
        return FactItem(kind, label, spans, pivot, text)
    if kind == "quotes":
        text = " ".join(terminal_safe(str(entry.get("text") or "")).split())
        if not text:
            return None
        speaker = terminal_safe(str(entry.get("speaker") or "")).strip()
        short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
        label = f"\u201c{short}\u201d — {speaker or 'unattributed'}"
        pivot = _phrase(speaker) if speaker else _phrase(" ".join(text.split()[:6]))
        return FactItem(kind, label, spans, pivot, speaker or text)
    if kind == "figures":
        text = terminal_safe(str(entry.get("text") or "")).strip()
        if not text:
            return None
        return FactItem(kind, text, spans, _phrase(text), text)
    return None
