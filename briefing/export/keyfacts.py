"""The short key-facts summary under each exported article: people (with their roles),
places, organisations and dates, one line each.

Items are joined by " · ", which cannot occur inside an item (a "·" in a name is written
"-"), so "May 24, 2000" reads as one date, and dates are the days they resolve to ("3 March
2025"), not the words that named them ("Monday", "last month").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from briefing.export.escape import inline, one_line

MAX_FACTS = 8
MAX_DATES = 6
SEPARATOR = " · "
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def key_facts(facts: dict[str, Any] | None) -> str:
    """The summary lines of an article's facts (JSON form), or "" when there are none."""
    if not facts:
        return ""
    groups = (
        ("People", [_person(p) for p in _top(facts.get("people"), "name")]),
        ("Places", [_item(_str(p, "name")) for p in _top(facts.get("places"), "name")]),
        (
            "Organisations",
            [_item(_str(o, "name")) for o in _top(facts.get("organisations"), "name")],
        ),
        ("Dates", list(dict.fromkeys(_date(d) for d in _listed(facts.get("dates"))))[:MAX_DATES]),
    )
    return "\n".join(f"- **{label}:** " + SEPARATOR.join(items) for label, items in groups if items)


def _item(text: str) -> str:
    """One item, made safe for the document and unable to hold the separator."""
    return inline(one_line(text).replace("·", "-"))


def _date(fact: dict[str, Any]) -> str:
    """The date a fact resolves to, as a person writes it; the words themselves only
    when it was never resolved."""
    start = fact.get("start") if isinstance(fact.get("start"), str) else None
    end = fact.get("end") if isinstance(fact.get("end"), str) else None
    shown = _period(start, fact.get("granularity")) if start else None
    if shown and end and end != start:
        until = _period(end, fact.get("granularity"))
        shown = f"{shown} to {until}" if until else shown
        if fact.get("granularity") == "decade" and start[:3] == end[:3]:
            shown = f"the {start[:4]}s"
    return _item(shown or _str(fact, "text"))


def _period(value: str, granularity: Any) -> str | None:
    """`2025-03-03` as "3 March 2025", `2025-03` as "March 2025", `2025` as itself;
    `--03-11` (no year known) as "11 March"; None for anything else."""
    try:
        if value.startswith("--"):
            month, _, day = value[2:].partition("-")
            name = _MONTHS[int(month) - 1]
            return f"{int(day)} {name}" if day else name
        if len(value) == 10:
            day = date.fromisoformat(value)
            return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
        if len(value) == 7:
            return f"{_MONTHS[int(value[5:7]) - 1]} {int(value[:4])}"
        if len(value) == 4 and value.isdigit():
            return value
    except (ValueError, IndexError):
        return None
    return None


def _listed(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, list):
        return []
    return [
        item for item in value if isinstance(item, dict) and one_line(_str(item, "name", "text"))
    ]


def _str(item: dict[str, Any], *keys: str) -> str:
    for key in keys:
        if isinstance(item.get(key), str):
            return item[key]
    return ""


def _top(value: Any, key: str) -> list[dict[str, Any]]:
    items = _listed(value)
    ranked = sorted(
        enumerate(items),
        key=lambda pair: (-_mentions(pair[1]), pair[0]),
    )
    seen: set[str] = set()
    result = []
    for _, item in ranked:
        name = one_line(_str(item, key))
        if name.casefold() not in seen:
            seen.add(name.casefold())
            result.append(item)
    return result[:MAX_FACTS]


def _mentions(item: dict[str, Any]) -> int:
    mentions = item.get("mentions")
    return mentions if isinstance(mentions, int) and not isinstance(mentions, bool) else 0


def _person(person: dict[str, Any]) -> str:
    name = _item(_str(person, "name"))
    role = one_line(_str(person, "role"))
    return f"{name} ({_item(role)})" if role else name
