"""Figures the number-first patterns of `figures` miss: pence ("7.1p a share"), counts written as a
compound ("a 14-day quarantine"), scale words ("one million tonnes", "half a million"), rates ("one in five") and parts of a group ("five of the vessels", "56 of them").

Speed: a scan of the body costs about as much as the rest of the work here, so the patterns
are tried where `figures` already found a number (`numbers`: a digit followed by a letter;
`words`: a number word), and the few scans left open with a literal ("illion", ",", "third")
that the regex engine or `str.find` skips to in C."""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefing.core.facts import Figure
from briefing.facts.figure_words import NUMBER_WORDS
from briefing.facts.spans import Occupied

_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("hundred", "dozen")), key=len)[::-1])
_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "crore": 1e7}
# A plural noun (or one of the few counted nouns without an "s") closing a count.
_NOUN = r"(?:[A-Za-z][a-z]{2,}(?<![su])s|people|men|women|children|staff|police|crew|cattle|dice)\b"
# Words that open no modifier of that noun: "five of them and some", not a count.
_STOP = (
    r"(?:the|a|an|and|or|of|on|in|at|to|for|by|with|from|is|was|are|were|be|been|has|have|had"
    r"|that|which|who|than|as|but|not|this|it|they|he|she|we|said|says|say|after|before|into)\b"
)
_MODIFIERS = rf"(?:(?!{_STOP})[\w'’-]+[ \t]+){{0,3}}?"

# Pence: "7.1p a share", "36.25p/litre" (not a screen's "1080p").
_PENCE = re.compile(r"(?<![£$€])\d{1,3}(?:\.\d{1,2})?p(?!\w)")
# After money, the unit it is the price of: "per litre", "a share", "/kg".
_PER_UNIT = re.compile(
    r"(?:[ \u00a0]+per[ \u00a0]+[a-z]+|[ \u00a0]+an?[ \u00a0]+(?:share|barrel|day|week|month|year"
    r"|hour|litre|liter|gallon|kilo|kilogram|kg|tonne|ton|head|person|night|dose|bag|unit|piece)"
    r"|/(?:[a-z]{1,6}|kg|t))\b"
)
_NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:{_WORDS}))"
# A count written as a compound: "a 14-day quarantine", "a 10-seat counter", "a five-day trial"
# (not "a 20-year-old", "a two-time winner", "a five-star hotel", "twenty-five", nor a shape or
# a kind: "two-legged", "a three-wheeler").
_COMPOUND = re.compile(
    rf"(?<![\w.,$€£/:-]){_NUM}-(?P<w>[a-z]{{3,}})(?![\w-])(?:[ \t]+(?P<next>[a-z]{{3,}})\b)?"
)
_NOT_COMPOUND = frozenset(
    "old time times fold way odd something star plus off under over and digit letter thirds"
    " quarters fifths halves odds".split()
) | frozenset(NUMBER_WORDS)
_NOT_NEXT = frozenset(
    "the and or of on in at to for by with from was were is are has had have than that which who"
    " into over after before its their his her".split()
)
# A part of a group: "five of the vessels", "56 of them", "14 of his saves", "Three of
# Ontario's mayors" (not "Article 5 of the treaty" nor "Chapter 11 of the code").
_PART = re.compile(
    rf"(?<![\w.,$-]){_NUM}[ \t]+of[ \t]+(?:(?P<pron>them|us|those)\b|(?:the|its|his|her|their|our"
    rf"|my|your|these|[A-Z][\w’'-]*['’]s)[ \t]+{_MODIFIERS.replace('{0,3}', '{0,4}')}(?P<noun>{_NOUN}))"
)
# What follows a number where one of these may: " of " or " in ", "p", or "-" and a letter.
_AFTER_NUMBER = re.compile(
    rf"(?:{_NUM}|(?i:one))(?:(?P<link>[ \t]+(?:of|in)[ \t])|(?P<pence>p(?!\w))|(?P<dash>-[a-z]))"
)
_LABEL = re.compile(
    r"\b(?:Article|Chapter|Section|Rule|Title|Round|Game|Stage|Week|Day|Phase|Part|Book|Volume"
    r"|Season|Episode|Step|Level|Paragraph|Clause|Schedule|No\.|Number|[Pp]age)[ \t]$"
)
# Rates: "one in five", "fewer than 1 in 10".
_RATE = re.compile(
    rf"(?<![\w-])(?P<a>(?i:one)|\d+)[ \t]+in[ \t]+(?:every[ \t]+)?(?P<b>(?i:{_WORDS})|\d+)\b"
    r"(?![ \t]*(?:%|per\b|percent\b|[.,]\d))"
)
# "one million tonnes", "a million refugees", "half a million".
_SCALE_WORD = re.compile(
    r"(?P<scale>million|billion|trillion)\b"
    rf"(?![ \t]+(?:times|to[ \t]+one|in[ \t]+a)\b)(?:[ \t]+{_MODIFIERS}(?P<noun>{_NOUN}))?"
)
_SCALE_BEFORE = re.compile(r"(?<![\w-])(?P<pre>(?i:one|a|half[ \t]+a))[ \t]+\Z")


def _number(text: str) -> float:
    word = text.lower()
    return float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(text.replace(",", ""))


def per_unit(body: str, end: int) -> int:
    """Where a price ends: past "per litre", "a share" or "/kg" after it, else `end`."""
    m = _PER_UNIT.match(body, end)
    return m.end() if m else end


def _at_numbers(body: str, numbers: list[int], words: list[int]) -> tuple[list[Figure], ...]:
    """Pence, parts and rates, and (apart) compounds, where a number or number word starts:
    one match of `_AFTER_NUMBER` a start tells which pattern may follow."""
    early: list[Figure] = []
    compounds: list[Figure] = []
    for start in sorted(numbers + words):
        if start >= 7 and body.startswith("ne in ", start - 6) and body[start - 7] in "oO":
            start -= 7  # ("one in five": "one" is no number word of `words`)
        after = _AFTER_NUMBER.match(body, start)
        if after is None:
            continue
        kind = after.lastgroup
        pattern = _PENCE if kind == "pence" else _COMPOUND if kind == "dash" else None
        if pattern is None:
            pattern = _RATE if body[after.end() - 3] == "i" else _PART
        m = pattern.match(body, start)
        figure = None if m is None else _figure_at(body, m)
        if figure is not None:
            (compounds if kind == "dash" else early).append(figure)
    return early, compounds


def _figure_at(body: str, m: re.Match[str]) -> Figure | None:
    start, end = m.span()
    if m.re is _PART:
        if _LABEL.search(body, max(0, start - 12), start):
            return None  # "Article 5 of the treaty": a name's number
        unit = (m.group("pron") or m.group("noun")).lower()
        return Figure(m.group(), _number(m.group("num")), unit, m.span())
    if m.re is _RATE:
        a = 1.0 if m.group("a")[0] in "oO" else float(m.group("a"))
        return Figure(m.group(), a / _number(m.group("b")), "rate", m.span())
    if m.re is _PENCE:
        end = per_unit(body, end)
        return Figure(body[start:end], float(m.group()[:-1]), "pence", (start, end))
    word, num, nxt = m.group("w"), m.group("num"), m.group("next")
    if (
        word in _NOT_COMPOUND
        or word.endswith(("ed", "er"))
        or re.fullmatch(r"1[89]\d\d|20\d\d", num)
    ):
        return None
    end = end if nxt and nxt not in _NOT_NEXT else m.end("w")
    return Figure(body[start:end], _number(num), word, (start, end))


def _scale_words(body: str) -> Iterator[Figure]:
    at = body.find("illion")
    while at >= 0:
        back = 2 if body.startswith("tr", at - 2) else 1  # (to the scale's start)
        # (most millions follow a number: only "a" or "one" lets the pattern be tried)
        if body.endswith(("a ", "one ", "One ", "A "), max(0, at - back - 5), at - back):
            m = _SCALE_WORD.match(body, at - back)
            pre = m and _SCALE_BEFORE.search(body, max(0, m.start() - 10), m.start())
            if pre:
                value = _SCALES[m.group("scale")] * (0.5 if pre.group("pre")[0] in "hH" else 1.0)
                unit = m.group("noun") or m.group("scale")
                yield Figure(body[pre.start() : m.end()], value, unit, (pre.start(), m.end()))
        at = body.find("illion", at + 6)


# A number in thousands that nothing names, as a story gives a crowd or a tally ("a crowd of
# 36,512", "Smith 101,226, Jones 90,544"): found from its last comma, read back to its start;
# not before "%", "per cent", an age or a decimal.
_THOUSANDS = re.compile(
    r",(?<=\d,)\d{3}(?!\d)(?![.,]\d|[ \t]*(?:%|per[ \t]?cent|percent|years?[ \t-]+old))"
)
_THOUSANDS_START = re.compile(r"(?<![\w.,$€£/:-])\d{1,3}(?:,\d{3})*\Z")


def _bare_thousands(body: str) -> Iterator[Figure]:
    for m in _THOUSANDS.finditer(body):
        n = _THOUSANDS_START.search(body, max(0, m.start() - 12), m.start())
        if n is not None and body[m.end() : m.end() + 1] not in ("-", "/"):
            text = body[n.start() : m.end()]
            yield Figure(text, float(text.replace(",", "")), "count", (n.start(), m.end()))


def early_figures(
    body: str, occupied: Occupied, numbers: list[int], words: list[int]
) -> tuple[list[Figure], list[Figure]]:
    """Pence, and counts whose number the main patterns would take alone ("five adults" of
    "one in five adults", "eight federal capitals" of "six of the country's eight federal
    capitals"), claimed first; and the compounds, for `late_figures`."""
    early, compounds = _at_numbers(body, numbers, words)
    return _claim(occupied, early), compounds


def late_figures(body: str, occupied: Occupied, compounds: list[Figure]) -> list[Figure]:
    """Compounds, scale words and bare numbers in thousands, where nothing else is. (Not rough counts, "thousands of
    people", nor shares, "about a third": annotators list them as often as not.)"""
    return _claim(occupied, [*compounds, *_scale_words(body), *_bare_thousands(body)])


def _claim(occupied: Occupied, figures: list[Figure]) -> list[Figure]:
    out = []
    for figure in figures:
        if not occupied.overlaps(*figure.span):
            occupied.add(*figure.span)
            out.append(figure)
    return out


# Between two figures of one unit, what makes them one range: "$30M-$35M", "10%-15%" ("from
# $2 to $3" is a change, two figures; "$2 to $3" alone is as often one).
_RANGE_GAP = re.compile(r"[ \t]?[-–—][ \t]?")
# A figure's money or number, up to its scale: "$1.42" of "$1.42 a share".
_HEAD = re.compile(r"\D*?\d[\d.,]*(?:[ \t]?(?:trillion|billion|million|bn|m|k)\b)?", re.IGNORECASE)


def tidy(body: str, figures: list[Figure]) -> list[Figure]:
    """`figures` (sorted by span) with each range made one figure, and each figure once, at its
    first mention ("six weeks" said three times is one fact; "$1.42" after "$1.42 a share" is
    the same money)."""
    joined: list[Figure] = []
    for figure in figures:
        prev = joined[-1] if joined else None
        if prev is not None and prev.unit == figure.unit:
            gap = _RANGE_GAP.fullmatch(body, prev.span[1], figure.span[0])
            if figure.text[0] in "-–" and prev.span[1] == figure.span[0]:
                gap = True  # ("10%-15%": the second read as a fall)
            if gap:
                span = (prev.span[0], figure.span[1])
                joined[-1] = Figure(body[span[0] : span[1]], prev.value, prev.unit, span)
                continue
        joined.append(figure)
    seen: set[str] = set()
    out = []
    for figure in joined:
        text = figure.text.lower()
        if text in seen:
            continue
        seen.add(text)
        if text.count(" ") > 1 or "/" in text:  # (what has a head to repeat: "$1.42 a share")
            head = _HEAD.match(text)
            if head is not None:
                seen.add(head.group())
        out.append(figure)
    return out
