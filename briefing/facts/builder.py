"""The entity builder: walks the candidate runs of one body and types them by rule."""

from __future__ import annotations

import re

from briefing.core.facts import Span
from briefing.facts.candidates import COMPOUND_ADJ
from briefing.facts.chunks import Chunk, LowerWords, split_chunk
from briefing.facts.draft import Draft
from briefing.facts.gazetteer import NATURAL_FEATURES, GazetteerEntry, load_gazetteer
from briefing.facts.hyphen_places import hyphenated_places
from briefing.facts.late_passes import LatePasses
from briefing.facts.lawmaker_places import AP_ABBREVIATIONS, party_place
from briefing.facts.lexicon import (
    KNOWN_ORGS,
    NON_ORG_ACRONYMS,
    OFFICE_OWNERS,
    ORG_HEADS,
    REGION_HEADS,
    ROLE_NOUNS,
    SITE_HEADS,
    SITE_PREFIXES,
    STORM_WORDS,
    TITLE_WORDS,
    given_names,
)
from briefing.facts.names import fold
from briefing.facts.org_rules import OrgRules
from briefing.facts.people import AGE_WORD, DEMONYM, PersonRules, is_given
from briefing.facts.place_rules import PlaceRules
from briefing.facts.roles import possessive, role_after, role_before
from briefing.facts.stations import channel_name
from briefing.facts.titled_runs import TitledRuns

# Members of a party, after the place they represent ("a New York Democrat").
_PARTY_MEMBERS = frozenset(("Democrat", "Republican", "Democrats", "Republicans"))
# The rank a barrister writes after the name ("Catrin Morgan KC").
_COUNSEL = frozenset(("KC", "QC", "SC", "MP", "MSP", "MLA", "OBE", "CBE", "MBE", "KBE", "DBE"))
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}s?$")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
# A firm's last word after its founder's possessive ("Dr. Reddy's Laboratories").
_FIRM_TAILS = frozenset("Laboratories Labs Inc. Inc Corporation Corp. Company Ltd Ltd. LLC".split())
# Buildings that stand for the body they house: places where the text goes to or is at them.
SEATS = frozenset({"White House", "Kremlin", "Pentagon", "Blue House", "Élysée Palace"})
# Collective owners written with 's inside an organisation's name: "People's Liberation Army",
# "Women's Institute", "Children's Hospital" (not a possessive that splits the run).
COLLECTIVE_OWNERS = frozenset({"People", "Peoples", "Women", "Children", "Men", "Workers"})


# Words that open a football club's name, whatever follows ("Borussia Mönchengladbach").
_CLUB_OPENERS = frozenset(
    "FC AFC SC CF AC Eintracht Borussia Dynamo Dinamo Sporting Olympique VfB VfL TSG RB Hertha "
    "Fortuna Werder Deportivo Atlético Atletico".split()
)
_CRUDE_AFTER = re.compile(r" (?:crude|futures|oil|prices?|benchmark|contracts?)\b")
# Players' positions as American sports reports write them before a name ("WR Cole Lane").
_POSITIONS = frozenset(
    "QB RB WR TE FB OL OT OG LT LG RT RG DL DE DT NT LB ILB OLB MLB CB DB FS SS LS KR PR RHP "
    "LHP DH".split()
)
# A river's, a range's or a forest's own noun after its name.
_FEATURE_AFTER = re.compile(
    r" (?:river|rainforest|basin|delta|valley|estuary|mountains|range|glacier|desert|region)\b"
)
# A particle after a sentence's first word makes a phrasal verb of it ("Fed up", "Shell out";
# not a market move: "Apple up 3%", "Tesla down $4").
_PARTICLE_AFTER = re.compile(r" (?:up|out|off|down)\b(?!\s+[-+\d$€£¥])")


_SIDES = frozenset(("East", "West", "North", "South"))
# A country's part named by its people's adjective: "the American West", "the French Alps".
_REGION_OF_PEOPLE = frozenset(
    "West East North South Midwest Southwest Northwest Northeast Southeast Arctic Alps Riviera "
    "Highlands Outback".split()
)
_STREET_HEADS = frozenset(("Street", "Avenue", "Road", "Boulevard", "Lane", "Drive", "Way"))


class Builder(PersonRules, TitledRuns, PlaceRules, OrgRules, LatePasses):
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
        self.folded_parts: dict[str, str] = {}  # accents folded -> a part written with them
        # name part -> people with it; last word -> people (keeps lookups linear in the text)
        self.by_part: dict[str, dict[int, Draft]] = {}
        self.by_last: dict[str, dict[int, Draft]] = {}
        self.place_ends: list[int] = []
        self.place_end_set: set[int] = set()
        self.place_start_set: set[int] = set()
        self.small_places: list[tuple[int, int, GazetteerEntry]] = []
        # name part -> sorted (mention start, person): who a lone surname points back to
        self.part_positions: dict[str, list[tuple[int, Draft]]] = {}
        self.org_first_words: dict[str, Draft] = {}
        self._roles_before: dict[int, str | None] = {}
        self._roles_after: dict[int, str | None] = {}
        # "Its spokesperson" -> where it starts, to resolve the pronoun once all names are known
        self.possessive_roles: dict[str, int] = {}
        # Spans typed beyond doubt (datelines): the type classifier leaves them alone.
        self.sure: set[Span] = set()
        self._match_report: bool | None = None
        # Runs that name no person, place or organisation (storms): the classifier skips them.
        self.no_entity: list[Span] = []

    # -- helpers -----------------------------------------------------------------------
    def role_before(self, start: int) -> str | None:
        """`roles.role_before` at `start`, computed once per position (evidence and role)."""
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

    def handle(self, chunk: Chunk) -> None:
        """Type one candidate run by rule, or keep it for the passes that see the whole body."""
        body = self.body
        if len(chunk.words) == 1:  # (most runs: no list comprehension to build)
            a, b = chunk.words[0]
            words = [body[a:b]]
        else:
            words = [body[a:b] for a, b in chunk.words]
        text = body[chunk.start : chunk.end]
        if text[1:2] == "-" and len(words) > 1 and party_place(self, chunk):
            return  # ("Don Harmon, D-Oak Park,")
        # Possessives split a run: "Russia's President Vladimir Putin". (Most runs have no
        # apostrophe at all: then there is nothing to look for.)
        if "'" in text or "’" in text:
            if self.named_with_possessive(chunk, words):
                return
            for i, word in enumerate(words[:-1]):
                plural_name = (
                    (
                        word[-1] in "’'"
                        # "Workers' Union", "Farmers' Union of Wales": an org head after it (a
                        # full name before it owns what follows: "House of Representatives'")
                        and (
                            words[-1] in ORG_HEADS
                            or (
                                words[i + 1] in ORG_HEADS
                                and " of " not in body[chunk.start : chunk.words[i][1]]
                            )
                        )
                        and self.gaz.get(self.body[chunk.start : chunk.words[i][1] - 1]) is None
                    )
                    or word[:-2] in COLLECTIVE_OWNERS
                )  # "People's Liberation Army"
                plural_name = plural_name or (
                    word[:-2] in OFFICE_OWNERS
                    and (words[i + 1] in ("Office", "Department") or words[-1] in ORG_HEADS)
                )  # "Sheriff's Office", "Ohio Attorney General's Medicaid Fraud Control Unit"
                # (a firm named after its founder: "Dr. Reddy's Laboratories")
                plural_name = plural_name or (i == len(words) - 2 and words[-1] in _FIRM_TAILS)
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
            if _POSSESSIVE.search(words[-1]) and len(words[-1]) > 3 and text not in KNOWN_ORGS:
                cut = 1 if words[-1][-1] in "’'" else 2  # "States'" keeps its s, "Russia's" not
                chunk.end -= cut
                chunk.words[-1] = (chunk.words[-1][0], chunk.words[-1][1] - cut)
                words[-1] = words[-1][:-cut]
                text = self.body[chunk.start : chunk.end]
        if len(words) == 1:
            self._handle_word(chunk, text)
        else:
            self._handle_run(chunk, words, text)

    def named_with_possessive(self, chunk: Chunk, words: list[str]) -> bool:
        """A place whose name holds a possessive ("King's Lynn"): the run, or its first two
        words, are in the gazetteer; recorded here, the rest of the run handled on its own."""
        if self.saints_site(chunk, words):
            return True  # "St George's Park"
        for n in (len(words), 2):
            name = " ".join(words[:n]).replace("’", "'")
            entry = self.gaz.get(name) if "'" in name else None
            if entry is not None:
                head, rest = split_chunk(chunk, n) if n < len(words) else (chunk, None)
                if head is None:
                    return False
                self.add_place(
                    entry.canonical,
                    entry.kind,
                    self.body[head.start : head.end],
                    (head.start, head.end),
                )
                if rest is not None:
                    self.handle(rest)
                return True
        return False

    def office_of(self, chunk: Chunk) -> bool:
        """Whether the run follows "<title> of": "Minister of Agriculture & Co-operatives"."""
        before = self.body[max(0, chunk.start - 24) : chunk.start]
        if not before.endswith(" of "):
            return False
        words = before[:-4].split()
        return bool(words) and words[-1].lower() in TITLE_WORDS

    def named_org(self, text: str, span: Span) -> bool:
        """Record `text` if it is an acronym the body defines or a well-known organisation (a seat
        of government gone to is a place, "back at the White House"; "the White House said" not)."""
        name = self.acronyms.get(text) or KNOWN_ORGS.get(text)
        if name is None:
            return False
        if text in SEATS and self.used_as_seat(text):
            self.add_place(text, "site", text, span)
            self.sure.add(span)
            return True
        self.add_org(name, text, span)
        return True

    def _handle_word(self, chunk: Chunk, text: str) -> None:
        """`handle` for a one-word run."""
        if "-" in text:
            compound = COMPOUND_ADJ.match(text)
            if compound is not None:
                # "Oslo-based", "Kremlin-backed": only the name part is an entity.
                chunk.end = chunk.start + len(compound.group(1))
                chunk.words[-1] = (chunk.start, chunk.end)
                based = text.endswith("-based")
                text = compound.group(1)
                if based and self.based_place(text, chunk):
                    return
        span = (chunk.start, chunk.end)
        if text == "Brent" and _CRUDE_AFTER.match(self.body, chunk.end):
            return  # "Brent crude", "Brent futures": the oil, not the London borough
        if chunk.sentence_start and _PARTICLE_AFTER.match(self.body, chunk.end):
            return  # "Fed up with delays", "Shell out": a verb, not the body of that name
        if text[1:2] == "-" and party_place(self, chunk):
            return
        state = self.ap_state(text, chunk) if text in AP_ABBREVIATIONS else None
        if state is not None:
            span = (chunk.start, chunk.end + (text[-1] != "."))  # (its full stop: "Ill.")
            self.add_place(state, "region", self.body[span[0] : span[1]], span)
            self.sure.add(span)
            return
        if text in NATURAL_FEATURES and _FEATURE_AFTER.match(self.body, chunk.end):
            self.add_place(text, "site", text, span)  # "the Amazon rainforest", not the company
            self.sure.add(span)
            return
        # (a known company's name that is the surname of someone named before is theirs)
        if (
            (text in KNOWN_ORGS or text in self.acronyms)
            and not self.find_person(text, chunk.start)
            and self.named_org(text, span)
        ):
            return
        place = self.place_for(text, chunk)
        if place is not None and not self.find_person(text, chunk.start):
            role = self.role_after(chunk.end) if place[1] not in ("country", "region") else None
            if role is not None and self.appositive_role(chunk, role):
                self.add_person(chunk, role)  # "Kennedy, a neighbour who filmed the fire,"
                self.sure.add(span)
                return
            self.add_place(place[0], place[1], text, span)
            return
        if "-" in text and hyphenated_places(self, chunk, text):
            return
        if _ACRONYM.match(text) and not self.caps_not_name(text, chunk.end):
            span, text = channel_name(self.body, span, text)  # ("KXVN 9 News": a station)
            self.add_org(text, text, span)
            if self.party_tag(chunk):
                self.sure.add(span)  # "Eduardo Paes (PSD)": the model may not drop it
            return
        if (
            not chunk.sentence_start
            and self.org_noun_beside(chunk, text)
            and not is_given(text, self.given)
        ):
            if self.body.startswith(" party", chunk.end):  # "the Democratic party"
                self.add_org(KNOWN_ORGS.get(text + " Party", text + " party"), text, span)
            else:  # ("the Halcyon fund" after "Halcyon Sports Partners": its short form)
                self.org_or_its_owner(text, span)
            return
        if (
            text in ORG_HEADS
            and not chunk.sentence_start
            and self.body[max(0, chunk.start - 4) : chunk.start] == "The "
        ):
            self.add_org("The " + text, "The " + text, (chunk.start - 4, chunk.end))
            return
        # (A lone word is never a titled person nor name-shaped: those need two words.)
        self.singles.add(text)
        if not chunk.sentence_start or text.lower() not in self.common:
            self.pending.append(chunk)

    def _handle_run(self, chunk: Chunk, words: list[str], text: str) -> None:
        """`handle` for a run of two words or more."""
        first, last = words[0], words[-1]
        if last in _PARTY_MEMBERS:
            # "a New York Democrat", "Ohio Republican": a member's place, then the party
            place, _ = split_chunk(chunk, len(words) - 1)
            entry = self.gaz.get(" ".join(words[:-1])) if place is not None else None
            if entry is not None and (
                entry.kind in ("region", "country") or entry.population >= 500_000
            ):  # (not "Liberal Democrats": Liberal, Kansas is no state)
                self.add_place(
                    entry.canonical,
                    entry.kind,
                    text[: place.end - chunk.start],
                    (place.start, place.end),
                )
                return
        if last in _COUNSEL and len(words) >= 3 and self.counsel(chunk, words):
            return
        compound = COMPOUND_ADJ.match(last) if "-" in last else None
        if compound is not None:
            # "Bernie Sanders-backed": only the name part is an entity
            cut = len(last) - len(compound.group(1))
            chunk.end -= cut
            chunk.words[-1] = (chunk.words[-1][0], chunk.end)
            words[-1] = last = compound.group(1)
            text = text[:-cut]
        if "-" in text and self.name_then_qualified(chunk, words):
            return  # "Virginia-based Symplicity Corporation": two names
        if "-" in first and AGE_WORD.search(first):
            _, core = split_chunk(chunk, 1)  # "Fourteen-year-old Zoe"
            if core is not None and not any(w in ORG_HEADS for w in words[1:]):
                self.add_person(core, None)
            return
        if first in _POSITIONS and len(words) >= 3 and self.match_report():
            _, core = split_chunk(chunk, 1)  # "CB Terrell Jennings": the player's position
            if core is not None and self.name_like(words[1:]):
                self.add_person(core, first)
                return
        span = (chunk.start, chunk.end)
        if first in STORM_WORDS or (last == "Fire" and text not in KNOWN_ORGS):
            self.no_entity.append(span)  # "Cyclone Phailin", "the Park Fire": no entity
            return
        if (
            first in REGION_HEADS
            and first != "State"  # "State of Israel", "State of France": a state, a body
            and text.startswith(first + " of ")
        ):
            self.add_place(text, "region", text, span)  # "Municipality of Culion"
            self.sure.add(span)
            return
        if len(words) >= 4 and self.seat_member_name(chunk, words):
            return
        if self.named_org(text, span):
            return
        if self.known_org_inside(chunk, words):
            return
        if last.lower() in ROLE_NOUNS and self.role_named_apart(chunk, words, text):
            return
        if (
            first in _CLUB_OPENERS
            or last in ("FC", "AFC", "CF")
            or (first == "Team" and len(words) == 2 and last.lower() not in TITLE_WORDS)
        ):  # "FC Midtjylland", "Eintracht Frankfurt", "Team Helix" (not "Team Leader")
            self.add_org(text, text, span)
            self.sure.add(span)
            return
        if len(words) >= 3 and self.office_then_name(
            chunk, words, known_prefix=not self.after_office_of(chunk.start)
        ):
            return  # (after "Minister of": "State for Transport Lim Kok Wah" ends in a name)
        if " & " in text and not self.office_of(chunk):
            # joined by `merge_of`: "Procter & Gamble", "Marks & Spencer" (not the field of
            # an office: "Minister of Agriculture & Co-operatives")
            self.firm_or_authors(chunk, text)  # (or authors cited: "Miller & Robertson, 2010")
            return
        if self.named_before_office(chunk, text):  # "Citrus Vantara chief executive X"
            return
        place = self.place_for(text, chunk)
        if place is not None:
            self.add_place(place[0], place[1], text, span)
            return
        if self.place_by_shape(chunk, words):  # "the Downtown Line", "Randpark Ridge and"
            return
        if last == "Channel" and len(words) == 2 and self.gaz.get(first) is not None:
            self.add_place(text, "site", text, span)  # "the Bristol Channel": a sea, no TV
            self.sure.add(span)
            return
        if last in ("City", "Town"):
            town = self.gaz.get(" ".join(words[:-1]))
            # "Tandag City", "in Lionel Town"; "Swansea City" and "Ipswich Town" are clubs
            # ("signed from Swansea City", "on loan at Ipswich Town": still the clubs)
            if town is None or town.country != "GB":
                self.add_place(text, "city", text, span)
                return
        if self.site_in_use(text, words):
            self.add_place(text, "site", text, span)
            self.sure.add(span)  # the guidelines' rule, which the classifier cannot see
            return
        if self.org_worded(words) or self.head_of_field(text, words):
            # "Secretary of State": an office ("General" opens bodies: "General Medical Council")
            if self.office_in_run(words):
                self.office_then_name(chunk, words, known_prefix=False)
                return
            self.org_with_place(chunk, words, text)
            return
        if self.body_then_place(words):
            self.add_org(text, text, span)  # "CNN Philippines", "AARP Illinois"
            return
        if last in REGION_HEADS:
            self.add_region(text, span)
            return
        # ("Timber Road East", "Main Street West": a street's end named by its side)
        street_side = last in _SIDES and len(words) > 2 and words[-2] in _STREET_HEADS
        if (
            last in SITE_HEADS or first in SITE_PREFIXES and last not in ORG_HEADS or street_side
        ) and not (
            self.not_site(chunk, words) or len(words) == 2 and self.demonym(text)
        ):  # (a demonym: "Cape Verdean")
            self.add_place(text, "site", text, span)
            if street_side:
                self.sure.add(span)  # (the model reads the side as no part of a street)
            return
        if len(words) == 2 and last in _REGION_OF_PEOPLE and self.demonym(first):
            self.add_place(text, "region", text, span)  # "the American West", "French Alps"
            self.sure.add(span)
            return
        if DEMONYM.match(first) and first not in self.given:
            rest = " ".join(words[1:])
            if rest in KNOWN_ORGS or (
                len(words) == 2 and _ACRONYM.match(rest) and rest not in NON_ORG_ACRONYMS
            ):
                _, core = split_chunk(chunk, 1)
                if core is not None:
                    self.add_org(KNOWN_ORGS.get(rest, rest), rest, (core.start, core.end))
                    return
        core = self.name_after_demonym(chunk, words)
        if core is not None:
            return self.handle(core)  # "Briton Jack Draper", "Swiss Marc Keller"
        if self.org_noun_beside(chunk, text) and not self.given_or_titled(words):
            self.add_org(text, text, span)
            return
        if self.titled_person(chunk, words):
            return
        if self.office_at(chunk):
            self.add_org(text, text, span)
            return
        if self.person_evidence(words, chunk):
            self.add_person(chunk, self.role_before(chunk.start) or self.role_after(chunk.end))
            return
        self.leftover.append(chunk)

    def org_noun_beside(self, chunk: Chunk, text: str) -> bool:
        """An organisation noun beside the run ("the farmers' union Unió de Pagesos"), and the
        run no people's adjective ("Hungarian daily") nor a title's acronym ("group CEO X")."""
        first = text.partition(" ")[0]  # (a title: "CEO", "MP"; not "UN", "BBC")
        titled = first.isupper() and first.lower() in TITLE_WORDS
        return PersonRules.org_noun_next_to(self, chunk) and not (titled or self.demonym(text))

    def org_by_first_word(self, word: str) -> Draft | None:
        """The organisation whose multi-word name starts with `word` ("Nordvik" -> Nordvik Shipping ASA)."""
        return self.org_first_words.get(word)
