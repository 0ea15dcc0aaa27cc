"""Holidays as dates: the fixed ones ("Christmas Eve", "Bastille Day 2019") and the moving
ones (Thanksgiving, Easter), in the year the clause's tense gives them. The pattern lives in
`briefing.facts.dates`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.easter import easter

from briefing.facts.date_values import iso, tensed_year

HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
    "valentine's day": (2, 14), "bastille day": (7, 14), "st patrick's day": (3, 17),
    "st. patrick's day": (3, 17), "guy fawkes night": (11, 5), "fourth of july": (7, 4),
    "halloween": (10, 31),
}  # fmt: skip


def _thanksgiving(year: int) -> date:
    """The fourth Thursday of November (the United States')."""
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# The moving ones: name -> the day in a given year.
MOVING = {
    "thanksgiving": _thanksgiving,
    "thanksgiving day": _thanksgiving,
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda year: easter(year) + timedelta(days=1),
    "good friday": lambda year: easter(year) - timedelta(days=2),
}


def _moving_day(name: str, pub: date | None, tense: str | None) -> date | None:
    """The day of a moving holiday nearest publication, or the latest on or before it in a
    past clause, the first on or after it in a future one."""
    if pub is None:
        return None
    days = [MOVING[name](year) for year in (pub.year - 1, pub.year, pub.year + 1)]
    if tense == "past":
        return max(d for d in days if d <= pub)
    if tense == "future":
        return min(d for d in days if d >= pub)
    return min(days, key=lambda d: abs((d - pub).days))


def holiday(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    """A holiday ("Christmas Eve", "Bastille Day 2019", "on Thanksgiving Day")."""
    name = " ".join(m.group("h").lower().replace("’", "'").split())
    if name in MOVING:
        day = MOVING[name](int(m.group("y"))) if m.group("y") else _moving_day(name, pub, tense)
        if day is None:
            return None
        value = day.isoformat()
        return value, value, "day"
    month, day_of_month = HOLIDAYS[name]
    year = int(m.group("y")) if m.group("y") else tensed_year(month, day_of_month, pub, tense)
    value = iso(year, month, day_of_month)
    return value, value, "day"


# A day named by its date that names one day of history: "9/11" (the attacks of 11 September
# 2001), not a date of the year of publication ("9/11/2024", "9/11-9/14" are left alone).
_NINE_ELEVEN = re.compile(r"(?<![\w/.-])9/11(?![\w/-]|[.,]\d)")


def named_days(body: str, found: list[tuple[int, int, str, str, str]]) -> list:
    """Add the days that history names by their date ("the 9/11 attacks")."""
    if "9/11" not in body:
        return found
    added = [
        (m.start(), m.end(), "2001-09-11", "2001-09-11", "day")
        for m in _NINE_ELEVEN.finditer(body)
        if not any(f[0] < m.end() and m.start() < f[1] for f in found)
    ]
    return sorted(found + added) if added else found
