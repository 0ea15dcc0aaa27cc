"""Organisation rules of the entity builder: all-caps words that name nothing, and what the
rest of the article says of a one-word name ("Nordvik's chief executive", "shares of X")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.candidates import COMPOUND_ADJ, OF_ORG_HEADS
from briefing.facts.chunks import RUN_CUE_AFTER, Chunk, split_chunk, words_before
from briefing.facts.currency_codes import CURRENCIES, code_beside
from briefing.facts.date_values import WEEKDAYS
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import (
    KNOWN_ORGS,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_OF_HEADS,
    ORG_WORDS_ABROAD,
    ROLE_NOUNS,
    STATE_HEADS,
    TITLE_WORDS,
    common_words,
    company_name,
)
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# Quote codes of bonds and indices: letters, digits, letters ("US10YT", "DE10Y").
_TICKER = re.compile(r"^[A-Z]{2,4}\d{1,2}[A-Z]{1,3}$")
# Codes that are no name: a plural of an acronym ("PCs", "APIs"), an amount written after its
# currency code ("SEK9", "USD910"), a model, flight or road number ("A300", "IX1344").
_CODE = re.compile(r"^(?:[A-Z][A-Z0-9]+s|[A-Z]{1,2}\d{3,}|(?P<currency>[A-Z]{3})\d[\d.,]*)$")
# A body's initials: "AARP", "UAW", "BBC" (two to six capitals).
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z&]{1,5}$")
# Bodies named for what they work on ("Committee on Housing", "Council on Foreign Relations").
_ON_HEADS = frozenset(("Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel"))
# A model's number after a product's name ("Falcon 9", "Galaxy S24").
_MODEL_NUMBER = re.compile(r" [A-Z]?\d{1,4}[A-Za-z]?\b(?![,.]?\d)")
# Org heads that end a town's name too ("Balanga City, Bataan"; "Manchester City" the club).
_TOWN_HEADS = frozenset(("City", "Town", "United", "Port", "Centre", "Center"))
# What is said only of a company or a body, right after its name ("Nordvik's chief executive",
# "a Halcyon analyst", "Brenmark shares", "Tidewire's request for comment") or right before it ("shares of Brenmark").
_ORG_CUE_AFTER = lazy(
    r"(?:['’]s)? (?:chief executive|CEO|chief financial officer|CFO|board of directors|shares|"
    r"stock|shareholders|subsidiary|headquarters|analysts?|spokes(?:man|woman|person)|"
    r"executives|employees|workforce|profits?|revenues?|parent company|share price"
    # an outlet asking a body ("did not respond to Tidewire's request for comment")
    r"|requests? for comment)\b"
)
_ORG_CUE_BEFORE = lazy(
    r"\b(?:(?:[Ss]hares|[Ss]takes?) (?:of|in)|[Aa]nalysts? at|[Ss]hareholders of"
    r"|[Tt]he (?:firm|company|carmaker|retailer|airline|startup|lender|insurer),"
    # an office held at a company or body: "chief executive of Midland Grid"
    r"|(?:chief (?:executive|financial officer|operating officer|technology officer)|CEO|CFO"
    r"|chairman|chairwoman|co-founder|founder|managing director|employees?|shareholders) "
    r"(?:of|at)(?: the)?"
    # a post at a firm: "head of research at Kaiko", "chief economist at Capital Economics"
    r"|(?:head of [a-z]+(?: [a-z]+)?|economist|strategist|researcher|trader|director|manager"
    r"|partner|consultant|executive) at) $"
)

# A spokesperson's cue right before a body's name ("a spokeswoman for the").
_SPOKESPERSON_FOR = lazy(r"\b[Ss]pokes(?:man|woman|person) for (?:the )?$")
_CUE_AFTER_OPENERS = frozenset(" '’")  # (the first characters `_ORG_CUE_AFTER` can match)
# How every `_ORG_CUE_BEFORE` match ends (its "$" also matches before a final newline).
_CUE_BEFORE_ENDS = (
    "of ", "in ", "at ", ", ", "the ", "of \n", "in \n", "at \n", ", \n", "the \n",
)  # fmt: skip
# How the word ends that every `_ORG_CUE_BEFORE` match has before its closing "of", "in",
# "at" (and "the") or its comma ("shares of", "chief executive of the", "the lender,"); the
# word may be glued to a mark or a word before it ("firm,shares of", "co-founder of").
_CUE_BEFORE_NOUN_ENDS = (
    "hares", "take", "takes", "nalyst", "nalysts", "hareholders", "executive", "officer", "CEO",
    "CFO", "chairman", "chairwoman", "founder", "director", "employee", "employees", "firm",
    "company", "carmaker", "retailer", "airline", "startup", "lender", "insurer", "research",
    "economist", "strategist", "researcher", "trader", "strategy", "markets", "analysis",
    "manager", "partner", "consultant",
)  # fmt: skip


def _cue_noun_before(window: str) -> bool:
    """Whether the last word of `window` before its closing "of"/"in"/"at" (and "the") or
    its comma ends like a cue's noun (`_CUE_BEFORE_NOUN_ENDS`): the cheap test that most
    windows fail."""
    words = window.rsplit(None, 3)
    if words and words[-1] == "the":
        words.pop()
    if words and words[-1] in ("of", "in", "at"):
        return len(words) > 1 and words[-2].endswith(_CUE_BEFORE_NOUN_ENDS)
    return bool(words) and words[-1][-1:] == "," and words[-1][:-1].endswith(_CUE_BEFORE_NOUN_ENDS)


# What names the source of a figure right before a one-word name: "according to FactSet",
# "analysts polled by LSEG", "per Comscore", "Source: Kestrel Data" (a person named so is
# a surname of someone named before, found first).
_SOURCE_CUES = (
    "according to ", "ccording to the ", "polled by ", "data from ", "figures from ", ", per ",
    "Source: ", "Sources: ",
)  # fmt: skip

# What names the source of data right before a run of words (not "according to": people
# are sources too).
_DATA_CUES = ("polled by ", "data from ", "figures from ", "Source: ", "Sources: ")

# "the Trump administration": a government named after its leader (not "a Collins
# administration", a hypothetical one).
_ADMINISTRATION = lazy(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]+)\s+$")

# The year of a citation right after two authors' names, closed by a bracket or a list's mark.
_CITED_YEAR = lazy(r",? \(?(?:1[6-9]|20)\d\d[a-z]?[),;]")

# A country's armed service named by its word alone, capitalised after "the" or another
# ("the Army and Navy have been firing"): that service, an organisation.
_FORCES = frozenset(("Army", "Navy", "Marines"))
_FORCES_AFTER = ("the ", "Army and ", "Navy and ", "Army, ", "Navy, ")

# A noun before a company's name that says what it is ("Rival Cathay Pacific").
_DESCRIBING_NOUNS = ORG_NOUNS | frozenset(
    "rival giant peer competitor owner parent carrier lender insurer automaker chipmaker".split()
)

# Heads of a body's numbered branch, whose number is part of its name: "VFW Post 4471",
# "Teamsters Local 812", "Masonic Lodge No. 12" (not "the Post 10 years ago").
_NUMBERED_HEADS = frozenset(("Post", "Local", "Lodge", "Troop"))
_BRANCH_NUMBER = lazy(
    r" (?:No\. ?)?\d{1,5}\b(?![.,]\d| ?%| (?:years?|days?|weeks?|months?|hours?|minutes?"
    r"|percent|per|million|billion|points?)\b)"
)

# Words of a trade union's name: "Nigeria Labour Congress" keeps its country.
# What a special-purpose district runs (it is a body, as a school board is).
_SERVICE_DISTRICTS = frozenset(
    "School Water Fire Sewer Sanitation Conservancy Irrigation Transit Library Utility "
    "Drainage Hospital Park Parks Improvement".split()
)
# A place's name made an adjective for what is based or listed there.
_BASED = ("-based", "-listed")
_UNION_WORDS = frozenset(("Labour", "Labor", "Trade", "Trades", "Workers", "Union", "Unions"))


class OrgRules:
    """The organisation half of the entity builder (mixed into `builder.Builder`)."""

    body: str
    given: frozenset[str]
    acronyms: dict[str, str]
    pending: list[Chunk]
    leftover: list[Chunk]
    no_entity: list[tuple[int, int]]
    orgs: dict

    def caps_not_name(self, text: str, end: int = -1) -> bool:
        """An all-caps word that names nothing: a closed-class code (time zone, ticker, unit),
        a quote code ("US10YT"), an acronym's plural, an amount or model number (`_CODE`),
        a currency's code before its amount when `end` (where the word ends) is given ("PLN
        40,000"), an ordinary word in capitals ("VOTE", "FALLS") or a weekday's ("MONDAY, July
        1 (Newswire) --": a dateline's day)."""
        if text in NON_ORG_ACRONYMS or _TICKER.match(text) or text.lower() in WEEKDAYS:
            return True
        if end > 0 and code_beside(self.body, text, end):
            return True  # ("PLN 40,000", "SR #12", "MVT 14:20", "NOV 24")
        code = _CODE.match(text)
        if code is not None and (code["currency"] is None or code["currency"] in CURRENCIES):
            return True
        return len(text) >= 4 and text.lower() in common_words() and text not in self.acronyms

    def body_then_place(self: Builder, words: list[str]) -> bool:
        """A known body, or a body's initials, then a place the gazetteer knows: the body's
        branch there ("CNN Philippines", "AARP Illinois"; not a code that names nothing, a
        place's initials, "UK", nor a person's, "JFK" beside John F. Kennedy)."""
        first = words[0]
        if first not in KNOWN_ORGS and not (
            _ACRONYM_WORD.match(first) is not None
            and not self.caps_not_name(first)
            and first not in self.gaz
            and self.find_person(first, 0) is None
        ):
            return self.body_of_region(words)
        return self.gaz.get(" ".join(words[1:])) is not None

    def body_of_region(self: Builder, words: list[str]) -> bool:
        """A body's name, or a people's plural, then a country or a region: the body there
        ("Capitol News Illinois", "Doctors Nova Scotia", "Police Scotland"; not "Central
        Scotland", "Rural Ireland", which are parts of the place)."""
        for n in (1, 2):
            if len(words) <= n:
                return False
            head = words[:-n]
            last = head[-1]
            # (the head's test first: it is cheaper than the gazetteer's and most runs fail it)
            if not (
                (last in ORG_HEADS and last not in _TOWN_HEADS)
                or (len(head) == 1 and last.endswith("s") and last.lower()[:-1] in ROLE_NOUNS)
            ):
                continue
            tail = " ".join(words[-n:])
            entry = self.gaz.get(tail)
            # (not an ordinary word that names a region too: "... Hospital Central")
            if entry is not None and entry.kind in ("country", "region"):
                return tail.lower() not in common_words()
        return False

    def after_given_name(self, word: str) -> bool:
        """Whether the body writes `word` after a given name somewhere ("Bill Hammons"): a
        surname, whatever list it also stands in."""
        return any(is_given(before, self.given) for before in words_before(self.body, word))

    def cued_before(self, start: int) -> bool:
        """Whether what is said only of a company comes right before `start` ("chief executive
        of Midland Grid", "analysts at Morgan Stanley", "shares of"): the cheap test of how
        every cue ends and of its noun first (most names follow none), then the pattern."""
        body = self.body
        if not body.endswith(_CUE_BEFORE_ENDS, 0, start):
            return False
        lo = max(0, start - 40)
        return (
            _cue_noun_before(body[lo:start]) and _ORG_CUE_BEFORE.search(body, lo, start) is not None
        )

    def party_tag(self, chunk: Chunk) -> bool:
        """Whether the run stands in brackets right after a person's name: a party's letters
        ("Eduardo Paes (PSD)", "Ana Costa (PT)")."""
        body, start = self.body, chunk.start
        if not (body.endswith(" (", 0, start) and body.startswith(")", chunk.end)):
            return False
        before = body[max(0, start - 40) : start - 2].rsplit(None, 1)
        return bool(before) and self.find_person(before[-1].rstrip(","), start) is not None

    def office_at(self, chunk: Chunk) -> bool:
        """Whether a company's cue comes right before the run, whatever given name opens it,
        or a spokesperson's, and no given name opens it ("a spokesperson for Agriculture
        Victoria"; not "a spokesman for Kay Ivey")."""
        start = chunk.start
        if self.body.endswith(" for ", 0, start) or self.body.endswith(" for the ", 0, start):
            first = self.body[start : chunk.words[0][1]]
            return _SPOKESPERSON_FOR.search(self.body, max(0, start - 30), start) is not None and (
                not is_given(first, self.given)
            )
        return self.cued_before(start)

    def named_before_office(self, chunk: Chunk, text: str) -> bool:
        """A run of words that an office or a body's people follow: an organisation, whatever
        place or given name opens it ("Citrus Vantara chief executive Molly Trent", "Grain
        Tasmania chairman", "Morgan Stanley analysts"); recorded here."""
        end = chunk.end
        if self.body[end : end + 1] in _CUE_AFTER_OPENERS and RUN_CUE_AFTER.match(self.body, end):
            self.add_org(KNOWN_ORGS.get(text, text), text, (chunk.start, end))
            return True
        return False

    def listed_after_cued(self, chunk: Chunk) -> bool:
        """Whether the run follows " and " or ", " right after an organisation that a company's
        cue opens: "analysts at Morgan Stanley and Goldman Sachs"."""
        body, start = self.body, chunk.start
        for gap in (" and ", ", "):
            if body.startswith(gap, start - len(gap)):
                end = start - len(gap)
                for org in self.orgs.values():
                    for a, b in org.spans:
                        if b == end and self.cued_before(a):
                            return True
        return False

    def org_cued(self) -> set[str]:
        """The left-over single words that some mention shows to be a company or a body
        ("Nordvik's chief executive", "shares of Nordvik"): all their mentions are one."""
        body = self.body
        out = set()
        for chunk in self.pending:
            if chunk.sentence_start and body[chunk.start : chunk.end].lower() in common_words():
                continue  # ("Net profit rose": an ordinary word opening a sentence)
            # (Each cue after the name opens with a space or an apostrophe, and each cue
            # before it ends in `_CUE_BEFORE_ENDS`: most runs have neither, and these tests
            # are cheaper than the patterns' tries.)
            start, end = chunk.start, chunk.end
            if (
                (body[end : end + 1] in _CUE_AFTER_OPENERS and _ORG_CUE_AFTER.match(body, end))
                or self.cued_before(start)
                or self.named_as_source(chunk)
                or (body[start:end] in _FORCES and body.endswith(_FORCES_AFTER, 0, start))
            ):
                out.add(body[start:end])
        return out

    def org_worded(self, words: list[str]) -> bool:
        """Whether the run ends in an organisation's head ("Harlow Motorsports"), or a word of
        it says "bank", "university", "party"... in another language ("Banque Misr", "Vrije
        Universiteit Amsterdam"), or it is a district that runs a service ("Poudre School
        District", "North Fork Valley Water Conservancy District"): a body, not a region."""
        return (
            words[-1] in ORG_HEADS
            or not ORG_WORDS_ABROAD.isdisjoint(words)
            or (words[-1] == "District" and len(words) > 2 and words[-2] in _SERVICE_DISTRICTS)
        )

    def head_of_field(self, text: str, words: list[str]) -> bool:
        """Whether a body's head word goes on with "of", "for" or "on" and its field
        ("Secretariat of State", "Velmora Committee on Housing"; not "Hotels on Kalymnos")."""
        if " of " in text or " for " in text:
            return any(w in OF_ORG_HEADS for w in words[:-1])
        return " on " in text and any(w in _ON_HEADS for w in words[:-1])

    def named_as_source(self: Builder, chunk: Chunk) -> bool:
        """Whether a one-word name that is no place, no people's adjective and no surname is
        given as a figure's source ("according to FactSet", "polled by LSEG")."""
        if not self.body.endswith(_SOURCE_CUES, max(0, chunk.start - 20), chunk.start):
            return False
        text = self.body[chunk.start : chunk.end]
        return (
            text not in self.gaz
            and not self.demonym(text)
            and not self.after_given_name(text)
            and not is_given(text, self.given)
        )

    def figures_source(self: Builder, chunk: Chunk, words: list[str]) -> bool:
        """Whether a run of words no place and opening with no given name is named as the
        source of data ("according to data from Prime Database", "polled by Kestrel
        Research"): a body that keeps figures."""
        return (
            self.body.endswith(_DATA_CUES, max(0, chunk.start - 16), chunk.start)
            and self.gaz.get(self.body[chunk.start : chunk.end]) is None
            and not is_given(words[0], self.given)
        )

    def administrations(self: Builder) -> None:
        """Add the governments named after a person ("the Obama administration") as
        organisations: a person of the text, or a word that can be a leader's name
        (`leaders_name`: "the Biden administration", with Biden named nowhere else; not "the
        Moscow administration", "The Senior administration official")."""
        surnames = {draft.name.split()[-1] for draft in self.people}
        body = self.body
        at = body.find(" administration")
        while at >= 0:
            end = at + len(" administration")
            m = _ADMINISTRATION.search(body, max(0, at - 60), at + 1)
            at = body.find(" administration", end)
            if m is None or body[end : end + 1].isalnum():
                continue
            name = m.group("name")
            if (
                name.split()[-1] not in surnames
                and not self.leaders_name(name)
                and not (is_given(name.split()[0], self.given) and self.name_like(name.split()))
            ):  # (a full name: "the Ada M. Holt administration", Holt named nowhere else)
                continue
            self.add_org(
                f"{name} administration", body[m.start("name") : end], (m.start("name"), end)
            )

    def leaders_name(self: Builder, name: str) -> bool:
        """Whether one word before "administration" can be its leader's name though no person
        of the text has it: no acronym, no big place ("Obama", Fukui, is small), no people's
        adjective, and no ordinary word unless the text writes it only as a name, twice or
        more ("Trump")."""
        if " " in name or name.isupper() or self.demonym(name):
            return False
        entry = self.gaz.get(name)
        if entry is not None and entry.population >= 100_000:
            return False
        low = name.lower()
        return low not in common_words() or (low not in self.common and self.body.count(name) >= 2)

    def known_org_inside(self, chunk: Chunk, words: list[str]) -> bool:
        """A known organisation after a word that describes it ("Rival Cathay Pacific"), or
        before its product's model ("Airbus A350-1000 jets"): the organisation alone."""
        # (one noun that says what the body is: not "United States Senate", "National
        # Congress", "Global Coalition to Defeat ISIS")
        if words[0].lower() in _DESCRIBING_NOUNS and " ".join(words[1:]) in KNOWN_ORGS:
            _, right = split_chunk(chunk, 1)
            if right is not None:
                self.handle(right)
                return True
        if (
            len(words) >= 4
            and is_given(words[0], self.given)
            and chunk.words[1][0] - chunk.words[0][1] == 1  # (not "Bill and Melinda Gates ...")
            and " ".join(words[2:]) in KNOWN_ORGS
            and " " in KNOWN_ORGS[" ".join(words[2:])]
        ):
            # "the Brett Kavanaugh Supreme Court confirmation hearing": a person, then a body
            left, right = split_chunk(chunk, 2)
            if left is not None and right is not None:
                self.add_person(left, None)
                self.handle(right)
                return True
        if words[0] in KNOWN_ORGS and (
            any(c.isdigit() for c in words[1])
            # ("a SpaceX Falcon 9": the company, then its product's name and number)
            or (
                len(words) == 2
                and words[1] not in ORG_HEADS  # (not "the Reuters Institute 2024 report")
                and _MODEL_NUMBER.match(self.body, chunk.end) is not None
            )
        ):
            left, _ = split_chunk(chunk, 1)
            if left is not None:
                self.add_org(KNOWN_ORGS[words[0]], words[0], (left.start, left.end))
                return True
        return len(words) >= 4 and self.body_then_person(chunk, words)

    def name_then_qualified(self: Builder, chunk: Chunk, words: list[str]) -> bool:
        """A name made an adjective, then the name it qualifies ("Virginia-based Symplicity
        Corporation", "Abu Dhabi-based Qasr Logistics Group"): each handled on its own, and
        a place's name before "-based" is sure to be one whatever the classifier makes of
        it; False when no word of the run but its last is such an adjective."""
        at = next((i for i, w in enumerate(words[:-1]) if COMPOUND_ADJ.match(w)), -1)
        if at < 0:
            return False
        head, rest = split_chunk(chunk, at + 1)
        if head is not None:
            self.handle(head)
            if words[at].endswith("-based") and head.end in self.place_end_set:
                self.sure.add((head.start, head.end))
        if rest is not None:
            if words[at].endswith(_BASED) and self.body_after_based(rest):
                return True
            self.handle(rest)
        return True

    def body_after_based(self: Builder, rest: Chunk) -> bool:
        """A name right after "X-based" or "X-listed": what is based or listed somewhere is a
        company or a body ("Bermuda-based Coraline Re", "Oslo-listed Nordvik"), whatever given
        name opens it; recorded here, unless a place's name."""
        text = self.body[rest.start : rest.end]
        if self.gaz.get(text) is not None:
            return False
        self.add_org(company_name(text), text, (rest.start, rest.end))
        self.sure.add((rest.start, rest.end))
        return True

    def body_then_person(self, chunk: Chunk, words: list[str]) -> bool:
        """A body's name, then a person's, in one run (an affiliation line: "said Harlan
        State University Simon Veck"): a head word, then a given name and one or two more
        words; each half handled on its own."""
        if any(w.lower() in TITLE_WORDS for w in words[:-2]):
            return False  # "Secretary of the Air Force James Roche": an office, then its holder
        spans = chunk.words
        # (or a body's name joined across "of": "Higher School of Economics Irina Semyonova")
        of_head = words[0] in ORG_OF_HEADS or words[1] in ORG_OF_HEADS
        for i in range(len(words) - 3, max(0, len(words) - 5), -1):
            if (
                (
                    words[i] in ORG_HEADS
                    or (of_head and " of " in self.body[chunk.start : spans[i][0]])
                )
                and spans[i + 1][0] - spans[i][1] == 1  # (not "School of Marine ...")
                and is_given(words[i + 1], self.given)
                and words[-1].lower() not in common_words()  # (a surname: "Veck")
                and not any(w in ORG_HEADS for w in words[i + 1 :])
            ):
                left, right = split_chunk(chunk, i + 1)
                if left is None or right is None:
                    return False
                self.handle(left)
                self.handle(right)
                return True
        return False

    def firm_or_authors(self, chunk: Chunk, text: str) -> None:
        """A run joined by " & " (`merge_of`): a firm ("Procter & Gamble"), or two authors
        cited with a year ("Miller & Robertson, 2010;", "(Hale & Turano 2012)"), which GUM
        does not list as people either: no entity."""
        words = chunk.words
        if len(words) == 2 and text not in KNOWN_ORGS and _CITED_YEAR.match(self.body, chunk.end):
            self.no_entity.append((chunk.start, chunk.end))  # (a citation names no one here)
            return
        self.add_org(text, text, (chunk.start, chunk.end))

    def org_with_place(self: Builder, chunk: Chunk, words: list[str], text: str) -> None:
        """An organisation; a country opening its name is also a place ("U.S. State Department")."""
        entry = self.gaz.get(words[0])
        if (
            entry is not None
            and entry.kind == "country"
            and words[-1] in STATE_HEADS
            and len(words) > 2
            and (words[-1] != "Congress" or _UNION_WORDS.isdisjoint(words))  # (a union's)
        ):
            a, b = chunk.words[0]
            self.add_place(entry.canonical, entry.kind, words[0], (a, b))
            rest = self.body[chunk.words[1][0] : chunk.end]
            self.add_org(KNOWN_ORGS.get(rest, rest), text, (chunk.start, chunk.end))
            return
        if len(words) == 2 and words[1] in ("Defence", "Defense") and self.demonym(words[0]):
            self.no_entity.append((chunk.start, chunk.end))  # "the French Defence": an opening
            return
        end = chunk.end
        if words[-1] in _NUMBERED_HEADS and (number := _BRANCH_NUMBER.match(self.body, end)):
            end = number.end()  # "VFW Post 4471": the branch's number ends its name
            text = self.body[chunk.start : end]
        self.add_org(company_name(text), text, (chunk.start, end))
        owner = text.partition(" Office of the ")[2]  # "Detroit Field Office of the FBI"
        if owner in KNOWN_ORGS and " " in owner:  # (also the known body it is an office of)
            self.add_org(KNOWN_ORGS[owner], owner, (end - len(owner), end))
