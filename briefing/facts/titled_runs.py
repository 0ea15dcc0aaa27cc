"""Runs that hold a role and a name or body around it: a barrister's rank after a name
("Judge Michael Chambers KC") and a role whose holder is named apart ("Fianna Fáil TD for
Limerick, Declan Moroney", "Nationals MP for Oxley"), an office before the run ("Minister" of
"State for Transport Lim Kok Wah") and a body's head before a name ("Refugee Council Enver
Solomon"), and the places and bodies inside a role ("U.S. President", "Fianna Fáil TD"). A
mixin of `builder.Builder`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.chunks import Chunk, split_chunk
from briefing.facts.lexicon import (
    FAMILY_FIRST,
    HONORIFICS,
    KNOWN_ORGS,
    NOT_A_ROLE,
    ORG_HEADS,
    ORG_OF_HEADS,
    ROLE_NOUNS,
    SURNAME_SITES,
    TITLE_WORDS,
)
from briefing.facts.names import opens_honorific
from briefing.facts.people import TITLE_OPENERS, is_given, plain_word

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# A member's title between the seat and the member's name: "Cape Breton Centre-Whitney Pier
# MLA Kendra Boutilier", "Sudbury MPP Jamie West".
_MEMBER_TITLES = frozenset(("MP", "MLA", "MPP", "MSP", "MHA", "MNA", "TD", "MEP"))
# Words of a party, which stands before a member's title as often as a seat does ("Liberal
# MLA", "Progressive Conservative MLA").
_PARTY_WORDS = frozenset(
    "Conservative Conservatives Liberal Liberals Labour Labor Tory Tories Green Greens "
    "Progressive Democrat Democratic Republican Independent National Nationalist Alliance "
    "Reform Socialist Unionist Social Democrats Party Coalition Bloc Québécois".split()
)
# The heads of a town or county, whose name stands before the title ("Kalymnos Mayor X",
# "Victoria County Warden X").
_TOWN_HEADS = frozenset(("Mayor", "Warden", "Reeve"))
# An item of a list before the run: "Trade and ", "Culture, ", "Agriculture & ".
_LIST_ITEM_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:,| and| &) $")

# The last words of a local body before its officer's title that are places themselves
# ("Erie County Executive", "the Kegalle District MP"; not "Council", nor "City": a city is
# looked up in the gazetteer).
# A body's initials opening an office's title ("ASUC Internal Vice President").
_INITIALS = re.compile(r"[A-Z][A-Z&]{1,5}$")
_LOCAL_PLACES = frozenset(("County", "Borough", "Parish", "Township", "District", "Province"))
# A barrister's ranks after a name (the other letters `builder._COUNSEL` reads after one, an
# MP's or an honour's, need a given name or an honorific to open it: "Rt Hon Mary Smith MP").
_BAR_RANKS = frozenset(("KC", "QC", "SC"))
# Last words of a body's name that a person's name may follow in one run.
_BODY_HEADS = frozenset(
    "Council Committee Commission Federation Association Union Institute Foundation Agency "
    "Authority Society Trust Board Group Company Corporation Inc Ltd plc Bank Party".split()
)


class TitledRuns:
    """Runs around a role (mixed into `builder.Builder`)."""

    def counsel(self: Builder, chunk: Chunk, words: list[str]) -> bool:
        """ "Catrin Morgan KC", "Judge Michael Chambers KC": a barrister's rank after a name
        makes a person, whatever the classifier thinks; a title before the name is the role
        ("Prosecutor Ada Lind KC" opening a sentence: the role in the run), and a name after
        one may open with a city's name ("Judge Norwich Hall KC")."""
        lead = 0
        while lead < len(words) - 3 and words[lead].lower() in ROLE_NOUNS:
            lead += 1
        if words[-1] not in _BAR_RANKS and not (
            opens_honorific(words[lead]) or is_given(words[lead], self.given)
        ):
            return False  # (an MP's or an honour's letters after a name, not "Plaid Cymru MP")
        titled = lead > 0 or self.role_before(chunk.start) is not None
        if not self.name_like(words[lead:-1], titled):
            return False
        if lead:
            role, chunk = split_chunk(chunk, lead)
            if chunk is None:
                return False
            words = words[lead:]
        name, _ = split_chunk(chunk, len(words) - 1)
        if name is None:
            return False
        if not (titled and words[-2] in SURNAME_SITES):  # (else read as a site: "Norwich Hall")
            self.handle(name)
        found = False
        for person in self.people:
            for span in person.spans:
                if span[1] == name.end:
                    found = True
                    self.sure.add(span)
        if not found:
            self.add_person(name, self.role_before(chunk.start) or self.role_after(chunk.end))
            self.sure.add((name.start, name.end))
        return True

    def role_named_apart(self: Builder, chunk: Chunk, words: list[str], text: str) -> bool:
        """A run that ends in a role whose holder is named apart ("Fianna Fáil TD for
        Limerick City, Declan Moroney", "A Labour spokesman said", "US President" before a
        lower-case word) names the body or country before the role; not a name that ends in
        a role word ("Michel Mayor", "John Major", "Jong Woo Son"), an honorific ("Mr. Chief
        Justice") or an ordinary word ("Best Actor")."""
        first = words[0]
        if (
            first.lower() in ROLE_NOUNS
            or " of " in text
            or first.lower() in HONORIFICS
            or self.body[chunk.end + 1 : chunk.end + 2].isupper()
            or is_given(first, self.given)
            or first in FAMILY_FIRST
            or not (text[: text.rfind(" ")] in KNOWN_ORGS or not plain_word(first))
            or first.lower() in self.common  # (last: a scan of the text for a new word)
        ):
            return False
        self.prefix_entities(chunk, words, len(words) - 1)
        return True

    def after_office_of(self: Builder, start: int) -> str:
        """The title the run follows with "of" or "for", the joint kept ("Minister of" before
        "State for Transport ..."), or an empty string."""
        listed = self.portfolio_list_start(start)
        # ("Minister for Culture, Tourism and ...", "High Commissioner for Human Rights X")
        joint = " of " if self.body.endswith(" of ", 0, listed) else " for "
        if not self.body.endswith(joint, 0, listed) or (
            joint == " for "
            and self.body[start : start + 25].split(None, 1)[0].lower() in TITLE_WORDS
        ):
            return ""  # ("a spokesperson for President Rodrigo Duterte": his, not an office)
        before = self.body[max(0, listed - 40) : listed - len(joint)].split()
        n = len(before)
        if not (n and (before[-1].lower() in TITLE_WORDS or before[-1] == "Member")):
            return ""  # ("Member of Inatsisartut Justus Hansen": a seat in a body)
        n -= 1
        while n and before[n - 1] in TITLE_OPENERS:
            n -= 1  # "Prime Minister", "Senior Minister", "First Secretary"
        return " ".join(before[n:]) + joint.rstrip()

    def portfolio_list_start(self: Builder, start: int) -> int:
        """Where the list of an office's portfolios that the run at `start` ends starts
        ("Minister of Trade and Industry Gan Kim Yong", "Minister for Culture, Tourism and
        Civil Aviation Badri Pandey": at "Trade", at "Culture"), or `start` when no list comes
        before it."""
        body, at = self.body, start
        # (the item right before ends with "and": after a comma, the run is an apposition,
        # "the mayor of Cartagena, Andrés Felipe Orozco Puello")
        if not body.endswith((" and ", " & "), 0, start):
            return start
        for _ in range(4):
            m = _LIST_ITEM_BEFORE.search(body, max(0, at - 50), at)
            if m is None:
                break
            at = m.start()
        return at

    def seat_member_name(self: Builder, chunk: Chunk, words: list[str]) -> bool:
        """ "Cape Breton Centre-Whitney Pier MLA Kendra Boutilier": the seat a place, the
        member a person with the title as role (a party before the title is left to the
        other rules: "Liberal MLA", "NDP MPP")."""
        j = next((k for k in range(1, len(words) - 2) if words[k] in _MEMBER_TITLES), 0)
        name = words[j + 1 :]
        if not j or len(name) > 4 or not self.name_like(name):
            return False
        seat = words[:j]
        text = self.body[chunk.start : chunk.words[j - 1][1]]
        if (
            text in KNOWN_ORGS
            or any(w in _PARTY_WORDS or w.isupper() or self.demonym(w) for w in seat)
            or opens_honorific(seat[0])
        ):
            return False
        left, rest = split_chunk(chunk, j)
        _, right = split_chunk(rest, 1) if rest is not None else (None, None)
        if left is None or right is None:
            return False
        entry = self.gaz.get(text)
        span = (left.start, left.end)
        self.add_place(
            entry.canonical if entry else text, entry.kind if entry else "place", text, span
        )
        self.sure.add(span)
        self.add_person(right, words[j])
        self.sure.add((right.start, right.end))
        return True

    def given_or_titled(self: Builder, words: list[str]) -> bool:
        """Whether the run opens with a given name, or with a title before a name ("the group
        CEO Khalid Al-Mansoori said": the person, though a body's noun comes before him)."""
        first = words[0]
        return is_given(first, self.given) or (
            len(words) >= 3
            and first.lower() in TITLE_WORDS
            and first not in NOT_A_ROLE
            and self.name_like(words[1:], True)
        )

    def body_then_name(self: Builder, words: list[str], i: int) -> bool:
        """ "Refugee Council Enver Solomon": a body by its head word, then two words of a
        name that are no English words (not "United Arab Emirates", "Air Force James"), or two
        or three that a given name is among and no English word opens ("Fisherfolk
        Association Shazard Ali Khan": "Khan" is a word too)."""
        name = words[i:]
        if i < 2 or words[i - 1] not in _BODY_HEADS or not 2 <= len(name) <= 3:
            return False
        if not any(w.lower() in self.common or plain_word(w) for w in name):
            return len(name) == 2
        return not plain_word(name[0]) and any(is_given(w, self.given) for w in name)

    def office_in_run(self, words: list[str]) -> bool:
        """Whether a title stands among the run's words ("Secretary of State ..."; "General"
        opens bodies: "General Medical Council"), unless a body's head comes before it and
        the office it serves ends the run ("Office of Inspector General": a body)."""
        at = next(
            (i for i, w in enumerate(words) if w.lower() in TITLE_WORDS and w != "General"), -1
        )
        return (
            at >= 0
            and not (
                len(words) - at >= 2  # (not "the Office of President": the office itself)
                and (words[-1].lower() in TITLE_WORDS or words[-1] == "General")
                and any(w in ORG_OF_HEADS and w.lower() not in TITLE_WORDS for w in words[:at])
            )
        )

    def plural_title(self: Builder, words: list[str], i: int) -> bool:
        """Whether word `i` is a role in the plural: a role for a list of names, opening the run
        ("Actors Jerry Connell and ...") or a title before a given name ("Labour MPs Diane
        Abbott and John McDonnell")."""
        low = words[i].lower()
        if low[-1:] != "s" or low[:-1] not in ROLE_NOUNS:
            return False
        return i == 0 or (low[:-1] in TITLE_WORDS and is_given(words[i + 1], self.given))

    def prefix_entities(self: Builder, chunk: Chunk, words: list[str], title_end: int) -> None:
        """Places and organisations inside a role: "U.S. President", "Fianna Fáil TD"."""
        n = 0
        while n <= title_end and not (
            words[n].lower() in TITLE_WORDS
            or (n > 0 and n < len(words) - 1 and self.plural_title(words, n))  # "Labour MPs"
            or words[n].lower() in HONORIFICS
            or (n > 0 and words[n].lower() in ROLE_NOUNS)  # "Oklahoma Attorney General"
            or (n > 0 and words[n] in TITLE_OPENERS)  # "Japan Prime Minister", "Scotland First ..."
        ):
            n += 1
        if n == 0:
            return
        start, end = chunk.words[0][0], chunk.words[n - 1][1]
        text = self.body[start:end]
        # No title word among `words` (an office that is all body: "Court of Appeals for the
        # D.C.") leaves n past the end: the whole text is the prefix, and no portfolio.
        portfolio = n < len(words) and words[n].lower() in (
            "minister",
            "secretary",
            "spokesman",
            "spokeswoman",
        )
        if text in KNOWN_ORGS and not portfolio:  # "Labour Minister" names a portfolio
            self.add_org(KNOWN_ORGS[text], text, (start, end))
            return
        if n == len(words) and self.body.endswith("Member of ", 0, start):
            self.add_org(text, text, (start, end))  # "Member of Inatsisartut": its assembly
            return
        entry = self.gaz.get(text)
        if entry is not None and (
            entry.kind in ("country", "region", "continent")
            or (entry.kind == "city" and not plain_word(text))  # (not "Union Secretary")
        ):
            self.add_place(entry.canonical, entry.kind, text, (start, end))
        elif n > 1 and words[n - 1] == "District" and words[n] == "Attorney":
            # "Manhattan District Attorney": a prosecutor's district is named for its county
            end = chunk.words[n - 2][1]
            place = self.body[start:end]
            entry = self.gaz.get(place)
            if entry is not None:
                self.add_place(entry.canonical, entry.kind, place, (start, end))
            else:
                self.add_place(place, "region", place, (start, end))
        elif n > 1 and words[n - 1] in _LOCAL_PLACES:
            self.add_place(text, "region", text, (start, end))  # "Erie County Executive"
        elif n > 1 and words[n - 1] in ORG_HEADS and not portfolio:
            self.add_org(text, text, (start, end))  # "Green Party MEP", "Kelvar Group CEO"
        elif (
            n < len(words)
            and words[n] in _TOWN_HEADS
            and words[n - 1] not in ORG_HEADS
            and not any(w.lower() in self.common or self.demonym(w) for w in words[:n])
        ):
            self.add_place(text, "city", text, (start, end))  # "Kalymnos Mayor"
            self.sure.add((start, end))
        elif (
            n > 1
            and _INITIALS.match(words[0])
            and not self.caps_not_name(words[0])
            and self.gaz.get(words[0]) is None
        ):  # "ASUC Internal Vice President": the body's initials, then the office's words
            self.add_org(words[0], words[0], chunk.words[0])
            self.sure.add(chunk.words[0])
