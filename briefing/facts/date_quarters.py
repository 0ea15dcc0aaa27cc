"""Quarters and halves named without their year: "launch in the first quarter", "the second
half of next year". The clause's tense places a bare quarter (a past one is the latest that had
begun by publication, a future one the first that has not ended); a sentence about a game ("14
points in the fourth quarter") names no date. Used by `briefing.facts.dates`."""

from __future__ import annotations

from datetime import date, timedelta

from briefing.facts.date_context import clause_tense
from briefing.facts.date_values import iso
from briefing.facts.lazy_re import lazy
from briefing.facts.spans import Occupied

# (start, end, iso start, iso end, granularity) of a date phrase in the body.
Found = tuple[int, int, str, str, str]

_RELATIVE = {"this": 0, "next": 1, "last": -1, "the": 0}  # ("the": see below)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_QUARTER = lazy(
    r"[Tt](?<!\w.)he\s+(?:(?P<qw>first|second|third|fourth|final|last)\s+(?:"
    r"(?P<unit>quarter|half)\s+of\s+(?P<rel>this|next|last|the)\s+year\b"
    r"|(?P<bare>quarter|half)\b(?![-–]|\s+of\b|\s+century))"
    # "the first eight months of this year", "the first nine months of 2024", "... of the
    # year" (the year of publication, as "the end of the year")
    # ("the first seven days of 2010", "the first two weeks of this year": days from January 1)
    r"|first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+"
    r"(?P<nu>months|weeks|days)\s+of\s+"
    r"(?:(?P<nrel>this|last|next|the)\s+year|(?P<ny>(?:19|20)\d\d))\b(?![’']))"
)
_MONTH_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11,
}  # fmt: skip
# Words of a game's report: a quarter there is a period of play, not of the calendar.
_GAME_WORDS = lazy(
    r"\b(?:(?<!percentage\s)(?<!basis\s)points?|scored|scoring|led|trailed|rebounds|assists|touchdowns?"
    r"|yards|goals?|baskets?|possessions?|game|match|minutes|seconds|quarterback|halftime"
    r"|free\s+throws?|three-pointers?|innings|\d{1,3}-\d{1,3})\b"
)


def _sentence(body: str, start: int, end: int) -> tuple[int, int]:
    lo = max(body.rfind(".", 0, start), body.rfind("\n", 0, start)) + 1
    stops = [i for i in (body.find(".", end), body.find("\n", end)) if i != -1]
    return lo, min(stops) if stops else len(body)


def _year(first: int, last: int, pub: date, tense: str | None) -> int:
    """The year of months `first`..`last` named without it, as its clause's tense places it."""
    if tense == "past":
        return pub.year if first <= pub.month else pub.year - 1
    if tense == "future":
        return pub.year if last >= pub.month else pub.year + 1
    middle = (first + last) / 2
    return min(
        (pub.year - 1, pub.year, pub.year + 1),
        key=lambda y: abs(y * 12 + middle - (pub.year * 12 + pub.month)),
    )


def quarters(body: str, found: list[Found], occupied: Occupied, pub: date | None) -> list[Found]:
    """Add the quarters and halves of a year that `found` lacks for want of their year."""
    if pub is None or all(
        body.find(w) == -1 for w in ("quarter", "half", "months of", "days of", "weeks of")
    ):
        return found
    added: list[Found] = []
    game: bool | None = None  # (whether the text reports a game: read on first need)
    for m in _QUARTER.finditer(body):
        start, end = m.span()
        if occupied.overlaps(start, end):
            continue
        if m.group("n"):
            count = m.group("n")
            last = int(count) if count.isdigit() else _MONTH_COUNTS[count]
            rel = m.group("nrel")
            year = int(m.group("ny")) if m.group("ny") else pub.year + _RELATIVE[rel]
            if m.group("nu") != "months":
                days = last * (7 if m.group("nu") == "weeks" else 1)
                if not 1 < days <= 60:
                    continue
                if rel == "the" and (pub - date(pub.year, 1, 1)).days < days:
                    year -= 1  # (as for months below)
                first_day = date(year, 1, 1)
                span = (first_day.isoformat(), (first_day + timedelta(days=days - 1)).isoformat())
                occupied.add(start, end)
                added.append((start, end, *span, "day"))
                continue
            if not 1 < last < 12:
                continue
            if rel == "the" and last > pub.month:
                year -= 1  # (months of "the year" told of as past: the last year that had them)
            occupied.add(start, end)
            added.append((start, end, iso(year, 1), iso(year, last), "month"))
            continue
        if m.group("bare"):
            if game is None:  # "left in the second quarter" of a game report
                game = len(set(_GAME_WORDS.findall(body))) >= 3
            if game:
                continue
        n = _ORDINALS[m.group("qw")]
        months = 6 if (m.group("unit") or m.group("bare")) == "half" else 3
        if months == 6:
            n = min(n, 2)
        first, last = months * (n - 1) + 1, months * n
        rel = m.group("rel")
        if rel in ("this", "next", "last"):
            year = pub.year + _RELATIVE[rel]
        else:
            if _GAME_WORDS.search(body, *_sentence(body, start, end)):
                continue
            year = _year(first, last, pub, clause_tense(body, start)[0])
        occupied.add(start, end)
        added.append((start, end, iso(year, first), iso(year, last), "month"))
    return sorted(found + added) if added else found
