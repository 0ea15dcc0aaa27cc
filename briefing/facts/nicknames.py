"""People named with a nickname in quotation marks ('Edward Lodewijk "Eddie" Van Halen'):
one person under the name as written, found before the chunk walk (which would split the
name at the marks). Used by `briefing.facts.entities`."""

from __future__ import annotations

import calendar
from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk
from briefing.facts.date_values import WEEKDAYS
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import FUNCTION_WORDS, HONORIFICS, ROLE_NOUNS, common_words

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# A person with a nickname in quotation marks: 'Margaret "Peggy" Albright', "Leroy 'Bigga'
# McFarlane".
# A nickname in double marks may take two words, an article ("el Rubio") or initials ("J.T.").
# A player's handle in lower case may stand there too ('Jakob "jkb" Lindholm': esports), and
# a stage name in capitals ('Dominic "DOMO SXCRAZY" Quell': a rapper's).
_NICK = (
    r"(?:(?:(?:el|la|le|il|lo|the) )?[A-Z](?:[a-zß-ÿ]+|\.(?:[A-Z]\.)+)(?: [A-ZÀ-Þ][a-zß-ÿ]+)?"
    r"|[a-z][a-z0-9_]{1,15}"
    r"|[A-Z][A-Z0-9]{2,15}(?: [A-Z][A-Z0-9]{2,15})?)"  # (a stage name in capitals: "DJ KOOL")
)
_NAME_WORD = r"[A-ZÀ-Þ][a-zß-ÿ]+"
_NICKNAMED = lazy(
    rf"(?<![\w’']){_NAME_WORD}(?: {_NAME_WORD})?(?: [A-Z]\.)? (?:[\"“](?:{_NICK})[\"”]"
    r"|['‘][A-Z][a-z]+['’]) "
    r"(?:(?:[Vv]an|[Dd]e|[Dd]i|[Dd]a|[Dd]el|[Ll]e|[Ll]a|von|der|den|bin|al) )*[A-ZÀ-Þ][\w’'-]*[a-zß-ÿ]"
    # (a second surname: 'Kendall "Chino" Mora Quesada')
    r"(?: (?!(?:Jr|Sr)\.)[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?(?![\w’'-]))?"
    r"(?: (?:Jr|Sr)\.)?"
)


# Capitalised words that end no name ('Leroy "Bigga" Lewis Monday').
_CALENDAR_WORDS = frozenset(WEEKDAYS) | {m.lower() for m in calendar.month_name[1:]}
_NICKNAME_CORE = lazy(rf"(?:[\"“](?:{_NICK})[\"”]|['‘][A-Z][a-z]+['’]) [A-Z]")
# The opening marks the core is tried at (a single quotation mark after a space: not the
# apostrophes of "it's").
NICKNAME_MARKS = ('"', "“", " '", "‘")


# A nickname's marks between the words of a name (a handle may be lower case: 'Lucas
# "lukinhas" Ferreira'), after a capitalised word and before one.
_BETWEEN_NAMES = lazy(rf"(?<=[A-Za-zÀ-ÿ.] )[\"“](?:{_NICK})[\"”](?= [A-ZÀ-Þ][\w’'-]*[a-z])")


def between_names(body: str, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` is a nickname inside a name ('CEO
    Margaret "Peg" Solano-Whitcomb said'): no quotation, and no end of a frame."""
    if _BETWEEN_NAMES.match(body, open_mark) is None:
        return False
    word = body[body.rfind(" ", 0, open_mark - 1) + 1 : open_mark - 1]
    return word[:1].isupper() and word not in FUNCTION_WORDS


def unmarked_nicknames(text: str) -> str:
    """`text` with each nickname's quotation marks made spaces (same offsets)."""
    if '"' not in text and "“" not in text:
        return text
    return _BETWEEN_NAMES.sub(lambda m: " " + m.group()[1:-1] + " ", text)


def _cores(body: str):  # noqa: ANN202 (an iterator of matches)
    """`_NICKNAME_CORE` tried only at the text's opening quotation marks (a pattern that
    opens with a set was tried at every character)."""
    for mark in NICKNAME_MARKS:
        at = body.find(mark)
        while at >= 0:
            m = _NICKNAME_CORE.match(body, at + len(mark) - 1)
            if m is not None:
                yield m
            at = body.find(mark, at + 1)


def nicknamed(builder: Builder) -> list[tuple[int, int]]:
    """Add the people named with a nickname (their name as written, the nickname and the
    surname forms of it); the ranges the chunk walk is to skip."""
    body = builder.body
    ranges = []
    for core in _cores(body):
        # (the full pattern only where the rare core is: a quoted capitalised word before a
        # capitalised one; run over the whole text it cost 0.1 ms an article)
        # (the match that holds the core: another nicknamed name may open the window)
        m = next(
            (
                m
                for m in _NICKNAMED.finditer(body, max(0, core.start() - 40), core.end() + 60)
                if m.start() <= core.start() and m.end() >= core.end()
            ),
            None,
        )
        if m is None:
            continue
        start, end = m.span()
        first = body[start:end].split()[0]
        if first in FUNCTION_WORDS and first.lower() not in HONORIFICS:
            continue  # (not "Dr Thanawat "Mor Tan" Rattanakorn": the title is dropped later)
        if first.lower() in ROLE_NOUNS and body[start + len(first) + 1].isupper():
            start += len(first) + 1  # (a player's position: 'Winger Kendall "Chino" Mora')
        last = body[start:end].split()[-1]
        if (
            body[end - len(last) - 1] == " "
            and body[end - len(last) - 2] not in "\"”'’"
            and (last.lower() in common_words() or last.lower() in _CALENDAR_WORDS)
        ):
            end -= len(last) + 1  # (a second surname, but not 'Leroy "Bigga" Lewis Monday')
        if body[core.start() + 1 : core.start() + 2].islower() and not _handle_after(
            body, core.start(), first in builder.given
        ):
            continue  # (not 'Reuters "this" Monday': an English word is no player's handle)
        chunk = Chunk(start, end, _word_spans(body, start, end), False)
        builder.add_person(chunk, builder.role_before(start) or builder.role_after(end))
        builder.sure.add((start, end))
        ranges.append((start, end))
    return ranges


def _word_spans(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the words in body[start:end], quotation marks left out."""
    out, at = [], start
    for word in body[start:end].split():
        at = body.index(word, at)
        lead = len(word) - len(word.lstrip("\"“'‘"))
        out.append((at + lead, at + len(word.rstrip("\"”'’"))))
        at += len(word)
    return out


def _handle_after(body: str, mark: int, given_name: bool) -> bool:
    """True when the lower-case word quoted at `mark` is a player's handle: after a known
    given name, or a word that is no English word ("zvex", "lukinhas", not "this")."""
    if given_name:
        return True
    close = body.find(" ", mark)
    word = body[mark + 1 : close if close > 0 else len(body)].rstrip('"”')
    return word.lower() not in common_words()
