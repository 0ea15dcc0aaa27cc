"""The entity builder: walks the candidate runs of one body and types them by rule."""

from __future__ import annotations

import re

from briefing.core.facts import Span
from briefing.facts.candidates import OF_ORG_HEADS
from briefing.facts.chunks import Chunk, LowerWords, split_chunk
from briefing.facts.draft import Draft
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import (
    AMBIGUOUS_PLACES,
    KNOWN_ORGS,
    NON_NAME_WORDS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    PLACE_CUES,
    REGION_HEADS,
    SITE_HEADS,
    SITE_PREFIXES,
    SPEECH_VERBS,
    STATE_HEADS,
    STORM_WORDS,
    TITLE_WORDS,
    common_words,
    given_names,
)
from briefing.facts.names import fold
from briefing.facts.people import (
    AGE_BEFORE,
    AGE_WORD,
    DEMONYM,
    VERB_AFTER,
    PersonRules,
    is_given,
    word_before,
)
from briefing.facts.roles import possessive, role_after, role_before

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
_COMPOUND_ADJ = re.compile(
    r"^(.+?)-(?:based|born|backed|led|owned|run|controlled|made|funded|linked|style|era)$"
)
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_AT_THE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|inside)\s+the\s+$")
_CUE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w.]+|\s+(?:city|town|village|port|region|province|area|county|district|state)\b)"
)
_PLACE_JOIN = re.compile(r"^(?:,\s*|\s+(?:and|or)\s+)$")
# "at", "to", "in" ... right before a name: it is where something happens or someone goes.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:at|to|in|into|near|from|outside|inside|opposite)\s+(?:the\s+)?$"
)
# Quote codes of bonds and indices: letters, digits, letters ("US10YT", "DE10Y").
_TICKER = re.compile(r"^[A-Z]{2,4}\d{1,2}[A-Z]{1,3}$")
# Buildings named as where something happens; as actors they are organisations.
SITE_BY_USE = frozenset(
    "Hospital Infirmary Clinic Hotel Mall Theatre Theater Lodge Tavern Mine Casino".split()
)
# Collective owners written with 's inside an organisation's name: "People's Liberation Army",
# "Women's Institute", "Children's Hospital" (not a possessive that splits the run).
COLLECTIVE_OWNERS = frozenset({"People", "Peoples", "Women", "Children", "Men", "Workers"})


_LIST_GAPS = (", ", ", and ", " and ", ", or ", " or ")
_LIST_GAP_LENGTHS = tuple(sorted({len(gap) for gap in _LIST_GAPS}))


class Builder(PersonRules):
    """Accumulates entities while walking the chunks of one body."""

    def __init__(self, body: str, common: LowerWords) -> None:
        self.body = body
        self.common = common
        self.gaz = load_gazetteer()
        self.given = given_names()
        self.people: list[Draft] = []
        self.places: dict[str, Draft] = {}
        self.orgs: dict[str, Draft] = {}
        self.acronyms: dict[str, str] = {}
        self.pending: list[Chunk] = []
        self.leftover: list[Chunk] = []
        self.singles: set[str] = set()
        self.person_parts: set[str] = set()
        # name part -> people with it; last word -> people (keeps lookups linear in the text)
        self.by_part: dict[str, dict[int, Draft]] = {}
        self.by_last: dict[str, dict[int, Draft]] = {}
        self.place_ends: list[int] = []
        self.place_end_set: set[int] = set()
        self.place_start_set: set[int] = set()
        # name part -> sorted (mention start, person): who a lone surname points back to
        self.part_positions: dict[str, list[tuple[int, Draft]]] = {}
        self.org_first_words: dict[str, Draft] = {}
        self._roles_before: dict[int, str | None] = {}
        self._roles_after: dict[int, str | None] = {}
        # "Its spokesperson" -> where it starts, to resolve the pronoun once all names are known
        self.possessive_roles: dict[str, int] = {}
        # Spans typed beyond doubt (datelines): the type classifier leaves them alone.
        self.sure: set[Span] = set()
        # Runs that name no person, place or organisation (storms): the classifier skips them.
        self.no_entity: list[Span] = []

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
        """The words of a run, as text."""
        return [self.body[a:b] for a, b in chunk.words]

    def add_place(self, name: str, kind: str, surface: str, span: Span) -> None:
        entity = self.places.setdefault(fold(name), Draft("place", name, kind))
        entity.add(surface, span)
        self.place_ends.append(span[1])
        self.place_end_set.add(span[1])
        self.place_start_set.add(span[0])

    def add_org(self, name: str, surface: str, span: Span) -> None:
        entity = self.orgs.setdefault(fold(name), Draft("org", name))
        entity.add(surface, span)
        first, _, rest = name.partition(" ")
        if rest:
            self.org_first_words.setdefault(first, entity)

    def cue_before(self, start: int) -> bool:
        before = word_before(self.body, start)
        if before == "the":
            before = word_before(self.body, start - 4)
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
        if entry is None and "’" in text:
            entry = self.gaz.get(text.replace("’", "'"))  # "People’s Republic of China"
        if entry is None or text in NON_NAME_WORDS:
            return None
        body = self.body
        if body[chunk.end : chunk.end + 4] in (" v. ", " v ") or body[
            max(0, chunk.start - 3) : chunk.start
        ] in ("v. ", " v "):
            return None  # "Moran v. Pyle": the parties to a case
        # Countries and continents are never risky (unless listed as ambiguous); the body-wide
        # lower-case lookup, the one costly test, goes last.
        risky = (
            len(chunk.words) == 1
            and (entry.kind not in ("country", "continent") or text in AMBIGUOUS_PLACES)
            and (
                text in AMBIGUOUS_PLACES
                or is_given(text, self.given)
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
        if entry.kind == "city" and entry.canonical != text and self.qualifies_place(chunk):
            # "Kent, Washington", "Washington state": the state, never the city the name
            # also stands for (a canonical name must not name a different place)
            self.sure.add((chunk.start, chunk.end))
            return text, "region"
        return entry.canonical, entry.kind

    def qualifies_place(self, chunk: Chunk) -> bool:
        """The run names the region a place is in: right after "Place, " or before "state"."""
        start = chunk.start
        if self.body[start - 2 : start] == ", " and start - 2 in self.place_end_set:
            return True
        return self.body[chunk.end : chunk.end + 6] in (" state", " State")

    def handle(self, chunk: Chunk) -> None:
        """Type one candidate run by rule, or keep it for the passes that see the whole body."""
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
                ) or word[:-2] in COLLECTIVE_OWNERS  # "People's Liberation Army"
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
        if len(words) > 1 and "-" in words[0] and AGE_WORD.search(words[0]):
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
        if words[0] in STORM_WORDS and len(words) > 1:
            self.no_entity.append(span)  # "Cyclone Phailin": a storm, no person or place
            return
        if (
            len(words) > 1
            and words[0] in REGION_HEADS
            and words[0] != "State"  # "State of Israel", "State of France": a state, a body
            and text.startswith(words[0] + " of ")
        ):
            self.add_place(text, "region", text, span)  # "Municipality of Culion"
            self.sure.add(span)
            return
        if text in self.acronyms:
            self.add_org(self.acronyms[text], text, span)
            return
        if text in KNOWN_ORGS:
            self.add_org(KNOWN_ORGS[text], text, span)
            return
        if len(words) >= 3 and self.office_then_name(chunk, words, known_prefix=True):
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
        if len(words) > 1 and self.site_in_use(text, words):
            self.add_place(text, "site", text, span)
            self.sure.add(span)  # the guidelines' rule, which the classifier cannot see
            return
        if len(words) > 1 and (
            words[-1] in ORG_HEADS
            or (any(w in OF_ORG_HEADS for w in words[:-1]) and " of " in text)
        ):
            if any(w.lower() in TITLE_WORDS for w in words):  # "Secretary of State": an office
                self.office_then_name(chunk, words, known_prefix=False)
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
        if len(words) == 1 and _ACRONYM.match(text) and not self.caps_not_name(text):
            self.add_org(text, text, span)
            return
        if len(words) > 1 and DEMONYM.match(words[0]) and words[0] not in self.given:
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
            and not is_given(words[0], self.given)
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

    def caps_not_name(self, text: str) -> bool:
        """An all-caps word that names nothing: a closed-class code (time zone, ticker, unit),
        a quote code ("US10YT"), or an ordinary word in capitals ("VOTE", "FALLS")."""
        if text in NON_ORG_ACRONYMS or _TICKER.match(text):
            return True
        return len(text) >= 4 and text.lower() in common_words() and text not in self.acronyms

    def site_in_use(self, text: str, words: list[str]) -> bool:
        """An airport, or a hospital, hotel, mall or theatre that the text goes to or is at
        ("taken to Gleneagles Hospital", "at the Grand Hotel"): a place. A hospital that acts
        ("Madrid District Hospital said") stays an organisation."""
        last = words[-1]
        if last == "Airport":
            return True
        if last not in SITE_BY_USE and words[-2:] not in (
            ["Medical", "Center"],
            ["Medical", "Centre"],
        ):
            return False
        body = self.body
        at = body.find(text)
        while at >= 0:
            if _LOCATIVE_BEFORE.search(body, max(0, at - 12), at):
                return True
            at = body.find(text, at + len(text))
        return False

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

    def org_by_first_word(self, word: str) -> Draft | None:
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
            if AGE_BEFORE.search(self.body, max(0, chunk.start - 20), chunk.start):
                self.add_person(chunk, None)  # "Fourteen-year-old Zoe"
                continue
            if self.listed_with_place(chunk):
                self.add_place(text, "place", text, (chunk.start, chunk.end))
                continue
            if is_given(text, self.given) or text in NON_NAME_WORDS or text.lower() in self.common:
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
            after = VERB_AFTER.match(self.body[chunk.end : chunk.end + 30])
            if after and after.group(1) in SPEECH_VERBS and not text.isupper():
                self.add_person(chunk, self.role_before(chunk.start))
