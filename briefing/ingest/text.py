"""Scraped text: a title line, a header block (byline, date, counters), the body, furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.core.model import Article
from briefing.core.sanitize import clean_line
from briefing.ingest.dates import (
    NOTICE_KEY,
    date_notice,
    date_problem,
    looks_like_partial_date,
    parse_date_line,
)
from briefing.ingest.furniture import is_furniture, strip_furniture

_COUNTER = re.compile(r"^[\d,.]+[km]?$", re.IGNORECASE)
_BYLINE_PREFIX = re.compile(r"^(?:by|words by|written by|posted by|author:?)\s+", re.IGNORECASE)
_SOURCE_HINT = re.compile(
    r"^(?i:subscribe to|read more from|more from|sign up for|follow|©\s*(?:\d{4}\s+)?|"
    r"copyright\s*(?:©\s*)?(?:\d{4}\s+)?)\s*(?i:the\s+)?(?P<name>[A-Z][\w&'.-]*(?:\s+(?!(?i:all\s+rights)\b)[A-Z][\w&'.-]*){0,4})",
)
_MAX_HEADER_LINES = 6
_MAX_CRUMBS = 10  # breadcrumbs, or a menu's items, above the headline
_AGO = re.compile(
    r"^(?:(?:published|updated|posted|last updated)\s+)?(?:an?|\d{1,2})\s+"
    r"(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago$",
    re.IGNORECASE,
)


def parse_text(text: str, recurring: Iterable[str] = ()) -> Article:
    """Read a scraped-text article; `text` is already decoded and sanitised."""
    lines = text.split("\n")
    index = _skip_blank(lines, 0)
    removed: list[str] = []
    # Furniture before the title ("Skip to content", "Advertisement").
    while index < len(lines) and is_furniture(lines[index]) and _next_line(lines, index):
        removed.append(lines[index].strip())
        index = _skip_blank(lines, index + 1)
    # A section's breadcrumb above the headline ("World", "Europe"), as a copied page has it.
    # A site's menu copied one item a line ("News", "Sport", "Business", "Search") is read
    # the same way: the headline was "News" and the byline "Sport".
    crumbs: set[str] = set()
    for _ in range(_MAX_CRUMBS):
        if index >= len(lines) or not _is_breadcrumb(lines[index], lines, index):
            break
        removed.append(lines[index].strip())
        if not is_furniture(lines[index]):
            crumbs.update(part.casefold() for part in _CRUMB_SPLIT.split(lines[index]) if part)
        index = _skip_blank(lines, index + 1)
    title = clean_line(lines[index]) if index < len(lines) else ""
    index += 1
    # A standfirst under the title, then the byline and date ("Environment agency figures
    # show ...", as the Guardian sets it): the header is read after it, and it opens the body.
    standfirst = _standfirst(lines, index)
    if standfirst is not None:
        index = standfirst + 1
    byline, published, index, header_removed = _read_header(lines, index)
    removed.extend(header_removed)
    kept, furniture = strip_furniture(lines[index:], recurring)
    removed.extend(furniture)
    if standfirst is not None:
        kept = [lines[standfirst], "", *kept]
    body = _paragraphs(kept)
    notice = None if published else next(filter(None, map(date_notice, header_removed)), None)
    return Article(
        title=title,
        body=body,
        byline=byline,
        published=published,
        source=source_from_furniture(removed, sections=crumbs),
        removed=removed,
        format="text",
        extra={NOTICE_KEY: notice} if notice else {},
    )


def _read_header(lines: list[str], index: int):
    """Byline, date and stray counters right after the title, in any order."""
    byline = None
    published = None
    removed: list[str] = []
    seen = 0
    position = index
    while position < len(lines) and seen < _MAX_HEADER_LINES:
        line = lines[position].strip()
        if not line:
            position += 1
            continue
        if published is None and (date := parse_date_line(line)) is not None:
            published = date
        elif published is None and byline is None and (split := _byline_and_date(line)):
            byline, published = split  # "By Chris Dunn | March 2, 2026"
        elif (
            _COUNTER.match(line)
            or looks_like_partial_date(line)
            or published is None
            and date_problem(line) is not None  # "2023-02-30": a date line, not a real day
            or is_furniture(line)
            and not _looks_like_prose(line)
        ):
            removed.append(line)
        elif (
            byline is None
            and _looks_like_byline(line)
            and (_BYLINE_PREFIX.match(line) or _next_line(lines, position))
        ):  # a short line with nothing after it is the text of a brief, not its byline
            byline = clean_line(_BYLINE_PREFIX.sub("", line))
        elif published is None and _looks_like_byline(line) and _date_follows(lines, position):
            # A second header line before the date: "Reporting from Washington", a desk
            removed.append(line)
        else:
            break
        seen += 1
        position += 1
    return byline, published, position, removed


_SEPARATOR = re.compile(r"\s+[|·•—–]\s+")


def _byline_and_date(line: str):
    """(byline, date) of a header line that holds both, split by a bar or a dot ("By Chris
    Dunn | March 2, 2026", "Staff · 2 March 2026"); None otherwise."""
    parts = _SEPARATOR.split(line)
    if len(parts) < 2 or len(line) > 120:
        return None
    dates = [parse_date_line(part) for part in parts]
    names = [part for part, date in zip(parts, dates, strict=True) if date is None]
    found = [date for date in dates if date is not None]
    if len(found) != 1 or not names or not all(_looks_like_byline(name) for name in names):
        return None
    return clean_line(_BYLINE_PREFIX.sub("", " · ".join(names))), found[0]


def _standfirst(lines: list[str], index: int) -> int | None:
    """The line number of a standfirst right after the title: a line that is no date and
    opens with no "By", with a date line among the three non-blank lines after it (when it
    is as short as a byline, five words or more, then a byline and the date)."""
    position = _skip_blank(lines, index)
    if position >= len(lines):
        return None
    line = lines[position].strip()
    if parse_date_line(line) is not None or _BYLINE_PREFIX.match(line) or len(line.split()) > 40:
        return None
    following = _next_lines(lines, position, 3)
    dated = [parse_date_line(after) is not None for after in following]
    if _looks_like_byline(line):
        # as short as a byline: a standfirst only when a byline and then the date follow
        if len(following) < 2 or len(line.split()) < 5 or not dated[1]:
            return None
        byline_next = _looks_like_byline(following[0]) and not _COUNTER.match(following[0])
        return position if byline_next else None
    return position if any(dated) else None


_CRUMB = re.compile(r"^[^\W\d_][\w&'’-]*(?:\s+[\w&'’-]+)?\s*[>/»›]?$")
# A whole trail on one line ("Home > News > Local", "News / UK"): two to six parts of one
# to three words, each separator with space around it ("AC/DC" is no trail).
_CRUMB_PART = r"[^\W\d_][\w&'’.-]*(?:\s[\w&'’.-]+){0,2}"
_TRAIL = re.compile(rf"^{_CRUMB_PART}(?:\s+[>/»›|]\s+{_CRUMB_PART}){{1,5}}(?:\s+[>/»›])?$")
_CRUMB_SPLIT = re.compile(r"\s*[>/»›|]\s*|^\s+|\s+$")


def _crumb_line(line: str) -> bool:
    return (
        len(line) <= 24
        and _CRUMB.match(line) is not None
        or (len(line) <= 80 and _TRAIL.match(line) is not None)
    )


def _is_breadcrumb(line: str, lines: list[str], position: int) -> bool:
    """A section name alone on a line before the headline: one or two words (24
    characters at most; other such lines may follow it) or a whole trail, then a line of four to 25 words
    that ends in no full stop, is no date and opens with no "By", with more after it."""
    if not _crumb_line(line.strip()):
        return False
    following = _next_lines(lines, position, _MAX_CRUMBS + 2, window=2 * _MAX_CRUMBS + 4)
    # "World" then "Europe" then the headline: look past the other crumbs (and the menu's
    # furniture: "Search", "Sign in")
    while following and (_crumb_line(following[0]) or is_furniture(following[0])):
        following.pop(0)
    if len(following) < 2:  # a headline with nothing under it is no headline
        return False
    headline = following[0]
    words = len(headline.split())
    return (
        4 <= words <= 25
        and not headline.endswith(".")
        and parse_date_line(headline) is None
        and not _BYLINE_PREFIX.match(headline)
        and not is_furniture(headline)
    )


def _date_follows(lines: list[str], position: int) -> bool:
    """Whether one of the next two non-blank lines after `position` is a date line (or an
    age: "Published 2 hours ago")."""
    return any(
        parse_date_line(line) is not None or _AGO.match(line)
        for line in _next_lines(lines, position, 2)
    )


def _next_lines(lines: list[str], position: int, count: int, window: int = 7) -> list[str]:
    """The next `count` non-blank lines after `position` (stripped), within `window` lines."""
    found = [line.strip() for line in lines[position + 1 : position + 1 + window] if line.strip()]
    return found[:count]


def _looks_like_byline(line: str) -> bool:
    """A short header line that is neither a date nor a number: a name, a desk, a handle."""
    words = line.split()
    if not words or len(words) > 8 or len(line) > 70:
        return False
    return not _looks_like_prose(line)


def _looks_like_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 6 and line.rstrip().endswith((".", "!", "?", '"', "”", ":"))


def source_from_furniture(removed: list[str], sections: Iterable[str] = ()) -> str | None:
    """A site name stated by its own furniture ("Subscribe to HARBOUR DAILY"); not one of
    the page's `sections` (casefolded: "More from Europe" under a "Europe" breadcrumb)."""
    skip = {"us", "our", "the", "this", *sections}
    for line in removed:
        match = _SOURCE_HINT.match(line)
        if match:
            name = match.group("name").strip(" .")
            if name.casefold() not in skip:
                return name.title() if name.isupper() else name
    return None


def _paragraphs(lines: list[str]) -> str:
    """Join body lines into paragraphs separated by one blank line."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _next_line(lines: list[str], index: int) -> bool:
    return _skip_blank(lines, index + 1) < len(lines)
