"""Whether a weekday names a day at all: not one that recurs ("every Tuesday", opening hours
"Tuesday to Saturday from 5 p.m.", "on a Sunday") nor one inside a name ("Sheffield
Wednesday", "The Sunday Times"). Used by `briefing.facts.dates`."""

from __future__ import annotations

import re

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS
from briefing.facts.run_tails import body_before_day

# A weekday that recurs is no date: "every Tuesday evening", "the first Monday of each month".
# ("on a Sunday night": any one, no date)
# ("every Tuesday and Thursday": the second one too)
_EVERY_BEFORE = lazy(
    r"\b(?:[Ee]very|[Ee]ach|(?<![’'])a)\s+(?:other\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s+|\s+(?:and|or)\s+))*$"
)
_OF_EVERY_AFTER = lazy(r"(?:\s+(?:morning|afternoon|evening|night))?\s+of\s+(?:every|each)\b")
# Its mornings: "on Friday mornings you find bottles" (not "on Friday and Saturday nights":
# two nights).
_PARTS_AFTER = lazy(r"\s+(?:mornings|afternoons|evenings|nights)\b")


def recurring(body: str, start: int, end: int) -> bool:
    """Whether the weekday at body[start:end] is one that recurs, not a day: "every
    Tuesday", "a Sunday", a week's opening hours ("opens Tuesday to Saturday from 5 p.m.") or
    a kind of day ("the Sunday trade ban")."""
    return (
        _EVERY_BEFORE.search(body, max(0, start - 40), start) is not None
        or _OF_EVERY_AFTER.match(body, end) is not None
        or (_PARTS_AFTER.match(body, end) is not None and not body.endswith("and ", 0, start))
        or _HOURS_BEFORE.search(body, max(0, start - 40), start) is not None
        or _HOURS_AFTER.match(body, end) is not None
        or (
            _TIME_AFTER.match(body, end) is not None
            and _DAYS_BEFORE.search(body, max(0, start - 16), start) is not None
        )
        or (
            _KIND_AFTER.match(body, end) is not None
            and _ON_BEFORE.search(body, max(0, start - 8), start) is None
        )
    )


# A weekday naming a kind of day's trade or custom, without a cue that dates it: "the Sunday
# trade ban", "allows Sunday opening hours", "Saturday lunch from October" (not "on Sunday
# opening hours were cut").
_KIND_AFTER = lazy(
    r"\s+(?:trade|trading|opening|shopping|school|schools|services?|papers?|newspapers?|markets?"
    r"|editions?|roast|lunch|brunch|mass|prayers|league|hours|closing|working|shifts?)\b"
)
_ON_BEFORE = lazy(r"\b(?:[Oo]n|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ff]rom|[Uu]ntil|[Ss]ince)\s+$")


# Opening hours: "opens Tuesday to Saturday from 5 p.m.", "Monday-Friday, 9am to 5pm" (a
# range of days with its hours, or after an opening verb); "talks run Monday to Friday" is no
# such range.
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_TIME = r",?\s+(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m|am|pm|h\b)"
_RANGE_BEFORE = rf"{_DAY}\s*(?:to|through|-|–)\s*$"
_HOURS_BEFORE = lazy(rf"\b(?:opens?|open|closed|hours(?: are)?)\s+{_RANGE_BEFORE}")
_HOURS_AFTER = lazy(rf"\s*(?:to|through|-|–)\s*{_DAY}{_TIME}")
_DAYS_BEFORE = lazy(_RANGE_BEFORE)
_TIME_AFTER = lazy(_TIME)


# A capitalised word right before a weekday makes a name of it, unless it is a cue.
_NAMED_BEFORE = lazy(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:On|By|From|Until|Since|Last|Next|This|Every|Before|After|Early|Late"
    r"|Each|Through|Till|Or|And|Of|Through)\b)[A-Z][a-z]+\s+$"
)
_WEEKDAY_CUE_BEFORE = lazy(
    r"\b(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Ss]ince|[Ll]ast|[Nn]ext|[Tt]his|[Ee]very|[Bb]efore"
    r"|[Aa]fter|[Tt]ill|[Oo]f|[Aa]s of|[Ll]ate|[Ee]arly|[Tt]hrough|[Dd]uring)\s+$"
)


def used_as_name(body: str, day: str, cache: dict[str, bool]) -> bool:
    """Whether the text puts `day` in a name anywhere ("Sheffield Wednesday", "Black Friday"):
    a capitalised word, not a cue and not a sentence's first, right before it."""
    if day not in cache:
        found = False
        pos = body.find(" " + day)
        while pos > 0 and not found:
            word = (
                body[max(0, pos - 20) : pos].rsplit(None, 1)[-1]
                if body[pos - 1 : pos].strip()
                else ""
            )
            start = pos - len(word)
            sentence_start = start == 0 or body[max(0, start - 2) : start].rstrip()[-1:] in ".!?\n"
            found = (
                word[:1].isupper()
                and word[1:].isalpha()  # ("Monday, Tuesday": a list, not a name)
                and word[1:].islower()
                and not sentence_start
                and word not in _WEEKDAY_NAME_EXCEPTIONS
                and word not in FUNCTION_WORDS
                and not body_before_day(word)
            )
            pos = body.find(" " + day, pos + 1)
        cache[day] = found
    return cache[day]


_WEEKDAY_NAME_EXCEPTIONS = frozenset(
    "On By From Until Since Last Next This Every Before After Early Late Each Through Till Or And "
    "Of Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split()
)


# After a weekday, the rest of a name: a newspaper's ("Sunday Times"), or a part of the day
# and another capitalised word ("Saturday Night Live"; not "on Saturday Night as crowds").
_NAME_AFTER = lazy(
    r"\s+(?:Times|Telegraph|Herald|Express|Mirror|Post|Tribune|Mail|Independent|Sport|Star"
    r"|(?:Morning|Afternoon|Evening|Night)\s+[A-Z][a-z]+)\b"
)


# Words that make a name or a feast of a weekday, in a headline too ("Sheffield Wednesday").
_DAY_NAMING_WORDS = frozenset(
    "Sheffield Black Cyber Super Bloody Ash Holy Maundy Palm Shrove Giving Easter Good".split()
)


def _headline_ended(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the line the weekday at body[start:end] ends, when that line is a headline
    in title case (four or more words, every one of four letters or more capitalised)."""
    line_end = body.find("\n", end)
    line_end = len(body) if line_end == -1 else line_end
    if body[end:line_end].strip():
        return None
    line_start = body.rfind("\n", 0, start) + 1
    words = body[line_start:start].split()
    long_words = [w for w in words if len(w.strip(",:;'’")) >= 4]
    if len(words) < 3 or not long_words or not all(w[:1].isupper() for w in long_words):
        return None
    return line_start, line_end


def weekday_is_a_name(body: str, m: re.Match[str], start: int, named: dict[str, bool]) -> bool:
    """A weekday inside a name, or one the text uses as a name and names here without a cue
    ("Wednesday had led" in a report on Sheffield Wednesday)."""
    if m.group("mod"):
        return False
    if _NAME_AFTER.match(body, m.end()):
        return True  # "The Sunday Times", "Saturday Night Live"
    before = _NAMED_BEFORE.search(body, max(0, start - 20), start)
    if (
        before is not None
        and before.group().strip() not in FUNCTION_WORDS
        and not body_before_day(before.group().strip())  # ("told Congress Wednesday")
    ):
        line = _headline_ended(body, start, m.end())
        if line is None or before.group().strip() in _DAY_NAMING_WORDS:
            return True
        # "World Markets, Oil Prices Decline Thursday": a headline capitalises every word, so
        # the word before names nothing; unless the prose elsewhere makes a name of the day
        return used_as_name(body[: line[0]] + body[line[1] :], m.group("wd"), {})
    if _WEEKDAY_CUE_BEFORE.search(body, max(0, start - 12), start):
        return False
    return used_as_name(body, m.group("wd"), named)
