"""Words glued to the end of a name's capitalised run that are no part of the name: a date, a
weekday after a body's name ("told Congress Wednesday", "the Foreign Ministry Tuesday said";
not "Sheffield Wednesday", a club) or after a person's full name ("met with Laurent Gbagbo
Monday"), a month before a day's number (a caption's "in London Jul. 7, 2026", "Madrid Sept.
9"); and a group's plural after a place ("South Dakota Guardsmen"). Used by
`briefing.facts.chunks` and `briefing.facts.date_weekdays`. And "I" the pronoun after a
transcript's speaker ("Michael Siegel I am a professor")."""

from __future__ import annotations

from briefing.facts.date_values import WEEKDAYS
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ORG_HEADS, common_words

# The heads of a body's name that a weekday may follow as part of the name: a newspaper's
# ("The Sunday Times", "the Herald Sunday") and a club's ("Sheffield Wednesday").
_NAMED_DAY_HEADS = frozenset(
    "News Times Post Herald Journal Gazette Tribune Telegraph Press Daily Weekly Review Magazine "
    "Express Mirror Star Mail Monitor Media Network Television TV Radio United City Rovers "
    "Athletic Wanderers Hotspur Albion Wednesday".split()
)
_BODY_HEADS = ORG_HEADS - _NAMED_DAY_HEADS
# Months as a caption or a dateline writes them before the day ("Jul. 7", "Sept. 9",
# "August 3"); not "May", a name too ("Theresa May 10 days ago").
_MONTHS = frozenset(
    "January February March April June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()
)
_DAY_AFTER = lazy(r"\.?,? \d{1,2}(?:st|nd|rd|th)?(?!\d|[.:]\d| ?%| ?per)\b")


def body_before_day(word: str) -> bool:
    """Whether `word`, right before a weekday, ends a body's name ("Congress", "Ministry"),
    so the weekday after it is a date, not the rest of the name."""
    return word in _BODY_HEADS


def date_tail(body: str, words: list[tuple[int, int]]) -> bool:
    """Whether the last word of a run of several words is a date glued to the name before
    it: a weekday after a body's name, or a month before a day's number."""
    start, end = words[-1]
    last = body[start:end]
    if last in _MONTHS:  # (no month is a weekday: the two tests are apart)
        return _DAY_AFTER.match(body, end) is not None
    if last[-1] in "yY" and last.lower() in WEEKDAYS:  # (a weekday's last letter, tested first)
        before = body[words[-2][0] : words[-2][1]]
        # (AP style drops the "on": "met with President Laurent Gbagbo Monday", "in New York
        # Sunday"; a name of two words and a weekday is no one's, but "Super Bowl Sunday" is a
        # day's name)
        return body_before_day(before) or (
            len(words) >= 3
            and before not in _DAY_NAMERS
            and body[end : end + 1] not in _QUOTES  # (a title: "Council Estate Sunday")
        )
    return False


# The words before a weekday in the names of days ("Super Bowl Sunday", "Easter Sunday").
_QUOTES = frozenset("\"”’'")
_DAY_NAMERS = frozenset("Bowl Easter Palm Good Black Ash Holy Cyber Maundy Bloody Giving".split())


def group_tail(body: str, words: list[tuple[int, int]]) -> bool:
    """Whether the last word of a run of several words is the plural of a noun in "-man"
    that names the people of the place or body before it ("South Dakota Guardsmen hauled
    ...", "Ohio Congressmen"): a group, no part of the name."""
    start, end = words[-1]
    if end - start < 6 or not body.endswith("men", 0, end):
        return False
    return body[start : end - 3].lower() + "man" in common_words()


# What follows "I" the pronoun, not a king's numeral ("Charles I was executed"): a verb or an
# adverb that only "I" takes.
_PRONOUN_I = lazy(
    r" (?:am|think|believe|guess|feel|remember|mean|know|love|want|wanted|started|grew up"
    r"|work|worked|live|lived|just|really|don't|didn't|can't|['’](?:m|ve|ll|d))\b"
)


def pronoun_tail(body: str, words: list[tuple[int, int]]) -> bool:
    """Whether the run's last word is "I" the pronoun: "Michael Siegel I am a professor", a
    transcript's speaker before the answer."""
    a, b = words[-1]
    return b - a == 1 and body[a] == "I" and _PRONOUN_I.match(body, b) is not None
