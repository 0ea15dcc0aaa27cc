"""Person rules: what makes a capitalised run a name, and how mentions of one person are joined."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefing.facts.affiliations import speaks_for_body
from briefing.facts.body_appositives import named_after_body_noun
from briefing.facts.chunks import Chunk, split_chunk
from briefing.facts.draft import Draft
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import (
    FAMILY_FIRST,
    HONORIFICS,
    HUMAN_VERBS,
    KNOWN_ORGS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    NOT_A_ROLE,
    ORG_HEADS,
    ORG_NOUNS,
    REGION_HEADS,
    ROLE_NOUNS,
    SITE_HEADS,
    SPEECH_VERBS,
    SURNAME_SITES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    common_words,
    given_names,
)
from briefing.facts.names import (
    fold,
    is_given,
    is_suffix_name,
    leading_honorifics,
    name_parts,
    opens_honorific,
    same_person,
)

_ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|from|for|with|to|by|in)\s+$")
VERB_AFTER = re.compile(r"^,?\s+(?:[a-z]+ly\s+)?([a-z]+)\b")
# (The lookahead on the phrases' first letters lets the engine skip to where one can start.)
_SPEECH_BEFORE = re.compile(
    r"(?=[satw])\b(?:said|says|according to|told|asked|added|wrote)\s+$", re.IGNORECASE
)
AGE_WORD = re.compile(r"-year-old$", re.IGNORECASE)
AGE_BEFORE = re.compile(r"-year-old\s+$")
# "a 20-year-old Opel", "his 23-year-old Fiat": an age after an article or a possessive
# qualifies a thing the name is the make of (not "the 23-year-old Alcaraz").
_THING_AGE_BEFORE = re.compile(r"\b(?:[Aa]n?|his|her|their|my|our|your|its)\s+\S+-year-old\s+$")


def age_before(body: str, start: int) -> bool:
    """Whether "N-year-old" stands right before `start`, not after "a" or a possessive."""
    return bool(AGE_BEFORE.search(body, max(0, start - 20), start)) and not (
        _THING_AGE_BEFORE.search(body, max(0, start - 40), start)
    )


AGE_AFTER = re.compile(r"^(?:,\s+\d{1,3},|\s+\(\d{1,3}\))")
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|an|ese|ish|i|ch)$")


def word_before(body: str, start: int) -> str:
    """The whitespace-separated word just before `start` ("" when punctuation intervenes)."""
    if not start or not body[start - 1].isspace():
        return ""
    parts = body[max(0, start - 25) : start].rsplit(None, 1)
    return parts[-1] if parts else ""


def word_after(body: str, end: int) -> str:
    """The whitespace-separated word just after `end` ("" when punctuation intervenes)."""
    if end >= len(body) or not body[end].isspace():
        return ""
    parts = body[end : end + 25].split(None, 1)
    return parts[0] if parts else ""


def plain_word(word: str) -> bool:
    """An ordinary English word or a title, which does not open a person's name."""
    low = word.lower()
    return low in common_words() or low in TITLE_WORDS


# Words that open a name as a given name though they are no name elsewhere ("the Finance
# Bill"); not "April", a month before a capitalised word ("In April Kessler resigned").
_GIVEN_NON_NAME = frozenset(("Bill",))


@lru_cache(maxsize=8192)
def name_like_words(words: tuple[str, ...], titled: bool = False) -> bool:
    """`Builder.name_like` for 2-5 words. It reads only the words, the shipped word lists
    and the gazetteer, so it is memoised for the process: the same runs recur in and across
    articles, and this was the most called check of the chunk walk. A big city opening the
    words ("Alexandria", "Florence") makes them no name unless a title comes before them
    (`titled`: "Rep. Alexandria Ocasio-Cortez", "Mayor Florence Atwell")."""
    given = given_names()
    gaz = load_gazetteer()
    if words[-1].lower() in TITLE_WORDS and not is_given(words[0], given):
        return False
    for i, w in enumerate(words):
        if _ROMAN.match(w) and i == len(words) - 1:
            continue
        initial = len(w) == 2 and w[1] == "."  # "Patrick W. Carr": not an acronym
        if (
            w in ORG_HEADS
            or (w.isupper() and len(w) > 1 and not initial)
            or (
                w in SITE_HEADS
                # ("Maria Hill": a surname that is also a site word, after a given name or
                # a title: "Judge Norwich Hall KC")
                and not (
                    i == len(words) - 1
                    and w in SURNAME_SITES
                    and (titled or is_given(words[0], given))
                )
            )
            or w in REGION_HEADS
        ):
            return False
        if (
            w in NON_NAME_WORDS
            and not (i == len(words) - 1 and is_given(words[0], given))
            # "Bill Kessler": a given name that is also a word of laws, first in the name
            and not (i == 0 and w in _GIVEN_NON_NAME and is_given(w, given))
        ):
            return False
    first = gaz.get(words[0])
    if (
        not titled
        and first is not None
        and first.population >= 300_000
        and not is_given(words[0], given)
    ):
        return False
    return gaz.get(" ".join(words)) is None


# Words of a title only after a title word ("Det Con": "Con Edison" is a company; "Agent In Charge")
_RANK_AFTER = frozenset(("con", "con.", "in", "charge"))
# The last word of a local body whose officer's title follows it ("Erie County Executive",
# "Cook County Sheriff", "Tower Hamlets Borough Commander").
# Titles only a person's name follows ("Mrs", "Alhaji", "President Bush"; not "St.", "Lord").
_PERSONAL_HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss madam madame mme mme. mx mx. alhaji alhaja hajiya mallam "
    "malam herr frau monsieur señor señora signor signora senhor senhora dona doña swami shri "
    "smt smt. shrimati sayyid seyed monsignor monseñor monsenor msgr msgr. mzee datuk dato "
    "dato' dato’ datin tun haji hajah hajjah puan encik cik khun tan toh president senator".split()
)
# A chess player's title before a whole name: grandmaster, international master, FIDE master.
_CHESS_TITLES = frozenset(("GM", "IM", "WGM", "WIM", "FM", "WFM"))
# Words that open a title ("Prime Minister of India", "Senior Minister of State for ...").
TITLE_OPENERS = frozenset(("Prime", "First", "Deputy", "Vice", "Senior", "Junior", "Chief"))
_LOCAL_BODIES = frozenset(
    ("County", "Borough", "Parish", "City", "Township", "Council", "District")
)


class PersonRules:
    """The person half of the entity builder (mixed into `builder.Builder`)."""

    # -- people ------------------------------------------------------------------------
    def name_like(self, words: list[str], titled: bool = False) -> bool:
        """Words that could make up a person's name (no org heads, no months, no acronyms)."""
        if not 2 <= len(words) <= 5:
            return False
        return name_like_words(tuple(words), titled)

    def after_the(self, chunk: Chunk) -> bool:
        """The run follows "the" (people do not; organisations and sites do)."""
        start = chunk.start
        return self.body[max(0, start - 4) : start] in ("the ", "The ") and (
            start < 5 or not self.body[start - 5].isalpha()
        )

    def org_noun_next_to(self, chunk: Chunk) -> bool:
        """ "the farmers' union Unió de Pagesos" / "the ACV-Transcom union"."""
        # (`word_before` and `word_after` written out: this is asked of most runs. The word
        # is cut out and looked up: cheaper than an `endswith` over all the nouns first.)
        body, start, end = self.body, chunk.start, chunk.end
        if start and body[start - 1] == " ":  # (not the last word of a line: "... bank\n")
            parts = body[max(0, start - 25) : start].rsplit(None, 1)
            if parts and parts[-1] in ORG_NOUNS:
                return True
        if end < len(body) and body[end].isspace():
            parts = body[end : end + 25].split(None, 1)
            # ("belong to the Democratic party.": "party" may close the sentence)
            if parts and (parts[0] in ORG_NOUNS or parts[0][:-1] == "party"):
                # (not "Campaign group River Action": an ordinary word opening the
                # sentence, and the name after the noun)
                return not (
                    chunk.sentence_start
                    and len(chunk.words) == 1
                    and len(parts) > 1
                    and parts[1][:1].isupper()
                    and plain_word(body[start:end])
                )
        return named_after_body_noun(body, chunk, self.given)

    def context_evidence(self, chunk: Chunk) -> bool:
        """The words around a name say it is a person's."""
        after = self.body[chunk.end : chunk.end + 40]
        verb = VERB_AFTER.match(after)
        if (
            verb
            and (verb.group(1) in SPEECH_VERBS or verb.group(1) in HUMAN_VERBS)
            # ("Prof. Marcus Feld of ETH Zurich, cautioned": the comma closes what the
            # preposition opened; the subject came before)
            and not (
                after.startswith(",")
                and _PREPOSITION_BEFORE.search(self.body, max(0, chunk.start - 6), chunk.start)
            )
        ):
            return True
        if AGE_AFTER.match(after) or age_before(self.body, chunk.start):
            return True
        if _SPEECH_BEFORE.search(self.body[max(0, chunk.start - 20) : chunk.start]):
            return True
        if speaks_for_body(self.body, chunk.end):
            return True  # "Yunus Bello of Kano's Center for ... says"
        return self.role_after(chunk.end) is not None or self.role_before(chunk.start) is not None

    def person_evidence(self, words: list[str], chunk: Chunk) -> bool:
        if self.after_the(chunk) and not self.body.startswith("-", chunk.end):
            return False  # (but "the Bernie Sanders-backed candidate": the candidate's "the")
        if not self.name_like(words):
            # "Brent Hollis, 38,": an age after the run makes a big city's name a given name
            return (
                len(words) <= 3
                and AGE_AFTER.match(self.body[chunk.end : chunk.end + 12]) is not None
                and self.name_like(words, titled=True)
            )
        if is_given(words[0], self.given) or (words[0] in FAMILY_FIRST and len(words) <= 3):
            return True
        if all(map(plain_word, words)):
            # ("Vice President of Predictive Operations, reporting to ...": words of a
            # department; "nominee Earl Dodge": a role right before, no comma, makes a name)
            # (not a headline's adjective: "Prepares for Major Immigration Rally")
            role = self.role_before(chunk.start)
            return not self.body.endswith(",", 0, chunk.start - 1) and role not in NOT_A_ROLE
        return self.context_evidence(chunk)

    def find_person(self, part: str, position: int) -> Draft | None:
        """The person with `part` in their name, nearest before `position` (else first after)."""
        if part not in self.person_parts:
            # the same name written without its accents ("Erdogan" after "Erdoğan")
            part = self.folded_parts.get(fold(part), "") if part[:1].isupper() else ""
            if not part:
                return None
        if part.lower() in NAME_PARTICLES:
            return None
        positions = self.part_positions.get(part)
        if not positions:
            return None
        i = bisect.bisect_left(positions, (position,))
        if i > 0:
            return positions[i - 1][1]
        return positions[0][1]

    def index_mention(self, person: Draft, start: int) -> None:
        """Record that `person` is mentioned at `start`, under every part of their name."""
        for part in name_parts(person.name):
            positions = self.part_positions.setdefault(part, [])
            entry = (start, person)
            if not positions or positions[-1][0] < start:
                positions.append(entry)
            else:
                positions.insert(bisect.bisect_left(positions, (start,)), entry)

    def index_person(self, person: Draft) -> None:
        """Make `person` findable by each part of its (possibly renamed) name."""
        parts = name_parts(person.name)
        self.person_parts.update(parts)
        for part in parts:
            if not part.isascii():
                self.folded_parts.setdefault(fold(part), part)
        for part in parts:
            self.by_part.setdefault(part, {})[id(person)] = person
        words = person.name.split()
        if words:
            self.by_last.setdefault(words[-1], {})[id(person)] = person

    def drop_person(self, person: Draft) -> None:
        """Forget `person` (the type classifier found it is not one), indexes included."""
        self.people = [p for p in self.people if p is not person]
        for part in name_parts(person.name):
            self.by_part.get(part, {}).pop(id(person), None)
        for people in self.by_last.values():
            people.pop(id(person), None)
        for positions in self.part_positions.values():
            positions[:] = [entry for entry in positions if entry[1] is not person]

    def add_person(self, chunk: Chunk, role: str | None) -> None:
        """Record a person mention; honorifics are dropped from the name, particles kept."""
        words = chunk.words
        if words and opens_honorific(self.body[words[0][0] : words[0][1]]):
            words = words[leading_honorifics([self.body[a:b] for a, b in words]) :]
        if not words:
            return
        start = words[0][0]
        name = " ".join(self.body[start : chunk.end].split())
        span = (chunk.start, chunk.end)
        surface = self.body[chunk.start : chunk.end]
        target: Draft | None = None
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
                if is_suffix_name(person.name, name) or person.name == last:
                    # ("Mr. Grant" read before "Hollis Grant", a run resolved at the end)
                    target = person
                    person.name = name
                    break
        if target is None:
            target = Draft("person", name, role)
            self.people.append(target)
        elif len(name.split()) > len(target.name.split()) and same_person(target.name, name):
            target.name = name
        self.index_person(target)
        target.add(surface, span)
        target.extra = target.extra or role
        self.index_mention(target, span[0])

    # -- chunk walk --------------------------------------------------------------------
    def office_then_name(self, chunk: Chunk, words: list[str], known_prefix: bool) -> bool:
        """ "Secretary of State Mike Pompeo", "United Nations Nikki Haley": a run that ends in a
        person's name after an office or a named body. The name becomes a person (the office
        its role), and what follows an "of" or "to" in the office is handled on its own
        ("First Minister of Scotland" names Scotland). With `known_prefix`, the words before
        the name must be a known organisation or place."""
        for i in range(1, len(words) - 1):
            if not 2 <= len(words) - i <= 4:
                continue
            given = is_given(words[i], self.given) or words[i] in FAMILY_FIRST
            # Two last words right after an office or a body are a name even when the given
            # name is not a known one ("... Secretary of State Dorin Velasko"), but not after
            # "of" or "for" ("Secretary of State for Foreign Affairs").
            plain_gap = self.body[chunk.words[i - 1][1] : chunk.words[i][0]] == " "
            # (after an office's ordinary words, the first words that are none: "Minister of
            # Civil Aviation Badri Prasad Pandey")
            after_plain = (
                not known_prefix
                and plain_word(words[i - 1])
                and not any(plain_word(w) for w in words[i:])
            )
            named = given or (len(words) - i == 2 and plain_gap) or after_plain
            if not (named or self.body_then_name(words, i)):
                continue
            if known_prefix and not given and plain_word(words[i]):
                continue  # "U.S. Geological Survey", "SpaceX Crew Dragon": no name follows
            if not self.name_like(words[i:], titled=not known_prefix):  # (after an office)
                continue
            left, right = split_chunk(chunk, i)
            if left is None or right is None:
                return False
            office = self.body[left.start : left.end]
            title = "" if known_prefix else self.after_office_of(chunk.start)
            if title:
                office = f"{title} {office}"  # "Minister of State for Transport"
            if known_prefix and not (self.known_body(office) or self.body_then_name(words, i)):
                return False
            if known_prefix:
                self.handle(left)
            else:
                self.prefix_entities(left, words[:i], i - 1)  # "US Secretary of State"
                for j in range(1, i):
                    gap = self.body[chunk.words[j - 1][1] : chunk.words[j][0]]
                    if " of " in gap or " to " in gap:
                        _, tail = split_chunk(left, j)
                        if tail is not None:
                            self.handle(tail)
                        break
            self.add_person(right, None if known_prefix else office)
            self.sure.add((right.start, right.end))  # "First Minister of X Dana Whitlock"
            return True
        return False

    def known_body(self, text: str) -> bool:
        """A known organisation, or a country or region that is not also a name ("Kim")."""
        if text in KNOWN_ORGS:
            return True
        entry = self.gaz.get(text)
        return (
            entry is not None
            and entry.kind in ("country", "region", "continent")
            and text not in FAMILY_FIRST
            and not is_given(text, self.given)
        )

    def titled_person(self, chunk: Chunk, words: list[str]) -> bool:
        """ "Prime Minister Keir Starmer", "Taoiseach Simon Harris", "Mr. Peeters"."""
        title_end = -1
        # ("Tan Sri", "Datuk Seri": pairs)
        honorifics = leading_honorifics(words) if opens_honorific(words[0]) else 0
        for i, word in enumerate(words[:-1]):
            low = word.lower()
            if (
                i < honorifics
                or low in TITLE_WORDS
                or low in HONORIFICS
                or low.rstrip(".") in TITLE_WORDS
            ):
                title_end = i
            elif self.plural_title(words, i):
                title_end = i  # "Actors Jerry Connell and ...", "Labour MPs Diane Abbott and ..."
            elif i == 0 and low in ROLE_NOUNS and len(words) >= 3:
                title_end = i  # "Prosecutor Mat Heck Jr.": a role, then a whole name
            elif i > 0 and title_end == i - 1 and (low in ROLE_NOUNS or low in _RANK_AFTER):
                title_end = i  # "Chief Executive Bart Lemmens", "Det Con Rhys Powell"
            elif i > 0 and words[i - 1] in _LOCAL_BODIES and low in ROLE_NOUNS:
                title_end = i  # "Erie County Executive Mark Pietrowski": a local office
            elif title_end < 0 and low in ROLE_NOUNS and self.known_body(" ".join(words[:i])):
                title_end = i  # "U.S. Attorney Kelly Norwood": a country's or a body's office
            elif word in _CHESS_TITLES and len(words) - i >= 3:
                title_end = i  # "Estonian GM Aleksander Kaljulaid" (not "GM Korea")
        if title_end < 0 and not (is_given(words[0], self.given) or words[0] in FAMILY_FIRST):
            for i in range(1, len(words) - 1):
                # (The prefix test asks the body about each word: run it last.)
                if (
                    is_given(words[i], self.given)
                    and self.name_like(words[i:])
                    and all(
                        DEMONYM.match(w)
                        or w in NON_NAME_WORDS
                        # "Scientist Rebecca Falconer", "Co-author Jing-Shan Zhao"
                        or w.lower().removeprefix("co-") in ROLE_NOUNS
                        or w.lower() in self.common
                        # "Democrat Rod Blagojevich": an ordinary word before a known given name
                        or plain_word(w)
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
        if len(core_words) > 1 and (
            not self.name_like(core_words, titled=True)
            # ("Chip Designer Faces Tariff Test": a role noun before ordinary words)
            or (
                words[title_end].lower() not in TITLE_WORDS
                and not is_given(core_words[0], self.given)
                and all(plain_word(w.rstrip("'’")) for w in core_words)
            )
        ):
            return False
        if (
            len(core_words) == 1
            and (
                core_words[0] in ORG_HEADS
                or core_words[0] in NON_NAME_WORDS
                # ("Chief Executive Officer of ...": all title; "Mr Major" is a name)
                or (
                    core_words[0].lower() in TITLE_WORDS
                    and not any(w.lower() in HONORIFICS for w in words[: title_end + 1])
                )
            )
        ):
            return False
        role_words = [
            TITLE_ABBREVIATIONS.get(w.lower(), w)
            for i, w in enumerate(words[: title_end + 1])
            if w.lower() in TITLE_ABBREVIATIONS or (i >= honorifics and w.lower() not in HONORIFICS)
        ]
        role = (
            " ".join(role_words) or self.role_before(chunk.start) or self.role_after(chunk.end)
        )  # ("Dr Kerry Chant, the state's chief health officer,": the office after)
        if role_words and self.body[max(0, chunk.start - 7) : chunk.start].lower() == "former ":
            role = "former " + role  # "Former Treasury Secretary Lawrence Summers": no longer
        self.prefix_entities(chunk, words, title_end)
        self.add_person(core, role)
        if (
            title_end == max(0, honorifics - 1)
            and words[0].lower() in _PERSONAL_HONORIFICS
            and not words[0].isupper()  # ("MS Although ...": a transcript's initials)
            and len(core_words[-1]) > 2  # ("Mr. A": no name given)
        ):
            self.sure.add((core.start, core.end))  # "Madam Tan Siew Lian": only a person
        return True
