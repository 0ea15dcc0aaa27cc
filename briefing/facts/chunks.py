"""Capitalised runs of words (name candidates) and the sentence context around them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.facts.chamber_committees import CHAMBERS, committee_words
from briefing.facts.date_values import WEEKDAYS
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import (
    ABBREVIATIONS,
    COMPASS_WORDS,
    FUNCTION_WORDS,
    HONORIFICS,
    KNOWN_ORGS,
    ORG_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    common_words,
    given_names,
)
from briefing.facts.names import GLUED_INITIAL as _GLUED_INITIAL
from briefing.facts.run_cuts import office_cut, plural_noun, stop_cut, suffix_cut
from briefing.facts.run_tails import date_tail, group_tail, pronoun_tail

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_ABBREVS = [*ABBREVIATIONS, "Bros"]
_ABBREV = rf"(?:{'|'.join(_ABBREVS)})\."
# A middle initial keeps its full stop when a name goes on after it ("Brian T. Carroll"), but
# not before a word that opens a sentence ("World War I. The").
_INITIAL_TAIL = (
    rf"\.(?=[ ]+[{_UP}](?:\.|[\w’'-]*[a-z]))(?![ ]+(?:The|A|An|In|It|He|She|They|This|That|"
    r"But|And|We|On|At|For|His|Her|Its|There|Their|When|After)\b)"
)
_LOWER_PREFIXES = r"(?:al|el|ad|as|bin|ibn|de|di|da|du|van|von|d|l)"
_NAME_TAIL = r"[\w’'&]*(?:-[\w’']+)*"
TOKEN = (
    rf"(?:[{_UP}]\.(?:[{_UP}]\.)+|[{_UP}]{_GLUED_INITIAL}|{_ABBREV}|[{_UP}]{_INITIAL_TAIL}|"
    rf"(?:(?:{_LOWER_PREFIXES[3:-1]}|O|Mc|Mac)[-’'])?[{_UP}]{_NAME_TAIL}|[{_UP}]\.)"
)
_PARTICLES = r"(?:van|von|der|den|de|des|da|das|do|dos|del|della|di|du|la|le|los|las|bin|bint|binti|ibn|al|el|ben|ter|ten|zu|y|i|['’]t)"
# The words a run goes on with. (The look-aheads name the letters a particle or a token can
# start with: the lower-case word after a name then fails at once, not after each choice.)
_MORE = rf"(?:(?:[ ]+(?=[vdlbiatezy'’]){_PARTICLES})*[ ]+(?=[{_UP}adeiblv]){TOKEN})*(?![\w])"
# (Compiled on first use: only a body with a run opening in lower case needs it, see `runs`.)
CHUNK = lazy(rf"(?=[{_UP}adeiblvOM])(?<![\w’'-]){TOKEN}{_MORE}")


def _abbreviation_tails() -> str:
    """`_ABBREV` once its first letter is read: "(?<=M)(?:r|rs|s|t)|(?<=D)(?:r)|..."."""
    by_first: dict[str, list[str]] = {}
    for abbreviation in _ABBREVS:
        by_first.setdefault(abbreviation[0], []).append(abbreviation[1:])
    return "|".join(f"(?<={k})(?:{'|'.join(v)})" for k, v in by_first.items())


# CHUNK for a body where no run opens with a lower-case prefix ("al-Assad", "d'Estaing"):
# the same matches, but the pattern opens with a plain set of capitals, so the regex engine
# skips in C to the next capital instead of trying look-arounds at every character (that scan
# was the costliest line of the entity pass). TOKEN's alternatives follow in TOKEN's order,
# each going on after the capital it has read; `(?<![\w’'-].)` is "no word character before
# the capital". The look-aheads before the abbreviations and the O'/Mc/Mac prefixes say what
# must follow for either to match (1-3 small letters and a ".", an apostrophe or hyphen): the
# engine then drops them at once after most capitals instead of trying each lookbehind.
_UPPER_TOKEN_TAIL = (
    rf"(?:\.(?:[{_UP}]\.)+|{_GLUED_INITIAL}|(?=[a-z]{{1,3}}\.)(?:{_abbreviation_tails()})\.|{_INITIAL_TAIL}|"
    rf"(?=(?:a?c)?[-’'])(?:(?<=O)|(?<=M)c|(?<=M)ac)[-’'][{_UP}]{_NAME_TAIL}|{_NAME_TAIL}|\.)"
)
# The words after the first go on the same way: in a body where no run opens in lower case,
# no word of a run does either (a "-" or apostrophe after a prefix that follows a space would
# have sent `runs` to CHUNK), so each is a capital and `_UPPER_TOKEN_TAIL`, the same
# alternatives as TOKEN's from its capital on, without TOKEN's look-ahead and the
# alternatives the engine tried after every space in a run and the word after its end.
_UPPER_CHUNK = re.compile(
    rf"[{_UP}](?<![\w’'-].){_UPPER_TOKEN_TAIL}"
    rf"(?:(?:[ ]+(?=[vdlbiatezy'’]){_PARTICLES})*[ ]+[{_UP}]{_UPPER_TOKEN_TAIL})*(?![\w])"
)
# Where a run could open with a lower-case prefix: a "-" or apostrophe before a capital, with
# a prefix right before it that no word character precedes.
_CAPITAL = re.compile(rf"[{_UP}]")
_PREFIX_BEFORE = re.compile(rf"(?:^|[^\w’'-]){_LOWER_PREFIXES}$")


def opens_in_lower_case(body: str) -> bool:
    """Whether a run of `body` could open with a lower-case prefix ("al-Assad", "d'Estaing").
    The marks are found with `str.find` (a handful a body): a regex for a mark before a
    capital has no literal start, and its scan cost as much as a tenth of the entity pass."""
    for mark in ("-", "'", "’"):
        at = body.find(mark)
        while at != -1:
            if _CAPITAL.match(body, at + 1) and _PREFIX_BEFORE.search(body[max(0, at - 5) : at]):
                return True
            at = body.find(mark, at + 1)
    return False


def runs(body: str) -> Iterator[re.Match[str]]:
    """`CHUNK.finditer(body)`, by the cheaper `_UPPER_CHUNK` when no run can open in lower
    case (most bodies)."""
    return CHUNK.finditer(body) if opens_in_lower_case(body) else _UPPER_CHUNK.finditer(body)


TOKEN_RE = re.compile(TOKEN)
_COMMA_CLOSES = frozenset((',"', ",”", ",'", ",’"))
_OPENERS = frozenset('.!?:;"“‘([—–-')
_CLOSERS = frozenset("'\"”’)")
_SENTENCE_END = re.compile(r"(?:[.!?:;]['\"”’)]*|[\"“‘(\[]|—|–|-)\s*$")


@dataclass(slots=True)
class Chunk:
    """A run of capitalised words: its text, offsets and word offsets within the body."""

    start: int
    end: int
    words: list[tuple[int, int]]
    sentence_start: bool

    def text(self, body: str) -> str:
        """The chunk's surface text."""
        return body[self.start : self.end]


class LowerWords:
    """Answers "does this word occur in lower case in the body?" (common word or name?).

    Looked up on demand with `str.find`, memoised: far cheaper than collecting every word
    of the body when only a few dozen capitalised words are ever asked about.
    """

    def __init__(self, body: str) -> None:
        self._body = body
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._occurs(word)
        return known

    def _occurs(self, word: str) -> bool:
        body, size = self._body, len(word)
        pos = body.find(word)
        while pos != -1:
            before = body[pos - 1] if pos else " "
            after = body[pos + size : pos + size + 1] or " "
            if not (before.isalnum() or before in "’'-") and not (
                after.isalnum() or after in "’'-"
            ):
                return True
            pos = body.find(word, pos + 1)
        return False


def words_before(body: str, word: str) -> Iterator[str]:
    """The word right before each occurrence of " " + `word` in `body` (a name's neighbours:
    "Bill" in "Bill Hammons", "Kanye" in "Kanye West")."""
    pos = body.find(" " + word)
    while pos > 0:
        before = body[max(0, pos - 20) : pos].rsplit(None, 1)
        if before:
            yield before[-1]
        pos = body.find(" " + word, pos + 1)


def lower_words(body: str) -> LowerWords:
    """The lower-case words of the body, as a lazily answered membership test."""
    return LowerWords(body)


def _starts_sentence(body: str, start: int) -> bool:
    if start == 0:
        return True
    if start >= 2 and body[start - 1] == " " and body[start - 2].isalnum():
        return False  # the common case, mid-sentence: "... said Putin"
    before = body[max(0, start - 4) : start]
    if "\n" in body[max(0, start - 2) : start]:
        return True
    stripped = before.rstrip()
    if not stripped:
        return start <= 4
    if stripped[-2:] in _COMMA_CLOSES:
        return False  # "...holding off," Chief Financial Officer Renata Solis said
    return stripped[-1] in _OPENERS or (
        stripped[-1] in _CLOSERS and bool(_SENTENCE_END.search(before))
    )


# A run of several words -> the (start, end) of its words within it. TOKEN has no look-behind
# and `finditer` stops its look-aheads at the run's end, so the words depend on the run's text
# alone; the same names recur in and across articles, and splitting them was a tenth of the
# chunk scan.
_RUN_WORDS: dict[str, tuple[tuple[int, int], ...]] = {}
_RUN_WORDS_SIZE = 20_000


def _run_words(text: str) -> tuple[tuple[int, int], ...]:
    """`TOKEN_RE.finditer(text)`'s spans, memoised."""
    words = _RUN_WORDS.get(text)
    if words is None:
        if len(_RUN_WORDS) >= _RUN_WORDS_SIZE:
            _RUN_WORDS.clear()
        words = _RUN_WORDS[text] = tuple(m.span() for m in TOKEN_RE.finditer(text))
    return words


# Function words that a run is cut off by ("The", "But"; not "Mr.", which opens a name).
_DROPPED = frozenset(w for w in FUNCTION_WORDS if w.lower().rstrip(".") not in HONORIFICS)


_CHESS_TITLES = frozenset("IM WGM WIM WFM WCM".split())
# Dropped words that do open an organisation's name before its head word.
_NAME_OPENERS = frozenset(("Local", "Police", "First", "Small", "Workers", "Big"))  # "Big ... Fund"


_STORM_WORDS = frozenset(("Storm", "Hurricane", "Typhoon", "Cyclone"))


def _dropped_opener(body: str, words: list[tuple[int, int]], token: str) -> bool:
    """Whether the run's first word is a function word that is no part of the name ("The",
    "Former"), unless a name goes on with it: a given name ("Jan Peeters", "April Jones") or
    a body's opening word before its head ("the Local Government Association")."""
    if token not in _DROPPED:
        # a chess title before a player's name: "WGM Ketevan Beridze" (not GM: General Motors);
        # a kind of body in the plural before their names: "the NGOs Greenpeace and Pusaka"
        # (not a role's: "MPs Ann Lee and ...")
        return (
            len(words) > 1
            and (
                token in _CHESS_TITLES
                or (
                    token[-1:] == "s"
                    and token[:-1].isupper()
                    and token[:-1].isalpha()  # (not a possessive: "NASA's")
                    and len(token) > 2
                    and token[:-1].lower() not in ROLE_NOUNS
                )
            )
        )
    if len(words) == 1:
        return True
    if token in given_names():
        return False
    if token in _ORDINALS and body[words[-1][0] : words[-1][1]] in _STREET_HEADS:
        return False  # "Second Avenue", "the Third Ring Road"
    if token in _OF_NAME_WORDS and _after_name_of(body, words[0][0]):
        return False  # "the Federation of Small Businesses"
    if token not in ("The", "A", "An") and body[words[0][0] : words[-1][1]] in KNOWN_ORGS:
        return False  # "All Progressives Congress", "All India Radio" (not "The Guardian")
    # ("First Abu Dhabi Bank", "the All England Club"; not "First Nations", peoples)
    return not (
        (token in _NAME_OPENERS or token == "All" and body.endswith("the ", 0, words[0][0]))
        and body[words[-1][0] : words[-1][1]] in ORG_HEADS
        and (token != "First" or len(words) > 2)
    )


# Dropped ordinals that open a street's name ("First Street", "Third Ring Road").
_ORDINALS = frozenset(("First", "Second", "Third"))
_STREET_HEADS = frozenset(("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive"))
# Dropped words that go on a name after its "of" ("Federation of Small Businesses",
# "Ministry of Local Government", "Association of Former Members").
_OF_NAME_WORDS = frozenset(
    "Big Small Senior Former Local Police Major Minor Top Key Workers Members Voters".split()
)


def _after_name_of(body: str, start: int) -> bool:
    """Whether `start` follows a capitalised word and " of " or " for " ("Federation of ...",
    "Office for Police Conduct")."""
    if not body.endswith((" of ", " for "), 0, start):
        return False
    at = start - (5 if body.endswith(" of ", 0, start) else 6)
    while at > 0 and body[at - 1].isalpha():
        at -= 1
    return body[at : at + 1].isupper()


# Words that open a place's name even where the text also writes them in lower case.
_PLACE_OPENERS = frozenset("Lake Mount River Cape Fort Port Isle Loch".split())


def _place_before_day(body: str, words: list[tuple[int, int]]) -> bool:
    """Whether a run of a weekday after a big place's name is the place and a day ("hit
    Bermuda Wednesday"; not "Sheffield Wednesday", a club the organisations list knows)."""
    text = body[words[0][0] : words[-1][1]]
    entry = load_gazetteer().get(body[words[0][0] : words[-2][1]])
    return (
        entry is not None
        and (entry.kind in ("country", "region") or entry.population >= 200_000)
        and text not in KNOWN_ORGS
    )


def _opens_with_place(body: str, words: list[tuple[int, int]]) -> bool:
    """Whether the run's first two words are a region's or a country's name ("New Jersey"),
    or a compass word and one ("Eastern Germany")."""
    gaz = load_gazetteer()
    entry = gaz.get(body[words[0][0] : words[1][1]])
    if entry is None and body[words[0][0] : words[0][1]] in COMPASS_WORDS:
        entry = gaz.get(body[words[1][0] : words[1][1]])
    return entry is not None and entry.kind in ("country", "region", "continent")


# What is said right after a run of words naming a company or a body, never after a person's
# name: "Citrus Vantara chief executive Molly Trent", "Goldman Sachs analysts", "Harlow Group's
# board of directors" (a person has a chief of staff, shares and employees of their own).
RUN_CUE_AFTER = lazy(
    r"(?: (?:chair(?:man|woman)?|spokes(?:man|woman|person)|executives|employees|analysts?)\b"
    r"|(?:['’]s)? (?:chief (?:executive|financial officer|operating officer)|CEO|CFO|"
    r"board of directors|shareholders|subsidiary|parent company|share price)\b)"
)


def _ordinary_opener(
    body: str, words: list[tuple[int, int]], token: str, common: LowerWords
) -> bool:
    """Whether the first word of a run that opens a sentence is an ordinary word capitalised
    by its place: the text also writes it in lower case (not a title before a name, "Chief
    Minister Himanta Deka", "Transport Secretary Louise Haigh"), or a plural noun naming a
    category ("Suppliers Nordvik, Halcyon Labs and ...")."""
    low, several, of_after = token.lower(), len(words) > 1, body.startswith(" of ", words[0][1])
    if several and body.startswith("The ", words[1][0]):
        return True  # "Commuters The Straits Courier spoke to ...": a name opens after it
    if low in SPEECH_VERBS and (low.endswith("ed") or low in ("said", "told", "wrote")):
        return True  # ("Remarked Center for Biological Diversity scientist Tierra Curry, ...")
    if several and (
        body[words[-1][0] : words[-1][1]] in ORG_HEADS
        or token in _PLACE_OPENERS
        or (len(words) > 2 and body[words[1][0] : words[1][1]] == "Party")
    ):
        # "Universities Fund chairman ...": a body's name opens the sentence (a party's before
        # its member's title and name: "Centre Party MP Hanna Mäkelä"); "Lake Erie's water
        # ...": a lake's
        return False
    if several and RUN_CUE_AFTER.match(body, words[-1][1]):
        return False  # "Citrus Australia chief executive ...": a body's name opens it
    if not of_after and any(body[words[0][0] : b] in KNOWN_ORGS for _, b in words[:4]):
        return False  # "Nationals MP for ...", "Reporters Without Borders": a body's name
    if low in common and low not in HONORIFICS:
        title = several and (
            low in TITLE_WORDS
            or body[words[1][0] : words[1][1]].lower() in TITLE_WORDS
            or _opens_with_place(body, words)  # "New Jersey had ..."
        )
        if not title:
            return True
    return several and (
        plural_noun(token)
        or (_gerund(token) and body[words[0][0] : words[-1][1]] not in KNOWN_ORGS)
    )


_DATED = frozenset(("Published", "Updated", "Posted", "Modified", "Edited", "Filed"))


def _gerund(token: str) -> bool:
    """A verb's "-ing" form opening a sentence ("Joining Helixor puts ...", "Building Ostra
    took ...") or a page's date label ("Published March 29"): no part of the name after it
    (not a town, "Reading", nor a given name)."""
    low = token.lower()
    if token in _DATED:
        return True  # ("Published March 29, 2026", "Updated Jan 5")
    if len(low) < 6 or not low.endswith("ing") or token in given_names():
        return False
    stem, words = low[:-3], common_words()
    return (
        low in words
        and (stem in words or stem + "e" in words or (stem[-1] == stem[-2] and stem[:-1] in words))
        and load_gazetteer().get(token) is None
    )


def find_chunks(body: str, common: LowerWords) -> list[Chunk]:
    """Capitalised runs, with sentence-opening common words and function words trimmed off."""
    out: list[Chunk] = []
    append, dropped = out.append, _DROPPED
    for m in runs(body):
        text = m.group()
        if " " not in text:
            # One word (most runs): no need to split it.
            if text in dropped:
                continue
            start, end = m.span()
            if text in CHAMBERS and (tail := committee_words(body, end)):
                append(Chunk(start, tail[-1][1], [(start, end), *tail], False))
                continue  # "the Senate finance committee" (`chamber_committees`)
            if start >= 2 and body[start - 1] == " " and body[start - 2].isalnum():
                append(Chunk(start, end, [(start, end)], False))  # (`_starts_sentence`'s
                continue  # common case, tested here without the call)
            first = _starts_sentence(body, start)
            if first:
                low = text.lower()
                if low in common and low not in HONORIFICS:
                    continue
            append(Chunk(start, end, [(start, end)], first))
            continue
        start = m.start()
        words = [(start + a, start + b) for a, b in _run_words(text)]
        if body[words[0][0] : words[0][1]] in _STORM_WORDS or text.startswith("Tropical Storm "):
            continue  # "Storm Darragh", "Hurricane Milton": a storm's name is nobody's
        first = sentence_start = _starts_sentence(body, start)
        while words:
            token = body[words[0][0] : words[0][1]]
            if _dropped_opener(body, words, token) or (
                first and _ordinary_opener(body, words, token, common)
            ):
                words.pop(0)
                first = False
                continue
            break
        if not words:
            continue
        if words[0][0] != start:
            sentence_start = False
        if len(words) == 1 and body[words[0][0] : words[0][1]] in CHAMBERS:
            words.extend(committee_words(body, words[0][1]))  # ("The Senate finance committee")
        if ". " in text and len(words) > 1:
            # A function word after an abbreviation's full stop opens a sentence, and so does
            # any word after a company's suffix (`run_cuts`).
            cut = stop_cut(body, words, dropped)
            if cut:
                append(Chunk(words[0][0], words[cut - 1][1], words[:cut], sentence_start))
                opener = body[words[cut][0] : words[cut][1]] not in dropped
                rest = words[cut:] if opener else words[cut + 1 :]
                if rest:
                    append(Chunk(rest[0][0], rest[-1][1], rest, opener))
                continue
        if (
            len(words) > 1
            and body[words[-1][1] - 1] in "yY"  # (a weekday's last letter, tested first)
            and body[words[-1][0] : words[-1][1]].lower() in WEEKDAYS
            and (_DATE_AFTER.match(body, words[-1][1]) or _place_before_day(body, words))
        ):
            words.pop()  # "LibriVox founder Hugh McGuire Sunday, May 28": a date after a name
        elif len(words) > 1 and (
            date_tail(body, words) or group_tail(body, words) or pronoun_tail(body, words)
        ):  # "told Congress Wednesday", "in London Jul. 7": a date after a name; "Michael Siegel
            words.pop()  # I am a professor": a transcript's speaker, then "I"
        if (
            len(words) > 1
            and body[words[-1][0] : words[-1][1]] in _CREDIT_WORDS
            and (body.startswith(":", words[-1][1]))
        ):
            words.pop()  # "student Ahmed Mohamed Image: Twitter": a caption's credit
        if "r. " in text and len(words) > 2:
            # A suffix ends a name: "Samuel A. Alito Jr. Justice Neil M. Gorsuch" is two
            # runs (its full stop may end a sentence too)
            cut = suffix_cut(body, words)
            if cut:
                append(Chunk(words[0][0], words[cut - 1][1], words[:cut], sentence_start))
                rest = words[cut:]
                append(Chunk(rest[0][0], rest[-1][1], rest, True))
                continue
        if "-Office" in text:
            office_cut(body, words)
        append(Chunk(words[0][0], words[-1][1], words, sentence_start))
    return out


# The word before a caption's credit ("Image: Reuters"), which ends the name before it.
_CREDIT_WORDS = frozenset(("Image", "Photo", "Picture", "Video", "Credit", "Source"))
# A month or a day's number after a weekday and a comma ("Sunday, May 28", "Monday, 3 June";
# not "Sheffield Wednesday, 2-1": a club).
_DATE_AFTER = lazy(
    r",? (?:\d{1,2}(?:st|nd|rd|th)? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)


def split_chunk(chunk: Chunk, index: int) -> tuple[Chunk | None, Chunk | None]:
    """The chunk cut before word `index` (either half may be None)."""
    left = right = None
    if index > 0:
        w = chunk.words[:index]
        left = Chunk(w[0][0], w[-1][1], w, chunk.sentence_start)
    if index < len(chunk.words):
        w = chunk.words[index:]
        right = Chunk(w[0][0], w[-1][1], w, False)
    return left, right
