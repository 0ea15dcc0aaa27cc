"""Dates and periods: found with patterns, built by hand, resolved against publication.

No fuzzy parsing over sentences: each pattern below matches a whole date phrase and its
handler builds the ISO start/end itself, so "$94.9 billion" or "1,200 people" can never
become years.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import islice

from dateutil.relativedelta import relativedelta

from briefing.core.facts import DateFact
from briefing.facts.spans import Occupied

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

_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s*(?:-|–|—|to|until|till|through|and)\s*"
_B = r"(?<![\w$£€.,])"  # not glued to a number, currency or word
_E = r"(?![\w%]|[.,]\d)"

Handler = Callable[[re.Match[str], date | None, str | None], tuple[str, str, str] | None]


def _month(text: str) -> int:
    return MONTHS[text[:3].lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _iso(year: int | None, month: int, day: int | None = None) -> str:
    if year is None:
        return f"--{month:02d}" if day is None else f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=4096)
def _guess_year(month: int, day: int | None, pub: date | None) -> int | None:
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


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)
    except ValueError:
        return False
    return True


def _day_range(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    m1 = _month(g["m1"])
    m2 = _month(g["m2"]) if g.get("m2") else m1
    return _days_between(g, m1, m2, pub)


def _days_between(g: dict, m1: int, m2: int, pub: date | None) -> tuple[str, str, str] | None:
    """A day range from groups `d1`, `d2`, optional `y`, in months `m1`..`m2`."""
    d1, d2 = _day(g["d1"]), _day(g["d2"])
    year = int(g["y"]) if g.get("y") else _guess_year(m1, d1, pub)
    if not (_valid(year, m1, d1) and _valid(year, m2, d2)):
        return None
    start, end = _iso(year, m1, d1), _iso(year, m2, d2)
    if end < start and year is not None:
        return None
    return start, end, "day"


def _single_day(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    month, day = _month(g["m"]), _day(g["d"])
    year = int(g["y"]) if g.get("y") else _guess_year(month, day, pub)
    if not _valid(year, month, day):
        return None
    value = _iso(year, month, day)
    return value, value, "day"


_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "end": (21, 31)}
_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (9, 12)}


def _part(word: str | None) -> str | None:
    if not word:
        return None
    word = word.lower().removeprefix("the ").strip()
    for key in _PART_DAYS:
        if word.startswith(key):
            return key
    return None


def _month_phrase(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    month = _month(g["m"])
    year = int(g["y"]) if g.get("y") else _guess_year(month, None, pub)
    part = _part(part)
    if part is None:
        value = _iso(year, month)
        return value, value, "month"
    first, last = _PART_DAYS[part]
    last = min(last, calendar.monthrange(year or 2001, month)[1])
    return _iso(year, month, first), _iso(year, month, last), "day"


def _month_range(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    m1, m2 = _month(g["m1"]), _month(g["m2"])
    year = int(g["y"]) if g.get("y") else _guess_year(m1, None, pub)
    y1 = year - 1 if year is not None and m2 < m1 else year
    return _iso(y1, m1), _iso(year, m2), "month"


def _year_phrase(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    g = m.groupdict()
    year = int(g["y"])
    part = _part(part)
    if part is None:
        return str(year), str(year), "year"
    first, last = _PART_MONTHS[part]
    return _iso(year, first), _iso(year, last), "month"


def _year_range(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    y1, y2 = m.group("y1"), m.group("y2")
    if len(y2) == 2:
        y2 = y1[:2] + y2
    if int(y2) <= int(y1):
        return None
    return y1, y2, "year"


def _decade(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    start = int(m.group("dec"))
    return str(start), str(start + 9), "decade"


def _iso_date(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not (1 <= month <= 12) or not _valid(year, month, day):
        return None
    value = _iso(year, month, day)
    return value, value, "day"


def _relative(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    which, unit = m.group("which").lower(), m.group("unit").lower()
    shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "year":
        value = str(pub.year + shift)
        return value, value, "year"
    target = pub + relativedelta(months=shift)
    value = _iso(target.year, target.month)
    return value, value, "month"


def _weekday(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    wanted = WEEKDAYS[m.group("wd").lower()]
    modifier = (m.group("mod") or "").lower()
    if modifier in ("next", "this coming"):
        delta = (wanted - pub.weekday()) % 7 or 7
        target = pub + timedelta(days=delta)
    else:
        delta = (pub.weekday() - wanted) % 7
        if modifier == "last" and delta == 0:
            delta = 7
        target = pub - timedelta(days=delta)
    value = target.isoformat()
    return value, value, "day"


def _deictic(
    m: re.Match[str], pub: date | None, part: str | None = None
) -> tuple[str, str, str] | None:
    if pub is None:
        return None
    phrase = " ".join(m.group(0).lower().split())
    shift = {"yesterday": -1, "tomorrow": 1, "last night": -1, "tonight": 0}.get(phrase, 0)
    value = (pub + timedelta(days=shift)).isoformat()
    return value, value, "day"


def _first(chars: str, pattern: str) -> re.Pattern[str]:
    """Compile `pattern` behind a lookahead for its possible first characters.

    The lookahead lets the regex engine skip ahead to candidate positions instead of
    trying the whole pattern at every character, which halves the time of a pass.
    """
    return re.compile(rf"(?={chars}){pattern}")


# (The lookahead on the first letters lets the engine skip to where a phrase can start.)
_PART_BEFORE = re.compile(
    r"(?i:(?=[emlt])(early|mid|late|the\s+end\s+of|end\s+of|the\s+middle\s+of|middle\s+of)[\s-]+)$"
)
# A cue before a year alone: a cue word, or the start of a line, a comma or a bracket. The
# word alternation is a pattern of its own so a lookahead on first letters can skip ahead
# (the start-of-text branch matches the empty string, which no lookahead would).
_CUE_BEFORE = re.compile(
    r"(?=[IiSsBbUuFfTtDdOoAaNnLlWw])(?:^|\b)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough"
    r"|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]his|[Nn]ext|[Ll]ast|[Tt]he|[Ii]ts|[Tt]heir|[Tt]o|[Aa]nd"
    r"|[Oo]r|[Ff]or|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all|[Bb]etween)\s+$"
)
_CUE_PUNCT_BEFORE = re.compile(r"(?:^|\n|,\s|\()$")
_NOT_A_YEAR_AFTER = re.compile(
    r"\s+(?:people|persons|men|women|troops|cases|homes|jobs|votes|units|tonnes|tons|UTC|GMT|hours|hrs|local)\b"
)
# A month name alone is a date only after a cue word, and never before a capitalised word
# ("March Madness") or as a possessive ("May's agreement").
_MONTH_CUE_BEFORE = re.compile(
    r"(?=[IiSsBbUuFfTtDdOoAaNnLlEe])(?:^|\b)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]his"
    r"|[Nn]ext|[Ll]ast|[Ee]arly|[Ll]ate|[Tt]ill|[Bb]etween)\s+$"
)
_NOT_A_MONTH_AFTER = re.compile(r"(?:[’']s\b|\s+[A-Z])")
# Each entry: pattern, handler, and what must precede a match: None (nothing), "part"
# (an optional early/mid/late, folded into the phrase) or "cue" (a part or a cue word).
PATTERNS: list[tuple[re.Pattern[str], Handler, str | None]] = [
    (_first(r"[12]", rf"{_B}(?P<y>{_YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d){_E}"), _iso_date, None),
    (
        _first(
            r"[JFMASOND]",
            rf"{_B}(?P<m1>{_MON})\s+(?P<d1>{_DAY}){_DASH}(?:(?P<m2>{_MON})\s+)?(?P<d2>{_DAY})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?{_E}",
        ),
        _day_range,
        None,
    ),
    (
        _first(
            r"\d",
            rf"{_B}(?P<d1>{_DAY})(?:\s+(?P<m1>{_MON}))?{_DASH}(?P<d2>{_DAY})\s+(?P<m2>{_MON})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?{_E}",
        ),
        lambda m, pub, part: _day_range_dm(m, pub),
        None,
    ),
    (
        _first(
            r"[MTWFSJAOND]",
            rf"(?:{_WD},?\s+)?{_B}(?P<m>{_MON})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
        ),
        _single_day,
        None,
    ),
    (
        _first(
            r"[MTWFSt\d]",
            rf"(?:{_WD},?\s+)?{_B}(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
        ),
        _single_day,
        None,
    ),
    (
        _first(
            r"[FfBbJMASOND]",
            rf"(?:(?:[Ff]rom|[Bb]etween)\s+)?{_B}(?P<m1>{_MON}){_DASH}(?P<m2>{_MON})(?:,?\s+(?P<y>{_YEAR}))?{_E}",
        ),
        _month_range,
        None,
    ),
    (_first(r"[JFMASOND]", rf"{_B}(?P<m>{_MON}),?\s+(?P<y>{_YEAR}){_E}"), _month_phrase, "part"),
    (_first(r"[JFMASOND]", rf"{_B}(?P<m>{_MON}){_E}"), _month_phrase, "cue"),
    (_first(r"[t12]", rf"{_B}(?P<dec>1[6-9]\d0|20\d0)'?s{_E}"), _decade, None),
    (
        _first(r"[12]", rf"{_B}(?P<y1>{_YEAR})\s*(?:-|–|/)\s*(?P<y2>{_YEAR}|\d\d){_E}"),
        _year_range,
        None,
    ),
    (
        _first(
            r"[FfBb]",
            rf"(?:[Ff]rom|[Bb]etween)\s+(?P<y1>{_YEAR})\s+(?:to|and|until)\s+(?P<y2>{_YEAR}){_E}",
        ),
        _year_range,
        None,
    ),
    (_first(r"[12]", rf"{_B}(?P<y>{_YEAR}){_E}"), _year_phrase, "cue"),
    (
        _first(
            r"[LlTtNnPpCc]",
            r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming)\s+(?P<unit>year|month)\b",
        ),
        _relative,
        None,
    ),
    (
        _first(r"[lntMTWFS]", rf"\b(?:(?P<mod>last|next|this coming)\s+)?(?P<wd>{_WD})\b"),
        _weekday,
        None,
    ),
    (
        _first(
            r"[YyTtLl]",
            r"\b(?:[Yy]esterday|[Tt]omorrow|[Ll]ast\s+night|[Tt]onight|[Tt]his\s+(?:morning|afternoon|evening))\b",
        ),
        _deictic,
        None,
    ),
]


def _day_range_dm(m: re.Match[str], pub: date | None) -> tuple[str, str, str] | None:
    """`12-17 September 2023` / `30 August to 2 September`: day-month order ranges."""
    g = m.groupdict()
    m2 = _month(g["m2"])
    m1 = _month(g["m1"]) if g.get("m1") else m2
    return _days_between(g, m1, m2, pub)


# Every date phrase contains one of these; patterns run only in windows around them.
_ANCHOR = re.compile(
    r"(?=[JFMASONDTW12])(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*|(?<!\d)(?:1[6-9]|20)\d\d(?!\d))"
)
# Relative phrases ("last year", "yesterday"): the window reaches back to "last". Found with
# `str.find`, several times cheaper than the equivalent alternation regex (which has no
# literal start, so it is tried at every character). No word is a prefix of another.
_RELATIVE_ANCHORS = (
    "year", "month", "yesterday", "Yesterday", "tomorrow", "Tomorrow", "tonight", "Tonight",
    "night", "morning", "afternoon", "evening",
)  # fmt: skip
_WINDOW_PAD = 48
_WORD_BOUNDARY = re.compile(r"[\s.,;:!?)\]]")


# The anchor each pattern needs (same order as PATTERNS): it runs only in those windows.
_PATTERN_ANCHORS = (
    "year", "month", "month", "month", "month", "month", "month", "month",
    "year", "year", "year", "year", "relative", "weekday", "relative",
)  # fmt: skip


def _anchor_kind(text: str) -> str:
    if text[0].isdigit():
        return "year"
    if text[:3].lower() in MONTHS:
        return "month"
    if text.lower() in WEEKDAYS:
        return "weekday"
    return "relative"


def _relative_anchors(body: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of each relative anchor word, leftmost first, never overlapping
    (what a regex alternation of `_RELATIVE_ANCHORS` would find: "tonight" hides its "night").
    With `limit`, each word is looked for only up to its `limit`-th occurrence."""
    found: list[tuple[int, int, str]] = []
    for word in _RELATIVE_ANCHORS:
        pos = body.find(word)
        count = 0
        while pos != -1 and (limit is None or count < limit):
            found.append((pos, pos + len(word), word))
            count += 1
            pos = body.find(word, pos + 1)
    found.sort()
    out: list[tuple[int, int, str]] = []
    last_end = 0
    for anchor in found:
        if anchor[0] >= last_end:
            out.append(anchor)
            last_end = anchor[1]
    return out


# At most this many date anchors (month and weekday names, years, relative words) are looked
# at: past that the body is a table of years or dates, not prose, and the rest is skipped.
# Real articles have at most ~115 (the Wikinews corpus); a table of 400,000 years took ~3.5 s.
MAX_DATE_ANCHORS = 2_000


def _anchors(body: str, limit: int | None) -> list[tuple[int, int, str]]:
    """(start, end, text) of the date anchors in `body`, in text order; with `limit`, at
    least the first `limit` of them (and maybe some later ones)."""
    anchors = [(m.start(), m.end(), m.group()) for m in islice(_ANCHOR.finditer(body), limit)]
    anchors.extend(_relative_anchors(body, limit))
    anchors.sort()
    return anchors


def _windows(body: str, anchors: list[tuple[int, int, str]]) -> dict[str, list[tuple[int, int]]]:
    """Merged text windows around date `anchors`, by anchor kind, ending at a word boundary."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for start, end, text in anchors:
        out = by_kind.setdefault(_anchor_kind(text), [])
        lo = max(0, start - _WINDOW_PAD)
        hi = min(len(body), end + _WINDOW_PAD)
        edge = _WORD_BOUNDARY.search(body, hi)
        hi = edge.start() if edge else len(body)
        if out and lo <= out[-1][1] + _WINDOW_PAD:  # close windows: one scan is cheaper
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return by_kind


def as_date(published: date | datetime | None) -> date | None:
    """The calendar day of a publication date or datetime."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return None


def find_dates(body: str, published: date | datetime | None = None) -> list[DateFact]:
    """Every explicit date or period in `body`, merged by normalised value, in text order."""
    pub = as_date(published)
    occupied = Occupied()
    found: list[tuple[int, int, str, str, str]] = []
    anchors = _anchors(body, MAX_DATE_ANCHORS + 1)
    if len(anchors) > MAX_DATE_ANCHORS:
        # A table of years or dates: only the text before the anchor past the cap is read.
        body = body[: anchors[MAX_DATE_ANCHORS][0]]
        anchors = _anchors(body, None)
    windows = _windows(body, anchors)
    for (pattern, handler, needs), kind in zip(PATTERNS, _PATTERN_ANCHORS, strict=True):
        spans = windows.get(kind, ())
        for m in (m for lo, hi in spans for m in pattern.finditer(body, lo, hi)):
            start, end = m.span()
            if start == end or occupied.overlaps(start, end):
                continue
            part = None
            if needs is not None:
                before = body[max(0, start - 16) : start]
                part_match = _PART_BEFORE.search(before)
                if part_match is not None:
                    part = part_match.group(1)
                    start -= len(part_match.group(0))
                elif needs == "cue" and not (
                    _MONTH_CUE_BEFORE.search(before)
                    if handler is _month_phrase
                    else _CUE_BEFORE.search(before) or _CUE_PUNCT_BEFORE.search(before)
                ):
                    continue
                if (
                    needs == "cue"
                    and handler is _month_phrase
                    and _NOT_A_MONTH_AFTER.match(body, end)
                ):
                    continue
                if handler is _year_phrase and _NOT_A_YEAR_AFTER.match(body, end):
                    continue
            try:
                value = handler(m, pub, part)
            except (ValueError, OverflowError, KeyError):
                value = None
            if value is None:
                continue
            occupied.add(start, end)
            found.append((start, end, *value))
    found.sort()
    merged: dict[tuple[str, str, str], DateFact] = {}
    for start, end, iso_start, iso_end, granularity in found:
        key = (iso_start, iso_end, granularity)
        if key in merged:
            merged[key].spans.append((start, end))
        else:
            merged[key] = DateFact(body[start:end], iso_start, iso_end, granularity, [(start, end)])
    return list(merged.values())
