"""Date bounds as the user writes them (`published:` and `date:`), read at the precision
given: `2025` is the whole year, `2025-03` the month, `2025-03-12` the day.

`<` and `>` exclude the period named (`<2025` ends on 2024-12-31, `>2025-03-12` starts on
2025-03-13); `<=`, `>=`, a bare value and `[a to b]` include it; `{a to b}` excludes both
ends, and a range may mix them (`[2019 to 2020}`). No Whoosh here: the reader's filter
and the tests read bounds without importing it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.core.errors import QuerySyntaxError

_VALUE = re.compile(r"(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")
_RANGE = re.compile(r"([\[{])\s*(.*?)\s*([\]}])", re.DOTALL)
_TO = re.compile(r"(?:^|\s)to(?:\s|$)", re.IGNORECASE)
FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


@dataclass(frozen=True)
class DayBounds:
    """The first and last day a date clause allows (None: open on that side)."""

    first: date | None
    last: date | None

    @property
    def empty(self) -> bool:
        """Whether no day can satisfy both ends (`{2020 to 2021}`)."""
        return self.first is not None and self.last is not None and self.first > self.last


def period(text: str, field: str = "published") -> tuple[date, date]:
    """The first and last day of one date as written (`2025`, `2025-03`, `2025-03-12`,
    or compact `20250312`); a one-line QuerySyntaxError naming it otherwise."""
    match = _VALUE.fullmatch(text.strip())
    try:
        if match is None:
            raise ValueError
        year, month, day = match.group(1), match.group(2), match.group(3)
        if day:
            first = last = date(int(year), int(month), int(day))
        elif month:
            first = date(int(year), int(month), 1)
            last = _month_end(first)
        else:
            first, last = date(int(year), 1, 1), date(int(year), 12, 31)
    except ValueError:
        shown = text.strip() or "(nothing)"
        raise QuerySyntaxError(f"unreadable date {shown!r} in {field}: (use {FORMS})") from None
    return first, last


def _month_end(first: date) -> date:
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def read_bounds(value: str, field: str = "published") -> DayBounds:
    """The days a clause's value allows: a date, `<`/`<=`/`>`/`>=` and a date, or a
    range `[a to b]` (either end may be left out: `[2019 to]`)."""
    try:
        return _bounds(value.strip(), field)
    except OverflowError:
        raise QuerySyntaxError(f"{field}:{value.strip()} reaches past the calendar") from None


def _bounds(value: str, field: str) -> DayBounds:
    ranged = _RANGE.fullmatch(value)
    if ranged:
        opening, inner, closing = ranged.groups()
        parts = _TO.split(inner)
        if len(parts) != 2:
            raise QuerySyntaxError(f"{field}:{value} needs a range like [2019 to 2020-06]")
        start, end = (part.strip() for part in parts)
        first = last = None
        if start:
            low, high = period(start, field)
            first = low if opening == "[" else high + timedelta(days=1)
        if end:
            low, high = period(end, field)
            last = high if closing == "]" else low - timedelta(days=1)
        return DayBounds(first, last)
    for operator in ("<=", ">=", "<", ">"):
        if value.startswith(operator):
            low, high = period(value[len(operator) :], field)
            return {
                "<=": DayBounds(None, high),
                ">=": DayBounds(low, None),
                "<": DayBounds(None, low - timedelta(days=1)),
                ">": DayBounds(high + timedelta(days=1), None),
            }[operator]
    low, high = period(value, field)
    return DayBounds(low, high)
