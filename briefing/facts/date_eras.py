"""Date values of eras and distances: decades ("the 1990s", "the late '60s"), centuries
("the 1300s", "the 14th century") and counts back from publication ("three years ago"), each a
handler like those of `briefing.facts.date_values`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from briefing.facts.date_values import NUMBER_WORDS, iso

_MEASURE_BEFORE = re.compile(r"(?i:temperature|high|low|degree|heat|°|percent|score|speed|mph)")


def decade(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if m.group("bare") and _MEASURE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "temperatures in the 90s": degrees, not years
    if m.group("short") or m.group("bare"):  # "the '90s"; "the '10s" is this century's
        short = int(m.group("short") or m.group("bare"))
        start = (2000 if short <= 20 else 1900) + short
    else:
        start = int(m.group("dec"))
        if start % 100 == 0 and start < 2000:
            return None  # "the 1800s" is the century (see `century`); "the 2000s" a decade
    if part:  # "the late 1960s": its last years, as "late 2025" is its last months
        first, last = _decade_part(part)
        return str(start + first), str(start + last), "decade"
    return str(start), str(start + 9), "decade"


def _decade_part(part: str) -> tuple[int, int]:
    """The years of a decade that "early", "mid" or "late" (or "the start of", "the middle
    of", "the end of") name: its thirds, as a year's months ("early 2025" = January-April)."""
    lowered = part.lower()
    if lowered.startswith("mid") or "middle" in lowered:
        return 4, 6
    if lowered.startswith("late") or "end" in lowered:
        return 7, 9
    return 0, 3


CENTURY_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


def century(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    """ "the 1300s" and "the 14th century" are 1300-1399."""
    g = m.groupdict()
    if g.get("hund"):
        first = int(g["hund"]) * 100
    else:
        ordinal = g["ord"].lower()
        number = int(ordinal[:-2]) if ordinal[0].isdigit() else CENTURY_WORDS.get(ordinal)
        if not number or number > 21:
            return None
        first = (number - 1) * 100
    return str(first), str(first + 99), "century"


# Before "6 months ago", another count of time: "1 year 6 months ago", a web page's stamp of
# its age (as is "2 days ago" or "Posted 3 weeks ago" alone on its line), counted from when
# the page was read.
_COUNT_OF_TIME_BEFORE = re.compile(r"\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+$")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?i:(?:Published|Posted|Updated|Added) )?$")


def _age_stamp(m: re.Match[str]) -> bool:
    """Whether the "... ago" of `m` is a page's age stamp, not a date of the story."""
    text, start, end = m.string, m.start(), m.end()
    if _COUNT_OF_TIME_BEFORE.search(text, max(0, start - 20), start):
        return True
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end == -1 else line_end].strip() and bool(
        _LINE_START_BEFORE.search(text, max(0, start - 20), start)
    )


def years_ago(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    """ "three years ago", "900 years ago": the year that many years before publication;
    "two months ago" the month that many months before it, "15 days ago" that day."""
    if pub is None:
        return None
    count = m.group("n").lower()
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    if n is None or n > 3000 or n >= pub.year or _age_stamp(m):
        return None
    if m.group("unit") == "day":
        if n > 60:
            return None  # ("100 days ago": a span counted, not a day named)
        value = (pub - timedelta(days=n)).isoformat()
        return value, value, "day"
    if m.group("unit") == "month":
        if n > 24:
            return None  # ("30 months ago": a span counted, not a month named)
        target = pub - relativedelta(months=n)
        value = iso(target.year, target.month)
        return value, value, "month"
    value = str(pub.year - n)
    return value, value, "year"
