"""Organisations named only in a line written in title case (a headline, a page's promotion:
"World Markets, Oil Prices Decline Thursday", "Administrator Updates List of Superfund Sites
Targeted for Action"), where capitals mark every word and say nothing of names: the run there
is words of the headline ("World Markets", "Superfund Sites Targeted"), no body's name."""

from __future__ import annotations

import re

from briefing.facts.draft import Draft
from briefing.facts.lexicon import (
    COMPASS_WORDS,
    KNOWN_ORGS,
    ORG_HEADS,
    REGION_HEADS,
    SITE_HEADS,
    TITLE_WORDS,
    common_words,
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Small words a headline may leave in lower case.
_SMALL = frozenset("a an the of for and or nor but to in on at by with from as vs via into".split())
_DIGIT = re.compile(r"\d")
_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)$"
)
# Words of a clause, no name's: a title-case line that holds one is a headline ("Shooter
# Forced His Way Into School").
_CLAUSE_WORDS = frozenset("His Her Their Its Into Is Are Was Were They We Has Have Had".split())
# What a byline opens with, whose capitals are a name's and a job's, no headline's.
_BYLINE_OPENINGS = ("By ", "Written by ", "Words by ")
# Content words a title-case line holds at the least, and its ordinary words outside the name.
_LEAST_WORDS = 4
_LEAST_OUTSIDE = 2


def _line(body: str, at: int) -> tuple[int, int]:
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    return start, len(body) if end < 0 else end


def _plain(word: str) -> bool:
    """A capitalised ordinary word that no name, office, place or date is made of ("Decline",
    "Prices"; not "Office", "Attorney", "Southern", "District", "Thursday", "RELEASE")."""
    low = word.lower()
    return (
        word[0].isupper()
        and not word.isupper()
        and low in common_words()
        and word not in ORG_HEADS
        and word not in REGION_HEADS
        and word not in SITE_HEADS
        and word not in COMPASS_WORDS
        and low not in TITLE_WORDS
        and not _CALENDAR.match(word)
    )


def _title_case(body: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether the line is in title case and no sentence, date line or list (it holds no
    full stop or colon at its end and no digit), with ordinary words in capitals besides the
    bodies' names at `names` ("Office of Public Affairs | U.S. Attorney's Office | Southern
    District of Ohio" is none: names only)."""
    if end - start > 200:
        return False  # (tested first: a paragraph is not cut out)
    line = body[start:end].rstrip()
    if not line or line.endswith((".", ":")) or _DIGIT.search(line):
        return False
    if line.lstrip(" \t•*-").startswith(_BYLINE_OPENINGS):
        return False  # (a byline: "Written by Jo Dale, Senior Fellow, Harbor University")
    words = [m for m in _WORD.finditer(body, start, end) if m.group().lower() not in _SMALL]
    if len(words) < _LEAST_WORDS:
        return False
    if sum(not m.group()[0].isupper() for m in words) > 1:
        return False  # (one word in lower case at the most: "Supporters say They Will ...")
    near = [(a, b) for a, b in names if a < end and b > start]
    outside = [m.group() for m in words if not any(a <= m.start() < b for a, b in near)]
    return sum(map(_plain, outside)) >= _LEAST_OUTSIDE or any(
        m.group() in _CLAUSE_WORDS for m in words
    )


def _label(body: str, a: int, b: int) -> bool:
    """Whether the name at a..b is a line of its own, or a label before a colon, of two
    ordinary words: a page's section heading ("Environmental News", "Customer Service:"), no
    body's name (a masthead of three, "Automotive Trade Weekly", is one)."""
    name = body[a:b]
    words = name.split()
    if len(words) != 2 or (a and not body[a - 1].isspace()):
        return False  # (the cheap tests first: most names stand in a sentence)
    if b < len(body) and not body[b].isspace() and body[b] != ":" and "\n" not in name:
        return False
    start, end = _line(body, a)
    rest = body[b:end].strip()
    if body[start:a].strip() or rest not in ("", ":"):
        return False
    return all(w.lower() in common_words() for w in words)


def _only_in_headlines(body: str, name: str, names: list[tuple[int, int]]) -> bool:
    at = body.find(name)
    while at >= 0:
        if not _title_case(body, *_line(body, at), names):
            return False
        at = body.find(name, at + len(name))
    return True


def drop_headline_orgs(orgs: dict[str, Draft], body: str) -> None:
    """Drop the organisations whose every mention is a heading of ordinary words on a line
    of its own, or whose every mention in full is in a title-case line, unless known or
    written in capitals (an acronym is a name wherever it stands). A one-word part
    of the name elsewhere does not count ("World markets were lower" beside the headline's
    "World Markets")."""
    names = [span for org in orgs.values() for span in org.spans]
    for key, org in list(orgs.items()):
        if not org.spans:
            continue
        # (the line tests first, each of which most names fail at their first mention)
        if not all(_label(body, a, b) for a, b in org.spans):
            full = [(a, b) for a, b in org.spans if " " in body[a:b] or body[a:b] == org.name]
            # (and every other time the text writes the name: "Subscribe to QazAqparat
            # channel in Telegram" beside "QazAqparat correspondent reports.")
            if not (
                full
                and all(_title_case(body, *_line(body, a), names) for a, _ in full)
                and all(_only_in_headlines(body, body[a:b], names) for a, b in full)
            ):
                continue
        if not any(m in KNOWN_ORGS or m.isupper() for m in org.mentions):
            del orgs[key]
