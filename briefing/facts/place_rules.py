"""Place rules of the entity builder: when a capitalised run is a place here, by the gazetteer
and the words around it, and the place-only shapes (sites in use, lists of places, "US-China")."""

from __future__ import annotations

import re

from briefing.core.facts import Span
from briefing.facts.chunks import RUN_CUE_AFTER, Chunk, LowerWords, split_chunk
from briefing.facts.demonyms import PEOPLE_NOUNS, is_demonym
from briefing.facts.gazetteer import Gazetteer, GazetteerEntry
from briefing.facts.lawmaker_places import AP_ABBREVIATIONS, town_before_state
from briefing.facts.lexicon import (
    AMBIGUOUS_PLACES,
    COMPASS_WORDS,
    HONORIFICS,
    KNOWN_ORGS,
    NON_NAME_WORDS,
    ORG_HEADS,
    PLACE_CUES,
    REGION_HEADS,
    SITE_HEADS,
    SURNAME_SITES,
    TITLE_WORDS,
)
from briefing.facts.names import fold
from briefing.facts.people import is_given, word_before
from briefing.facts.place_cues import (
    OF_PLACE_BEFORE,
    PLACE_APPOSITIVE,
    PLACE_IS,
    PLACE_NOUN_AFTER,
    PLACE_NOUN_STARTS,
    RAIL_WORDS,
    RESERVES,
    SHAPE_TAILS,
    TOPO_TAILS,
)
from briefing.facts.roles import works_at

_CUE_AFTER = re.compile(
    r"^(?:,\s+[A-Z][\w.]+|\s+(?:city|town|village|port|region|province|area|county|district|state"
    r"|park|neighbou?rhood|suburb|intersection|residents?)\b"  # ("a popular Anchorage park")
    # ("a Bronx man", "a Kelso teen": someone the news names by where they live)
    r"|\s+(?:man|woman|men|women|teen|teenager|boy|girl|couple|family|native|homeowner)\b"
    r"|-based\b)"  # "the Austin-based chipmaker": where a body is
)
_LOCATIVE = re.compile(r"\b(?:in|at|to|near|from|outside|inside|on|the)\s+$")
_CURRENCY_AFTER = re.compile(r" (?:dollars?|cents)\b")
_GOVERNED_AFTER = re.compile(
    r" (?:state |provincial |regional |federal )?(?:government|authorities|officials|legislature"
    r"|cabinet|assembly)\b"
)
# A town's own body after its name, in lower case: "the Bloomington council", "Kelso police".
# (or a firm it is home to: "the Grand Junction firm", "a Dundee company")
_TOWN_BODY_AFTER = re.compile(
    r" (?:(?:city |town |county )?(?:council|councillors|officials|police)"
    r"|(?:law |tech |engineering |construction )?(?:firm|company|startup|start-up))\b"
)
_STATE_SAYS = re.compile(
    r" (?:has |had |have )?(?:said|says|announced|denied|warned|rejected|responded|insisted"
    r"|accused|urged|condemned|welcomed|protested|objected)\b"
)
_DASHES = ("–", "—")
# Words for a part of a town before its name ("in downtown Loveland", "across rural Kansas").
_PART_WORDS = frozenset(
    ("downtown", "uptown", "central", "rural", "suburban", "greater", "coastal")
)
_PLACE_JOIN = re.compile(r"^(?:,\s*|\s+(?:and|or)\s+)$")
# "at", "to", "in" ... right before a name: it is where something happens or someone goes.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:at|(?<!ccording )(?<!ccording\xa0)to|in|into|near|from|outside|inside|opposite)\s+(?:the\s+)?$"
)
# The same for a seat of government, without "from" ("pressure from the White House" is the
# body) and with "on" ("landed on the White House lawn").
_SEAT_BEFORE = re.compile(r"\b(?:at|to|in|into|near|outside|inside|opposite|on)\s+(?:the\s+)?$")
# Buildings named as where something happens; as actors they are organisations.
SITE_BY_USE = frozenset(
    "Hospital Infirmary Clinic Hotel Mall Theatre Theater Lodge Tavern Mine Casino Museum Library "
    "Gallery Inn Pub Mill Church Chapel Cathedral Mosque Temple Synagogue".split()
)
# A list of names that a word of where opens, up to the next item ("at Hexham Hall, Vale
# Methodist Church and "): each is where something happens.
_LISTED_AT = re.compile(
    r"\b(?:at|in|into|inside|outside) (?:the )?(?:[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*"
    r"(?:, |,? and )(?:the )?)+$"
)
# A centre is a building by the word before it (a "National Hurricane Center" is an agency).
_SITE_CENTRES = frozenset(
    "Medical Convention Community Civic Leisure Shopping Arts Detention Conference Exhibition "
    "Sports Visitor Visitors Aquatic Garden Trade Space Launch Film Student Hawker".split()
)
# The offices of a town, a county or a province that its name opens ("Fort Collins Mayor").
_LOCAL_OFFICES = frozenset(
    "mayor governor premier councillor councilor councilmember alderman sheriff chief director".split()
)
LIST_GAPS = (", ", ", and ", " and ", ", or ", " or ")
LIST_GAP_STARTS = (", ", " and ", " or ")
_LIST_GAP_LENGTHS = tuple(sorted({len(gap) for gap in LIST_GAPS}))


class PlaceRules:
    """The place half of the entity builder (mixed into `builder.Builder`, which sets these)."""

    body: str
    common: LowerWords
    gaz: Gazetteer
    given: frozenset[str]
    sure: set[Span]
    place_ends: list[int]
    place_end_set: set[int]
    place_start_set: set[int]
    # small places the gazetteer knows, seen without a cue (`place_scans.country_confirmed`)
    small_places: list[tuple[int, int, GazetteerEntry]]
    no_entity: list[Span]
    person_parts: set[str]

    def name_after_demonym(self, chunk: Chunk, words: list[str]) -> Chunk | None:
        """The name in "Briton Jack Draper", "Swiss Marc Keller": a run opened by a people's
        noun, or by its adjective before a given name, then two words or more of a name."""
        first = words[0]
        if len(words) < 3 or not (
            first in PEOPLE_NOUNS
            or first not in self.given
            and is_given(words[1], self.given)
            and self.demonym(first)
        ):
            return None
        _, core = split_chunk(chunk, 1)
        return core if core is not None and self.name_like(words[1:]) else None

    def name_like(self, words: list[str], titled: bool = False) -> bool: ...  # pragma: no cover

    def demonym(self, text: str) -> bool:
        """Whether `text` is a people's or a country's adjective (`demonyms.is_demonym`)."""
        return is_demonym(self.gaz, text)

    def cue_before(self, start: int) -> bool:
        before = word_before(self.body, start)
        if before == "the" or before in _PART_WORDS:  # ("in downtown Loveland")
            before = word_before(self.body, start - len(before) - 1)
        if before.lower() in PLACE_CUES:
            return True
        # "Galway and Limerick": right after another place.
        return any(
            0 < start - b <= 6 and _PLACE_JOIN.match(self.body[b:start])
            for b in self.place_ends[-3:]
        )

    def cue_after(self, end: int) -> bool:
        return bool(_CUE_AFTER.match(self.body[end : end + 30]))

    def title_after_possessive(self, end: int) -> bool:
        """ "Jordan's King Abdullah II": a country's own office after its name."""
        body = self.body
        if body[end : end + 3] not in ("'s ", "’s "):
            return False
        word = body[end + 3 : end + 20].split(" ", 1)[0].lower()
        return word in TITLE_WORDS

    def ap_state(self, text: str, chunk: Chunk) -> str | None:
        """The state an AP abbreviation after "Town, " stands for ("Evanston, Ill.")."""
        start = chunk.start
        if (
            text in AP_ABBREVIATIONS
            and (text[-1] == "." or self.body.startswith(".", chunk.end))  # ("S.D.", "Ill.")
            and self.body[start - 2 : start] == ", "
            and start - 2 in self.place_end_set
        ):
            return AP_ABBREVIATIONS[text]
        return None

    def based_place(self, text: str, chunk: Chunk) -> bool:
        """Add the place of "Boston-based" (where a body is, whatever the words around say:
        "developed by Boston-based Halvern" is no work of Boston's), if the gazetteer knows it."""
        entry = self.gaz.get(text)
        if entry is None or text in KNOWN_ORGS or text in NON_NAME_WORDS:
            return False
        span = (chunk.start, chunk.end)
        self.add_place(entry.canonical, entry.kind, text, span)
        self.sure.add(span)
        return True

    def add_place(
        self, name: str, kind: str, surface: str, span: Span
    ) -> None: ...  # pragma: no cover

    def place_for(self, text: str, chunk: Chunk) -> tuple[str, str] | None:
        """(canonical, kind) when `text` is a place here, with guards for ordinary words."""
        if text in ("US", "U.S.") and _CURRENCY_AFTER.match(self.body, chunk.end):
            self.no_entity.append((chunk.start, chunk.end))  # "in US dollars": the currency
            return None
        entry = self.gaz.get(text)
        if entry is None and "’" in text:
            entry = self.gaz.get(text.replace("’", "'"))  # "People’s Republic of China"
        if entry is None and text.startswith(COMPASS_WORDS):
            return self.compass_part(text)
        if entry is None or text in NON_NAME_WORDS:
            # ("Yarnell, Ariz.": a town the gazetteer lacks, before its state's abbreviation)
            # (", " after the run is `town_before_state`'s first test: most runs skip the call)
            town = (
                entry is None
                and self.body.startswith(", ", chunk.end)
                and town_before_state(self.body, chunk, text)
            )
            return (text, "city") if town and text not in self.person_parts else None
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
        # "the Maharashtra government", "Texas officials": a state's or a country's own body
        # names the place (sure: the model, which learnt such names as part of the body's,
        # is not asked)
        governed = (
            entry.kind in ("region", "country") and _GOVERNED_AFTER.match(body, chunk.end)
        ) or (
            entry.kind == "city"
            and (
                _TOWN_BODY_AFTER.match(body, chunk.end)
                # (a capital that speaks for its state: "Yerevan said", "Amman warned")
                or (
                    entry.population >= 1_000_000
                    and _STATE_SAYS.match(body, chunk.end)
                    and not is_given(text, self.given)
                )
            )
        )
        # (or a route's second end after a dash, "the Tallinn–Narva line")
        if governed or (
            body[chunk.start - 1 : chunk.start] in _DASHES and chunk.start - 1 in self.place_end_set
        ):
            self.sure.add((chunk.start, chunk.end))
        elif risky and not (
            self.cue_before(chunk.start)
            or self.cue_after(chunk.end)
            or (entry.kind == "country" and self.title_after_possessive(chunk.end))
        ):
            if not (
                text in AMBIGUOUS_PLACES
                or is_given(text, self.given)
                or text.lower() in self.common
                or text in NON_NAME_WORDS
            ):  # only small: a place if the text is about its country (`country_confirmed`)
                self.small_places.append((chunk.start, chunk.end, entry))
            return None
        if fold(entry.canonical) == fold(text) and entry.kind == "region":
            return text, entry.kind  # "Maharashtra" as written, not ISO's "Mahārāshtra"
        if entry.kind == "city" and entry.canonical != text and self.qualifies_place(chunk):
            # "Kent, Washington", "Washington state": the state, never the city the name
            # also stands for (a canonical name must not name a different place)
            self.sure.add((chunk.start, chunk.end))
            return text, "region"
        return entry.canonical, entry.kind

    def compass_part(self, text: str) -> tuple[str, str] | None:
        """ "Eastern Germany", "Southern District of Ohio": a compass word before a country, a
        region or a continent, or before a region's head and "of" (no "Western Union")."""
        first, _, rest = text.partition(" ")
        if first not in COMPASS_WORDS or not rest:
            return None
        entry = self.gaz.get(rest)
        if (entry is not None and entry.kind in ("country", "region", "continent")) or (
            rest.split(" ", 1)[0] in REGION_HEADS and " of " in rest
        ):
            return text, "region"
        return None

    def described_as_place(self, end: int) -> bool:
        """Whether the text says what the name before `end` is, and it is a place: an
        appositive ("Pinewood Creek, a town of 3,000") or "is a town on", "is in the
        province of"."""
        body = self.body
        if body.startswith(",", end):
            return PLACE_APPOSITIVE.match(body, end) is not None
        return body.startswith((" is ", " was "), end) and PLACE_IS.match(body, end) is not None

    def add_region(self, text: str, span: Span) -> None:
        """Record a region named with its head word ("Kaduna State"), beyond doubt before
        its government's noun ("Kaduna State government": the state, not a body)."""
        self.add_place(text, "region", text, span)
        if _GOVERNED_AFTER.match(self.body, span[1]):
            self.sure.add(span)

    def saints_site(self, chunk: Chunk, words: list[str]) -> bool:
        """Record a saint's site, whose name holds a possessive: "St George's Park", "St
        Mary's Stadium" (not "St Mary's Hospital said": a hospital is a site only in use)."""
        if words[0] not in ("St", "St.", "Saint") or len(words) < 3 or words[-1] not in SITE_HEADS:
            return False
        if not words[1].endswith(("'s", "’s")):
            return False
        text = self.body[chunk.start : chunk.end]
        self.add_place(text, "site", text, (chunk.start, chunk.end))
        return True

    def place_of_before(self, start: int) -> bool:
        """Whether "residents of", "the village of", "the outskirts of" comes right before."""
        body = self.body
        return (
            body.endswith(" of ", 0, start) or body.endswith(" of the ", 0, start)
        ) and OF_PLACE_BEFORE.search(body, max(0, start - 24), start) is not None

    def place_by_shape(self, chunk: Chunk, words: list[str]) -> bool:
        """Record a run that is a place by its shape: a railway line, a name before a place
        noun, a district in a list of places ("Roodepoort, Florida, Randpark Ridge and parts
        of Soweto": no person)."""
        shaped = words[-1] in SHAPE_TAILS or self.body.startswith(PLACE_NOUN_STARTS, chunk.end)
        if not shaped and not self.body.endswith((" of ", " of the "), 0, chunk.start):
            return False  # (the cheap test each of the three below needs fails)
        if (
            self.line_or_station(chunk, words)
            or (self.in_list_of_places(chunk, words[-1]) and not is_given(words[0], self.given))
            or (self.place_of_before(chunk.start) and not any(w in ORG_HEADS for w in words))
        ):
            span = (chunk.start, chunk.end)
            text = self.body[chunk.start : chunk.end]
            kind = "site" if words[-1] == "Line" or words[-1] in SITE_HEADS else "place"
            self.add_place(text, kind, text, span)
            self.sure.add(span)
            return True
        return False

    def line_or_station(self, chunk: Chunk, words: list[str]) -> bool:
        """A railway line in a text about trains ("the Downtown Line", "the West Coast Main
        Line"), or a name right before a place noun ("near Upper Changi station", "the Moss
        Side West ward"): a place. ("Holland America Line" in a cruise story stays a body.)"""
        body = self.body
        if words[-1] == "Line":
            return words[0] not in KNOWN_ORGS and (
                words[-2] == "Main" or RAIL_WORDS.search(body) is not None
            )
        return (
            body.startswith(PLACE_NOUN_STARTS, chunk.end)
            and PLACE_NOUN_AFTER.match(body, chunk.end) is not None
            and not any(w in ORG_HEADS or w.isupper() for w in words)
            and words[0] not in KNOWN_ORGS
            and not self.demonym(words[-1])  # ("the Central European region")
        )

    def not_site(self, chunk: Chunk, words: list[str]) -> bool:
        """A run ending in a site word that names no site: a person ("Senator Maria Hill", not
        "on X Street"), or a known company's product ("Google Drive", not "Crestwood Drive")."""
        if words[-1] == "Drive" and words[0] in KNOWN_ORGS:
            return True
        if self.office_inside(words):
            return True  # ("Fort Collins Mayor Jeni Ortiz": the town's mayor)
        located = _LOCATIVE.search(self.body, max(0, chunk.start - 12), chunk.start)
        if words[0].lower() in TITLE_WORDS or words[0].lower().rstrip(".") in HONORIFICS:
            street = located and words[-1] in ("Street", "Lane", "Bridge")
            return len(words) >= 3 and words[-1] in SURNAME_SITES and not street
        return (
            len(words) == 2
            and words[1] in SURNAME_SITES
            and is_given(words[0], self.given)
            and not located
        )

    def qualifies_place(self, chunk: Chunk) -> bool:
        """The run names the region a place is in: right after "Place, " or before "state"."""
        start = chunk.start
        if self.body[start - 2 : start] == ", " and start - 2 in self.place_end_set:
            return True
        return self.body[chunk.end : chunk.end + 6] in (" state", " State")

    def site_in_use(self, text: str, words: list[str]) -> bool:
        """An airport, or a hospital, hotel, mall, theatre, museum, library or a building's
        centre that the text goes to or is at ("taken to Gleneagles Hospital", "at the Grand
        Hotel", "in the Merseyside Maritime Museum"): a place. A hospital that acts
        ("Madrid District Hospital said") stays an organisation."""
        last = words[-1]
        if last == "Airport" or (last == "Reserve" and words[-2:-1] and words[-2] in RESERVES):
            return True  # (and a protected area: "São Pedro Indigenous Reserve")
        if text.startswith("Port of "):
            # "a strike at the Port of San Antonio" (dockworkers at a port work where it is),
            # unless the port acts as the authority it is somewhere ("Port of X chief
            # executive Y said", "the Port of X said")
            return not self.acts_as_body(text) and self.used_as_site(text, staff=False)
        if last not in SITE_BY_USE and not (
            last in ("Center", "Centre") and len(words) > 1 and words[-2] in _SITE_CENTRES
        ):
            return False
        return self.used_as_site(text)

    def used_as_site(
        self, text: str, before: re.Pattern[str] = _LOCATIVE_BEFORE, staff: bool = True
    ) -> bool:
        """Whether the text goes to, is at or is in `text` somewhere ("taken to X", "at the
        X", "on the X's lawn"); with `staff`, not someone's job there ("a surgeon at X")."""
        body = self.body
        at = body.find(text)
        while at >= 0:
            m = before.search(body, max(0, at - 12), at)
            if m and not (
                staff
                and body.startswith("at", m.start())
                and works_at(word_before(body, m.start()))
            ):
                return True
            if body.endswith((", ", " and "), 0, at) and _LISTED_AT.search(
                body, max(0, at - 120), at
            ):
                return True  # "open at Hexham Hall, Vale Methodist Church and Prudhoe Library"
            at = body.find(text, at + len(text))
        return False

    def acts_as_body(self, text: str) -> bool:
        """Whether a mention of `text` has a body's officer or a verb of saying right after it
        ("X chief executive", "X spokeswoman", "X said")."""
        body = self.body
        at = body.find(text)
        while at >= 0:
            end = at + len(text)
            if RUN_CUE_AFTER.match(body, end) or body.startswith((" said", " says"), end):
                return True
            at = body.find(text, end)
        return False

    def used_as_seat(self, text: str) -> bool:
        """`used_as_site` for a seat of government ("returned to the White House")."""
        return self.used_as_site(text, _SEAT_BEFORE)

    def office_inside(self, words: list[str]) -> bool:
        """Whether a site's name runs on into a local office and a name of two words or more
        ("Fort Collins Mayor Jeni Ortiz", "Port Moresby Governor Ali Kera"): the town, then
        its officer, no site."""
        return any(
            w.lower() in _LOCAL_OFFICES and len(words) - i >= 3 for i, w in enumerate(words[1:], 1)
        )

    def listed_with_place(self, chunk: Chunk) -> bool:
        """ "Carrascal, Cantilan, Madrid and Cortes": a comma list that holds places."""
        return self.listed_with(chunk, self.place_end_set, self.place_start_set)

    def in_list_of_places(self, chunk: Chunk, last: str) -> bool:
        """The run ends in a district's word and stands in a list of places that goes on with
        "and"/"or" right after it or closed with it right before ("Roodepoort, Florida, Randpark Ridge and parts of
        Soweto"; not "Washington, Arnav Gupta, 33, of ...")."""
        if last not in TOPO_TAILS:
            return False
        body = self.body
        before = body[max(0, chunk.start - 6) : chunk.start]
        closes = (
            before.endswith((" and ", " or "))
            and chunk.start
            - (6 if before.endswith(", and ") else 5 if before.endswith(" and ") else 4)
            in self.place_end_set
        )
        goes_on = body.startswith((" and ", " or ", ", and ", ", or "), chunk.end) and (
            before.endswith(", ") and chunk.start - 2 in self.place_end_set
        )
        return closes or goes_on

    def listed_with(
        self, chunk: Chunk, ends: set[int], starts: set[int], strict: bool = False
    ) -> bool:
        """Whether `chunk` stands in a list (", ", " and ", " or ") next to a name that ends
        at one of `ends` or starts at one of `starts`. With `strict`, a bare comma counts only
        inside a list that goes on ("A, B and C"), not one that may close a clause ("According
        to the Board, Calicut has ...")."""
        # Quick exit: no place ends or starts a list gap's length away.
        a, b = chunk.start, chunk.end
        for n in _LIST_GAP_LENGTHS:
            if a - n in ends or b + n in starts:
                break
        else:
            return False
        before = self.body[max(0, chunk.start - 6) : chunk.start]
        after = self.body[chunk.end : chunk.end + 7]
        for gap in LIST_GAPS:
            if strict and gap == ", " and not after.startswith(LIST_GAPS):
                continue
            if before.endswith(gap) and chunk.start - len(gap) in ends:
                return True
            if after.startswith(gap) and chunk.end + len(gap) in starts:
                return True
        return False
