"""Publication dates from the forms real sites use, never invented.

A date needs a day, a month and an explicit year: "3 March" alone is not given this year,
and a lone number such as "214" is a view counter, not a date.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d\d"
_PREFIX = re.compile(
    r"^(?:published|posted|updated|last updated|first published|date|on)\b[\s:,-]*(?:on\s+)?",
    re.IGNORECASE,
)
# The zone may follow a space, as Jekyll and Hugo front matter write it ("2025-11-17
# 18:30:00 +0000", "... UTC").
_ISO = re.compile(
    rf"^{_YEAR}-\d\d-\d\d(?:[T ][\d:.]+(?:\s?(?:Z|UTC|GMT|[+-]\d\d:?\d\d))?)?$", re.IGNORECASE
)
_ISO_ZONE = re.compile(r"\s?(?:(?P<utc>Z|UTC|GMT)|(?P<offset>[+-]\d\d:?\d\d))$", re.IGNORECASE)
_NUMERIC = re.compile(rf"^\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}$|^{_YEAR}[/.]\d{{1,2}}[/.]\d{{1,2}}$")
_WORDY = re.compile(
    rf"^(?:[a-z]{{3,9}}\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?,?)\s+{_YEAR}\b(?:[\s,]+(?:at\s+)?\d{{1,2}}[:.]\d\d(?::\d\d)?\s*"
    rf"(?:[ap]\.?m\.?)?(?:,?\s*(?:[A-Z]{{2,5}}|[+-]\d\d:?\d\d|Z))?)?$",
    re.IGNORECASE,
)
_NUMERIC_THEN_WORDY = re.compile(rf"^\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}\s+(.+)$")
_COMMA_ZONE = re.compile(r",\s*([A-Z]{2,5})$")
_TIME_FIRST = re.compile(
    r"^(?P<time>\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?),?\s+(?P<date>.+)$",
    re.IGNORECASE,
)
_DOTTED_TIME = re.compile(r"(?<=\d{4})([\s,]+(?:at\s+)?\d{1,2})\.(\d\d)(?!\d)")
_RFC2822 = re.compile(
    rf"^(?:[a-z]{{3}},\s*)?\d{{1,2}}\s+{_MONTH}\s+{_YEAR}\s+\d\d:\d\d(?::\d\d)?\s*"
    r"(?:[+-]\d{4}|[A-Z]{1,5})?$",
    re.IGNORECASE,
)


def parse_date(value: object) -> datetime | None:
    """A datetime from a metadata value (string, date, datetime, epoch seconds) or None.

    Timezone-aware when the source gives a zone; a date alone becomes midnight, naive.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)):
        if 0 < value < 4102444800:  # before 2100, in seconds since the epoch
            return datetime.fromtimestamp(value, tz=UTC)
        if 1e11 <= value < 4102444800000:  # in milliseconds, as JavaScript writes it (1973-2100)
            return datetime.fromtimestamp(value / 1000, tz=UTC)
        return None
    if not isinstance(value, str):
        return None
    return parse_date_line(value)


def parse_date_line(line: str) -> datetime | None:
    """Parse a header line that holds nothing but a date; None when it is not one."""
    text = " ".join(line.split())
    if len(text) > 60:
        return None
    text = _PREFIX.sub("", text).strip()
    if not text or not re.search(_YEAR, text):
        return None
    both = _NUMERIC_THEN_WORDY.match(text)
    if both is not None and _WORDY.match(both.group(1)):
        text = both.group(1)  # "12/04/2024 December 4, 2024": the unambiguous form
    if _ISO.match(text):
        try:  # the form of every meta tag and JSON-LD date; a hundred times faster
            zone = _ISO_ZONE.search(text)
            if zone is not None:
                text = text[: zone.start()] + ("+00:00" if zone["utc"] else zone["offset"])
            parsed = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            return parsed if 1900 <= parsed.year <= 2100 else None
    elif (first := _TIME_FIRST.match(text)) and _WORDY.match(first.group("date")):
        # "2:14 PM EDT, Mon August 10, 2026": the time first, as CNN writes it
        text = f"{first.group('date')} {first.group('time').replace('.', ':', 1)}"
    elif _WORDY.match(text):
        text = _COMMA_ZONE.sub(r" \1", text)  # "14:05, UK" (Sky News): the zone after a comma
        # British sites write the time with a dot ("Thu 12 Feb 2026 14.05 GMT"), which
        # dateutil does not read: the time after the year, with a colon.
        text = _DOTTED_TIME.sub(r"\1:\2", text)
    elif not (_NUMERIC.match(text) or _RFC2822.match(text)):
        return None
    return _dateutil_parse(text)


_ZONES = {
    name: offset * 3600
    for name, offset in {
        "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "IST": 1, "CET": 1, "CEST": 2, "EET": 2,
        "EEST": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "JST": 9, "AEST": 10, "AEDT": 11,
    }.items()
}  # fmt: skip


def _dateutil_parse(text: str) -> datetime | None:
    import warnings

    from dateutil import parser

    dayfirst = not re.match(rf"^{_YEAR}", text) and not re.search(
        rf"^(?:[a-z]{{3,9}}\.?,?\s+)?{_MONTH}\s+\d", text, re.IGNORECASE
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = parser.parse(text, dayfirst=dayfirst, fuzzy=False, tzinfos=_ZONES)
    except (ValueError, OverflowError, TypeError, LookupError):
        return None
    if not 1900 <= parsed.year <= 2100:
        return None
    return parsed


_PARTIAL = re.compile(
    rf"^(?:[a-z]{{3,9}}\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?)(?:,?\s+\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)


def looks_like_partial_date(line: str) -> bool:
    """A header line that names a day and month but no year ("March 3"): not a usable date."""
    text = _PREFIX.sub("", " ".join(line.split())).strip()
    return len(text) <= 40 and bool(_PARTIAL.match(text))


_LOOSE_MONTH = re.compile(_MONTH, re.IGNORECASE)
_FULL_DATES = (  # a full date with any year: (pattern, order of its year, month, day groups)
    (re.compile(r"^(\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$"), "ymd"),
    (re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$"), "ymd"),
    (re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$"), "dmy"),
    (re.compile(rf"^(?:[a-z]{{3,9}},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{1,4}})$", re.I), "dmy"),
    (re.compile(rf"^(?:[a-z]{{3,9}},?\s+)?({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{1,4}})$", re.I), "mdy"),
)  # fmt: skip
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def date_problem(value: object) -> str | None:
    """Why a value written as a full date gives no publication date ("is not a real day",
    "is after 2100"); None when it is a date `parse_date` reads, or not written as one
    (a word, a day without a year: nothing to tell the user)."""
    if not isinstance(value, str) or parse_date(value) is not None:
        return None
    text = _PREFIX.sub("", " ".join(value.split())).strip()
    for pattern, order in _FULL_DATES:
        found = pattern.match(text)
        if found is None:
            continue
        parts = dict(zip(order, found.groups(), strict=True))
        month = parts["m"]
        number = int(month) if month.isdigit() else _MONTHS.index(month[:3].lower()) + 1
        year, day = int(parts["y"]), int(parts["d"])
        if order == "dmy" and month.isdigit() and _real(year, day, number) is None:
            number, day = day, number  # 02/30/2023: the American order
        if _real(year, day, number) is None:
            return "is not a real day"
        if year < 1900:
            return "is before 1900"
        if year > 2100:
            return "is after 2100"
    return None


def _real(year: int, day: int, month: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # year 0 too
        return None


# Where a parser leaves `date_notice` for the file reader (`reader.Entry.notice`), which
# takes it out of the article's `extra` before anything else sees the article.
NOTICE_KEY = "date notice"


def date_notice(value: object) -> str | None:
    """What to tell the user about a publication date given as `value` that was not kept
    ("its date 2023-02-30 is not a real day; kept without a date"), or None."""
    problem = date_problem(value)
    if problem is None:
        return None
    shown = " ".join(str(value).split())
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return f"its date {shown} {problem}; kept without a date"
