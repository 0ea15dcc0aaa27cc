"""Dates written in figures: "16/07/13", "30.11.2026", "09/24/2025", "2026.12.04" (page date
lines, "Published on 01/12/2026", "Filed under: ..., 5/20/26"). Dots give the day first (the
European order) and a leading four-digit year the year first. Slashes are read in either order:
a part above 12 can only be the day; when both orders make a date, the one within a few weeks of
publication wins (a page's date line), else the order the text's unambiguous dates use, else the
American month first. Used by `briefing.facts.dates`."""

from __future__ import annotations

import re
from datetime import date

from briefing.facts.spans import Occupied

# (start, end, iso start, iso end, granularity) of a date phrase in the body.
Found = tuple[int, int, str, str, str]

# Not glued to a word, a path or other figures ("v1.2.2024", "/2024/05/20/"); with dots only
# a four-digit year ("2.5.10" may be a version number).
_NUMERIC = re.compile(
    r"(?<![\w./:-])(?:(?P<a>\d{1,2})(?P<sep>/|\.)(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|(?<=/)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)(?P<isep>/|\.)(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
    r"(?![\w/]|[.:-]\d)"
)
_NEAR_DAYS = 45  # a date line's day lies this close to publication


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(text: str, pub: date | None) -> int:
    if len(text) == 4:
        return int(text)
    short = int(text)  # ("13" is 2013 unless that is well after publication)
    limit = (pub.year if pub else date.today().year) % 100 + 1
    return 2000 + short if short <= limit else 1900 + short


def _in_window(body: str, lo: int, hi: int) -> list[re.Match[str]]:
    """What `_NUMERIC.finditer(body, lo, hi)` yields, tried only where a match can start:
    one or two characters before a "/" or "." (a day or month), or four (a year). The
    pattern opens with a look-behind, so its scan tried it at every character of the window.
    Only a separator between two digits (`\\d` is `str.isdecimal`) is looked before: a match
    is found from its first separator, which has one on either side, so a sentence's full
    stop (most of them) is passed over without three tries of the pattern.
    """
    starts = set()
    for sep in "/.":
        at = body.find(sep, lo + 1, hi)
        while at >= 0:
            if body[at - 1].isdecimal() and body[at + 1 : at + 2].isdecimal():
                starts.update(start for start in (at - 1, at - 2, at - 4) if start >= lo)
            at = body.find(sep, at + 1, hi)
    out: list[re.Match[str]] = []
    for start in sorted(starts):
        if not out or start >= out[-1].end():
            m = _NUMERIC.match(body, start, hi)
            if m is not None:
                out.append(m)
    return out


def _matches(body: str, year_windows: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The numeric dates of `body`: those with a four-digit year lie in the windows around
    the year anchors; a two-digit year needs a slash, two or three characters before it."""
    by_start = {m.start(): m for lo, hi in year_windows for m in _in_window(body, lo, hi)}
    slash = body.find("/")
    while slash != -1:
        for start in (slash - 2, slash - 1):
            if start >= 0 and start not in by_start:
                m = _NUMERIC.match(body, start)
                if m is not None and m.group("y") and len(m.group("y")) == 2:
                    by_start[start] = m
        slash = body.find("/", slash + 1)
    out: list[re.Match[str]] = []
    for start in sorted(by_start):
        if not out or start >= out[-1].end():
            out.append(by_start[start])
    return out


def numeric_dates(
    body: str,
    found: list[Found],
    occupied: Occupied,
    pub: date | None,
    year_windows: list[tuple[int, int]],
) -> list[Found]:
    """Add the dates written in figures that no other date phrase holds (`year_windows`: the
    text windows around the body's years)."""
    matches = [m for m in _matches(body, year_windows) if not occupied.overlaps(*m.span())]
    if not matches:
        return found
    # The order the text's unambiguous slashed dates use: day first (True), month first.
    orders = {
        int(m.group("a")) > 12
        for m in matches
        if m.group("sep") == "/" and (int(m.group("a")) > 12) != (int(m.group("b")) > 12)
    }
    day_first_text = orders.pop() if len(orders) == 1 else None
    added: list[Found] = []
    for m in matches:
        if m.group("iy"):
            value = _day(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        else:
            year, a, b = _year(m.group("y"), pub), int(m.group("a")), int(m.group("b"))
            day_first, month_first = _day(year, b, a), _day(year, a, b)
            if m.group("sep") == "." or month_first is None:
                value = day_first
            elif day_first is None or day_first == month_first:
                value = month_first
            else:
                near = [
                    d
                    for d in (day_first, month_first)
                    if pub is not None and abs((d - pub).days) <= _NEAR_DAYS
                ]
                fallback = day_first if day_first_text else month_first
                value = near[0] if len(near) == 1 else fallback
        if value is None:
            continue
        start, end = m.span()
        occupied.add(start, end)
        added.append((start, end, value.isoformat(), value.isoformat(), "day"))
    return sorted(found + added) if added else found
