"""People, places and organisations from capitalised runs, the gazetteer and context cues.

Precision first: a capitalised phrase becomes a person only on evidence (a title, a known
given name, a family-name-first pattern, a role in apposition, an age, a verb of saying,
or its surname used alone elsewhere), a place only when the gazetteer knows it and, for
names that are also ordinary words, a cue such as "in X" backs it, and an organisation only
by its shape (heads such as Ministry or Ltd, "X of Y", acronyms, "the X") or because it is
a well-known body.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from briefing.core.facts import Organisation, Person, Place, Span
from briefing.facts.chunks import Chunk, LowerWords, find_chunks, lower_words, split_chunk
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import (
    AMBIGUOUS_PLACES,
    FAMILY_FIRST,
    HONORIFICS,
    HUMAN_VERBS,
    KNOWN_ORGS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_OF_HEADS,
    PLACE_CUES,
    REGION_HEADS,
    SITE_HEADS,
    SITE_PREFIXES,
    SPEECH_VERBS,
    STATE_HEADS,
    TITLE_WORDS,
    given_names,
)
from briefing.facts.names import fold, is_suffix_name, name_parts, same_person
from briefing.facts.roles import possessive, resolve_possessive, role_after, role_before

__all__ = ["Entities", "find_entities", "fold"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_OF_GAP = re.compile(r"^ (?:of|on|for) (?:the )?$")
_AND_GAP = re.compile(r"^ (?:and|&) $")
_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([a-z][\w-]*)")
# "(GDP)": found by its literal "(" (a fast scan); the lower-case word before is checked apart.
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)")
_PLACE_JOIN = re.compile(r"^(?:,\s*|\s+(?:and|or)\s+)$")
_VERB_AFTER = re.compile(r"^,?\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# (The lookahead on the phrases' first letters lets the engine skip to where one can start.)
_SPEECH_BEFORE = re.compile(
    r"(?=[satw])\b(?:said|says|according to|told|asked|added|wrote)\s+$", re.IGNORECASE
)
_AGE_WORD = re.compile(r"-year-old$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"-year-old\s+$")
_AGE_AFTER = re.compile(r"^(?:,\s+\d{1,3},|\s+\(\d{1,3}\))")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_COMPOUND_ADJ = re.compile(
    r"^(.+?)-(?:based|born|backed|led|owned|run|controlled|made|funded|linked|style|era)$"
)
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_AT_THE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|inside)\s+the\s+$")
_CUE_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")
_CUE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w.]+|\s+(?:city|town|village|port|region|province|area|county|district)\b)"
)
_ALLCAPS_PARA = re.compile(r"[^\n]+")
# Four words in capitals: "(?<!\w)(?:[A-ZÀ-Þ]{2,}\W+){4}", written to open with a character
# class (the engine then skips ahead to capitals; ~2x faster than a lookahead opening).
_CAPS_RUN = re.compile(r"[A-ZÀ-Þ](?<!\w[A-ZÀ-Þ])[A-ZÀ-Þ]+\W+(?:[A-ZÀ-Þ]{2,}\W+){3}")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DATELINE = re.compile(
    r"^([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}?)(?:,\s+([A-Z][\w.]+(?: [A-Z][\w.]+)?)(?=[,.\s])|(?=\s+[–—-]\s|\s+\())",
    re.MULTILINE,
)
_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i|ch)$")


@dataclass(eq=False)
class _Entity:
    kind: str  # person | place | org
    name: str
    extra: str | None = None  # role for people, kind for places
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def add(self, surface: str, span: Span) -> None:
        if surface not in self.mentions:
            self.mentions.append(surface)
        if span not in self.spans:
            self.spans.append(span)


@dataclass
class Entities:
    """The people, places and organisations of one body, plus a position index for quotes."""

    people: list[Person]
    places: list[Place]
    organisations: list[Organisation]
    # (start, end, kind, canonical name) of every mention, in text order.
    mentions: list[tuple[int, int, str, str]]


def _word_before(body: str, start: int) -> str:
    """The whitespace-separated word just before `start` ("" when punctuation intervenes)."""
    if not start or not body[start - 1].isspace():
        return ""
    parts = body[max(0, start - 25) : start].split()
    return parts[-1] if parts else ""


def _word_after(body: str, end: int) -> str:
    """The whitespace-separated word just after `end` ("" when punctuation intervenes)."""
    if end >= len(body) or not body[end].isspace():
        return ""
    parts = body[end : end + 25].split(None, 1)
    return parts[0] if parts else ""


def _is_given(word: str, given: frozenset[str]) -> bool:
    return word in given or ("-" in word and word.split("-")[0] in given)


@lru_cache(maxsize=8192)
def _name_like(words: tuple[str, ...]) -> bool:
    """`_Builder.name_like` for 2-5 words. It reads only the words, the shipped word lists
    and the gazetteer, so it is memoised for the process: the same runs recur in and across
    articles, and this was the most called check of the chunk walk."""
    given = given_names()
    gaz = load_gazetteer()
    if words[-1].lower() in TITLE_WORDS and not _is_given(words[0], given):
        return False
    for i, w in enumerate(words):
        if _ROMAN.match(w) and i == len(words) - 1:
            continue
        if w in ORG_HEADS or (w.isupper() and len(w) > 1) or w in SITE_HEADS or w in REGION_HEADS:
            return False
        if w in NON_NAME_WORDS and not (i == len(words) - 1 and _is_given(words[0], given)):
            return False
    first = gaz.get(words[0])
    if first is not None and first.population >= 300_000 and not _is_given(words[0], given):
        return False
    return gaz.get(" ".join(words)) is None


_LIST_GAPS = (", ", ", and ", " and ", ", or ", " or ")
_LIST_GAP_LENGTHS = tuple(sorted({len(gap) for gap in _LIST_GAPS}))


class _Builder:
    """Accumulates entities while walking the chunks of one body."""

    def __init__(self, body: str, common: LowerWords) -> None:
        self.body = body
        self.common = common
        self.gaz = load_gazetteer()
        self.given = given_names()
        self.people: list[_Entity] = []
        self.places: dict[str, _Entity] = {}
        self.orgs: dict[str, _Entity] = {}
        self.acronyms: dict[str, str] = {}
        self.pending: list[Chunk] = []
        self.leftover: list[Chunk] = []
        self.singles: set[str] = set()
        self.person_parts: set[str] = set()
        # name part -> people with it; last word -> people (keeps lookups linear in the text)
        self.by_part: dict[str, dict[int, _Entity]] = {}
        self.by_last: dict[str, dict[int, _Entity]] = {}
        self.place_ends: list[int] = []
        self.place_end_set: set[int] = set()
        self.place_start_set: set[int] = set()
        # name part -> sorted (mention start, person): who a lone surname points back to
        self.part_positions: dict[str, list[tuple[int, _Entity]]] = {}
        self.org_first_words: dict[str, _Entity] = {}
        self._roles_before: dict[int, str | None] = {}
        self._roles_after: dict[int, str | None] = {}
        # "Its spokesperson" -> where it starts, to resolve the pronoun once all names are known
        self.possessive_roles: dict[str, int] = {}

    # -- helpers -----------------------------------------------------------------------
    def role_before(self, start: int) -> str | None:
        """`roles.role_before` at `start`, computed once per position (a person's evidence
        and their role both ask for it)."""
        try:
            return self._roles_before[start]
        except KeyError:
            role = self._roles_before[start] = role_before(self.body, start)
            if role is not None and possessive(role):
                at = self.body.rfind(role, max(0, start - 90), start)
                self.possessive_roles.setdefault(role, max(at, 0))
            return role

    def role_after(self, end: int) -> str | None:
        """`roles.role_after` at `end`, computed once per position."""
        try:
            return self._roles_after[end]
        except KeyError:
            role = self._roles_after[end] = role_after(self.body, end)
            if role is not None and possessive(role):
                at = self.body.find(role, end, end + 90)
                self.possessive_roles.setdefault(role, at if at >= 0 else end)
            return role

    def words(self, chunk: Chunk) -> list[str]:
        return [self.body[a:b] for a, b in chunk.words]

    def add_place(self, name: str, kind: str, surface: str, span: Span) -> None:
        entity = self.places.setdefault(fold(name), _Entity("place", name, kind))
        entity.add(surface, span)
        self.place_ends.append(span[1])
        self.place_end_set.add(span[1])
        self.place_start_set.add(span[0])

    def add_org(self, name: str, surface: str, span: Span) -> None:
        entity = self.orgs.setdefault(fold(name), _Entity("org", name))
        entity.add(surface, span)
        first, _, rest = name.partition(" ")
        if rest:
            self.org_first_words.setdefault(first, entity)

    def cue_before(self, start: int) -> bool:
        before = _word_before(self.body, start)
        if before == "the":
            before = _word_before(self.body, start - 4)
        if before.lower() in PLACE_CUES:
            return True
        # "Galway and Limerick": right after another place.
        return any(
            0 < start - b <= 6 and _PLACE_JOIN.match(self.body[b:start])
            for b in self.place_ends[-3:]
        )

    def cue_after(self, end: int) -> bool:
        return bool(_CUE_AFTER.match(self.body[end : end + 30]))

    def place_for(self, text: str, chunk: Chunk) -> tuple[str, str] | None:
        """(canonical, kind) when `text` is a place here, with guards for ordinary words."""
        entry = self.gaz.get(text)
        if entry is None or text in NON_NAME_WORDS:
            return None
        # Countries and continents are never risky (unless listed as ambiguous); the body-wide
        # lower-case lookup, the one costly test, goes last.
        risky = (
            len(chunk.words) == 1
            and (entry.kind not in ("country", "continent") or text in AMBIGUOUS_PLACES)
            and (
                text in AMBIGUOUS_PLACES
                or _is_given(text, self.given)
                or (entry.kind == "city" and entry.population < 300_000)
                or (
                    entry.kind == "region"
                    and entry.population == 0
                    and entry.country not in ("", "US")
                )
                or text.lower() in self.common
            )
        )
        if risky and not (self.cue_before(chunk.start) or self.cue_after(chunk.end)):
            return None
        return entry.canonical, entry.kind

    # -- people ------------------------------------------------------------------------
    def name_like(self, words: list[str]) -> bool:
        """Words that could make up a person's name (no org heads, no months, no acronyms)."""
        if not 2 <= len(words) <= 5:
            return False
        return _name_like(tuple(words))

    def after_the(self, chunk: Chunk) -> bool:
        """The run follows "the" (people do not; organisations and sites do)."""
        start = chunk.start
        return self.body[max(0, start - 4) : start] in ("the ", "The ") and (
            start < 5 or not self.body[start - 5].isalpha()
        )

    def org_noun_next_to(self, chunk: Chunk) -> bool:
        """ "the farmers' union Unió de Pagesos" / "the ACV-Transcom union"."""
        return (
            _word_before(self.body, chunk.start) in ORG_NOUNS
            or _word_after(self.body, chunk.end) in ORG_NOUNS
        )

    def context_evidence(self, chunk: Chunk) -> bool:
        """The words around a name say it is a person's."""
        after = self.body[chunk.end : chunk.end + 40]
        verb = _VERB_AFTER.match(after)
        if verb and (verb.group(1) in SPEECH_VERBS or verb.group(1) in HUMAN_VERBS):
            return True
        if _AGE_AFTER.match(after) or _AGE_BEFORE.search(
            self.body, max(0, chunk.start - 20), chunk.start
        ):
            return True
        if _SPEECH_BEFORE.search(self.body[max(0, chunk.start - 20) : chunk.start]):
            return True
        return self.role_after(chunk.end) is not None or self.role_before(chunk.start) is not None

    def person_evidence(self, words: list[str], chunk: Chunk) -> bool:
        if not self.name_like(words) or self.after_the(chunk):
            return False
        if _is_given(words[0], self.given) or (words[0] in FAMILY_FIRST and len(words) <= 3):
            return True
        return self.context_evidence(chunk)

    def find_person(self, part: str, position: int) -> _Entity | None:
        """The person with `part` in their name, nearest before `position` (else first after)."""
        if part not in self.person_parts or part.lower() in NAME_PARTICLES:
            return None
        positions = self.part_positions.get(part)
        if not positions:
            return None
        i = bisect.bisect_left(positions, (position,))
        if i > 0:
            return positions[i - 1][1]
        return positions[0][1]

    def index_mention(self, person: _Entity, start: int) -> None:
        """Record that `person` is mentioned at `start`, under every part of their name."""
        for part in name_parts(person.name):
            positions = self.part_positions.setdefault(part, [])
            entry = (start, person)
            if not positions or positions[-1][0] < start:
                positions.append(entry)
            else:
                positions.insert(bisect.bisect_left(positions, (start,)), entry)

    def index_person(self, person: _Entity) -> None:
        """Make `person` findable by each part of its (possibly renamed) name."""
        parts = name_parts(person.name)
        self.person_parts.update(parts)
        for part in parts:
            self.by_part.setdefault(part, {})[id(person)] = person
        words = person.name.split()
        if words:
            self.by_last.setdefault(words[-1], {})[id(person)] = person

    def add_person(self, chunk: Chunk, role: str | None) -> None:
        """Record a person mention; honorifics are dropped from the name, particles kept."""
        words = chunk.words
        while words and self.body[words[0][0] : words[0][1]].lower() in HONORIFICS:
            words = words[1:]
        if not words:
            return
        start = words[0][0]
        name = " ".join(self.body[start : chunk.end].split())
        span = (chunk.start, chunk.end)
        surface = self.body[chunk.start : chunk.end]
        target: _Entity | None = None
        if len(words) == 1:
            target = self.find_person(name, chunk.start)
            if target is None and name in ORG_HEADS:
                return  # "Guild, said ..." / "the Council": an organisation's head word alone
        else:
            last = name.rsplit(None, 1)[-1]
            for person in list(self.by_last.get(last, {}).values()):
                if not person.name.endswith(last):
                    continue
                if fold(person.name) == fold(name) or same_person(person.name, name):
                    target = person
                    break
                if is_suffix_name(name, person.name):
                    target = person
                    break
                if is_suffix_name(person.name, name):
                    target = person
                    person.name = name
                    break
        if target is None:
            target = _Entity("person", name, role)
            self.people.append(target)
        elif len(name.split()) > len(target.name.split()) and same_person(target.name, name):
            target.name = name
        self.index_person(target)
        target.add(surface, span)
        target.extra = target.extra or role
        self.index_mention(target, span[0])

    # -- chunk walk --------------------------------------------------------------------
    def handle(self, chunk: Chunk) -> None:
        body = self.body
        words = [body[a:b] for a, b in chunk.words]
        text = body[chunk.start : chunk.end]
        # Possessives split a run: "Russia's President Vladimir Putin". (Most runs have no
        # apostrophe at all: then there is nothing to look for.)
        if "'" in text or "’" in text:
            for i, word in enumerate(words[:-1]):
                plural_name = (
                    word[-1] in "’'"
                    and words[-1] in ORG_HEADS
                    and self.gaz.get(self.body[chunk.start : chunk.words[i][1] - 1]) is None
                )
                if _POSSESSIVE.search(word) and not plural_name:
                    # ("Workers' Union" is one name: a plural possessive before an org head)
                    left, right = split_chunk(chunk, i + 1)
                    if left is not None:
                        cut = 1 if word[-1] in "’'" else 2
                        left.end -= cut
                        left.words[-1] = (left.words[-1][0], left.words[-1][1] - cut)
                        self.handle(left)
                    if right is not None:
                        self.handle(right)
                    return
            if _POSSESSIVE.search(words[-1]) and len(words[-1]) > 3:
                cut = 1 if words[-1][-1] in "’'" else 2  # "States'" keeps its s, "Russia's" not
                chunk.end -= cut
                chunk.words[-1] = (chunk.words[-1][0], chunk.words[-1][1] - cut)
                words[-1] = words[-1][:-cut]
                text = self.body[chunk.start : chunk.end]
        if len(words) > 1 and "-" in words[0] and _AGE_WORD.search(words[0]):
            _, core = split_chunk(chunk, 1)  # "Fourteen-year-old Zoe"
            if core is not None and not any(w in ORG_HEADS for w in words[1:]):
                self.add_person(core, None)
            return
        compound = _COMPOUND_ADJ.match(text) if len(words) == 1 and "-" in text else None
        if compound is not None:
            # "Oslo-based", "Kremlin-backed": only the name part is an entity.
            chunk.end = chunk.start + len(compound.group(1))
            chunk.words[-1] = (chunk.start, chunk.end)
            words[-1] = text = compound.group(1)
        span = (chunk.start, chunk.end)
        if text in self.acronyms:
            self.add_org(self.acronyms[text], text, span)
            return
        if text in KNOWN_ORGS:
            self.add_org(KNOWN_ORGS[text], text, span)
            return
        place = self.place_for(text, chunk)
        if place is not None and not (len(words) == 1 and self.find_person(text, chunk.start)):
            self.add_place(place[0], place[1], text, span)
            return
        if len(words) > 1 and words[-1] == "City":
            town = self.gaz.get(" ".join(words[:-1]))
            if town is None or town.country != "GB":  # "Tandag City"; "Swansea City" is a club
                self.add_place(text, "city", text, span)
                return
        if len(words) > 1 and (
            words[-1] in ORG_HEADS
            or (any(w in ORG_OF_HEADS for w in words[:-1]) and " of " in text)
        ):
            if any(w.lower() in TITLE_WORDS for w in words):  # "Secretary of State": an office
                return
            self.org_with_place(chunk, words, text)
            return
        if (
            len(words) > 1
            and words[0] in KNOWN_ORGS
            and self.gaz.get(" ".join(words[1:])) is not None
        ):
            self.add_org(text, text, span)  # "CNN Philippines"
            return
        if len(words) > 1 and words[-1] in REGION_HEADS:
            self.add_place(text, "region", text, span)
            return
        if len(words) > 1 and (words[-1] in SITE_HEADS or words[0] in SITE_PREFIXES):
            self.add_place(text, "site", text, span)
            return
        if len(words) == 1 and "-" in text and self.hyphenated_places(chunk, text):
            return
        if len(words) == 1 and _ACRONYM.match(text) and text not in NON_ORG_ACRONYMS:
            self.add_org(text, text, span)
            return
        if len(words) > 1 and _DEMONYM.match(words[0]) and words[0] not in self.given:
            rest = " ".join(words[1:])
            if rest in KNOWN_ORGS or (
                len(words) == 2 and _ACRONYM.match(rest) and rest not in NON_ORG_ACRONYMS
            ):
                _, core = split_chunk(chunk, 1)
                if core is not None:
                    self.add_org(KNOWN_ORGS.get(rest, rest), rest, (core.start, core.end))
                    return
        if (
            self.org_noun_next_to(chunk)
            and not _is_given(words[0], self.given)
            and not (len(words) == 1 and chunk.sentence_start)
        ):
            self.add_org(text, text, span)
            return
        if (
            len(words) == 1
            and words[0] in ORG_HEADS
            and self.body[max(0, chunk.start - 4) : chunk.start] == "The "
            and not chunk.sentence_start
        ):
            self.add_org("The " + text, "The " + text, (chunk.start - 4, chunk.end))
            return
        if len(words) > 1:
            if self.titled_person(chunk, words):
                return
            if self.person_evidence(words, chunk):
                self.add_person(chunk, self.role_before(chunk.start) or self.role_after(chunk.end))
                return
        if len(words) == 1:
            # (A lone word is never a titled person nor name-shaped: those need two words.)
            self.singles.add(text)
            if not chunk.sentence_start or text.lower() not in self.common:
                self.pending.append(chunk)
        else:
            self.leftover.append(chunk)

    def listed_with_place(self, chunk: Chunk) -> bool:
        """ "Carrascal, Cantilan, Madrid and Cortes": a comma list that holds places."""
        ends, starts = self.place_end_set, self.place_start_set
        # Quick exit: no place ends or starts a list gap's length away.
        a, b = chunk.start, chunk.end
        for n in _LIST_GAP_LENGTHS:
            if a - n in ends or b + n in starts:
                break
        else:
            return False
        before = self.body[max(0, chunk.start - 6) : chunk.start]
        after = self.body[chunk.end : chunk.end + 7]
        for gap in _LIST_GAPS:
            if before.endswith(gap) and chunk.start - len(gap) in ends:
                return True
            if after.startswith(gap) and chunk.end + len(gap) in starts:
                return True
        return False

    def org_by_first_word(self, word: str) -> _Entity | None:
        """The organisation whose multi-word name starts with `word` ("Nordvik" -> Nordvik Shipping ASA)."""
        return self.org_first_words.get(word)

    def hyphenated_places(self, chunk: Chunk, text: str) -> bool:
        """ "Asia-Europe routes", "US-China talks": each part a country or continent."""
        parts = text.split("-")
        entries = [self.gaz.get(p) for p in parts]
        if len(parts) < 2 or any(
            e is None or e.kind not in ("country", "continent") for e in entries
        ):
            return False
        pos = chunk.start
        for part, entry in zip(parts, entries, strict=True):
            assert entry is not None
            self.add_place(entry.canonical, entry.kind, part, (pos, pos + len(part)))
            pos += len(part) + 1
        return True

    def org_with_place(self, chunk: Chunk, words: list[str], text: str) -> None:
        """An organisation; a country opening its name is also a place ("U.S. State Department")."""
        entry = self.gaz.get(words[0])
        if (
            entry is not None
            and entry.kind == "country"
            and words[-1] in STATE_HEADS
            and len(words) > 2
        ):
            a, b = chunk.words[0]
            self.add_place(entry.canonical, entry.kind, words[0], (a, b))
            rest = self.body[chunk.words[1][0] : chunk.end]
            self.add_org(KNOWN_ORGS.get(rest, rest), text, (chunk.start, chunk.end))
            return
        self.add_org(KNOWN_ORGS.get(text, text), text, (chunk.start, chunk.end))

    def titled_person(self, chunk: Chunk, words: list[str]) -> bool:
        """ "Prime Minister Keir Starmer", "Taoiseach Simon Harris", "Mr. Peeters"."""
        title_end = -1
        for i, word in enumerate(words[:-1]):
            low = word.lower()
            if low in TITLE_WORDS or low in HONORIFICS or low.rstrip(".") in TITLE_WORDS:
                title_end = i
        if title_end < 0 and not (_is_given(words[0], self.given) or words[0] in FAMILY_FIRST):
            for i in range(1, len(words) - 1):
                # (The prefix test asks the body about each word: run it last.)
                if (
                    _is_given(words[i], self.given)
                    and self.name_like(words[i:])
                    and all(
                        _DEMONYM.match(w) or w in NON_NAME_WORDS or w.lower() in self.common
                        for w in words[:i]
                    )
                ):
                    title_end = i - 1
                    break
        if title_end < 0:
            return False
        _, core = split_chunk(chunk, title_end + 1)
        if core is None:
            return False
        core_words = self.words(core)
        if len(core_words) > 1 and not self.name_like(core_words):
            return False
        if len(core_words) == 1 and (core_words[0] in ORG_HEADS or core_words[0] in NON_NAME_WORDS):
            return False
        role_words = [w for w in words[: title_end + 1] if w.lower() not in HONORIFICS]
        role = " ".join(role_words) or self.role_before(chunk.start)
        self.prefix_entities(chunk, words, title_end)
        self.add_person(core, role)
        return True

    def prefix_entities(self, chunk: Chunk, words: list[str], title_end: int) -> None:
        """Places and organisations inside a role: "U.S. President", "Fianna Fáil TD"."""
        n = 0
        while n <= title_end and not (
            words[n].lower() in TITLE_WORDS or words[n].lower() in HONORIFICS
        ):
            n += 1
        if n == 0:
            return
        start, end = chunk.words[0][0], chunk.words[n - 1][1]
        text = self.body[start:end]
        portfolio = words[n].lower() in ("minister", "secretary", "spokesman", "spokeswoman")
        if text in KNOWN_ORGS and not portfolio:  # "Labour Minister" names a portfolio
            self.add_org(KNOWN_ORGS[text], text, (start, end))
            return
        entry = self.gaz.get(text)
        if entry is not None and entry.kind in ("country", "region", "continent"):
            self.add_place(entry.canonical, entry.kind, text, (start, end))

    def resolve_leftovers(self) -> None:
        """Multi-word runs nobody claimed: a person if the surname recurs alone, else maybe an org."""
        for chunk in self.leftover:
            words = self.words(chunk)
            text = self.body[chunk.start : chunk.end]
            span = (chunk.start, chunk.end)
            opens_with_the = (
                chunk.sentence_start and self.body[chunk.start - 4 : chunk.start] == "The "
            )
            if self.after_the(chunk) or opens_with_the:
                if any(w.lower() in TITLE_WORDS or w in NON_NAME_WORDS for w in words):
                    continue
                if _AT_THE_BEFORE.search(self.body, max(0, chunk.start - 12), chunk.start):
                    self.add_place(text, "site", text, span)
                else:
                    self.add_org(text, text, span)
            elif self.name_like(words) and words[-1] in self.singles and len(words) <= 4:
                role = self.role_before(chunk.start) or self.role_after(chunk.end)
                self.add_person(chunk, role)

    def resolve_pending(self) -> None:
        """Single words left over: a known person's name part, or a speaker on their own."""
        for chunk in self.pending:
            text = self.body[chunk.start : chunk.end]
            person = self.find_person(text, chunk.start)
            if person is not None:
                person.add(text, (chunk.start, chunk.end))
                self.index_mention(person, chunk.start)
                continue
            if _AGE_BEFORE.search(self.body, max(0, chunk.start - 20), chunk.start):
                self.add_person(chunk, None)  # "Fourteen-year-old Zoe"
                continue
            if self.listed_with_place(chunk):
                self.add_place(text, "place", text, (chunk.start, chunk.end))
                continue
            if _is_given(text, self.given) or text in NON_NAME_WORDS or text.lower() in self.common:
                continue
            if self.org_noun_next_to(chunk):
                self.add_org(text, text, (chunk.start, chunk.end))
                continue
            owner = self.org_by_first_word(text)
            if owner is not None:
                owner.add(text, (chunk.start, chunk.end))
                continue
            if self.after_the(chunk) or self.body[max(0, chunk.start - 4) : chunk.start] == "The ":
                continue
            if (
                _IN_BEFORE.search(self.body, max(0, chunk.start - 10), chunk.start)
                and not chunk.sentence_start
                and text not in ORG_HEADS
            ):
                self.add_place(text, "place", text, (chunk.start, chunk.end))
                continue
            after = _VERB_AFTER.match(self.body[chunk.end : chunk.end + 30])
            if after and after.group(1) in SPEECH_VERBS and not text.isupper():
                self.add_person(chunk, self.role_before(chunk.start))


_JOINABLE = (
    ORG_OF_HEADS | SITE_HEADS | REGION_HEADS | {"Republic", "Kingdom", "Isle", "City", "Federation"}
)


def _merge_of(body: str, chunks: list[Chunk]) -> list[Chunk]:
    """Join "Ministry" + "of" + "Defence" (and "Gulf of Mexico") into one run."""
    out: list[Chunk] = []
    for chunk in chunks:
        if out and 4 <= chunk.start - out[-1].end <= 9:  # " of ", " of the ", " and "
            prev = out[-1]
            last = body[prev.words[-1][0] : prev.words[-1][1]]
            gap = body[prev.end : chunk.start]
            nxt = body[chunk.words[-1][0] : chunk.words[-1][1]]
            first = body[prev.words[0][0] : prev.words[0][1]]
            chained = first in ORG_OF_HEADS and " of " in body[prev.start : prev.end]
            if ((last in _JOINABLE or chained) and _OF_GAP.match(gap)) or (
                # "Norwegian Water Resources and Energy Directorate"
                _AND_GAP.match(gap)
                and len(prev.words) >= 2
                and last not in ORG_HEADS
                and not prev.sentence_start
                and (
                    # "... Volcanology and Seismology (Phivolcs)": the acronym closes the name
                    _ACRONYM_DEF.match(body, chunk.end) is not None
                    or (
                        nxt in ORG_HEADS
                        and not any(body[a:b] in ORG_OF_HEADS for a, b in prev.words)
                    )
                )
            ):
                out[-1] = Chunk(
                    prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start
                )
                continue
        out.append(chunk)
    return out


def _caps_ranges(body: str) -> list[tuple[int, int]]:
    """Paragraph ranges written in capitals, where capitalisation says nothing."""
    out: list[tuple[int, int]] = []
    if not _CAPS_RUN.search(body):
        return out
    for m in _ALLCAPS_PARA.finditer(body):
        line = m.group()
        if not _CAPS_RUN.search(line):
            continue
        upper, lower = len(_UPPER.findall(line)), len(_LOWER.findall(line))
        if upper > 30 and upper > 1.5 * lower:
            out.append(m.span())
    return out


def _lower_acronym_definitions(body: str) -> set[str]:
    r"""Acronyms defined after a lower-case word ("gross domestic product (GDP)"): not names.

    Same as searching ``(?<=[a-z])\s+\(([A-Z][A-Z0-9]{1,6})\)``, but that pattern has no
    literal start, so the engine tries it at every character; finding the "(" first is ~25x
    cheaper.
    """
    out: set[str] = set()
    for m in _PAREN_ACRONYM.finditer(body):
        i = start = m.start()
        while i > 0 and body[i - 1].isspace():
            i -= 1
        if i < start and i > 0 and "a" <= body[i - 1] <= "z":
            out.add(m.group(1))
    return out


def _acronym_definitions(body: str, chunks: list[Chunk]) -> dict[str, str]:
    """ "Full Name (ABC)" and "ABC (Full Name)": acronym -> expansion."""
    out: dict[str, str] = {}
    for chunk in chunks:
        m = _ACRONYM_DEF.match(body, chunk.end)
        if m is None or len(chunk.words) < 2:
            continue
        acronym = m.group(1)
        words = chunk.words
        for i, (a, b) in enumerate(words[:-1]):
            if _POSSESSIVE.search(body[a:b]):
                words = chunk.words[i + 1 :]
        initials = "".join(body[a] for a, _ in words).upper()
        letters = "".join(c for c in acronym if c.isupper())
        last = body[words[-1][0] : words[-1][1]]
        if last in NON_NAME_WORDS:  # "General Data Protection Regulation (GDPR)" is a law
            continue
        if letters and (
            initials.startswith(letters[:2])
            or letters in initials
            or initials in letters
            or last in ORG_HEADS
        ):
            out[acronym] = body[words[0][0] : chunk.end]
    return out


def _datelines(body: str) -> Iterator[re.Match[str]]:
    """What `_DATELINE.finditer(body)` yields, trying the pattern only at line starts (where
    its "^" can match) instead of at every character."""
    pos = last_end = 0
    while True:
        if pos >= last_end:
            m = _DATELINE.match(body, pos)
            if m is not None:
                yield m
                last_end = m.end()
        newline = body.find("\n", pos)
        if newline < 0:
            return
        pos = newline + 1


def find_entities(body: str) -> Entities:
    """People, places and organisations named in `body`."""
    common = lower_words(body)
    builder = _Builder(body, common)
    caps = _caps_ranges(body)
    for m in _datelines(body):
        raw = m.group(1).strip()
        entry = builder.gaz.get(raw.title())
        span = (m.start(1), m.start(1) + len(raw))
        if entry is not None:
            builder.add_place(entry.canonical, entry.kind, raw, span)
        elif m.group(2) and builder.gaz.get(m.group(2)) is not None:
            builder.add_place(raw.title(), "city", raw, span)
        else:
            continue
        caps.append(span)
    chunks = find_chunks(body, common)
    if caps:
        chunks = [c for c in chunks if not any(a <= c.start < b for a, b in caps)]
    chunks = _merge_of(body, chunks)
    for acronym, expansion in _acronym_definitions(body, chunks).items():
        first = expansion.split()[0]
        if builder.gaz.get(expansion) is None and not (
            _is_given(first, builder.given) and expansion.split()[-1] not in ORG_HEADS
        ):
            canonical = KNOWN_ORGS.get(expansion, expansion)
            builder.acronyms[acronym] = canonical
            builder.acronyms[expansion] = canonical
    not_orgs = _lower_acronym_definitions(body) - set(builder.acronyms)
    for chunk in chunks:
        text = body[chunk.start : chunk.end]
        if text in not_orgs or (
            len(chunk.words) == 1 and text.isupper() and body[chunk.end : chunk.end + 1] == "!"
        ):
            continue
        builder.handle(chunk)
    builder.resolve_leftovers()
    builder.resolve_pending()
    return _finish(builder)


def _merge_short_orgs(orgs: dict[str, _Entity]) -> None:
    """Fold a one-word organisation into a longer one it ends ("The Telegraph" -> "Daily Telegraph")."""
    by_last: dict[str, list[tuple[str, _Entity]]] = {}
    for key, org in orgs.items():
        parts = org.name.split()
        if len(parts) > 1 and parts[0] != "The":
            by_last.setdefault(parts[-1], []).append((key, org))
    for key, org in list(orgs.items()):
        words = org.name.split()
        if words and words[0] == "The":
            words = words[1:]
        if len(words) != 1:
            continue
        for other_key, other in by_last.get(words[0], ()):
            if other_key != key and other_key in orgs:
                for mention, span in zip(org.mentions, org.spans, strict=False):
                    other.add(mention, span)
                other.spans.extend(s for s in org.spans if s not in other.spans)
                del orgs[key]
                break


def _finish(builder: _Builder) -> Entities:
    mentions: list[tuple[int, int, str, str]] = []
    people = []
    for p in builder.people:
        p.spans.sort()
        people.append(Person(p.name, p.extra, p.mentions, p.spans))
        mentions.extend((a, b, "person", p.name) for a, b in p.spans)
    places = []
    for p in builder.places.values():
        p.spans.sort()
        places.append(Place(p.name, p.extra or "place", p.mentions, p.spans))
        mentions.extend((a, b, "place", p.name) for a, b in p.spans)
    orgs = []
    _merge_short_orgs(builder.orgs)
    for o in builder.orgs.values():
        o.spans.sort()
        orgs.append(Organisation(o.name, o.mentions, o.spans))
        mentions.extend((a, b, "org", o.name) for a, b in o.spans)
    people.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    places.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    orgs.sort(key=lambda o: o.spans[0] if o.spans else (0, 0))
    mentions.sort()
    names = [("org", o.name, [o.name, *o.mentions]) for o in orgs]
    names.extend(("place", p.name, [p.name, *p.mentions]) for p in places)
    for person in people:
        if person.role is not None and possessive(person.role):
            at = builder.possessive_roles.get(person.role, 0)
            person.role = resolve_possessive(person.role, builder.body, at, names)
    return Entities(people, places, orgs, mentions)
