"""Dates read together once each has its value: two dates that make one period ("between
March 2020 and April 2023", "from the 1950s until 2003") and a weekday told as part of a
story ("flew out on Saturday 1 March ... left on the Monday morning": the Monday after
that Saturday), and a day or month told without its year after a full date ("moved on
November 15, 2017 ... his resignation on November 21": 2017 too). Used by
`briefing.facts.dates`."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefing.facts.date_values import NUMBER_WORDS, WEEKDAYS

# (start, end, iso start, iso end, granularity) of a date phrase in the body.
Found = tuple[int, int, str, str, str]

# (with a hedge before each end: "from in or around January 2021 through in or around
# March 2024", as charges word it; "between about 1990 and 1995")
_HEDGE = r"(?:(?:in\s+or\s+)?(?:around|about|approximately|roughly)\s+)"
_PERIOD_GAP = re.compile(rf"\s+(?:and|to|until|till|through)\s+{_HEDGE}?|\s*[-–]\s*")
_PERIOD_OPENER = re.compile(rf"\b(?:[Bb]etween|[Ff]rom)\s+(?:the\s+|{_HEDGE})?$")
# "from 1968 until his retirement in 2018": a period that ends with an event dated after it.
_UNTIL_EVENT_GAP = re.compile(r"\s+(?:until|till|to)\s+(?:[\w’'-]+\s+){1,6}?in\s+")
_FROM = re.compile(r"\b[Ff]rom\s+$")
_DAYS_GAP = re.compile(r"\s*(?:to|through|until|till|thru|-|–)\s*")
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
                    and _PERIOD_OPENER.search(body, max(0, prev[0] - 30), prev[0])
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
        if (
            day is not None
            and out
            and out[-1][4] == "day"
            and out[-1][2] == out[-1][3]
            and len(out[-1][2]) == 10
            and WEEKDAYS.get(body[out[-1][0] : out[-1][1]].lower()) is not None
            and _DAYS_GAP.fullmatch(body, out[-1][1], start)
            and not body.endswith("night of ", 0, out[-1][0])  # ("the night of Monday to Tuesday")
        ):
            # "three days of mourning, Wednesday through Friday": one period, its last day
            # the first such weekday from its first
            first = date.fromisoformat(out[-1][2])
            last = (first + timedelta(days=(day - first.weekday()) % 7)).isoformat()
            out[-1] = (out[-1][0], end, out[-1][2], last, "day")
            continue
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
        elif day is not None and item[2] == item[3] and len(item[2]) == 10:
            item = _in_told_days(out, item, day)
        out.append(item)
    return out


def _in_told_days(out: list[Found], item: Found, day: int) -> Found:
    """A weekday after a few days told as a period ("From March 15 to 17, the city hosted
    ... a session on Saturday afternoon"), which holds that weekday while the weekday as
    resolved falls after it, is that day of the period (when no single day was told since)."""
    for f in reversed(out):
        if f[4] != "day" or len(f[2]) != 10 or len(f[3]) != 10:
            continue  # (a year or a month told on the way)
        if f[2] == f[3]:
            if f[2] != item[2]:
                return item  # (a single day told since: the story moved on)
            continue
        first, last = date.fromisoformat(f[2]), date.fromisoformat(f[3])
        if not (1 <= (last - first).days <= 10 and f[3] < item[2]):
            return item
        value = (first + timedelta(days=(day - first.weekday()) % 7)).isoformat()
        return (item[0], item[1], value, value, "day") if value <= f[3] else item
    return item


# How far after a full date, in the same paragraph, a date without its year takes that year.
_TOLD_REACH = 400
# How far after a year alone, in the same sentence, a month without its year takes that year.
_SENTENCE_REACH = 300
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_YEAR_TOLD_BEFORE = re.compile(r"(?:\b[Ii]n|\b[Dd]uring|\b[Tt]he)\s+\Z")
# "that December" as a determiner: the month ends its phrase (not "warned that June would")
_THAT_MONTH_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:the|a|an|when|and|after|before|as)\b")
# (`(?<!\d)(?:1[6-9]|20)\d\d(?!\d)`, opening with the year's first digit so that the engine
# skips to it, the digit before looked for once that is read)
_YEAR_IN_TEXT = re.compile(r"(?:1(?<!\d.)[6-9]|2(?<!\d.)0)\d\d(?!\d)")


def told_years(
    body: str, found: list[Found], yearless: set[int], pub: date | None = None
) -> list[Found]:
    """A day or month the text gives without its year nor a future tense (its start in
    `yearless`), a few weeks after a full date of another year told just before it in the
    same paragraph, is in that year: a story told in order ("the army moved on November 15,
    2017 ... his resignation on November 21"), not the year nearest publication; so is "that
    December" after a year ("In 1984, when ... The decision was reversed that December")."""
    out: list[Found] = []
    anchor: tuple[int, int, int, int] | None = None  # (end, year, month, day)
    told_year: tuple[int, int] | None = None  # (end, year) of the last date with its year
    sentence_year: tuple[int, int] | None = None  # ... when that date is a year alone
    for item in found:
        start, end, first, last, granularity = item
        year = None
        if start in yearless and first[:1].isdigit() and len(first) >= 7:
            own = (int(first[5:7]), int(first[8:10]) if len(first) == 10 else 1)
            before = body[max(0, start - 5) : start].lower()
            if (
                before == "that "
                and told_year is not None
                and start - told_year[0] <= _TOLD_REACH
                and _THAT_MONTH_ENDS.match(body, end)  # (not "warned that June would be")
            ):
                year = told_year[1]
            elif (
                anchor is not None
                and before != "this "  # ("this May": publication's)
                and start - anchor[0] <= _TOLD_REACH
                and body.find("\n\n", anchor[0], start) == -1
                and anchor[2:] <= own
                and own[0] - anchor[2] <= 3
            ):
                year = anchor[1]
            elif (
                len(first) == 7
                and sentence_year is not None
                and sentence_year[1] != int(first[:4])
                and start - sentence_year[0] <= _SENTENCE_REACH
                and not _SENTENCE_END.search(body, sentence_year[0], start)
                and (pub is None or sentence_year[1] <= pub.year)
            ):  # (not "pushed to the 2029 model year, and put on hold in August": no future
                # tense, so not after publication)
                year = sentence_year[1]  # "In the 2016 election, he ran until June"
        elif first[:1].isdigit() and _YEAR_IN_TEXT.search(body, start, end):
            told_year = (end, int(first[:4]))
            sentence_year = (
                (end, told_year[1])
                if granularity == "year"
                and first == last
                and _YEAR_TOLD_BEFORE.search(body, max(0, start - 8), start)
                else None
            )  # ("In 2016, ...", "the 2016 election"; not "by 2045", "roughly 2000 stores")
            if len(first) >= 7 and (granularity == "day" or first == last):
                # (a story's day or month; not a period: "until the end of 2029, the agency
                # said on Dec 3")
                anchor = (end, int(first[:4]), int(first[5:7]), int(first[8:10] or 1))
        if year is not None and year != int(first[:4]):
            shift = year - int(first[:4])
            first = f"{int(first[:4]) + shift:04d}{first[4:]}"
            last = f"{int(last[:4]) + shift:04d}{last[4:]}"
            item = (start, end, first, last, granularity)
        out.append(item)
    return out


# "two days after the January 7 quake" (the day after it names), "Three days later" (the day
# after the last one named before it): a day counted from another. Matched from the unit's
# word, found with `str.find` (a pattern opening with the count was tried at every word).
_COUNTED_TAIL = re.compile(
    r"\s+(?P<unit>days?|weeks?)\s+(?:(?P<dir>after|before)(?P<the>\s+the)?\s+"
    r"|(?P<back>later|earlier)\b)"
)
_COUNT = re.compile(
    r"\b(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|\d{1,2})$"
)
COUNTED_REACH = 600
_COUNT_RANGE_BEFORE = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|or|-|–)\s*$"
)


def _in_heading(body: str, at: int) -> bool:
    """Whether the line holding body[at] is a heading or a byline: no sentence ends it."""
    line_end = body.find("\n", at)
    line = body[body.rfind("\n", 0, at) + 1 : len(body) if line_end == -1 else line_end]
    line = line.rstrip().removesuffix("a.m.").removesuffix("p.m.")  # ("Published ... 9:14 a.m.")
    return not line.endswith((".", "!", "?", ":", ";", ")", '"', "”", "'", "’"))


def _unit_words(body: str) -> list[int]:
    """Where " day" and " week" stand in `body`, in order."""
    out: list[int] = []
    for word in (" day", " week"):
        pos = body.find(word)
        while pos != -1:
            out.append(pos)
            pos = body.find(word, pos + 1)
    return sorted(out)


def counted_days(body: str, found: list[Found]) -> list[Found]:
    """Add the days counted from another: "two days after the January 7 quake", "Three days
    later" (after the last single day named before, within a few sentences)."""
    days = [f for f in found if f[4] == "day" and f[2] == f[3] and len(f[2]) == 10]
    if not days:
        return found  # (nothing to count from)
    added: list[Found] = []
    for pos in _unit_words(body):
        m = _COUNTED_TAIL.match(body, pos)
        count_match = _COUNT.search(body, max(0, pos - 6), pos) if m else None
        if m is None or count_match is None:
            continue
        start = count_match.start()
        if _COUNT_RANGE_BEFORE.search(body, max(0, start - 12), start):
            continue  # "three to five days later": a span of counts, no one day
        if m.group("back"):
            before = [f for f in days if f[1] <= start and start - f[1] <= COUNTED_REACH]
            if not before:
                continue
            origin, sign, end = before[-1], 1 if m.group("back") == "later" else -1, m.end()
            if not body[origin[1] : start].strip(" ,"):
                continue  # "on 7 July, 11 days later": the day named again, not counted on
            if _in_heading(body, origin[0]):
                continue  # a byline's day ("Published May 20, 2026"): no day of the story
            if any(origin[1] <= f[0] < start and f[2][:4] != origin[2][:4] for f in found):
                continue  # "lost his job in 2021 ... 19 days later": counted from another year
        else:
            origin = next((f for f in days if f[0] == m.end()), None)
            if origin is None:
                continue
            sign = 1 if m.group("dir") == "after" else -1
            end = m.end("dir")
        if any(f[0] < end and start < f[1] for f in found):
            continue  # (words a date already holds)
        count = count_match.group().lower()
        n = int(count) if count.isdigit() else NUMBER_WORDS[count]
        step = timedelta(days=n * (7 if m.group("unit").startswith("week") else 1))
        value = (date.fromisoformat(origin[2]) + sign * step).isoformat()
        if all(f[2] != value for f in days):  # ("seven days earlier on October 6": named)
            added.append((start, end, value, value, "day"))
    return sorted(found + added) if added else found


# "three years later", "the next year": a year counted from the last one the text named.
_COUNTED_YEAR = re.compile(
    r"\b(?:(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine"
    r"|[Tt]en|\d{1,2})\s+years?\s+(?P<dir>later|earlier)"
    r"|[Tt]he\s+(?P<rel>next|following|previous)\s+year)\b(?![’'-])"
)
# Before "the next year", a span of time ahead, not a year: "over the next year".
_SPAN_BEFORE = re.compile(r"(?i:\b(?:over|within|in|during|for|of|throughout|into)\s+)$")
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+$")
# Counted back from a date of the publication's year, at least two years ("two years
# earlier"): "a year earlier" there is mostly a comparison ("up 12 percent from a year earlier").
_BACK_FROM_THIS_YEAR = re.compile(r"(?!(?:[Aa]|[Oo]ne)\s)\w+\s+years\s+earlier")
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|over|versus|vs\.?|with|to)\s+$")
_COUNTED_YEAR_WORDS = ("years later", "year later", "years earlier", "year earlier", "next year",
                       "following year", "previous year")  # fmt: skip


def counted_years(body: str, found: list[Found], pub: date | None) -> list[Found]:
    """Add the years counted from the last year named before them ("left in 2011, then
    returned three years later": 2014), when that year is before publication's."""
    if pub is None or not any(word in body for word in _COUNTED_YEAR_WORDS):
        return found
    added: list[Found] = []
    for m in _COUNTED_YEAR.finditer(body):
        start, end = m.span()
        if any(f[0] < end + 5 and start < f[1] for f in found) or (
            m.group("rel") and _SPAN_BEFORE.search(body, max(0, start - 12), start)
        ):
            continue  # (words a date holds or a date right after: "a year later on August 10")
        before = [
            f
            for f in found
            if f[1] <= start and start - f[1] <= COUNTED_REACH and f[2] == f[3] and f[2][:1] != "-"
        ]
        if not before or int(before[-1][2][:4]) > pub.year:
            continue
        if int(before[-1][2][:4]) == pub.year and not _BACK_FROM_THIS_YEAR.match(m.group()):
            continue  # (counted on from this year's date: a year to come, or "from a year
            # earlier", a comparison; "planted two years earlier" than this June is a date)
        if _COMPARED_BEFORE.search(body, max(0, start - 14), start):
            continue  # "up from two years earlier": the level then, compared
        if _SINCE_BEFORE.search(body, max(0, before[-1][0] - 6), before[-1][0]):
            continue  # "Since 1983, the team has ringed chicks ... back the next year": a habit
        if m.group("rel"):
            n = -1 if m.group("rel") == "previous" else 1
        else:
            count = m.group("n").lower()
            n = int(count) if count.isdigit() else NUMBER_WORDS[count]
            n = -n if m.group("dir") == "earlier" else n
        year = int(before[-1][2][:4]) + n
        if year <= pub.year:
            added.append((start, end, str(year), str(year), "year"))
    return sorted(found + added) if added else found


# "The next month": a month counted from the last month (or day) the text named with its year.
_COUNTED_MONTH = re.compile(r"[Tt](?<!\w.)he\s+(?P<rel>next|following|previous)\s+month\b(?![’'-])")


def counted_months(body: str, found: list[Found], pub: date | None) -> list[Found]:
    """Add the months counted from the last month named before them ("Bayes withdrew in
    March 2019. The next month, the party nominated...": April 2019), when that month is
    before publication's."""
    if pub is None or not any(
        w in body for w in ("next month", "following month", "previous month")
    ):
        return found
    added: list[Found] = []
    for m in _COUNTED_MONTH.finditer(body):
        start, end = m.span()
        if any(f[0] < end and start < f[1] for f in found) or _SPAN_BEFORE.search(
            body, max(0, start - 12), start
        ):
            continue  # (words a date holds; "over the next month": a span of time)
        before = [
            f
            for f in found
            if f[1] <= start and start - f[1] <= COUNTED_REACH and f[2][:7] == f[3][:7]
        ]
        if not before or len(before[-1][2]) < 7 or before[-1][2][:1] == "-":
            continue
        year, month = int(before[-1][2][:4]), int(before[-1][2][5:7])
        if (year, month) >= (pub.year, pub.month):
            continue
        month += -1 if m.group("rel") == "previous" else 1
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        value = f"{year:04d}-{month:02d}"
        added.append((start, end, value, value, "month"))
    return sorted(found + added) if added else found


_WEEK_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+)?\bweek\s+(of|starting|beginning|commencing|ended|ending|to)\s+$"
)


def weeks_of(body: str, found: list[Found]) -> list[Found]:
    """ "the week of October 21" (or "starting") is that day and the six after it; "the week
    ended Oct. 17" (or "ending", "to") the six days before it and that day."""
    if "week " not in body:
        return found
    out: list[Found] = []
    for item in found:
        start, end, first, last, granularity = item
        before = _WEEK_BEFORE.search(body, max(0, start - 20), start) if first == last else None
        if before is not None and len(first) == 10 and granularity == "day":
            day = date.fromisoformat(first)
            if before.group(1) in ("of", "starting", "beginning", "commencing"):
                first, last = first, (day + timedelta(days=6)).isoformat()
            else:
                first = (day - timedelta(days=6)).isoformat()
            item = (before.start(), end, first, last, "day")
        out.append(item)
    return out


# An accounting period named by the month it ends in: "the year ended March 2025", "the six
# months to September", "the 12 months through June", "the quarter to December".
_PERIOD_ENDED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:financial|fiscal|full|first|latest|past|last)\s+)?"
    r"(?:(?P<n>\d{1,2}|three|six|nine|twelve|eighteen)[\s-]+months|(?P<unit>year|quarter|half))"
    r"\s+(?:to|ended|ending|through)\s+$"
)
_PERIOD_MONTHS = {"year": 12, "quarter": 3, "half": 6, "three": 3, "six": 6, "nine": 9}
_PERIOD_MONTHS |= {"twelve": 12, "eighteen": 18}


def periods_ended(body: str, found: list[Found]) -> list[Found]:
    """ "the year ended March 2025" is April 2024 to March 2025, "the six months to September"
    April to September: the months of an accounting period up to the month it ends in."""
    if " to " not in body and " end" not in body and " through " not in body:
        return found
    out: list[Found] = []
    for item in found:
        start, end, first, last, granularity = item
        before = None
        if granularity == "month" and first == last and len(first) == 7:
            before = _PERIOD_ENDED_BEFORE.search(body, max(0, start - 48), start)
        if before is not None:
            count = before.group("n") or before.group("unit")
            months = int(count) if count.isdigit() else _PERIOD_MONTHS[count]
            index = int(first[:4]) * 12 + int(first[5:7]) - months  # (the month before it)
            if 0 < months <= 24:
                first = f"{index // 12:04d}-{index % 12 + 1:02d}"
                item = (before.start(), end, first, last, "month")
        out.append(item)
    return out


_DAY_BEYOND = re.compile(r"[Tt]he\s+day\s+(after|before)\s+$")


def days_beyond(body: str, found: list[Found]) -> list[Found]:
    """ "the day after tomorrow" and "the day before yesterday": two days from publication."""
    if "day after tomorrow" not in body and "day before yesterday" not in body:
        return found
    out: list[Found] = []
    for item in found:
        word = body[item[0] : item[1]].lower()
        shift = {"tomorrow": 1, "yesterday": -1}.get(word)
        before = _DAY_BEYOND.search(body, max(0, item[0] - 20), item[0])
        if shift and before and (before.group(1) == "after") == (shift > 0):
            value = (date.fromisoformat(item[2]) + timedelta(days=shift)).isoformat()
            item = (before.start(), item[1], value, value, "day")
        out.append(item)
    return out
