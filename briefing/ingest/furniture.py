"""Recognise a site's furniture: the prompts, counters and notices around an article.

Rules that work on a single article (a source often has one article in the library) and
a corpus rule: a short line that recurs across many articles of the same source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FURNITURE = re.compile(
    r"""^(?:
        (?:subscribe|sign\ up|signup|register|join)\b.{0,80}
      | (?:learn|read|see|show|load|view)\ (?:more|all|full)\b.{0,60}
      | (?:more\ from|read\ more\ from|more\ stories\ from)\b.{0,60}
      | share(?:\ (?:this|on|the|via|article|story|post|link)\b.{0,40})?
      | (?:tweet|email|print|pin\ it|copy\ link|whatsapp|facebook|twitter|linkedin|reddit|x)
      | follow\ (?:us|@).{0,60}
      | \d[\d,.]*k?\ (?:comments?|replies|responses|shares|views|likes|reactions)
      | (?:no\ )?comments?(?:\ \(\d+\))?(?:\ yet)?\.?
      | (?:be\ the\ first\ to\ comment|leave\ a\ (?:comment|reply)|add\ a\ comment|post\ a\ comment).{0,40}
      | (?:comments?\ (?:are|is)\ (?:closed|disabled|moderated)|join\ the\ (?:discussion|conversation)).{0,80}
      | (?:log\ ?in|sign\ in)(?:\ to\ comment|\ to\ reply)?.{0,30}
      | .{0,40}\bcookies?\b.{0,120}
      | (?:advertisement|advert|sponsored(?:\ content)?|ad|ads\ by\ .{0,30}|promoted)
      | (?:skip\ to\ (?:main\ )?content|menu|search|home|back\ to\ top|top\ of\ page|close)
      | (?:related|related\ (?:articles|stories|posts|coverage|content|links)|you\ may\ also\ like
         |recommended(?:\ for\ you)?|most\ read|trending|popular|more\ on\ this\ story
         |further\ reading|also\ read|in\ other\ news|latest\ news|more\ news)\b.{0,120}
      | (?:newsletter|our\ newsletter|get\ our\ newsletter|morning\ briefing).{0,60}
      | (?:©|\(c\)|copyright)\ .{0,80}
      | all\ rights\ reserved\.?
      | (?:tags?|filed\ under|categories|topics):.{0,120}
      | (?:photo|image|video)\ ?(?:credit)?:.{0,80}
      | (?:reply|report|like|dislike|upvote|downvote|flag)
      | (?:terms\ of\ (?:use|service)|privacy\ policy|contact\ us|about\ us).{0,60}
      | (?:listen\ to\ this\ article|print\ this\ page|save\ (?:article|story)|bookmark).{0,30}
      | (?:download\ (?:the|our)\ app).{0,40}
      | (?:was\ this\ (?:article|story)\ helpful\??).{0,20}
      | [\d,.]+[km]?              # a lone counter: 214, 1.2k
      | [^\W\d_]{1,2}             # a lone letter or two: an avatar initial
      | [•·|>»\-–—*]+            # separators
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SHORT_WORDS = 12
_SHORT_CHARS = 90


def is_furniture(line: str) -> bool:
    """True when a line, on its own, reads as site furniture."""
    text = line.strip()
    return bool(text) and len(text) <= 160 and bool(_FURNITURE.match(text))


def is_short(line: str) -> bool:
    """Short enough to be furniture rather than a paragraph of prose."""
    text = line.strip()
    return len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS


def normalise_line(line: str) -> str:
    """The form in which recurring lines are compared across articles."""
    return re.sub(r"\d+", "#", " ".join(line.casefold().split()))


def strip_furniture(lines: list[str], recurring: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """Split body lines into (kept, removed).

    Leading lines that are furniture are removed; at the end, the longest closing run of
    short lines that starts with furniture and is mostly furniture is removed whole (the
    odd avatar letter or counter inside it included). `recurring` holds normalised lines
    that recur across the source's articles; they count as furniture too. A long line of
    prose is never removed.
    """
    known = set(recurring)

    def furniture(line: str) -> bool:
        return is_furniture(line) or (is_short(line) and normalise_line(line) in known)

    start = 0
    removed_head: list[str] = []
    while start < len(lines) and (not lines[start].strip() or furniture(lines[start])):
        if lines[start].strip():
            removed_head.append(lines[start].strip())
        start += 1

    end = len(lines)
    best = end
    count = total = 0
    index = end - 1
    while index >= start:
        line = lines[index]
        if line.strip():
            if not is_short(line):
                break
            total += 1
            if furniture(line):
                count += 1
                if count * 2 > total:
                    best = index
        index -= 1
    kept = lines[start:best]
    removed_tail = [line.strip() for line in lines[best:end] if line.strip()]
    while kept and not kept[-1].strip():
        kept.pop()
    return kept, removed_head + removed_tail
