"""Date values: each handler turns one matched date phrase into its ISO start, end and
granularity, resolving what the phrase leaves out (a year, a weekday's week) against the
publication date and the tense of its clause. The patterns live in `briefing.facts.dates`."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from briefing.facts.date_cues import NOT_A_YEAR_AFTER

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_CAPS_MON = (
    r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\b(?=,?\s+(?:1[6-9]|20)\d\d\b)"
)
# A month before its day may also be abbreviated without a full stop ("Nov 30").
MON_D = rf"(?:{MON}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))"
# ... and after its day ("Sat 5 Dec", "3 Dec 2026"), as a word of its own; in capitals only
# with its year, as a date line writes it ("03 DEC 2026"; not "TOP 5 MAR").
D_MON = rf"(?:{MON}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|{_CAPS_MON})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# A day's year after it: "May 3, 2021", or "March 20 last year", "July 13 to 17 of this year"
# (not "on May 3 last year's winner").
YEAR_AFTER = (
    rf"(?:(?:,?\s+|,)(?P<y>{YEAR})|\s+(?:of\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b(?![’']))?"
)
WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DASH = r"\s*(?:-|–|—|to|until|till|through|and|or)\s*"  # ("Dec. 20 or 21": either, so both)
B = r"(?<![\w$£€.,])"  # not glued to a number, currency or word
E = r"(?![\w%]|[.,]\d)"

Handler = Callable[[re.Match[str], date | None, str | None], tuple[str, str, str] | None]


def month_number(text: str) -> int:
    return MONTHS[text[:3].lower()]


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def iso(year: int | None, month: int, day: int | None = None) -> str:
    if year is None:
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=4096)
def guess_year(month: int, day: int | None, pub: date | None) -> int | None:
    """The year nearest to publication for a month(/day) given without one (memoised: the
    same few dates recur through an article)."""
    if pub is None:
        return None
    best, best_gap = pub.year, None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidate = date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        except ValueError:
            continue
        gap = abs((candidate - pub).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def tensed_year(month: int, day: int | None, pub: date | None, tense: str | None) -> int | None:
    """The year of a month(/day) given without one: the latest on or before publication in
    a past-tense clause, the first on or after it in a future one, else the nearest ("last"
    and "next" name a month: the one before or after the month of publication)."""
    if pub is None or tense is None or tense == "near":
        return guess_year(month, day, pub)
    if tense == "last":  # "last November": the latest November before this month
        return pub.year if month < pub.month else pub.year - 1
    if tense == "next":  # "next March": the first March after this month
        return pub.year if month > pub.month else pub.year + 1
    if tense == "past":
        return pub.year if (month, day or 1) <= (pub.month, pub.day) else pub.year - 1
    return pub.year if (month, day or 31) >= (pub.month, pub.day) else pub.year + 1


def valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


_RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}


def stated_year(g: dict, pub: date | None) -> int | None:
    """The year a date phrase states: its digits ("May 3, 2021") or a year counted from
    publication ("March 20 last year", "Last year August 8"); None when it states none."""
    if g.get("y"):
        return int(g["y"])
    rel = g.get("rel") or g.get("pre")
    if rel and pub is not None:
        return pub.year + _RELATIVE_YEARS[rel.lower()]
    return None


def day_range(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    m1 = month_number(g["m1"])
    m2 = month_number(g["m2"]) if g.get("m2") else m1
    return days_between(g, m1, m2, pub, tense)


def days_between(
    g: dict, m1: int, m2: int, pub: date | None, tense: str | None = None
) -> tuple[str, str, str] | None:
    """A day range from groups `d1`, `d2`, optional `y`, in months `m1`..`m2`; without its
    year, the one its first day takes in a clause of that tense ("was held March 3-5")."""
    d1, d2 = day_number(g["d1"]), day_number(g["d2"])
    year = stated_year(g, pub)
    if year is None:
        year = tensed_year(m1, d1, pub, tense)
    if not (valid(year, m1, d1) and valid(year, m2, d2)):
        return None
    start, end = iso(year, m1, d1), iso(year, m2, d2)
    if end < start and year is not None:
        return None
    return start, end, "day"


def single_day(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    month, day = month_number(g["m"]), day_number(g["d"])
    year = stated_year(g, pub)
    if year is None:
        year = _year_of_weekday(m.group(), month, day, pub)
    if year is None:
        year = tensed_year(month, day, pub, tense)
    if not valid(year, month, day):
        return None
    value = iso(year, month, day)
    return value, value, "day"


def _year_of_weekday(text: str, month: int, day: int, pub: date | None) -> int | None:
    """ "Tuesday, January 21" without a year: the one year beside publication's in which that
    day is that weekday (None when the text names no weekday, or none or two years fit)."""
    first = text.split(None, 1)[0].rstrip(",").lower()
    wanted = WEEKDAYS.get(first)
    if wanted is None or pub is None:
        return None
    fits = [
        year
        for year in (pub.year - 1, pub.year, pub.year + 1)
        if valid(year, month, day)
        and date(year, month, day).weekday() == wanted
        # (within half a year of publication: a weekday that fits no nearby date is the
        # text's slip, "Friday, December 12" in a December 2004 report, not 2003)
        and abs((date(year, month, day) - pub).days) <= 183
    ]
    return fits[0] if len(fits) == 1 else None


PART_DAYS = {
    "early": (1, 10), "start": (1, 10), "beginning": (1, 10), "mid": (11, 20),
    "middle": (11, 20), "late": (21, 31), "end": (21, 31),
}  # fmt: skip
PART_MONTHS = {
    "early": (1, 4), "start": (1, 4), "beginning": (1, 4), "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (9, 12),
}  # fmt: skip


def part_word(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower().removeprefix("the ").strip()
    if word.endswith("months of"):  # "the final months of", "the first few months of"
        return "end" if word.startswith(("final", "last", "closing")) else "start"
    for key in PART_MONTHS:
        if word.startswith(key):
            return key
    return None


def month_phrase(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    if m.string.endswith("Fourth of ", 0, m.start()):
        return None  # "the Fourth of July": the holiday's day
    month = month_number(g["m"])
    if g.get("y"):
        year: int | None = int(g["y"])
    elif g.get("rel") and pub is not None:  # "January of last year", "August this year"
        year = stated_year(g, pub)
    else:
        year = tensed_year(month, None, pub, tense)
    # "early June", "since late December": the gold convention keeps the month itself (a
    # part of a year, "early 2025", is a span of months).
    value = iso(year, month)
    return value, value, "month"


WEEK_STARTS = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def week_of_month(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    """ "the first week of April" is April 1-7; "the last week of" a month its last seven days;
    "the second week of" it the month (without its year, the one its clause's tense gives); "the first half of December" its
    first 15 days, "the second half" the rest."""
    g = m.groupdict()
    month = month_number(g["m"])
    year = int(g["y"]) if g.get("y") else tensed_year(month, None, pub, tense)
    length = calendar.monthrange(year or 2001, month)[1]
    which = g["wk"].lower()
    if g.get("wu") == "half":
        if which in ("third", "fourth"):
            return None
        if which == "first":
            return iso(year, month, 1), iso(year, month, 15), "day"
        return iso(year, month, 16), iso(year, month, length), "day"
    if which in ("second", "third", "fourth"):
        # (whose days depend on the day a week starts on: the 8th to the 14th, or Monday to
        # Sunday; the month is what the text surely gives)
        return iso(year, month), iso(year, month), "month"
    first = WEEK_STARTS.get(which, length - 6)
    return iso(year, month, first), iso(year, month, first + 6), "day"


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def quarter(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    """ "Q3 2024", "the third quarter of 2024": its three months; "the first half of 2024"
    and "H1 2024" its six."""
    g = m.groupdict()
    year = int(g["y"])
    if g.get("q"):
        first = 3 * int(g["q"]) - 2
        return iso(year, first), iso(year, first + 2), "month"
    if g.get("h"):
        first = 6 * int(g["h"]) - 5
        return iso(year, first), iso(year, first + 5), "month"
    n = _QUARTERS[g["qw"].lower()]
    if g["unit"].lower() == "half":
        n = min(n, 2)
        return iso(year, 6 * n - 5), iso(year, 6 * n), "month"
    return iso(year, 3 * n - 2), iso(year, 3 * n), "month"


def month_range(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    if m.string[m.end("m1") : m.start("m2")].strip() == "and" and not (g.get("span") or g["y"]):
        return None  # "parts of September and October": two dates ("... October 2027": one)
    if not g.get("y") and tense is not None and pub is not None:
        # "Between March and June, the agency processed": its first month takes the tense
        first = tensed_year(m1, None, pub, tense)
        last = None if first is None else first + (m2 < m1)
        return iso(first, m1), iso(last, m2), "month"
    if g.get("y"):  # ("December and January 2019": the year is the last month's)
        year = int(g["y"])
        return iso(year - 1 if m2 < m1 else year, m1), iso(year, m2), "month"
    first = guess_year(m1, None, pub)  # ("this past December and January": the first's)
    if pub is not None and first == pub.year + 1 and m1 <= m2 < pub.month <= (m1 + m2) / 2 + 6:
        first -= 1  # (the range just ended is nearer: "Between April and October" in December)
    return iso(first, m1), iso(None if first is None else first + (m2 < m1), m2), "month"


def year_phrase(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    year = int(g["y"])
    part = part_word(part)
    if part is None:
        return str(year), str(year), "year"
    first, last = PART_MONTHS[part]
    return iso(year, first), iso(year, last), "month"


def year_range(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    y1, y2 = m.group("y1"), m.group("y2")
    if NOT_A_YEAR_AFTER.match(m.string, m.end()):
        return None  # "between 1800 and 2000 troops": a count
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if int(y2) <= int(y1):
        return None
    return y1, y2, "year"


def iso_date(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not (1 <= month <= 12) or not valid(year, month, day):
        return None
    value = iso(year, month, day)
    return value, value, "day"


def relative(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    which, unit = m.group("which").lower(), m.group("unit").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "year":
        part = part_word(part)
        if part is not None:
            first, last = PART_MONTHS[part]
            return iso(pub.year + shift, first), iso(pub.year + shift, last), "month"
        value = str(pub.year + shift)
        return value, value, "year"
    target = pub + relativedelta(months=shift)
    value = iso(target.year, target.month)
    return value, value, "month"


def weekday(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    """A weekday: "next" or a future clause ("will meet on Friday") gives the next one on or
    after publication, anything else the latest one on or before it."""
    if pub is None:
        return None
    wanted = WEEKDAYS[m.group("wd").lower()]
    modifier = (m.group("mod") or "").lower()
    if modifier in ("next", "this coming"):
        delta = (wanted - pub.weekday()) % 7 or 7
        target = pub + timedelta(days=delta)
    elif not modifier and tense == "future":
        target = pub + timedelta(days=(wanted - pub.weekday()) % 7)
    elif not modifier and tense == "near":  # ("was due to vote on Tuesday")
        ahead = (wanted - pub.weekday()) % 7
        target = pub + timedelta(days=ahead if ahead <= 3 else ahead - 7)
    else:
        delta = (pub.weekday() - wanted) % 7
        if modifier == "last" and delta == 0:
            delta = 7
        target = pub - timedelta(days=delta)
    value = target.isoformat()
    return value, value, "day"


# A word (not a stop, colon, quotation mark or bracket) and a space before a capitalised word.
_NOT_AT_SENTENCE_START = re.compile(r"[^\s.!?:;\"“‘'(\[—–-][ \t]+$")


def deictic(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    if m.group(0)[0] == "T" and _NOT_AT_SENTENCE_START.search(
        m.string, max(0, m.start() - 4), m.start()
    ):
        return None  # "USA Today", "NBC's Today show": a name, capitalised in mid-sentence
    phrase = " ".join(m.group(0).lower().split())
    if phrase == "last night" and m.string[max(0, m.start() - 4) : m.start()].lower() == "the ":
        return None  # "on the last night (of the convention)": no day counted from today
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(phrase, 0)
    value = (pub + timedelta(days=shift)).isoformat()
    return value, value, "day"


def day_range_dm(
    m: re.Match[str], pub: date | None, part: str | None = None, tense: str | None = None
) -> tuple[str, str, str] | None:
    """`12-17 September 2023` / `30 August to 2 September`: day-month order ranges."""
    g = m.groupdict()
    m2 = month_number(g["m2"])
    m1 = month_number(g["m1"]) if g.get("m1") else m2
    return days_between(g, m1, m2, pub, tense)


NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip


def year_part(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    """ "the end of the year", "the start of the year": those months of publication's year."""
    if pub is None:
        return None
    first, last = PART_MONTHS[part_word(m.group("part") + " of") or "end"]
    return iso(pub.year, first), iso(pub.year, last), "month"
