"""Dates and periods: found with patterns, built by hand, resolved against publication.

No fuzzy parsing over sentences: each pattern below matches a whole date phrase and its
handler builds the ISO start/end itself, so "$94.9 billion" or "1,200 people" can never
become years.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from briefing.core.facts import DateFact
from briefing.facts.date_context import date_tense
from briefing.facts.date_cues import (
    LINE_OPENER_BEFORE,
    MONTHS_PART_BEFORE,
    NOT_A_MONTH_AFTER,
    NOT_A_YEAR_AFTER,
    PART_BEFORE,
    TIMELINE_ENTRY_AFTER,
    cued,
    promo,
)
from briefing.facts.date_eras import century, decade, years_ago
from briefing.facts.date_fiscal import fiscal_years
from briefing.facts.date_holidays import holiday, named_days
from briefing.facts.date_numeric import numeric_dates
from briefing.facts.date_periods import (
    COUNTED_REACH,
    counted_days,
    counted_months,
    counted_years,
    days_beyond,
    glossed_days,
    join_periods,
    periods_ended,
    story_weekdays,
    told_years,
    weeks_of,
)
from briefing.facts.date_quarters import quarters
from briefing.facts.date_values import (
    D_MON,
    DASH,
    DAY,
    MON,
    MON_D,
    WD,
    YEAR,
    YEAR_AFTER,
    B,
    E,
    Handler,
    day_range,
    day_range_dm,
    deictic,
    iso_date,
    month_phrase,
    month_range,
    quarter,
    relative,
    single_day,
    week_of_month,
    weekday,
    year_part,
    year_phrase,
    year_range,
)
from briefing.facts.date_weekdays import recurring, weekday_is_a_name
from briefing.facts.date_windows import MAX_DATE_ANCHORS, anchors_of, holds_any, windows_of
from briefing.facts.lazy_re import lazy, opening
from briefing.facts.quote_marks import quoted
from briefing.facts.spans import Occupied


def _first(chars: str, pattern: str) -> re.Pattern[str]:
    """Compile `pattern` behind a lookahead for its possible first characters (on first use).

    The lookahead lets the regex engine skip ahead to candidate positions instead of
    trying the whole pattern at every character, which halves the time of a pass.
    """
    return lazy(rf"(?={chars}){pattern}")


def _opening(group: str | None, alternatives: str, before: str = B) -> str:
    """`lazy_re.opening` with the date patterns' lookbehind `B` unless told otherwise."""
    return opening(group, alternatives, before)


_B_AFTER_FIRST = B.removesuffix(")") + ".)"  # `B` checked once a first character is read
_NOT_AFTER_WORD = r"(?<!\w)"  # `\b` before a word's first letter
# `{B}(?P<group>{DAY})`, opening with its first digit (see `_opening`). DAY's alternatives,
# "[12]\d|3[01]|0?[1-9]", by their first digit: "1" is tried as "1\d" and then alone.
_DAY_TAIL = DAY.removeprefix("(?:[12]\\d|3[01]|0?[1-9])")


def _day_opening(group: str) -> str:
    return (
        rf"(?P<{group}>[0-9]{_B_AFTER_FIRST}(?:(?<=[12])\d|(?<=3)[01]|(?<=0)[1-9]|(?<=[1-9]))"
        rf"{_DAY_TAIL})"
    )


# Before a holiday's bare name: a word that makes it a day ("by Christmas", "since Easter").
_HOLIDAY_CUED = (
    "(?:"
    + "|".join(f"(?<={w} )" for w in "by at on before since until till over after from".split())
    + ")"
)
_BARE_HOLIDAY_NAMES = ("Christmas", "Thanksgiving", "Easter", "Halloween")
_BARE_HOLIDAYS = frozenset(_BARE_HOLIDAY_NAMES)
# Each entry: pattern, handler, and what must precede a match: None (nothing), "part"
# (an optional early/mid/late, folded into the phrase) or "cue" (a part or a cue word).
PATTERNS: list[tuple[re.Pattern[str], Handler, str | None]] = [
    (lazy(rf"{_opening('y', YEAR)}-(?P<mo>[01]\d)-(?P<d>[0-3]\d){E}"), iso_date, None),
    (
        lazy(
            # ("Dec. 2 and Dec. 9", "December 27 or December 28": two days, not a range)
            rf"{_opening('m1', MON)}\s+(?P<d1>{DAY}){DASH}(?:(?<!and\s)(?<!or\s)(?P<m2>{MON})\s+)?(?P<d2>{DAY})"
            rf"{YEAR_AFTER}{E}",
        ),
        day_range,
        None,
    ),
    (
        lazy(
            rf"{_day_opening('d1')}(?:\s+(?P<m1>{MON})(?!\s*and\s))?{DASH}(?P<d2>{DAY})\s+(?P<m2>{MON})"
            rf"{YEAR_AFTER}{E}",
        ),
        day_range_dm,
        None,
    ),
    (
        _first(
            r"[MTWFSJAONDL]",
            rf"(?:(?P<pre>Last|This)\s+year,?\s+)?(?:{WD},?\s+)?{B}(?P<m>{MON_D})\s+(?P<d>{DAY})"
            rf"{YEAR_AFTER}{E}",
        ),
        single_day,
        None,
    ),
    (
        _first(
            r"[MTWFSt\d]",
            rf"(?:{WD},?\s+)?{B}(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{D_MON}){YEAR_AFTER}{E}",
        ),
        single_day,
        None,
    ),
    (
        _first(
            r"[tTfFsSlL]",
            rf"\b(?:[Tt]he\s+)?(?P<wk>first|second|third|fourth|last|final)\s+(?P<wu>week|half)\s+of\s+"
            rf"(?P<m>{MON})(?:,?\s+(?P<y>{YEAR}))?{E}",
        ),
        week_of_month,
        None,
    ),
    (
        _first(
            r"[QqTtFfSsLlH]",
            rf"{B}(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?:[Tt]he\s+)?(?P<qw>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal"
            rf"|[Ll]ast)\s+(?P<unit>quarter|half)\s+of)\s+(?P<y>{YEAR}){E}",
        ),
        quarter,
        None,
    ),
    (
        _first(
            r"[FfBbJMASOND]",
            rf"(?:(?P<span>[Ff]rom|[Bb]etween)\s+)?{B}(?P<m1>{MON}){DASH}(?P<m2>{MON})"
            rf"(?:,?\s+(?:in\s+|of\s+)?(?P<y>{YEAR}))?{E}",  # ("between May and June in 1981")  # ("February or March 2005": either, so both)
        ),
        month_range,
        None,
    ),
    (
        lazy(
            rf"{_opening('m', MON)}(?:,?\s+(?:of\s+)?(?P<y>{YEAR})"
            rf"|\s+(?:of\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b){E}",
        ),
        month_phrase,
        "part",
    ),
    (lazy(rf"{_opening('m', MON)}{E}"), month_phrase, "cue"),
    (
        _first(
            r"[t1-9'’]",  # ("the 1930’s", "the '90s", "the 90s")
            rf"{B}(?:(?P<dec>1[6-9]\d0|20\d0)['’]?|['’](?P<short>\d0)|(?<=[Tt]he\s)(?P<bare>[2-9]0))s{E}",
        ),
        decade,
        "part",  # "the late 1960s": its last years
    ),
    (
        lazy(rf"{_opening('y1', YEAR)}\s*(?:-|–|/)\s*(?P<y2>{YEAR}|\d\d){E}"),
        year_range,
        None,
    ),
    (
        _first(
            r"[FfBb]",
            rf"(?:[Ff]rom|[Bb]etween)\s+(?:(?:roughly|about|around|approximately)\s+)?"
            rf"(?P<y1>{YEAR})\s+(?:to|and|until|through|till)\s+(?P<y2>{YEAR}){E}",
        ),
        year_range,
        None,
    ),
    (lazy(rf"{_opening('y', YEAR)}{E}"), year_phrase, "cue"),
    (
        _first(r"[t1-9]", r"(?<![\w$£€.,])(?:the\s+)?(?P<hund>1\d|20)00s\b"),
        century,
        None,
    ),
    (
        _first(
            r"[t1-9fstenFSTEN]",
            r"\b(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
            r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+[Cc]entury\b",
        ),
        century,
        None,
    ),
    (
        _first(
            r"[\daotfsenhAOTFSENH]",
            r"\b(?P<n>\d{1,4}|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|fifteen|twenty|thirty|forty|fifty|hundred))\s+(?P<unit>year|month|day)s?\s+ago\b",
        ),
        years_ago,
        None,
    ),
    (
        _first(
            r"[CBNVHGSFTE]",
            rf"\b(?P<h>Christmas Eve|Christmas Day|Boxing Day|New Year[’']s (?:Eve|Day)"
            rf"|Valentine[’']s Day|Bastille Day|St\.? Patrick[’']s Day|Guy Fawkes Night|Fourth of July"
            rf"|Thanksgiving Day|Easter Sunday|Easter Monday|Good Friday"
            # (alone, after a word that makes it a day: "by Christmas", not "Christmas trees")
            rf"|{_HOLIDAY_CUED}(?:{'|'.join(_BARE_HOLIDAY_NAMES)})"
            rf"(?=[.,;:!?)]|\s+(?:and|or|to|in|on|at|this|last|next|when|with|the|a|is|was|will|but"
            rf"|as|after|before|he|she|it|they|we|I|\d+)\b))"
            rf"(?:,?\s+(?P<y>{YEAR}))?\b",
        ),
        holiday,
        None,
    ),
    (
        # "by the end of the year": a part of the year of publication
        _first(
            "[Tt]",
            r"(?<!\w)[Tt]he\s+(?P<part>end|start|beginning|middle|(?:final|last|closing|first"
            r"|opening)\s+(?:few\s+)?months)\s+of\s+the\s+year\b(?![’'])",
        ),
        year_part,
        None,
    ),
    (
        lazy(
            _opening(
                "which",
                "Last|last|This|this|Next|next|Past|past|Previous|previous|Coming|coming",
                _NOT_AFTER_WORD,
            )
            + r"\s+(?P<unit>year|month)\b"
        ),
        relative,
        "part",  # "late last year": months of that year
    ),
    (
        _first(r"[lntMTWFS]", rf"\b(?:(?P<mod>last|next|this coming)\s+)?(?P<wd>{WD})\b"),
        weekday,
        None,
    ),
    (
        lazy(
            _opening(
                None,
                r"Yesterday|yesterday|Tomorrow|tomorrow|Last\s+night|last\s+night|Tonight|tonight"
                r"|Today|today|This\s+morning|This\s+afternoon|This\s+evening|this\s+morning"
                r"|this\s+afternoon|this\s+evening",
                _NOT_AFTER_WORD,
            )
            + r"\b"
        ),
        deictic,
        None,
    ),
]


# Handlers whose value depends on the tense of the clause, and the kind of date each reads.
_TENSE_KINDS = {
    weekday: "weekday",
    month_phrase: "month",
    holiday: "day",
    single_day: "day",
    day_range: "day",
    day_range_dm: "day",
    month_range: "month",
    week_of_month: "month",
}
_TENSED = frozenset(_TENSE_KINDS)


# The anchor each pattern needs (same order as PATTERNS): it runs only in those windows.
_PATTERN_ANCHORS = (
    "year", "month", "month", "month", "month", "month", "year", "month", "month", "month",
    "year", "year", "year", "year", "century", "century", "ago", "holiday", "relative",
    "relative", "weekday", "relative",
)  # fmt: skip


# Text that every match of a pattern contains, one of these strings (same order as PATTERNS;
# None: no such test). A window holding none of them cannot hold a match (a match lies within
# its window), so the pattern is not run there: a `str.find` or two is far cheaper than the
# regex engine trying the pattern at each character of the window. Only where it pays: a
# test that most windows pass ("-", "to" and "and" of a day range) costs more than it saves.
_PATTERN_WORDS: tuple[tuple[str, ...] | None, ...] = (
    ("-",), None, None, None, None, ("week", "half"), ("Q", "H", "quarter", "half"), None, None, None,
    ("0s", "0's", "0’s"), ("-", "–", "/"), ("rom", "etween"), None, ("00s",), ("entury",), None, None,
    ("of the year",), ("year", "month"), None, None,
)  # fmt: skip


def as_date(published: date | datetime | None) -> date | None:
    """The calendar day of a publication date or datetime."""
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    return None


# "the following day", "the previous day", "the day after.": a day counted from the last
# single day the text named before it (not from publication). (`\b[Tt]he`, written to open
# with the set [Tt] and look behind the letter for a word character: a pattern that opens
# with `\b` is tried at every character of the body, one that opens with a set only at the
# letters of the set.)
_RELATIVE_DAY = lazy(
    r"[Tt](?<!\w.)he\s+(?:(?P<next>following|next)\s+day|(?P<prev>previous)\s+day"
    r"|day\s+(?:(?P<after>after)|(?P<before>before))(?=\s*[,.;)]))\b"
)


def _days_after_or_before(
    body: str, found: list[tuple[int, int, str, str, str]], occupied: Occupied
) -> list[tuple[int, int, str, str, str]]:
    """Add "the following day" and its kin, counted from the single day named last before."""
    if not any(
        w in body for w in ("following day", "next day", "previous day", "day after", "day before")
    ):
        return found
    added = []
    for m in _RELATIVE_DAY.finditer(body):
        start, end = m.span()
        if occupied.overlaps(start, end):
            continue
        before = [f for f in found if f[1] <= start and f[4] == "day" and f[2] == f[3]]
        if not before or start - before[-1][1] > COUNTED_REACH:
            continue  # (a day named paragraphs before: the story has moved on since)
        try:
            day = date.fromisoformat(before[-1][2])
        except ValueError:
            continue  # a day without its year
        shift = 1 if m.group("next") or m.group("after") else -1
        value = (day + timedelta(days=shift)).isoformat()
        occupied.add(start, end)
        added.append((start, end, value, value, "day"))
    return sorted(found + added) if added else found


def find_dates(body: str, published: date | datetime | None = None) -> list[DateFact]:
    """Every explicit date or period in `body`, merged by normalised value, in text order."""
    pub = as_date(published)
    occupied = Occupied()
    found: list[tuple[int, int, str, str, str]] = []
    anchors = anchors_of(body, MAX_DATE_ANCHORS + 1)
    if len(anchors) > MAX_DATE_ANCHORS:
        # A table of years or dates: only the text before the anchor past the cap is read.
        body = body[: anchors[MAX_DATE_ANCHORS][0]]
        anchors = anchors_of(body, None)
    windows = windows_of(body, anchors)
    found = quarters(body, found, occupied, pub)  # (before "next year" can take its words)
    # (before "2026" of "30.11.2026" is read as a year)
    found = numeric_dates(body, found, occupied, pub, windows.get("year", []))
    named: dict[str, bool] = {}
    last_tensed: tuple[int, str, str | None] | None = None  # (end, kind, tense)
    yearless: set[int] = set()  # starts of days and months given without their year
    for (pattern, handler, needs), kind, words in zip(
        PATTERNS, _PATTERN_ANCHORS, _PATTERN_WORDS, strict=True
    ):
        spans = windows.get(kind, ())
        if words is not None and spans:
            spans = [(lo, hi) for lo, hi in spans if holds_any(body, words, lo, hi)]
        for m in (m for lo, hi in spans for m in pattern.finditer(body, lo, hi)):
            start, end = m.span()
            if start == end or occupied.overlaps(start, end):
                continue
            part = None
            if needs is not None:
                before = body[max(0, start - 16) : start]
                part_match = PART_BEFORE.search(before)
                if (
                    part_match is None
                    and handler in (year_phrase, relative)
                    and body.endswith("months of ", 0, start)
                ):
                    part_match = MONTHS_PART_BEFORE.search(body, max(0, start - 34), start)
                if part_match is not None:
                    part = part_match.group(1)
                    start -= len(part_match.group(0))
                elif needs == "cue" and not cued(body, start, end, handler is month_phrase):
                    continue
                if (
                    needs == "cue"
                    and handler is month_phrase
                    and NOT_A_MONTH_AFTER.match(body, end)
                ):
                    continue
                if (
                    handler is year_phrase
                    and NOT_A_YEAR_AFTER.match(body, end)
                    and not (
                        TIMELINE_ENTRY_AFTER.match(body, end) and LINE_OPENER_BEFORE.search(before)
                    )
                ):
                    continue
            if handler is relative and part is None and body[start - 4 : start].lower() == "the ":
                continue  # "the past year", "the next year": a span of time, not a year
            if (
                handler is deictic
                or handler is year_part
                or (handler is holiday and m.group("h") in _BARE_HOLIDAYS and not m.group("y"))
                or (handler is years_ago and m.group("unit") == "day")
            ) and quoted(body, start):
                continue  # "today", "by the end of the year", "before Christmas", "two days
                # ago" in somebody's words: counted from when they were spoken
            if handler is deictic and promo(body, start):
                continue  # "Subscribe to our newsletter today": any reader's day
            try:
                if handler in _TENSED:
                    if handler is weekday and (
                        weekday_is_a_name(body, m, start, named) or recurring(body, start, end)
                    ):
                        continue
                    tense = None
                    if pub is not None:
                        kind = _TENSE_KINDS[handler]
                        tense = date_tense(body, m, start, end, kind, needs, last_tensed)
                        last_tensed = (end, kind, tense)
                    groups = m.groupdict()
                    if (
                        handler is not weekday
                        and tense not in ("last", "next", "future", "near")
                        and not (groups.get("y") or groups.get("rel") or groups.get("pre"))
                    ):
                        yearless.add(start)
                    value = handler(m, pub, part, tense)
                else:
                    value = handler(m, pub, part)
            except (ValueError, OverflowError, KeyError):
                value = None
            if value is None:
                continue
            occupied.add(start, end)
            found.append((start, end, *value))
    found.sort()
    found = _days_after_or_before(body, found, occupied)
    found = join_periods(body, glossed_days(body, told_years(body, found, yearless, pub)))
    found = story_weekdays(body, found)
    found = counted_years(body, counted_days(body, days_beyond(body, found)), pub)
    found = counted_months(body, found, pub)
    found = named_days(body, fiscal_years(body, periods_ended(body, weeks_of(body, found))))
    merged: dict[tuple[str, str, str], DateFact] = {}
    for start, end, iso_start, iso_end, granularity in found:
        key = (iso_start, iso_end, granularity)
        if key in merged:
            merged[key].spans.append((start, end))
        else:
            merged[key] = DateFact(body[start:end], iso_start, iso_end, granularity, [(start, end)])
    return list(merged.values())
