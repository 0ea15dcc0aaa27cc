"""The builder's passes that see the whole body: multi-word runs no rule claimed (a person if
the surname recurs alone, else maybe an organisation) and single words left over (a known
person's name part, a speaker, a club, an outlet). A mixin of `builder.Builder`."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk, words_before
from briefing.facts.clubs import club_mention, is_match_report
from briefing.facts.draft import Draft
from briefing.facts.gazetteer import NATURAL_FEATURES
from briefing.facts.leftover_names import AT_THE_BEFORE, LeftoverNames
from briefing.facts.lexicon import (
    NON_NAME_WORDS,
    ORG_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
    common_words,
)
from briefing.facts.people import AGE_AFTER, VERB_AFTER, age_before, is_given
from briefing.facts.place_lists import opened_by_where
from briefing.facts.place_nouns import (
    compass_region,
    feature_noun_after,
    names_a_thing,
    shared_site_noun,
)
from briefing.facts.place_rules import LIST_GAP_STARTS, LIST_GAPS
from briefing.facts.roles import is_role

# Verbs of saying that companies and bodies are the subjects of as often as people ("Korvex
# reported record sales"): no evidence of a person for a word alone.
_BODY_SPEECH = frozenset(
    "reported reports announced announces posted estimated estimates predicted predicts".split()
)
# ", a town of 3,000 people", ", a village near Taunton": the name before is a place.
# A given name, a middle initial, a surname (and a suffix): "Kirk M. Bart", "Patrick W.
# Carr Jr." is a person whatever the given name.
_INITIALLED = re.compile(
    r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?(?: (?:Jr|Sr)\.?| I{1,3})?$"
)
# Two or three name words and a generation's suffix: "Deshawn Pettiford Jr.", "Cade
# Ashby-Lowe III" (the words before it name-like: not "World War II").
_SUFFIXED = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2} (?:Jr\.?|Sr\.?|II|III|IV)$")
# A region's noun after a name: "the Tigray region", "Kherson province", "Sukatani village".
_REGION_AFTER = re.compile(
    r"(?: and [A-Z][\w’'-]+)? (region|province|oblast|governorate|prefecture|neighbou?rhood"
    r"|district|suburb|township|village|commune|regency|upazila|tehsil|taluka?|barangay"
    r"|municipality|(?:(?:industrial|residential|rural|metropolitan|metro|border|coastal) )?area"
    # the units of more countries ("Tosontsengel soum", "Zavkhan aimag", "Goshing and Ngangla
    # gewogs", "the Borgou and Donga departments", "Maafushi island in Kaafu atoll", "held in
    # Zhemgang town"; not "the town hall")
    r"|soum|aimag|gewog|dzongkhag|chiwog|woreda|kebele|canton|voivodeship|raion|rayon|krai"
    r"|okrug|emirate|wilaya|atoll|parish|hamlet|settlement|department"
    r"|town(?! (?:hall|council|centre|center|square|clerk|meeting|board|house)))"
    r"s?\b"
)
_REGION_WORDS = frozenset(("region", "province", "oblast", "governorate", "prefecture"))
# ", which makes ...", ", which owns ...": what a company does (a person is "who").
_WHICH_DOES = re.compile(
    r", which (?:makes|owns|runs|operates|sells|builds|employs|supplies|produces|provides"
    r"|manufactures|develops|publishes|designs|is based|was founded|has its headquarters"
    r"|was acquired|was bought|is owned|was sold)\b"
)
# A staff role and a person's name after a word: "Accel partner Harry Nelis".
# A relative set off before a given name: "his wife, Samira,", "Her late husband, Stanislaw,".
_KIN_BEFORE = re.compile(
    r"(?:'s|’s|\b(?:[Hh]is|[Hh]er|[Tt]heir)) (?:late |eldest |youngest |elder |younger )?"
    r"(wife|husband|son|daughter|mother|father|brother|sister|partner|widow|widower|fiancée"
    r"|fiance|fiancé|girlfriend|boyfriend|grandson|granddaughter|stepson|stepdaughter), $"
)
_ONE_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?$")
_STAFF_THEN_NAME = re.compile(
    r" (?:[a-z-]+ )?(?:partner|founder|co-founder|chief|executive|spokesman|spokeswoman"
    r"|spokesperson|analyst|engineer|director|economist|strategist|researcher|employee"
    r"|chairman|chairwoman) [A-Z][a-z]+ [A-Z]"
)
# A role before a name set off by commas: "A PhD student on the team, Made Suarjana,", "The
# firm's lead engineer, Ana Ruiz," (its noun, and what it is at or of, then the comma).
_ROLE_SET_OFF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother) (?P<role>(?:[\w’'-]+ ){0,4}?"
    r"(?P<noun>[a-z-]+)(?: (?:on|at|of|in|for|with|from) (?:the |a |an )?[\w’'-]+){0,2}), $"
)
# An author cited in the text: "Hartsell-Gundy et al., 2015", "(Mulligan, 2016)".
_CITATION = re.compile(r"(?: et al\.|,\s(?:19|20)\d\d[a-z]?[);])")
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
_TITLE_IN = re.compile(r"\b(?:Agent|Officer|Commander|Director) in $")
# Natural features named "X of Y" ("Gulf of Oman", "Strait of Hormuz", "Isle of Man").
NATURAL_OF_HEADS = frozenset(
    "Gulf Strait Straits Bay Sea Isle Cape Lake Sound Bight Firth Peninsula Islands Mouth Horn".split()
)


class LatePasses(LeftoverNames):
    """The passes after the chunk walk (mixed into `builder.Builder`)."""

    body: str
    people: list[Draft]
    leftover: list[Chunk]
    pending: list[Chunk]
    _match_report: bool | None

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
                if self.demonym(text) or (
                    self.demonym(words[-1]) and self.body[chunk.end + 1 : chunk.end + 2].islower()
                ):
                    continue  # "the Puerto Rican constitution", "the Mura Indigenous people"
                if self.party_then_place(chunk, words):
                    continue  # "the Republican Iowa caucuses": Iowa, a place
                if self.named_before_noun(chunk, words):
                    if not self.body.startswith(" administration", chunk.end):
                        self.add_person(chunk, None)  # "the Chuck Jones quote"
                    continue  # ("the George W. Bush administration": `administrations`)
                if self.org_appositive(chunk.end):
                    self.add_org(text, text, span)  # "outside the Jogorku Kenesh, the parliament"
                elif feature_noun_after(self.body, chunk.end) and not self.demonym(words[0]):
                    self.add_place(text, "site", text, span)  # "down the Preto Pantaleão river"
                    self.sure.add(span)
                elif (
                    AT_THE_BEFORE.search(self.body, max(0, chunk.start - 12), chunk.start)
                    or (words[0] in NATURAL_OF_HEADS and text.startswith(words[0] + " of "))
                    or self.next_in_places(chunk.start, chunk.end)
                ):  # ("the Gulf of Oman was calm": a sea, wherever it stands; "in the District
                    # of Columbia, the Middle District of Florida and the ...": a list of sites)
                    if not names_a_thing(self.body, chunk.end):  # ("on the X trial")
                        self.add_place(text, "site", text, span)
                        if self.next_in_places(chunk.start, chunk.end):
                            self.sure.add(span)  # (the list's type, whatever the classifier's)
                else:
                    self.add_org(text, text, span)
            elif self.described_as_place(chunk.end) and self.name_like(words):
                self.add_place(text, "place", text, span)  # "Pinewood Creek, a town of 3,000"
            elif (
                self.org_appositive(chunk.end)
                or self.listed_after_cued(chunk)
                or self.figures_source(chunk, words)
            ):  # "SK Hynix, the two biggest memory makers,"; "data from Prime Database"
                self.add_org(text, text, span)
            elif self.body.startswith(" of ", chunk.start - 4) and (
                chunk.start - 4 in self.person_edges()[0]
            ):
                # "Prof. Marcus Feld of ETH Zurich": where a named person works
                if self.gaz.get(text) is None:
                    self.add_org(text, text, span)
                    self.sure.add(span)
            elif (_INITIALLED.match(text) and self.name_like(words)) or (
                _SUFFIXED.match(text) and self.name_like(words[:-1])
            ):
                self.add_person(chunk, self.role_before(chunk.start) or self.role_after(chunk.end))
            elif self.name_like(words) and words[-1] in self.singles and len(words) <= 4:
                role = self.role_before(chunk.start) or self.role_after(chunk.end)
                self.add_person(chunk, role)
            elif len(words) <= 4 and self.name_like(words) and self.one_of_people(chunk.end):
                self.add_person(chunk, None)  # "Sverre Fehn, then one of Norway's architects"
            elif (
                len(words) <= 4
                and self.body.startswith(",", chunk.end)
                and self.body.endswith(", ", 0, chunk.start)
                and self.name_like(words)
                and (role := self.role_set_off_before(chunk.start)) is not None
            ):
                self.add_person(chunk, role)  # "A PhD student on the team, Made Suarjana,"
            elif (
                (
                    self.body.startswith(LIST_GAP_STARTS, chunk.end)  # (cheap test first)
                    or self.body[max(0, chunk.start - 6) : chunk.start].endswith(LIST_GAPS)
                )
                and (
                    len(words) <= 3
                    and self.name_like(words)
                    and not any(w.lower() in common_words() for w in words)
                    and self.listed_with(chunk, *self.person_edges())
                )
            ):
                self.add_person(chunk, None)  # "Mateus Pirlo and Kofi Mensah-Bonsu"
            elif self.listed_with_org(chunk, words, text):
                self.add_org(text, text, span)  # "Team Helix, Osaka Crest – $80,000"

    def works_at(self, chunk: Chunk, text: str) -> bool:
        """Whether a lone word no place knows, that a verb of saying follows, comes after
        "<person> of" ("Sophie Lowe of Kingshay said"): the body the person works at, recorded
        here (the verb is the person's; without one, "Alexander Gordon of Auchintoul, author
        of" names an estate)."""
        if chunk.start - 4 not in self.person_edges()[0] or text in self.gaz or self.demonym(text):
            return False
        self.org_or_its_owner(text, (chunk.start, chunk.end))
        self.sure.add((chunk.start, chunk.end))
        return True

    def role_set_off_before(self, start: int) -> str | None:
        """The role a name set off by commas comes after, when it names one person: "A PhD
        student on the team, ", "Her lawyer, " (`_ROLE_SET_OFF`)."""
        m = _ROLE_SET_OFF.search(self.body, max(0, start - 80), start)
        return m.group("role") if m is not None and is_role(m.group("noun")) else None

    def org_or_its_owner(self, text: str, span: tuple[int, int]) -> None:
        """Record a one-word organisation, as a mention of the longer name it opens when the
        text has one ("Nordlys" of "Nordlys Orbital")."""
        owner = self.org_by_first_word(text)
        if owner is not None:
            owner.add(text, span)
        else:
            self.add_org(text, text, span)

    def match_report(self) -> bool:
        """`clubs.is_match_report` of the body, computed once."""
        if self._match_report is None:
            self._match_report = is_match_report(self.body)
        return self._match_report

    def surely_no_match_report(self) -> bool:
        """Whether `match_report` has been asked already and said no (nothing read here)."""
        return self._match_report is False

    def ends_a_run(self, word: str) -> bool:
        """Whether a capitalised word comes right before `word` somewhere in the body."""
        return any(w[:1].isupper() and w[-1].isalpha() for w in words_before(self.body, word))

    def lone_word_listed_where(self, chunk: Chunk, text: str) -> bool:
        """Whether a lone unknown word listed beside a place stands in a list that a word of
        where opens ("in Russeifa and Dhlail", "cities like Musanze, Huye and Rubavu"): a
        place, settled (no ordinary word, given name, people's name or abbreviation: "in Syria
        and Kurds", "in Kenya and Reform"; "for Iran and Assad" opens with no word of where)."""
        return (
            len(chunk.words) == 1
            and not chunk.sentence_start
            and text.isalpha()
            and not text.isupper()
            and text.lower() not in common_words()
            and text.lower() not in self.common
            and not is_given(text, self.given)
            and not self.demonym(text.removesuffix("s"))  # ("Kurds")
            and opened_by_where(self.body, chunk.start)
        )

    def person_edges(self) -> tuple[set[int], set[int]]:
        """Where the people found so far end and start (for lists of names)."""
        spans = [span for person in self.people for span in person.spans]
        return {b for _, b in spans}, {a for a, _ in spans}

    def resolve_pending(self) -> None:
        """Single words left over: a known person's name part, or a speaker on their own."""
        cued = self.org_cued() if self.pending else set()
        org_ends = {b for org in self.orgs.values() for _, b in org.spans}
        org_starts = {a for org in self.orgs.values() for a, _ in org.spans}
        for chunk in self.pending:
            text = self.body[chunk.start : chunk.end]
            person = self.find_person(text, chunk.start)
            if person is not None:
                person.add(text, (chunk.start, chunk.end))
                self.index_mention(person, chunk.start)
                if person.extra is None and self.body.startswith(", ", chunk.end):
                    role = self.role_after(chunk.end)  # ("Wiranto, a former general,")
                    if role is not None and self.appositive_role(chunk, role):
                        person.extra = role
                continue
            if self.place_of_before(chunk.start) and text not in ORG_HEADS:
                self.add_place(text, "place", text, (chunk.start, chunk.end))  # "residents of X"
                self.sure.add((chunk.start, chunk.end))
                continue
            if (  # (the pattern's openings tested first: most names have neither after them)
                self.body.startswith((" et al.", ","), chunk.end)
                and _CITATION.match(self.body, chunk.end)
            ) and (
                (chunk.start and self.body[chunk.start - 1] in "( " and text.isalpha())
                or "-" in text
            ):
                self.add_person(chunk, None)  # "(Mulligan, 2016)", "Hartsell-Gundy et al."
                continue
            kin = (
                _KIN_BEFORE.search(self.body, max(0, chunk.start - 30), chunk.start)
                if self.body.endswith(", ", 0, chunk.start)  # (the cheap test first)
                else None
            )
            if (
                kin is not None
                and self.body[chunk.end : chunk.end + 1] in (",", ".")  # ("his wife, Sinead.")
                and (is_given(text, self.given) or _ONE_NAME.match(text))
                and text.lower() not in common_words()
                and text not in self.gaz
            ):
                # "Mr Hussain's wife, Samira, said": a relative named by a given name alone
                self.add_person(chunk, kin.group(1))
                continue
            if age_before(self.body, chunk.start) or (
                AGE_AFTER.match(self.body[chunk.end : chunk.end + 12])
                and text.lower() not in self.common
            ):
                self.add_person(chunk, None)  # "Fourteen-year-old Zoe", "Lopez, 52, said"
                continue
            if (
                (
                    _STAFF_THEN_NAME.match(self.body, chunk.end)
                    or self.body.endswith("-based ", 0, chunk.start)  # "Paris-based Agicap"
                )
                and text not in self.gaz
                and text.lower() not in self.common
                and text.lower() not in common_words()
                and not is_given(text, self.given)
                and not self.demonym(text)
            ):  # "Accel partner Harry Nelis": the employer of someone named
                self.org_or_its_owner(text, (chunk.start, chunk.end))
                continue
            if self.org_appositive(chunk.end) or (
                self.body.startswith(", which ", chunk.end)  # (its opening: the cheap test)
                and _WHICH_DOES.match(self.body, chunk.end)
                and text not in self.gaz
                and text.lower() not in self.common
                and not is_given(text, self.given)
            ):  # "Deltares, the Dutch ... institute"; "Orbitek, which makes satellite parts,"
                self.org_or_its_owner(text, (chunk.start, chunk.end))
                continue
            role = self.role_after(chunk.end)
            if (
                role is not None
                and len(text) > 1  # ("On X, the shadow transport secretary, ...": no name)
                and text not in ORG_HEADS
                and text.lower() not in self.common
                and not self.ends_a_run(text)  # (a surname: "Kanye West" ... "West, a ...")
                and self.appositive_role(chunk, role)
            ):
                self.add_person(chunk, role)  # "Hill, the committee's vice-chair, said"
                self.sure.add((chunk.start, chunk.end))  # (a role set off: no place, no body)
                continue
            if self.body.startswith(", who ", chunk.end) and self.who_names_a_person(text):
                self.add_person(chunk, None)  # "Lula, who met Haddad at the palace, ..."
                continue
            described = self.described_as_place(chunk.end)
            if described or self.listed_with_place(chunk):
                self.add_place(text, "place", text, (chunk.start, chunk.end))
                if (
                    described
                    or self.lone_word_listed_where(chunk, text)
                    or shared_site_noun(self.body, chunk.end)
                    or _REGION_AFTER.match(self.body, chunk.end)
                ):
                    # ("Tavira is a small town", "Expo and Changi Airport stations")
                    self.sure.add((chunk.start, chunk.end))
                continue
            if is_given(text, self.given) or text in NON_NAME_WORDS or text.lower() in self.common:
                continue
            if self.org_noun_beside(chunk, text) or (
                club_mention(self.body, chunk.start, chunk.end)
                and not self.demonym(text)  # ("the Swedish striker")
                and not (text.isupper() and self.caps_not_name(text))  # ("41 FG, 12:30")
                and self.match_report()
            ):  # ("Liverpool remain top after beating Brentford 3-0")
                self.add_org(text, text, (chunk.start, chunk.end))
                continue
            if (
                text in NATURAL_FEATURES
                and self.after_the(chunk)
                and not self.body.startswith(("'s", "’s"), chunk.end)
            ):  # "on the Severn", though "Severn Vale Water" is a company here
                self.add_place(text, "site", text, (chunk.start, chunk.end))
                self.sure.add((chunk.start, chunk.end))
                continue
            # ("Philippine officials" is no short form of the Philippine Red Cross)
            owner = None if self.demonym(text) else self.org_by_first_word(text)
            if owner is not None:
                owner.add(text, (chunk.start, chunk.end))
                continue
            if text in cued or (
                self.listed_with(chunk, org_ends, org_starts, strict=True)
                and text.lower() not in common_words()  # ("Intelligence, Oversight and ...")
                and text not in self.gaz
                and not (text.isupper() and self.caps_not_name(text))
                and text.isalpha()
                and not self.after_given_name(text)
                and not self.demonym(text)  # ("GV and Swedish investors EQT")
            ):
                # ("suppliers Nordvik, Halcyon Labs and Tessaro": a list that holds a body)
                self.add_org(text, text, (chunk.start, chunk.end))
                org_ends.add(chunk.end)
                org_starts.add(chunk.start)
                continue
            region = _REGION_AFTER.match(self.body, chunk.end)
            if (
                region is not None
                and not text.isupper()
                and not self.demonym(text)
                # ("Surrounding areas were evacuated": an English word opening a sentence)
                and not (
                    region.group(1).endswith(("area", "department", "town"))
                    and text.lower() in common_words()
                )  # ("the Justice department", "Old town")
            ):
                # "the Tigray region", "the Tuffah neighbourhood"
                kind = "region" if region.group(1) in _REGION_WORDS else "place"
                self.add_place(text, kind, text, (chunk.start, chunk.end))
                self.sure.add((chunk.start, chunk.end))
                continue
            if (
                (
                    feature_noun_after(self.body, chunk.end)
                    or self.body.endswith(" river ", 0, chunk.start)  # "the river Seine"
                )
                and not text.isupper()
                and not self.demonym(text)  # ("the Greek islands")
            ):
                # "the Nambucca and Macleay rivers", "the Bellacorick bog"
                self.add_place(text, "site", text, (chunk.start, chunk.end))
                self.sure.add((chunk.start, chunk.end))
                continue
            if self.after_the(chunk) or self.body[max(0, chunk.start - 4) : chunk.start] == "The ":
                if text in NATURAL_FEATURES and not self.body.startswith(("'s", "’s"), chunk.end):
                    self.add_place(text, "site", text, (chunk.start, chunk.end))  # "the Thames"
                    self.sure.add((chunk.start, chunk.end))
                elif compass_region(text):  # "the Mid-West", "the Northeast"
                    self.add_place(text, "region", text, (chunk.start, chunk.end))
                    self.sure.add((chunk.start, chunk.end))
                continue
            before = self.body[max(0, chunk.start - 10) : chunk.start]
            if (  # (the pattern's words before white space, tested first: few names have them)
                before.rstrip().endswith(("in", "near", "outside"))
                and _IN_BEFORE.search(self.body, max(0, chunk.start - 10), chunk.start)
                and not chunk.sentence_start
                and text not in ORG_HEADS
            ):
                if _TITLE_IN.search(self.body, max(0, chunk.start - 20), chunk.start):
                    continue  # "Special Agent in Charge": the rest of a title
                self.add_place(text, "place", text, (chunk.start, chunk.end))
                if self.body.endswith(("near ", "outside "), 0, chunk.start):
                    self.sure.add((chunk.start, chunk.end))  # ("farmed outside Renmark")
                continue
            after = VERB_AFTER.match(self.body[chunk.end : chunk.end + 30])
            if (
                after
                and after.group(1) in SPEECH_VERBS
                and self.body.startswith(" of ", chunk.start - 4)
                and self.works_at(chunk, text)
            ):
                continue  # "analyst Sophie Lowe of Kingshay said": where she works, no one
            if (
                after
                and after.group(1) in SPEECH_VERBS
                and after.group(1) not in _BODY_SPEECH
                and not text.removesuffix("s").isupper()  # ("EU", "MPs told": no one)
                # ("... supplies chips to Korvex and Lumaphone, said the cuts ...": the comma
                # closes a clause whose subject came before)
                and not self.body.startswith(",", chunk.end)
            ):
                self.add_person(chunk, self.role_before(chunk.start))
            elif (
                after
                and after.group(1) in _BODY_SPEECH
                and text.isalpha()
                and text.lower() not in common_words()  # ("Initial reports said")
                and not self.demonym(text)  # ("a Hungarian daily reported")
            ):
                # a word alone that "reported" or "announced": an outlet or a company
                self.add_org(text, text, (chunk.start, chunk.end))
