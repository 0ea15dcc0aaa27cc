"""Title-case lines in the head of a page (its headline, a kicker under it), where every word
is capitalised, so a run of capitals there joins a name to the words around it ("Administrator Kemp Updates
List of Sites", "Police: Gunman Forced His Way Into Library", "Port Delays at West Harbor
Docks"). Of such a run, only the parts that the page names elsewhere too, or that the
gazetteer or the organisations list knows, stay name candidates. Used by
`briefing.facts.entities`."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk
from briefing.facts.credits import OUTLET_HEADS as _OUTLET_HEADS
from briefing.facts.gazetteer import Gazetteer
from briefing.facts.lexicon import KNOWN_ORGS, common_words, given_names

# The small words a title-case line leaves in lower case.
_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via with from into onto "
    "over than vs vs. is are was be its his her their says say said amid after before".split()
)
_LIST_MARKS = ("|", "·", "•", "@", "›", "»", " / ")
# The next paragraph: a line of some length that ends with a full stop, after blank lines.
_PARAGRAPH = re.compile(r"\s*\n[ \t]*([^\n]{48,}?[.!?][\"”’]?)[ \t]*(?:\n|$)")
_STRIP = "\"“”‘’'()[]:,;!?-–—"
# A line of 48 characters at most, after its line break (a section's label is one).
_SHORT_LINE = re.compile(r"\n[^\n]{1,48}+(?=\n|\Z)")


def title_lines(body: str) -> list[tuple[int, int]]:
    """Spans of the lines in the head of `body` (above the story's first paragraph, or a page
    notice's third) written in title case: five words or more, four of them capitalised and
    at most one other besides the small ones, two of the capitalised words ordinary English
    words (a headline's verbs and nouns, not a list of names), at most one comma, no bar,
    dot or breadcrumb's arrow between items, and no full stop at the end unless every word
    but the small ones is capitalised."""
    out: list[tuple[int, int]] = []
    start = prose = 0
    common, given = common_words(), given_names()
    while start <= len(body):
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        line, line_start, start = body[start:end], start, end + 1
        text = line.strip()
        # (a headline of title-case sentences ends with a full stop: "Harbor Board Says It
        # Will Wait. Ferry Riders Say They Cannot.", every word but the small ones capitalised)
        ends = text.endswith(".")
        if ends and 12 <= len(text) <= 200 and _title_case(text, 0, common, given):
            out.append((line_start, end))
            continue
        if text.endswith((".", '."', ".”")) and text.count(" ") >= 11:
            prose += 1
            if out or prose == 3:
                break  # (the story's first paragraph, under the headline)
            continue  # (a site's notice above the headline: "An official website of ...")
        if not ends and 12 <= len(text) <= 200 and _title_case(text, 1, common, given):
            out.append((line_start, end))
    return out


def _title_case(text: str, most_lower: int, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether `text` is written in title case: four capitalised words or more, at most
    `most_lower` other words besides the small ones, two of the capitalised words ordinary
    English words (at most one comma, no bar, dot or arrow between items: a list of names,
    "Office of Public Affairs | Press Office", is none)."""
    if text.count(" ") < 4 or text.count(",") > 1 or any(m in text for m in _LIST_MARKS):
        return False
    capped = lower = ordinary = 0
    for word in text.split():
        word = word.strip(_STRIP)
        if not word[:1].isalpha() or word.lower() in _SMALL:
            continue
        if word[0].isupper():
            capped += 1
            ordinary += word.lower() in common and word not in given and not word.isupper()
        else:
            lower += 1
            if lower > most_lower:
                return False
    return capped >= 4 and ordinary >= 2


def section_labels(body: str) -> list[tuple[int, int]]:
    """Spans of the lines under the story's first paragraph that are a section's label: one to
    four capitalised ordinary English words and nothing else, a colon aside ("The Crew",
    "Customer Service:", "Related Stories"), not an outlet's name ("Harbour Weekly"), and a
    paragraph of the story right under it (not a caption among others: "Rocket Raccoon")."""
    out: list[tuple[int, int]] = []
    common, given = common_words(), given_names()
    start = 0
    while start < len(body):  # (to the story's first paragraph)
        end = body.find("\n", start)
        end = len(body) if end < 0 else end
        line_start, start = start, end + 1
        if end - line_start > 48:
            text = body[line_start:end].rstrip()
            if text.endswith((".", '."', ".”")) and text.count(" ") >= 11:
                break
    else:
        return out
    # (below it, only the short lines, found by a pattern that skips to each line break)
    for m in _SHORT_LINE.finditer(body, end):
        line_start, end = m.start() + 1, m.end()
        words = body[line_start:end].strip().removesuffix(":").split()
        if (
            0 < len(words) <= 4
            and words[-1] not in _OUTLET_HEADS
            and all(
                w[:1].isupper() and not w.isupper() and w.lower() in common and w not in given
                for w in words
            )
        ):
            nxt = _PARAGRAPH.match(body, end)
            if nxt is not None and nxt.group(1).count(" ") >= 11:
                out.append((line_start, end))
    return out


def headline_runs(
    body: str, chunks: list[Chunk], lines: list[tuple[int, int]], gaz: Gazetteer
) -> list[Chunk]:
    """`chunks` with each run inside one of the title-case `lines` cut down to its parts
    that are names: named elsewhere in `body` too, or known (longest first, left to right;
    a lone ordinary word is none: "Updates", "List")."""
    out = []
    for chunk in chunks:
        line = next((span for span in lines if span[0] <= chunk.start < span[1]), None)
        if line is None:
            out.append(chunk)
            continue
        words, i = chunk.words, 0
        while i < len(words):
            j = next(
                (
                    j
                    for j in range(len(words), i, -1)
                    if _a_name(body, body[words[i][0] : words[j - 1][1]], lines, gaz, j - i)
                ),
                i,
            )
            if j > i:
                out.append(Chunk(words[i][0], words[j - 1][1], words[i:j], True))
                i = j
            else:
                i += 1
    return out


def _a_name(body: str, text: str, lines: list[tuple[int, int]], gaz: Gazetteer, n: int) -> bool:
    """Whether `text`, a part of a title-case line's run of `n` words, is a name: known, or
    written so outside every title-case line (a lone ordinary word is none)."""
    text = text.removesuffix("'s").removesuffix("’s")
    if n == 1 and text.lower() in common_words() and not text.isupper():
        return False
    if gaz.get(text) is not None or text in KNOWN_ORGS:
        return True
    at = body.find(text)
    while at >= 0:
        end = at + len(text)
        if (
            not body[at - 1 : at].isalnum()
            and not body[end : end + 1].isalnum()
            and not any(a <= at < b for a, b in lines)
        ):
            return True
        at = body.find(text, at + 1)
    return False
