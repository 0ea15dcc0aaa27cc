"""Runs of capitalised words no rule claimed, read from what stands around them: a person's
name before a lower-case noun ("the Kirk Bart quote"), a party's adjective before a place
("the Republican Iowa caucuses"), a name in a results table's list beside a body, an
appositive after a name (", a food distributor", ", one of the country's architects", ", the
committee's vice-chair"), a name going on a list of places, a lone name joined to a person's
by "and", ordinary words that make no name. A mixin of `late_passes.LatePasses` (and so of
`builder.Builder`, which sets the attributes below)."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk
from briefing.facts.draft import Draft
from briefing.facts.gazetteer import Gazetteer
from briefing.facts.lexicon import FAMILY_FIRST, KNOWN_ORGS, ORG_HEADS, ORG_NOUNS, common_words
from briefing.facts.people import is_given
from briefing.facts.place_lists import opened_by_where
from briefing.facts.place_rules import LIST_GAP_STARTS, LIST_GAPS
from briefing.facts.roles import is_role

AT_THE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|inside)\s+the\s+$")
_DASHES = (" – ", " - ", " — ")
# How a web page's line of topics opens ("Tags: Railway strike, Station Masters, SLR").
_TAG_LINES = ("Tags", "Topics", "Related topics")
# A party's adjective ("the Republican Iowa caucuses").
_PARTY_ADJECTIVES = frozenset(
    "Republican Democratic Democrat Conservative Liberal Labour Labor Tory Socialist".split()
)
# What a company has or is, after a name that could be its founder's ("the John Lewis store"),
# and the sites named after a person ("the Johan Sverdrup field", "the Grace Hopper building").
_COMPANY_THINGS = ORG_NOUNS | frozenset(
    "stores shop shops shares stock brand brands chains franchise outlet outlets "
    "field oilfield building bridge airport station centre center hall school hospital stadium "
    "arena park museum library prize award foundation".split()
)

# What is set off after a name: ", then one of the country's architects", ", a food distributor",
# ", Kyrgyzstan's parliament".
_ONE_OF = re.compile(
    r",\s+(?:then\s+|now\s+|also\s+)?one\s+of\s+(?:[\w’'-]+\s+){0,5}([a-z-]+)(?=[,.;:)]|\s+(?:who|in|at|of)\b)"
)
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:the|an?|[A-Z][\w.-]*['’]s)\s+(?:[\w’'.-]+\s+){0,4}?([a-z-]+)"
    r"(?=[,.;:)]|\s+(?:that|which|in|based|founded)\b)"
)
_APPOSITIVE_BODIES = ORG_NOUNS | frozenset(
    "institute institution watchdog nonprofit non-profit think-tank distributor supplier "
    "producer exporter importer lobby authority utility lender provider parliament legislature "
    "outlet".split()
)
# How a list goes on after an item ("the A, the B and the C").
_LIST_GOES_ON = (", the ", " and the ", ", and the ")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|inside)\s+$")
# The words that join two names in a list.
_JOINS = (" and ", ", and ", " or ", " & ")


class LeftoverNames:
    """The reads of a run's surroundings (mixed into `late_passes.LatePasses`)."""

    body: str
    gaz: Gazetteer
    given: frozenset[str]
    orgs: dict[str, Draft]
    place_end_set: set[int]

    def name_like(self, words: list[str], titled: bool = False) -> bool: ...  # pragma: no cover

    def demonym(self, text: str) -> bool: ...  # pragma: no cover

    def match_report(self) -> bool: ...  # pragma: no cover

    def person_edges(self) -> tuple[set[int], set[int]]: ...  # pragma: no cover

    def listed_with(
        self, chunk: Chunk, ends: set[int], starts: set[int], strict: bool = False
    ) -> bool: ...  # pragma: no cover

    def add_place(
        self, name: str, kind: str, surface: str, span: tuple[int, int]
    ) -> None: ...  # pragma: no cover

    def listed_with_org(self, chunk: Chunk, words: list[str], text: str) -> bool:
        """Whether a run of up to three words, no place and opened by no given name, stands
        in a results table's list right next to an organisation ("5-8. Kraken Esports, Sable
        Six, Bastion – $35,000"): a body too. Only where a dash closes the list: in prose,
        the names listed with a body are as often events, titles or products ("Twitter and
        Internet Relay Chat", "the World Rapid and Blitz Championship")."""
        body, end = self.body, chunk.end
        if not body.startswith(LIST_GAP_STARTS, end) and not body[
            max(0, chunk.start - 6) : chunk.start
        ].endswith(LIST_GAPS):
            return False  # (the cheap test first)
        line = body[end : end + 80].split("\n", 1)[0].split(". ", 1)[0]
        if len(words) > 3 or not any(dash in line for dash in _DASHES):
            return False
        if any(c.isdigit() for c in text) or body[end + 1 : end + 2].isdigit():
            return False  # (a model, "Galaxy A56"; a name cut before its number)
        if body.startswith(_TAG_LINES, body.rfind("\n", 0, chunk.start) + 1):
            return False  # ("Tags: Railway strike, Station Masters, SLR": a page's topics)
        if self.name_like(words) and words[-1].lower() not in common_words():
            return False  # (a person's name: "Tyler Vance-Morrow, Toyota, 500")
        ends = {b for org in self.orgs.values() for _, b in org.spans}
        starts = {a for org in self.orgs.values() for a, _ in org.spans}
        # (a bare comma before it only in a list that goes on or that the dash closes here)
        strict = not body.startswith(_DASHES, end)
        return (
            self.listed_with(chunk, ends, starts, strict=strict)
            and not is_given(words[0], self.given)
            and text not in self.gaz
            and not self.demonym(words[0])
        )

    def party_then_place(self, chunk: Chunk, words: list[str]) -> bool:
        """Whether a party's adjective, then a place the gazetteer knows, qualify the
        lower-case noun after them ("the Republican Iowa caucuses", "the Labour Kent
        vote"): the place, recorded here; no body "Republican Iowa"."""
        if len(words) < 2 or words[0] not in _PARTY_ADJECTIVES:
            return False
        if not self.body[chunk.end + 1 : chunk.end + 2].islower():
            return False
        start = chunk.words[1][0]
        rest = self.body[start : chunk.end]
        entry = self.gaz.get(rest)
        if entry is None or self.body[chunk.start : chunk.end] in self.gaz:
            return False
        self.add_place(entry.canonical, entry.kind, rest, (start, chunk.end))
        return True

    def named_before_noun(self, chunk: Chunk, words: list[str]) -> bool:
        """Whether a person's name, opened by a given name, qualifies the lower-case noun
        after it ("the Kirk Bart quote", "the Ada M. Holt era"): a person, where other runs
        after "the" are bodies; not a noun said of a company or a site ("the Kirk Bart
        store", "the Kirk Bart field": named after a person, no person of the text)."""
        end = chunk.end
        if not (
            len(words) <= 3
            and self.body[end : end + 1] == " "
            and self.body[end + 1 : end + 2].islower()
            and is_given(words[0], self.given)
            and self.name_like(words)
        ):
            return False
        if AT_THE_BEFORE.search(self.body, max(0, chunk.start - 12), chunk.start):
            return False  # ("on the Pedro Plains have": a site)
        nouns = self.body[end + 1 : end + 30].split(None, 2)[:2]  # ("the X oil field")
        return not any(noun.strip(".,;:") in _COMPANY_THINGS for noun in nouns)

    def next_in_places(self, start: int, end: int) -> bool:
        """Whether the name from `start` to `end` goes on a list of places: after a place found
        and " and the " (the list's last), or ", the " with another item after it (not an
        appositive: "the legislature of Taiwan, the Legislative Yuan, voted")."""
        body = self.body
        for gap in (", the ", " and the ", ", and the "):
            if body.endswith(gap, 0, start) and start - len(gap) in self.place_end_set:
                return gap != ", the " or body.startswith(_LIST_GOES_ON, end)
        return False

    def org_appositive(self, end: int) -> bool:
        """Whether an appositive whose head is a body follows `end`: ", the Dutch water
        research institute", ", a food distributor"."""
        m = _ORG_APPOSITIVE.match(self.body, end)
        if m is None:
            return False
        head = m.group(1).lower()  # ("..., the two biggest memory makers,": plural too)
        return head in _APPOSITIVE_BODIES or head.removesuffix("s") in _APPOSITIVE_BODIES

    def one_of_people(self, end: int) -> bool:
        """Whether ", (then) one of the country's best-known architects" follows `end`."""
        m = _ONE_OF.match(self.body, end)
        if m is None:
            return False
        plural = m.group(1).lower()
        return plural.endswith("s") and (is_role(plural[:-1]) or is_role(plural.removesuffix("es")))

    def appositive_role(self, chunk: Chunk, role: str) -> bool:
        """Whether `role` (from `role_after`) is a person's, set off after the name: "Hill, the
        committee's vice-chair,", "Kennedy, a neighbour who filmed it,"."""
        return (
            self.body.startswith((", a ", ", an ", ", the "), chunk.end)
            and any(is_role(w) for w in role.split())
            # ("Presenting findings in Andenes, the board's chair, ...": a place)
            and not _PLACE_BEFORE.search(self.body, max(0, chunk.start - 8), chunk.start)
        )

    def who_names_a_person(self, text: str) -> bool:
        """Whether a lone word that ", who" follows is a person's name: no place, body,
        people's adjective or English word, and no club in a match report ("Chelsea, who
        beat ...")."""
        return (
            text.isalpha()
            and not text.isupper()
            and self.gaz.get(text) is None
            and text not in KNOWN_ORGS
            and text.lower() not in common_words()
            and not self.demonym(text.removesuffix("s"))
            and not self.match_report()
        )

    def listed_with_person(self, chunk: Chunk, text: str) -> bool:
        """Whether a lone word that is no English word, place or people's name stands in a
        list of names right beside a person found ("identified as Ali Dost and Liaquat"):
        one more person, known by one name."""
        return (
            text.isalpha()
            and not text.isupper()
            and text.lower() not in common_words()
            and self.joined_to_person(chunk)
            and text not in self.gaz
            and not self.demonym(text)
            and not opened_by_where(self.body, chunk.start)  # ("including Lhotse, X and Y")
        )

    def joined_to_person(self, chunk: Chunk) -> bool:
        """Whether "and" or "or" joins `chunk` to a person found, right before or after it (a
        bare comma does not: "at Monash, Nick Dimitriou, 34, said")."""
        body, (a, b) = self.body, (chunk.start, chunk.end)
        if not (body.endswith(_JOINS, 0, a) or body.startswith(_JOINS, b)):
            return False  # (most words: no list's gap beside them)
        before = [a - len(gap) for gap in _JOINS if body.endswith(gap, 0, a)]
        after = [b + len(gap) for gap in _JOINS if body.startswith(gap, b)]
        ends, starts = self.person_edges()
        return any(at in ends for at in before) or any(at in starts for at in after)

    def after_body_of(self, start: int) -> bool:
        """Whether `start` follows a body's head word and "of" ("Department of Tourism
        says"): the end of the body's name, no one who speaks."""
        if not self.body.startswith(" of ", start - 4):
            return False
        words = self.body[max(0, start - 24) : start - 4].split()
        return bool(words) and words[-1] in ORG_HEADS

    def plain_words(self, words: list[str]) -> bool:
        """Whether every word is an ordinary English word and the first no given name
        ("Emerging Researcher", "Inaugural Research"): a title or a thing, though its last
        word stands alone elsewhere ("Researcher of the Year")."""
        common = common_words()
        return (
            all(w.lower() in common for w in words)
            and not is_given(words[0], self.given)
            and words[0] not in FAMILY_FIRST
        )
