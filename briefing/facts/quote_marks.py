"""Quotation marks: where quotations open and close in an article body.

Straight, curly and low double quotes, guillemets, and AP's `` and closing '' and ’’; a quote
left open at a paragraph's end runs on into the next paragraph when that one opens again or
closes it first; before prose or a new quotation (its closing mark left out) it ends with its
own paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from briefing.facts.lazy_re import lazy

_MARK = lazy(r"``|''|’’|‘‘|[“”\"«»„]")
_OPENERS = frozenset(("“", "«", "„", "``", "‘‘"))
_CLOSERS = frozenset(("”", "»", "''", "’’"))
_SPACE = " \t\u00a0"

Segment = tuple[int, int, int, int]  # text start, text end, opening mark, end of closing mark


_OPENER_MARKS = ('"', "“", "«", "„", "``", "‘‘")


def _has_opener(text: str) -> bool:
    """Whether a quotation can open in `text` (plain `in` tests: most lines have no mark)."""
    return '"' in text or "“" in text or "«" in text or "„" in text or "``" in text or "‘‘" in text


def _closes(line: str, mark: re.Match[str]) -> bool:
    """Whether a mark can close a quotation left open in an earlier paragraph."""
    text = mark.group()
    if text in _CLOSERS:
        return True
    if text != '"':
        return False
    before = line[mark.start() - 1 : mark.start()]
    after = line[mark.end() : mark.end() + 1]
    return before in ",.!?" and before != "" and (after == "" or after in " ,.;:)")


def _first_of(line: str, one: str, other: str, start: int) -> int:
    """Where `one` or `other` first occurs in `line` from `start` on (-1: neither)."""
    a, b = line.find(one, start), line.find(other, start)
    return b if a < 0 or 0 <= b < a else a


def _pairs(line: str, start: int) -> Iterator[tuple[int, int]]:
    """(opening mark, closing mark) of each pair that `[“"]([^”"“\n]*)[”"]` finds in a line
    from `start`, found with `str.find` (a regex scan of a character class costs several
    times more): an opener, then the first straight or curly double quote after it, which
    closes the pair unless it is an opener, where the next pair may start."""
    while True:
        opener = _first_of(line, '"', "“", start)
        if opener < 0:
            return
        close = _first_of(line, '"', "”", opener + 1)
        curly = line.find("“", opener + 1, close if close >= 0 else len(line))
        if curly >= 0:
            start = curly  # (no pair closes before another opener)
            continue
        if close < 0:
            return
        yield opener, close
        start = close + 1


def _nested(line: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`"We saw the "United States" leave."`: two pairs of straight marks around a quotation
    inside a quotation (the first closing mark opens: a space before it, a letter after it;
    the next one after the inner words closes, and so does the last) made the one outer
    quotation."""
    out: list[tuple[int, int]] = []
    for a, b in pairs:
        if out and _inner_between(line, out[-1][1], a) and line[b - 1] != " ":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _inner_between(line: str, close: int, reopen: int) -> bool:
    """Whether marks at `close` and `reopen` are those of a quotation inside a quotation."""
    return (
        close > 0
        and line[close - 1] == " "
        and line[close] == line[reopen] == '"'
        and line[close + 1 : close + 2].isalnum()
        and line[reopen - 1] != " "
        and 0 < reopen - close <= 60
    )


def find_segments(body: str) -> list[Segment]:
    """Quotations: (text start, text end, opening mark, end of closing mark), a quote that runs
    on across paragraphs joined into one."""
    out: list[Segment] = []
    # Where each opening mark the body has occurs next (from `pos` on): a line is read only
    # when a quotation is carried into it or an opening mark stands in it, and the lines
    # between are skipped (most lines have no mark; each was cut out and tested before).
    upcoming = {mark: at for mark in _OPENER_MARKS if (at := body.find(mark)) >= 0}
    if not upcoming:
        return out
    pos = 0
    length = len(body)
    carried: int | None = None  # text start of a quote left open at a paragraph's end
    carried_mark = carried_end = 0  # (and the end of the paragraph it has reached)
    skipped = 0  # paragraphs without a mark a carried quotation has gone on over
    while pos <= length:
        if carried is None:
            nearest = length
            for mark, at in list(upcoming.items()):
                if at < pos:
                    at = body.find(mark, pos)
                    if at < 0:
                        del upcoming[mark]
                        continue
                    upcoming[mark] = at
                nearest = min(nearest, at)
            if not upcoming:
                break  # (no mark ahead and nothing carried: no quotation ahead)
            pos = body.rfind("\n", pos, nearest) + 1 or pos
        nl = body.find("\n", pos)
        line_end = length if nl < 0 else nl
        line = body[pos:line_end]
        offset = 0
        if carried is not None and line.strip():
            first = _MARK.search(line)
            stripped = line.lstrip(_SPACE)
            if (
                first is not None
                and first.start() == len(line) - len(stripped)
                and (first.group() in _OPENERS or first.group() == '"')
                and not skipped
            ):
                # The next paragraph opens again: the quotation goes on after that mark.
                close = _next_close(line, first.end())
                if close is None:
                    carried_end = line_end
                    pos = line_end + 1
                    continue
                out.append((carried, pos + close.start(), carried_mark, pos + close.end()))
                carried = None
                offset = close.end()
            elif first is not None and _closes(line, first):
                out.append((carried, pos + first.start(), carried_mark, pos + first.end()))
                carried = None
                offset = first.end()
            elif first is None and skipped < 3:
                # A block quotation whose inner paragraphs open no mark: it goes on while
                # a later paragraph closes it first.
                skipped += 1
                pos = line_end + 1
                if nl < 0:
                    break
                continue
            else:
                # Prose or a new quotation after it (a closing mark left out): the quotation
                # ends with its own paragraph.
                out.append((carried, carried_end, carried_mark, carried_end))
                carried = None
        elif carried is not None:
            pos = line_end + 1
            if nl < 0:
                break
            continue
        if _has_opener(line):
            opened: tuple[int, int] | None = None  # (start, end) of a mark left open
            if not (
                "''" in line
                or "’’" in line
                or "``" in line
                or "‘‘" in line
                or "«" in line
                or "»" in line
                or "„" in line
            ):
                # Straight and curly double quotes only: they pair as the mark by mark walk
                # below would, and the walk is left for lines
                # with AP's marks, guillemets or low openers.
                last = offset
                pairs = list(_pairs(line, offset))
                if len(pairs) > 1:
                    pairs = _nested(line, pairs)
                for pair in pairs:
                    out.append((pos + pair[0] + 1, pos + pair[1], pos + pair[0], pos + pair[1] + 1))
                    last = pair[1] + 1
                first = _first_of(line, '"', "“", last)
                if first >= 0:
                    curly = line.rfind("“", first + 1)
                    at = curly if curly >= 0 else first
                    # (not a straight mark that closes words: `anything?" [...]`)
                    if curly >= 0 or not _lone_closer(line, at):
                        opened = (at, at + 1)
            else:
                open_mark: re.Match[str] | None = None
                for mark in _MARK.finditer(line, offset):
                    text = mark.group()
                    if open_mark is None:
                        if text in _OPENERS or text == '"' or _opening_apostrophes(line, mark):
                            open_mark = mark
                    elif (
                        text in _CLOSERS
                        or text == '"'
                        or (text == "“" and open_mark.group() == "„")
                    ):
                        out.append(
                            (
                                pos + open_mark.end(),
                                pos + mark.start(),
                                pos + open_mark.start(),
                                pos + mark.end(),
                            )
                        )
                        open_mark = None
                    elif text == "“":
                        open_mark = mark  # a stray opener: the quotation starts again here
                if open_mark is not None:
                    opened = open_mark.span()
            if opened is not None and line[opened[1] :].strip():
                carried, carried_mark, skipped = pos + opened[1], pos + opened[0], 0
                carried_end = line_end
                # A quote left open at the end of the text (or of its last paragraph) is
                # kept up to there.
                if nl < 0 or not body[line_end:].strip():
                    out.append((carried, line_end, carried_mark, line_end))
                    carried = None
        if nl < 0:
            break
        pos = line_end + 1
    return out


def _lone_closer(line: str, at: int) -> bool:
    """Whether the straight mark at `at`, left without a partner, closes words before it (a
    stop or a letter before it, a space or the line's end after it): an opening mark was
    left out, so no quotation opens there."""
    before, after = line[at - 1 : at], line[at + 1 : at + 2]
    return before not in ("", " ", "\u00a0", "(", "[") and after in ("", " ", "\u00a0")


def _opening_apostrophes(line: str, mark: re.Match[str]) -> bool:
    """`he said ''I know ...it."`: two apostrophes after a space and before a word open a
    quotation (typed for an opening mark; AP's closing '' follows the words)."""
    if mark.group() != "''":
        return False
    before = line[mark.start() - 1 : mark.start()]
    return before in ("", " ", "\u00a0", "(") and line[mark.end() : mark.end() + 1].isalnum()


def _next_close(line: str, start: int) -> re.Match[str] | None:
    for mark in _MARK.finditer(line, start):
        if mark.group() in _CLOSERS or mark.group() == '"':
            return mark
    return None


# Single quotation marks as a house style ('We came in good faith,' he said): read as double
# ones when the text has no double marks at all. An apostrophe sits between letters ("union's")
# or elides ("'90s", "'em"); a plural possessive ("members' union") is told from a closing
# mark by the lower-case word after it that is no pronoun or verb of saying.
_SINGLE_MARK = lazy(r"['‘’]")
_DOUBLE_STYLE = ('"', "“", "”", "«", "»", "„", "``", "‘‘")
_ELISION = lazy(r"['‘](?:\d0s\b|\d\d\b|em\b|til\b|cause\b|n['’]|tis\b|twas\b)", re.IGNORECASE)
_AFTER_CLOSE = frozenset(
    "said says say told tells added adds asked wrote writes she he they we i it and but adding "
    "according insisted argued warned explained replied".split()
)


def as_double_quotes(body: str) -> str:
    """`body` with single quotation marks that pair up in a paragraph turned into double ones
    (same length: offsets stay), when it writes its quotations in single marks only; in a
    text that also uses double marks, only in a paragraph without any whose quotations are
    framed as speech (`'...,' she said. '...'`)."""
    if "'" not in body and "‘" not in body:
        return body
    # (British style: single marks are the quotation marks, double ones are left as they
    # are, for a quotation inside a quotation or a term.)
    mixed = any(m in body for m in _DOUBLE_STYLE) and not _single_style(body)
    chars: list[str] | None = None
    lo = 0
    if mixed:
        # A headline writes its quotations in single marks whatever the article's style
        # ("Minister: 'We will not back down'").
        end = headline_end(body)
        while lo < end:
            hi = body.find("\n", lo, end)
            hi = end if hi < 0 else hi
            for a, b in _single_pairs(body, lo, hi):
                if chars is None:
                    chars = list(body)
                chars[a], chars[b] = '"', '"'
            lo = hi + 1
        lo = end
        if ",' " not in body and ",’ " not in body:
            # (no single-marked quotation closes before its frame)
            return body if chars is None else "".join(chars)
    size = len(body)
    while lo < size:
        hi = body.find("\n", lo)
        hi = size if hi < 0 else hi
        if not mixed:
            pairs, opened = _single_marks(body, lo, hi)
            if opened is not None and _reopens(body, hi):
                # A quotation over paragraphs: the next one opens again.
                pairs.append((opened, opened))
        elif _FRAME_MARK.search(body, lo, hi) is None:
            pairs = []  # (no pair of the paragraph can be framed: `_framed` would keep none)
        else:
            pairs = _framed(body, lo, hi, _single_pairs(body, lo, hi))
        for a, b in pairs:
            if chars is None:
                chars = list(body)
            chars[a], chars[b] = '"', '"'
        lo = hi + 1
    return body if chars is None else "".join(chars)


_DOUBLE_FRAME_AFTER = lazy(
    r"[,!?][\"”] (?:(?:he|she|they|we|I)\s+)?(?:said|says|added|told|explained)\b"
)


def _single_style(body: str) -> bool:
    """Whether `body` frames its quotations in single marks (`'...,' she said`) at least
    twice, and more often than in double ones."""
    if ",' " not in body and ",’ " not in body:
        return False
    singles = len(_FRAME_AFTER.findall(body))
    return singles >= 2 and singles > len(_DOUBLE_FRAME_AFTER.findall(body))


def _reopens(body: str, end: int) -> bool:
    """Whether the next paragraph after `end` opens with a single quotation mark."""
    at = end
    while at < len(body) and body[at] in " \t\n\u00a0":
        at += 1
    return body[at : at + 1] in ("'", "‘") and body[at + 1 : at + 2].isalnum()


# A headline's line: short, with no stop at its end (inside a closing mark or not).
_HEADLINE_LINE = lazy(r"[^\n]{1,160}(?<![.!?;:])(?<![.!?,][\"”'’])")


def headline_end(body: str) -> int:
    """Where the headline block that opens `body` ends (its first lines, up to three before
    a blank line, each one a headline's: short and without a final stop), or 0."""
    end = 0
    for _ in range(3):
        line = _HEADLINE_LINE.match(body, end)
        if line is None or (line.end() < len(body) and body[line.end()] != "\n"):
            break
        end = line.end()
        if body.startswith("\n\n", end) or end == len(body):
            break
        end += 1
    return end if end == 0 or body[end - 1] != "\n" else end - 1


def _single_pairs(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(opening, closing) single marks that pair up in body[lo:hi]."""
    return _single_marks(body, lo, hi)[0]


def _single_marks(body: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """The pairs of `_single_pairs`, and where a mark left open at body[lo:hi]'s end is."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _SINGLE_MARK.finditer(body, lo, hi):
        p = mark.start()
        ch = body[p]
        before = body[p - 1] if p > lo else " "
        after = body[p + 1] if p + 1 < hi else " "
        if opened is None:
            if (
                ch != "’"
                and not before.isalnum()
                and (after.isalnum() or after in "…(")
                and _ELISION.match(body, p) is None
            ):
                opened = p
        elif ch != "‘" and not before.isspace() and not after.isalnum():
            next_word = body[p + 1 : min(hi, p + 16)].split(None, 1)
            possessive = (
                before in "sS"
                and after == " "
                and bool(next_word)
                and next_word[0][:1].islower()
                and next_word[0].rstrip(",.").lower() not in _AFTER_CLOSE
            )
            if not possessive:
                pairs.append((opened, p))
                opened = None
    return pairs, opened


# A closing single mark then a verb of saying or its subject ("...,' she said", "...,' said").
_FRAME_AFTER = lazy(r"[,!?]['’] (?:(?:he|she|they|we|I)\s+)?(?:said|says|added|told|explained)\b")
_FRAME_MARK = lazy(r"[,!?]['’] ")  # (where `_FRAME_AFTER` can match, in a paragraph)
_QUOTE_OPENS = lazy(r"(?:^|[.:!?]\s+)$", re.MULTILINE)


def _framed(body: str, lo: int, hi: int, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the single-marked pairs of a paragraph in a text that also writes double marks, those
    that are whole sentences of speech: each opens the paragraph or a sentence and closes
    after its own stop, and one of them is framed by a verb of saying right after it."""
    if any(m in body[lo:hi] for m in _DOUBLE_STYLE):
        return []
    kept = [
        (a, b)
        for a, b in pairs
        if body[b - 1] in ",.!?…" and _QUOTE_OPENS.search(body, max(lo, a - 3), a) is not None
    ]
    if not any(_FRAME_AFTER.match(body, b - 1) for _, b in kept):
        return []
    return kept


@lru_cache(maxsize=2)
def quotations(body: str) -> tuple[str, tuple[Segment, ...]]:
    """`body` with its single quotation marks made double (`as_double_quotes`) and its
    quotations (`find_segments`), found once per text: the dates ask where they are (a
    quoted "today"), and the quotes read them. (Two texts kept: the dates' and the quotes'
    when an article is cut shorter for the entities.)"""
    double = as_double_quotes(body)
    return double, tuple(find_segments(double))


def quoted(body: str, at: int) -> bool:
    """Whether `at` is inside a quotation of `body`."""
    return any(seg[0] <= at < seg[1] for seg in quotations(body)[1])
