"""Dates read together once each has its value: two dates that make one period ("between
March 2020 and April 2023", "from the 1950s until 2003") and a weekday told as part of a
story ("flew out on Saturday 1 March ... left on the Monday morning": the Monday after
that Saturday), and a day or month told without its year after a full date ("moved on
November 15, 2017 ... his resignation on November 21": 2017 too). Used by
`briefing.facts.dates`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.facts.date_values import WEEKDAYS

# (start, end, iso start, iso end, granularity) of a date phrase in the body.
Found = tuple[int, int, str, str, str]

_PERIOD_GAP = re.compile(r"\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*")
_PERIOD_OPENER = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:the\s+)?$")
# "from 1968 until his retirement in 2018": a period that ends with an event dated after it.
_UNTIL_EVENT_GAP = re.compile(r"\s+(?:until|till|to)\s+(?:[\w’'-]+\s+){1,6}?in\s+")
_FROM = re.compile(r"\b[Ff]rom\s+$")
# How far back a told weekday looks for the day it follows.
_STORY_REACH = 600


def join_periods(body: str, found: list[Found]) -> list[Found]:
    """Join "between X and Y", "from X until Y" and "from X until <an event> in Y" into one
    period when both are dates."""
    out: list[Found] = []
    for item in found:
        if out:
            prev = out[-1]
            if (
                (
                    _PERIOD_GAP.fullmatch(body, prev[1], item[0])
                    and _PERIOD_OPENER.search(body, max(0, prev[0] - 14), prev[0])
                    or _UNTIL_EVENT_GAP.fullmatch(body, prev[1], item[0])
                    and _FROM.search(body, max(0, prev[0] - 6), prev[0])
                )
                and prev[2] <= item[3]
                and len(prev[2]) >= 4
                and len(item[3]) >= 4  # (both with their year)
            ):
                granularity = prev[4] if prev[4] == item[4] else "year"
                out[-1] = (prev[0], item[1], prev[2], item[3], granularity)
                continue
        out.append(item)
    return out


def story_weekdays(body: str, found: list[Found]) -> list[Found]:
    """A bare weekday after "the" ("on the Monday morning") is the first such day after the
    last full date the text gave before it, when there is one close by."""
    out: list[Found] = []
    for item in found:
        start, end = item[0], item[1]
        day = WEEKDAYS.get(body[start:end].lower())
        if day is not None and body[start - 4 : start] in ("the ", "The "):
            anchor = next(
                (
                    f
                    for f in reversed(out)
                    if f[4] == "day"
                    and f[2] == f[3]
                    and len(f[2]) == 10
                    and start - f[1] <= _STORY_REACH
                ),
                None,
            )
            if anchor is not None:
                told = date.fromisoformat(anchor[2])
                value = (told + timedelta(days=(day - told.weekday()) % 7 or 7)).isoformat()
                item = (start, end, value, value, "day")
        out.append(item)
    return out


# How far after a full date, in the same paragraph, a date without its year takes that year.
_TOLD_REACH = 400
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def told_years(body: str, found: list[Found], yearless: set[int]) -> list[Found]:
    """A day or month the text gives without its year nor a future tense (its start in
    `yearless`), a few weeks after a full date of another year told just before it in the
    same paragraph, is in that year: a story told in order ("the army moved on November 15,
    2017 ... his resignation on November 21"), not the year nearest publication."""
    out: list[Found] = []
    anchor: tuple[int, int, int, int] | None = None  # (end, year, month, day)
    for item in found:
        start, end, first, last, granularity = item
        if (
            start in yearless
            and anchor is not None
            and first[:1].isdigit()
            and len(first) >= 7
            and body[max(0, start - 5) : start].lower() != "this "  # ("this May": publication's)
        ):
            told_end, year, month, day = anchor
            own = (int(first[5:7]), int(first[8:10]) if len(first) == 10 else 1)
            if (
                int(first[:4]) != year
                and start - told_end <= _TOLD_REACH
                and body.find("\n\n", told_end, start) == -1
                and (month, day) <= own
                and own[0] - month <= 3
            ):
                shift = year - int(first[:4])
                first = f"{int(first[:4]) + shift:04d}{first[4:]}"
                last = f"{int(last[:4]) + shift:04d}{last[4:]}"
                item = (start, end, first, last, granularity)
        elif (
            granularity in ("day", "month")
            and first[:1].isdigit()
            and len(first) >= 7
            and _YEAR_IN_TEXT.search(body, start, end)
        ):
            anchor = (end, int(first[:4]), int(first[5:7]), int(first[8:10] or 1))
        out.append(item)
    return out
