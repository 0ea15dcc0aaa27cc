"""People, places and organisations from capitalised runs, the gazetteer and context cues.

Precision first: a capitalised phrase becomes a person only on evidence (a title, a known
given name, a family-name-first pattern, a role in apposition, or a verb of saying), a
place only when the gazetteer knows it and, for names that are also ordinary words, a cue
such as "in X" backs it, and an organisation only by its shape (heads such as Ministry or
Ltd, "X of Y", acronyms) or because it is a well-known body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from briefing.facts.chunks import Chunk, find_chunks, lower_words, split_chunk
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import (
    AMBIGUOUS_PLACES,
    FAMILY_FIRST,
    HONORIFICS,
    KNOWN_ORGS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_OF_HEADS,
    PLACE_CUES,
    REGION_HEADS,
    SITE_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
    given_names,
)
from briefing.facts.model import Organisation, Person, Place, Span
from briefing.facts.roles import role_after, role_before

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")
_POSSESSIVE = re.compile(r"[’']s$")
_OF_GAP = re.compile(r"^ of (?:the )?$")
_SPEECH_AFTER = re.compile(r"^,?\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|according to|told|asked|added|wrote)\s+$")
_CUE_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")
_CUE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w.]+|\s+(?:city|town|village|port|region|province|area|county|district)\b)"
)
_ALLCAPS_PARA = re.compile(r"[^\n]+")
_CAPS_RUN = re.compile(r"(?:\b[A-ZÀ-Þ]{2,}\W+){4}")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DATELINE = re.compile(r"^([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}?)(?=,\s|\s+[–—-]\s|\s+\()", re.MULTILINE)
_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,7})\)")


def fold(text: str) -> str:
    """Case- and accent-insensitive key for a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


@dataclass
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


class _Builder:
    """Accumulates entities while walking the chunks of one body."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.gaz = load_gazetteer()
        self.given = given_names()
        self.people: list[_Entity] = []
        self.places: dict[str, _Entity] = {}
        self.orgs: dict[str, _Entity] = {}
        self.acronyms: dict[str, str] = {}
        self.pending: list[Chunk] = []

    # -- helpers -----------------------------------------------------------------------
    def words(self, chunk: Chunk) -> list[str]:
        return [self.body[a:b] for a, b in chunk.words]

    def add_place(self, name: str, kind: str, surface: str, span: Span) -> None:
        key = fold(name)
        entity = self.places.setdefault(key, _Entity("place", name, kind))
        entity.add(surface, span)

    def add_org(self, name: str, surface: str, span: Span) -> None:
        key = fold(name)
        entity = self.orgs.get(key)
        if entity is None:
            entity = self.orgs[key] = _Entity("org", name)
        entity.add(surface, span)

    def cue_before(self, start: int) -> bool:
        m = _CUE_BEFORE.search(self.body, max(0, start - 20), start)
        return bool(m and m.group(1).lower() in PLACE_CUES)

    def cue_after(self, end: int) -> bool:
        return bool(_CUE_AFTER.match(self.body[end : end + 30]))

    def place_for(self, text: str, chunk: Chunk, common: frozenset[str]) -> tuple[str, str] | None:
        """(canonical, kind) when `text` is a place here, with guards for ordinary words."""
        entry = self.gaz.get(text)
        if entry is None and text.startswith("the "):
            entry = self.gaz.get(text[4:])
        if entry is None:
            return None
        single = len(chunk.words) == 1
        risky = single and (
            text in AMBIGUOUS_PLACES
            or text.lower() in common
            or text in self.given
            or (entry.kind == "city" and entry.population < 100_000)
            or (
                entry.kind == "region" and entry.population == 0 and entry.country not in ("", "US")
            )
        )
        if entry.kind in ("country", "continent") and text not in AMBIGUOUS_PLACES:
            risky = False
        if risky and not (self.cue_before(chunk.start) or self.cue_after(chunk.end)):
            return None
        return entry.canonical, entry.kind

    # -- people ------------------------------------------------------------------------
    def person_evidence(self, words: list[str], chunk: Chunk) -> bool:
        if len(words) < 2 or len(words) > 5:
            return False
        if any(w in NON_NAME_WORDS or w in ORG_HEADS or w.isupper() and len(w) > 1 for w in words):
            return False
        if words[0] in self.given or words[0] in FAMILY_FIRST:
            return True
        return self.context_evidence(chunk)

    def context_evidence(self, chunk: Chunk) -> bool:
        after = _SPEECH_AFTER.match(self.body[chunk.end : chunk.end + 40])
        if after and after.group(1) in SPEECH_VERBS:
            return True
        if _SPEECH_BEFORE.search(self.body[max(0, chunk.start - 20) : chunk.start]):
            return True
        return (
            role_after(self.body, chunk.end) is not None
            or role_before(self.body, chunk.start) is not None
        )

    def find_person(self, surname: str, position: int) -> _Entity | None:
        """The person whose name has `surname` as a part, nearest before `position`."""
        best: _Entity | None = None
        best_pos = -1
        first_after: _Entity | None = None
        first_after_pos = len(self.body) + 1
        for person in self.people:
            parts = person.name.split()
            if surname not in parts or surname.lower() in NAME_PARTICLES:
                continue
            for start, _ in person.spans:
                if start < position and start > best_pos:
                    best, best_pos = person, start
                elif start >= position and start < first_after_pos:
                    first_after, first_after_pos = person, start
        return best or first_after

    def add_person(self, words: list[str], chunk: Chunk, role: str | None) -> None:
        name = " ".join(w for w in words if w.lower() not in HONORIFICS)
        if not name:
            return
        span = (chunk.start, chunk.end)
        surface = self.body[chunk.start : chunk.end]
        parts = name.split()
        if len(parts) == 1:
            known = self.find_person(parts[0], chunk.start)
            if known is not None:
                known.add(surface, span)
                known.extra = known.extra or role
                return
        for person in self.people:
            if fold(person.name) == fold(name) or (
                len(parts) > 1 and _compatible(person.name.split(), parts)
            ):
                if len(name) > len(person.name):
                    person.name = name
                person.add(surface, span)
                person.extra = person.extra or role
                return
        entity = _Entity("person", name, role)
        entity.add(surface, span)
        self.people.append(entity)

    # -- chunk walk --------------------------------------------------------------------
    def handle(self, chunk: Chunk, common: frozenset[str]) -> None:
        words = self.words(chunk)
        text = self.body[chunk.start : chunk.end]
        # Possessives split a run: "Russia's President Vladimir Putin".
        for i, word in enumerate(words[:-1]):
            if _POSSESSIVE.search(word):
                left, right = split_chunk(chunk, i + 1)
                if left is not None:
                    left.end -= 2
                    left.words[-1] = (left.words[-1][0], left.words[-1][1] - 2)
                    self.handle(left, common)
                if right is not None:
                    self.handle(right, common)
                return
        if _POSSESSIVE.search(text):
            chunk.end -= 2
            chunk.words[-1] = (chunk.words[-1][0], chunk.words[-1][1] - 2)
            words[-1] = words[-1][:-2]
            text = text[:-2]
        if text in KNOWN_ORGS:
            self.add_org(KNOWN_ORGS[text], text, (chunk.start, chunk.end))
            return
        place = (
            self.place_for(text, chunk, common)
            if len(words) > 1 or text not in self.given
            else None
        )
        if place is not None and not (len(words) == 1 and self.find_person(text, chunk.start)):
            self.add_place(place[0], place[1], text, (chunk.start, chunk.end))
            return
        if words[-1] in ORG_HEADS and len(words) > 1:
            self.add_org(text, text, (chunk.start, chunk.end))
            return
        if len(words) > 1 and words[-1] in REGION_HEADS:
            self.add_place(text, "region", text, (chunk.start, chunk.end))
            return
        if len(words) > 1 and words[-1] in SITE_HEADS:
            self.add_place(text, "site", text, (chunk.start, chunk.end))
            return
        if (
            len(words) == 1
            and _ACRONYM.match(text)
            and text not in NON_ORG_ACRONYMS
            and "&" not in text[-1:]
        ):
            self.add_org(self.acronyms.get(text, text), text, (chunk.start, chunk.end))
            return
        # A title opens the run: "Prime Minister Keir Starmer", "Mr. Peeters".
        title_end = -1
        for i, word in enumerate(words[:-1]):
            low = word.lower()
            if low in TITLE_WORDS or low in HONORIFICS or low.rstrip(".") in TITLE_WORDS:
                title_end = i
        if title_end >= 0:
            _, core = split_chunk(chunk, title_end + 1)
            if core is not None:
                core_words = self.words(core)
                if not any(w in ORG_HEADS or w in NON_NAME_WORDS for w in core_words):
                    role_words = [w for w in words[: title_end + 1] if w.lower() not in HONORIFICS]
                    role = " ".join(role_words) or None
                    self.add_person(core_words, core, role or role_before(self.body, chunk.start))
                    return
        if self.person_evidence(words, chunk):
            role = role_before(self.body, chunk.start) or role_after(self.body, chunk.end)
            self.add_person(words, chunk, role)
            return
        if len(words) == 1 and not chunk.sentence_start or len(words) == 1 and text not in common:
            self.pending.append(chunk)

    def resolve_pending(self, common: frozenset[str]) -> None:
        """Single words left over: a known person's name part, a cued place, or a speaker."""
        for chunk in self.pending:
            text = self.body[chunk.start : chunk.end]
            span = (chunk.start, chunk.end)
            person = self.find_person(text, chunk.start)
            if person is not None:
                person.add(text, span)
                continue
            if text in self.given or text.lower() in common or text in NON_NAME_WORDS:
                continue
            if self.context_evidence(chunk) and not text.isupper():
                self.add_person([text], chunk, role_before(self.body, chunk.start))


def _compatible(a: list[str], b: list[str]) -> bool:
    """Two multi-word names for one person: same last word, first words agree or abbreviate."""
    if a[-1] != b[-1] or a[0][0] != b[0][0]:
        return False
    if a[0] == b[0]:
        return True
    short, long = sorted((a[0].rstrip("."), b[0].rstrip(".")), key=len)
    return len(short) == 1 and long.startswith(short)


def _merge_of(body: str, chunks: list[Chunk]) -> list[Chunk]:
    """Join "Ministry" + "of" + "Defence" (and "Gulf of Mexico") into one run."""
    out: list[Chunk] = []
    for chunk in chunks:
        if out:
            prev = out[-1]
            last = body[prev.words[-1][0] : prev.words[-1][1]]
            gap = body[prev.end : chunk.start]
            if _OF_GAP.match(gap) and (
                last in ORG_OF_HEADS
                or last in SITE_HEADS
                or last in REGION_HEADS
                or last in ("Republic", "Kingdom", "Isle", "City", "Federation")
            ):
                out[-1] = Chunk(
                    prev.start, chunk.end, prev.words + chunk.words, prev.sentence_start
                )
                continue
        out.append(chunk)
    return out


def _caps_ranges(body: str) -> list[tuple[int, int]]:
    """Paragraph ranges written in capitals, where capitalisation says nothing."""
    out = []
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


def _acronym_definitions(body: str, chunks: list[Chunk]) -> dict[str, tuple[str, Chunk]]:
    """ "Full Name (ABC)": acronym -> (expansion, chunk of the expansion)."""
    out: dict[str, tuple[str, Chunk]] = {}
    for chunk in chunks:
        m = _ACRONYM_DEF.match(body, chunk.end)
        if m is None or len(chunk.words) < 2:
            continue
        acronym = m.group(1)
        initials = "".join(body[a] for a, _ in chunk.words).upper()
        letters = "".join(c for c in acronym if c.isupper())
        if letters and (
            initials.startswith(letters[:2]) or letters in initials or initials in letters
        ):
            out[acronym] = (body[chunk.start : chunk.end], chunk)
    return out


def find_entities(body: str) -> Entities:
    """People, places and organisations named in `body`."""
    builder = _Builder(body)
    common = lower_words(body)
    caps = _caps_ranges(body)
    for m in _DATELINE.finditer(body):
        name = m.group(1).strip().title()
        entry = builder.gaz.get(name)
        if entry is not None:
            builder.add_place(
                entry.canonical,
                entry.kind,
                m.group(1).strip(),
                (m.start(1), m.start(1) + len(m.group(1).strip())),
            )
            caps.append((m.start(1), m.end(1)))
    chunks = [c for c in find_chunks(body, common) if not any(a <= c.start < b for a, b in caps)]
    chunks = _merge_of(body, chunks)
    for acronym, (expansion, chunk) in _acronym_definitions(body, chunks).items():
        if expansion in KNOWN_ORGS:
            expansion = KNOWN_ORGS[expansion]
        words = body[chunk.start : chunk.end].split()
        if builder.gaz.get(expansion) is None and not (
            words[0] in builder.given and words[-1] not in ORG_HEADS
        ):
            builder.acronyms[acronym] = expansion
    for chunk in chunks:
        text = body[chunk.start : chunk.end]
        if text in builder.acronyms.values() and text not in KNOWN_ORGS:
            builder.add_org(text, text, (chunk.start, chunk.end))
            continue
        if text in builder.acronyms:
            builder.add_org(builder.acronyms[text], text, (chunk.start, chunk.end))
            continue
        builder.handle(chunk, common)
    builder.resolve_pending(common)
    return _finish(builder)


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
    for o in builder.orgs.values():
        o.spans.sort()
        orgs.append(Organisation(o.name, o.mentions, o.spans))
        mentions.extend((a, b, "org", o.name) for a, b in o.spans)
    people.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    places.sort(key=lambda p: p.spans[0] if p.spans else (0, 0))
    orgs.sort(key=lambda o: o.spans[0] if o.spans else (0, 0))
    mentions.sort()
    return Entities(people, places, orgs, mentions)
