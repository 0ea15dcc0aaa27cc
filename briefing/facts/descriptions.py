"""Descriptions that stand for a speaker ("the ministry", "the 56-year-old", "a spokesman for
Acme", "the statement"): the one named person or organisation they can point to, or nobody.
A mixin of `briefing.facts.attribution.Attributor`, which supplies the text, its mentions and
the antecedents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefing.facts.cited_source import sole_source
from briefing.facts.demonyms import DEMONYMS
from briefing.facts.document_issuers import document_issuers
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS, TITLE_WORDS
from briefing.facts.offices import MADE_BY, OFFICES, holds, territorial
from briefing.facts.org_voice import addressed_before, named_as_example, voiced_before
from briefing.facts.phrases import (
    AGE,
    APPOSITIVE,
    PLURAL_VOICES,
    SUBJECT_GAP,
    has_age,
    has_role,
)
from briefing.facts.speech import (
    DOCUMENTS,
    MEDIA,
    ORG_HEADS,
    QUANTIFIERS,
    QUOTE_VERBS,
    SPOKES,
    VERB,
    word_gender,
)

if TYPE_CHECKING:
    from briefing.facts.attribution import Mention

_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "their"))
# A possessive determiner before a voice ("his office") and the pronoun of its owner.
_OWNERS = {"his": "he", "her": "she", "its": "it"}
_PREPOSITIONS = frozenset("of for from at in on by with".split())
_VOICE_OF = lazy(r"\s+(?:for|of|at|from|by|issued by|released by)\s+")
# (A title's stop ends no sentence: "Minister of Supply Dr. X", "Minister H.E. X" keep their
# title. Plain openings, the titles looked behind once a stop is read: the engine skips to them.)
_SPLIT_BEFORE = lazy(
    r"(?:!|\?|;|\n|\.(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bSt\.)"
    r"(?<!\bRev\.)(?<!\bHon\.)(?<!\bGen\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bCol\.)"
    r"(?<!\bCapt\.)(?<!\bLt\.)(?<!\bSgt\.)(?<!\b[A-Z]\.))[\"”’']*\s"
)
_STATED_AGE = lazy(r",\s*\d{1,3}\s*,|\d-year-old")
# "X and Governor Y": the words after "and" are the next person's titles, not X's.
_AND_NEXT = lazy(r"\s(?:and|or|&)\s(?=[^,]*$)")
# Epithets a story gives the person it is about (with a people's name: "the Swede").
_EPITHETS = frozenset(
    "champion titleholder winner veteran star youngster teenager rookie newcomer debutant".split()
)
_OUTLET_VERB = lazy(
    r"\s+(?:reported|reports|wrote|writes|revealed|reveals|published|understands)\b"
)
_TIMES = lazy(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-times?")
_DEMONYM_WORD = lazy(r"[A-Z][a-z]+(?:ian|ese|ish|i)")
_AN_DEMONYMS = frozenset(
    "American Mexican Kenyan Korean Cuban Chilean Ugandan Rwandan Venezuelan Jamaican Moroccan "
    "Tibetan Dominican Angolan Guatemalan Nicaraguan Andorran Samoan Tongan".split()
)
# "for the operator", "of the health board": the description after a voice's preposition.
_ORG_DESCRIBED = lazy(r"the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
# Descriptions a story gives the person it has just quoted ("said the mother of three", "the
# official added"), never another party to what it reports: no office one other person holds
# (TITLE_WORDS: "the judge"), no kin of somebody ("the brother"), no side of a case.
_NOT_CHARACTERISING = frozenset(
    "brother sister son daughter wife husband cousin gran grandfather grandmother friend "
    "colleague partner neighbour neighbor team-mate teammate prosecutor lawyer attorney "
    "defendant plaintiff barrister solicitor juror suspect victim witness ombudsman critic "
    "officials substitute opener".split()
)
_CHARACTERISING = frozenset(("woman", "man", "mother", "father", "widow", "widower", "retiree"))
# After a subject: it undergoes or is, rather than acts ("was sentenced", "is dead", "died").
_NOT_ACTING = lazy(
    r"\s+(?:\w+ly\s+)?(?:was|were|is|are|has\s+been|had\s+been|died|dies|passed\s+away)\b"
)
_THIRD_PERSON = lazy(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Hh]is|[Hh]ers)\b")
_SPLIT_AFTER = lazy(r"[.!?;\n][\"”’']*(?:\s|$)")


class Descriptions:
    """What a description points to, for an `Attributor`."""

    body: str
    mentions: list[Mention]
    previous: tuple[str, str, int] | None

    # Supplied by Attributor.
    def mentions_in(self, lo: int, hi: int) -> list[Mention]: ...  # pragma: no cover
    def previous_sentence(self, lo: int) -> tuple[int, int] | None: ...  # pragma: no cover
    def sentence(self, pos: int) -> tuple[int, int]: ...  # pragma: no cover
    def subject(self, lo: int, hi: int, depth: int = 0) -> Any: ...  # pragma: no cover
    def gender(self, name: str) -> str | None: ...  # pragma: no cover
    def _previous_still_current(self, lo: int, kind: str) -> bool: ...  # pragma: no cover
    def antecedent(self, pronoun: str, lo: int, depth: int = 0) -> Any: ...  # pragma: no cover
    def same(self, mention: Mention, name: str) -> bool: ...  # pragma: no cover
    def full_name(self, name: str) -> str: ...  # pragma: no cover

    def _describe(self, words: list[str], p_lo: int, p_hi: int, lo: int) -> str | None:
        """The one named person or organisation a description ("the ministry") points to."""
        for k, word in enumerate(words[1:], 1):  # the head comes before a prepositional phrase
            if word in _PREPOSITIONS:
                words = words[:k]
                break
        body = self.body
        if words[0] in ("a", "an") and words[-1] == "official" and len(words) <= 3:
            # "an official from Acme stated": an unnamed official speaks for the organisation
            # named right after (GUIDELINES: an unnamed spokesperson's words are its own).
            tail = _VOICE_OF.search(body, p_lo, p_hi + 20)
            after = [] if tail is None else self.mentions_in(tail.end(), tail.end() + 60)
            if after and after[0][2] == "org" and after[0][0] <= tail.end() + 4:
                return after[0][3]
            return None
        if words[0] in QUANTIFIERS or words[0] in ("a", "an") and words[-1] not in SPOKES:
            return None
        head = words[-1].strip(".")
        if head in PLURAL_VOICES or head.endswith("s") and head[:-1] in ROLE_NOUNS:
            return None
        if head in SPOKES or head in DOCUMENTS:
            # "a spokesman for Acme", "a statement from the ministry"
            tail = _VOICE_OF.search(body, p_lo, p_hi + 20)
            if tail is not None:
                after = self.mentions_in(tail.end(), tail.end() + 60)
                if after and after[0][2] in ("person", "org") and after[0][0] <= tail.end() + 4:
                    return after[0][3]
                org = _ORG_DESCRIBED.match(body, tail.end())
                nouns = [] if org is None else [w for w in org.group(1).split() if w in ORG_HEADS]
                if nouns:  # "a spokeswoman for the operator": the organisation it describes
                    return self._described_org(nouns[0], lo)
            if words[0] == "the" and head in SPOKES and len(words) <= 3:
                # "Kremlin spokesman X ... the spokesman said": the one person called so
                modifiers = {w for w in words[1:-1]}
                found = self._person_with(lambda text: has_role(text, head, modifiers), lo)
                if found is not None:
                    return found
                if len(words) == 2 and self._spoken_for(head, lo):
                    # `"...," an Interpol spokesperson stated. The spokesperson added ...`
                    return self.previous[0]  # type: ignore[index]
                prev = self.previous_sentence(lo)
                if prev and len(words) == 2 and (voiced := voiced_before(self, prev, head)):
                    return voiced  # "..., an Acme spokesman told X. "...," the spokesman said"
            if len(words) == 2 and words[0] in ("a", "an") and head in SPOKES:
                prev = self.previous_sentence(lo)  # "We reached out to Acme. A spokesman said"
                return None if prev is None else addressed_before(self, prev)
            if len(words) == 3 and words[0] in ("a", "an", "the") and words[1] in ORG_HEADS:
                # "a company spokeswoman said": the organisation "the company" points to
                return self._described_org(words[1], lo)
            if words[0] in _OWNERS and head in SPOKES and len(words) <= 3:
                # "his office", "its spokeswoman": whoever "he" or "it" would be
                found = self.antecedent(_OWNERS[words[0]], lo)
                return None if found is None else found[0]
            if head in DOCUMENTS:  # "the statement read": whoever issued it
                kinds = document_issuers(self, lo)  # (a person only when said to write it)
                return self._issuer_before(head, lo) or self._unique_antecedent(lo, kinds)
            return None
        if head in ORG_HEADS:
            return self._described_org(head, lo)
        age = AGE.search(" ".join(words))
        if age is not None:
            found = self._person_with(lambda text: has_age(text, age.group(1)), lo)
            if found is not None or words[0] != "the":
                return found
            stated = any(_STATED_AGE.search(text) for _, text in self._arounds(lo))
            modifiers = {w for w in words[1:-1] if not AGE.search(w)}
            called = head in ROLE_NOUNS and self._person_with(
                lambda text: has_role(text, head, set()), lo, any_=True
            )
            if called and not stated:
                # "the 61-year-old executive said": the one person the text calls so
                return self._person_with(lambda text: has_role(text, head, modifiers), lo)
            found = None if called else self._speaking_subject(lo, word_gender(head), head)
            if found is not None and not any(
                _STATED_AGE.search(text) for who, text in self._arounds(lo) if who == found
            ):
                return found  # `X said ... . "...," said the 52-year-old engineer`
            if stated or head in ROLE_NOUNS:
                return None  # somebody's age is given, and it is not this one
            # "X signed a new deal. "...," the 29-year-old said": with nobody's age given, the
            # one person the sentence before names, as its subject, or the one person the
            # text has named at all (a profile)
            return self._sole_subject(lo) or self._only_person(lo)
        if words[0] == "the" and len(words) <= 4 and self._epithet(head, words, p_lo, p_hi):
            # "the Australian said", "the four-time champion told": the one person called so
            # before, else the person the sentence before is about.
            modifiers = set(words[1:-1])
            found = self._person_with(lambda text: has_role(text, head, modifiers), lo)
            if found is not None or self._person_with(
                lambda text: has_role(text, head, set()), lo, any_=True
            ):
                return found  # (someone else is called so: unclear)
            return self._sole_subject(lo)
        if words[0] == "the" and len(words) == 2 and head in MADE_BY:
            # "X is trained by Y. ... "...," the trainer added": the one person the text
            # called so or made the doer of the verb the noun comes from
            made = MADE_BY[head]
            found = self._person_with(
                lambda text: has_role(text, head, set()) or bool(made.search(text)), lo
            )
            if found is not None:
                return found
        if head in ROLE_NOUNS and words[0] in _POSSESSIVE_DETERMINERS and len(words) <= 3:
            # "his brother", "her lawyer": the one person the text introduces so ("his
            # brother, Alan Reed", "Reed's lawyer Ann Kemp"); never a guess among others.
            modifiers = set(words[1:-1])
            others = [f"{w} {head}" for w in _POSSESSIVE_DETERMINERS if w != words[0]]
            return self._person_with(
                lambda text: (
                    has_role(text, head, modifiers) and not any(o in text.lower() for o in others)
                ),  # "his lawyer" for "her lawyer"
                lo,
            )
        if head in ROLE_NOUNS and words[0] == "the":
            modifiers = {w for w in words[:-1] if w != "the"}
            found = self._person_with(lambda text: has_role(text, head, modifiers), lo)
            if found is not None:
                return found
            # "said Karen Alley. The professor added": the one current person, unless
            # somebody named so far is called that ("Health Minister Vogel" is not "the
            # transport minister").
            if self._person_with(lambda text: has_role(text, head, set()), lo, any_=True):
                return None
            if head in OFFICES and territorial(words[1:-1], self.body[p_lo:p_hi]):
                found = self._office_before(OFFICES[head], lo, head)
                if found is not None:
                    return found
            # Only the speaker of the quote before: the subject of the sentence before may be
            # the one the story is about ("X was sentenced. "...," the judge said") ...
            if not self._previous_still_current(lo, "person"):
                # ... unless that sentence reports X's words and the description only
                # characterises X ("X said ... . "...," said the official").
                return self._characterised(words, head, lo)
            found = self._unique_antecedent(lo, ("person",), word_gender(head))
            if found is not None and head in TITLE_WORDS and self._other_office(found, head, lo):
                return None  # "the director, X, said ... The archbishop said": not X
            return found
        return self._characterised(words, head, lo)

    def _characterised(self, words: list[str], head: str, lo: int) -> str | None:
        """`X said ... . "...," said the official` / `... said the mother of three`: the
        speaking subject of the sentence before, for a description that characterises
        whoever the story has just quoted rather than naming an office or a relation."""
        if words[0] != "the" or len(words) > 4 or head in _NOT_CHARACTERISING:
            return None
        if head in TITLE_WORDS or head not in ROLE_NOUNS and head not in _CHARACTERISING:
            return None
        sex = word_gender(head)
        found = self._speaking_subject(lo, sex, head) or sole_source(self, lo, sex)
        if found is None and head in ROLE_NOUNS:
            found = None if self._word_before(head, lo) else self._only_actor(lo)
            if found is not None and sex is not None and self.gender(found) != sex:
                return None  # ("Mr X said ... said the mother of three": another)
        return found

    def _spoken_for(self, head: str, lo: int) -> bool:
        """Whether the quote before is an organisation's, voiced by its `head`
        ("spokesperson") in the sentence before, and no other organisation was named since."""
        prev = self.previous_sentence(lo)
        return (
            prev is not None
            and self._previous_still_current(lo, "org")
            and prev[0] <= self.previous[2] <= prev[1]  # type: ignore[index]
            and head in self.body[prev[0] : prev[1]].lower().split()
        )

    def _word_before(self, word: str, lo: int) -> bool:
        """Whether the sentence before `lo` holds `word` (lower case)."""
        prev = self.previous_sentence(lo)
        text = "" if prev is None else self.body[prev[0] : prev[1]].lower()
        return word in (w.strip(",.;:!?\"“”'’()") for w in text.split())

    def _only_actor(self, lo: int) -> str | None:
        """`X stopped mid-song and laughed. "...," the Hackney singer told the crowd`: the
        one person the text has named, when the sentence before makes that person its
        acting subject (not "X was sentenced", "X died") and the quote's sentence speaks of
        nobody as he or she (`"He was kind," the pastor said` is about X)."""
        only, prev = self._only_person(lo), self.previous_sentence(lo)
        if only is None or prev is None or only != self.full_name(self._sole_subject(lo) or ""):
            return None
        own = [m for m in self.mentions_in(*prev) if self.same(m, only)]
        if not own:
            return None
        body, at = self.body, own[0][1]
        appositive = APPOSITIVE.match(body, at, prev[1])
        if appositive is not None:
            at = appositive.end()
        here = self.sentence(lo)
        if _NOT_ACTING.match(body, at, prev[1]) or _THIRD_PERSON.search(body, *here):
            return None
        return only

    def _office_before(self, office, lo: int, head: str) -> str | None:
        """`The mayor of X, Y, celebrated the vote. "...," wrote the district leader`: the
        subject of the sentence before, the one person named so far whom the text gave an
        office of that kind, for a description of the office by another word (not when that
        sentence speaks of somebody by the word itself: "X met the governor")."""
        name = self._sole_subject(lo)
        if name is None or self._word_before(head, lo):
            return None
        holders = {who for who, text in self._arounds(lo) if holds(office, text)}
        return name if holders == {name} else None

    def _speaking_subject(self, lo: int, sex: str | None, head: str) -> str | None:
        """The person subject of the sentence before `lo` when that sentence names nobody
        else and reports that person's words, its verb of saying right after the name and
        its appositives ("X, 67, who has lived here since 1989, said ..."), and speaks of
        nobody else by the description's `head` word ("a woman" after it is another)."""
        name = self._sole_subject(lo)
        prev = self.previous_sentence(lo)
        if name is None or prev is None or sex is not None and self.gender(name) not in (None, sex):
            return None
        own = [m for m in self.mentions_in(*prev) if self.same(m, name)]
        if not own:
            return None
        body, at = self.body, own[0][1]
        for _ in range(2):
            appositive = APPOSITIVE.match(body, at, prev[1])
            if appositive is None:
                break
            at = appositive.end()
        verb = VERB.match(body, SUBJECT_GAP.match(body, at).end(), prev[1])
        if verb is None or verb.group() not in QUOTE_VERBS:
            return None
        rest = body[verb.end() : prev[1]].lower().split()
        if head in (w.strip(",.;:") for w in rest):
            return None
        return name

    def _described_org(self, head: str, lo: int) -> str | None:
        """The organisation "the ministry", "the company" points to: the one named before
        whose name holds the head word, else the one antecedent."""
        needed = ORG_HEADS[head]
        if needed is not None:
            names = {
                m[3]
                for m in self.mentions
                if m[2] == "org" and m[0] < lo and needed in m[3].lower()
            }
            if len(names) == 1:
                return names.pop()
        found = self._unique_antecedent(lo, ("org",))
        prev = self.previous_sentence(lo) if found is None else None
        if prev is not None:
            # "Shares in Acme fell. A spokeswoman for the miner said": the one organisation
            # the sentence before names, when it is not the subject
            names = {
                m[3]
                for m in self.mentions_in(*prev)
                if m[2] == "org"
                and not MEDIA.search(m[3])
                and not named_as_example(self.body, m[0])
            }
            found = names.pop() if len(names) == 1 else None
        if needed is not None and found is not None and needed not in found.lower():
            # "the ministry" for a name without the word: only the subject of the sentence
            # before ("UTJ, which left ..., said ... "...," the party said"), never merely
            # the last speaker ("Acme said ... Minister X visited. The ministry said").
            prev = self.previous_sentence(lo)
            subject = None if prev is None else self.subject(prev[0], prev[1])
            if subject is None or subject[0] != found:
                return None
        return found

    def _epithet(self, head: str, words: list[str], p_lo: int, p_hi: int) -> bool:
        """Whether a description is an epithet a story uses for the person it has just named
        ("the Swede", "the Australian", "the four-time champion", "the veteran"), not an
        office somebody else may hold ("the judge")."""
        if _OUTLET_VERB.match(self.body, p_hi) or self.body[:p_lo].endswith("according to "):
            return False  # "the Australian reported": a newspaper
        if head in _EPITHETS or any(_TIMES.fullmatch(w) for w in words[1:-1]):
            return True
        raw = self.body[p_lo:p_hi].split()[-1].strip(".,")
        return raw[:1].isupper() and (
            raw in DEMONYMS
            or raw in _AN_DEMONYMS
            or bool(_DEMONYM_WORD.fullmatch(raw))
            and not MEDIA.search(raw)
        )

    def _only_person(self, lo: int) -> str | None:
        """The one person named before `lo`, when no age was written before either ("a
        41-year-old man was hurt" is somebody else)."""
        if "-year-old" in self.body[:lo]:
            return None
        names = {self.full_name(m[3]) for m in self.mentions_in(0, lo) if m[2] == "person"}
        return names.pop() if len(names) == 1 else None

    def _sole_subject(self, lo: int) -> str | None:
        """The person subject of the sentence before `lo` when it names no other person."""
        prev = self.previous_sentence(lo)
        if prev is None:
            return None
        found = self.subject(prev[0], prev[1])
        if found is None or found[1] != "person":
            return None
        others = [
            m
            for m in self.mentions_in(prev[0], prev[1])
            if m[2] == "person" and not self.same(m, found[0])
        ]
        return None if others else found[0]

    def _issuer_before(self, document: str, lo: int) -> str | None:
        """The subject of the sentence before when that sentence names the document: "The
        bureau said in a statement that ... "...," the statement read."""
        prev = self.previous_sentence(lo)
        if prev is None or document not in self.body[prev[0] : prev[1]]:
            return None
        found = self.subject(prev[0], prev[1])
        return found[0] if found is not None and found[1] in ("person", "org") else None

    def _other_office(self, name: str, head: str, lo: int) -> bool:
        """Whether the text calls the person by an office other than `head` ("director")."""
        offices = {
            w.strip(",.").lower()
            for who, around in self._arounds(lo)
            if who == name
            for w in around.split()
        }
        return bool((offices & TITLE_WORDS) - {head})

    def _unique_antecedent(
        self, lo: int, kinds: tuple[str, ...], sex: str | None = None
    ) -> str | None:
        """The one name of these kinds that is the subject of the previous sentence or the
        current previous speaker (never a media outlet, never of the other sex)."""
        candidates: set[str] = set()
        prev = self.previous_sentence(lo)
        if prev is not None:
            found = self.subject(prev[0], prev[1])
            if found is not None and found[1] in kinds:
                if found[1] == "org" and self._org_rival(prev, found[0]):
                    return None  # "Ofwat fined Thames Water. "...," the company said": which?
                candidates.add(found[0])
        for kind in kinds:
            if self._previous_still_current(lo, kind):
                candidates.add(self.previous[0])
        candidates = {c for c in candidates if not MEDIA.search(c)}
        if sex is not None:
            candidates = {c for c in candidates if self.gender(c) in (None, sex)}
        return candidates.pop() if len(candidates) == 1 else None

    def _org_rival(self, sentence: tuple[int, int], name: str) -> bool:
        """Whether a sentence whose subject is the organisation `name` names another one
        after the subject and its appositive ("Ofwat fined Thames Water"; not "Crestline, a
        subsidiary of Harmon Group, said", nor an example: "lenders such as Celsius")."""
        mentions = self.mentions_in(*sentence)
        own = [m for m in mentions if self.same(m, name)]
        if not own:
            return False
        after = own[0][1]
        appositive = APPOSITIVE.match(self.body, after, sentence[1])
        if appositive is not None:
            after = appositive.end()
        return any(
            m[2] == "org"
            and m[0] >= after
            and not self.same(m, name)
            and not MEDIA.search(m[3])
            and not named_as_example(self.body, m[0])
            for m in mentions
        )

    def _person_with(self, test, lo: int, any_: bool = False) -> str | None:
        """The one person named before `lo` whose surrounding words pass `test` (with
        `any_`, the first such person however many there are)."""
        names: set[str] = set()
        for name, around in self._arounds(lo):
            if test(around):
                if any_:
                    return name
                names.add(name)
        return names.pop() if len(names) == 1 else None

    def _arounds(self, lo: int):
        """(name, the words around it) for each person mention before `lo`: its titles and
        appositive, within its own sentence and up to the people beside it (a place or an
        organisation before it is part of its title: "President of Argentina X"). A possessor is left out
        ("Reed's lawyer": Reed is not the lawyer)."""
        mentions = self.mentions
        for i, (start, end, kind, name) in enumerate(mentions):
            if start >= lo:
                break
            if kind != "person" or self.body.startswith(("'s", "’s"), end):
                continue
            left = next(
                (mentions[j][1] for j in range(i - 1, -1, -1) if mentions[j][2] == "person"), 0
            )
            right = mentions[i + 1][0] if i + 1 < len(mentions) else len(self.body)
            before = self.body[max(0, start - 60, min(left, start)) : start]
            after = self.body[end : max(end, min(end + 80, right))]
            before = _SPLIT_BEFORE.split(before)[-1]
            after = _AND_NEXT.split(_SPLIT_AFTER.split(after)[0])[0]
            yield name, before + " | " + after
