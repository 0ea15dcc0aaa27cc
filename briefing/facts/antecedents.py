"""Who a pronoun or a name stands for, for a quotation's speaker: the one compatible
antecedent (the subject of the sentence before, two sentences back when nothing between could
be meant, the owner of that subject's thing, the one an attribution after the reported clause
names, the one person a sentence about a thing names, or the speaker still current; a person's
sex comes from `briefing.facts.sexes`), names several people bear, and the name a quotation is
about rather than spoken by. A mixin of `briefing.facts.attribution.Attributor`, which supplies
the text, its mentions and its sentences."""

from __future__ import annotations

from typing import Any

from briefing.facts.earlier_subjects import earlier_subject
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ORG_HEADS, ROLE_NOUNS
from briefing.facts.names import fold
from briefing.facts.object_rivals import object_only
from briefing.facts.phrases import (
    APPOSITIVE,
    POSSESSIVE_S,
    POSSESSIVE_SPOKES,
    SUBJECT_GAP,
    WORD,
)
from briefing.facts.sexes import Sexes, anonymous
from briefing.facts.speech import MEDIA, PRONOUNS, QUOTE_VERBS, VERB, word_gender
from briefing.facts.subject_asides import after_affiliation, qualifies_subject
from briefing.facts.subject_named_as import gave_name_subject
from briefing.facts.thing_subjects import joined_clause_subject, sole_person

Mention = tuple[int, int, str, str]
_INNER_WORD = lazy(r"\w+")
# A person by a sexed noun ("her sister", "a woman"), and a name's appositive (", 54,").
_SEXED = lazy(r"\b(?:his|her|their|a|an|the)\s+([a-z-]+)(?:\s+([a-z]+))?\b")
_SAID = lazy(r",? (?:said|says|told|tells|added|adds|wrote|writes|argued|argues)\b")
# An indefinite noun phrase opening a sentence, its first words ("A mother of three", "One
# resident", "Another man").
_UNNAMED = lazy(r"\s*(?:A|An|One|Another)\s+((?:[\w-]+\s+){0,2}[\w-]+)")
# A definite or possessive description of one person opening a sentence ("Her neighbour, a
# seller who ...", "The elderly woman"), its head noun.
_DESCRIBED_ONE = lazy(r"\s*(?:The|His|Her|Their)\s+(?:[a-z-]+\s+)?([a-z-]+)\b(?![’'-])")
_PEOPLE_WORDS = frozenset(
    "resident residents villager shopper passenger commuter witness survivor worker mother father "
    "man woman farmer student nurse voter fan neighbour neighbor trader vendor victim girl boy "
    "protester".split()
)
_COPULA = lazy(r"\b(?:is|was|are|were|became|becomes|remains|remained|as|being)\s+$")
_PEOPLE_ENDINGS = ("man", "woman", "men", "women", "er", "or", "ist", "ian")
_LEAD_VERB = lazy(r"\s*(?:also\s+)?([a-z]+)\s+")
_ASKED = lazy(r"Asked\s+(?:about|whether|if|how|why|what|on)\b[^,.;:]*")


def _one_spelling_apart(names: set[str]) -> bool:
    """Whether two names differ only by one letter of one given name ("Kristin Wilkins",
    "Kristen Wilkins"): a misspelling of one person, not two people of one surname."""
    if len(names) != 2:
        return False
    a, b = (fold(n).split() for n in names)
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return len(x) == len(y) >= 4 and sum(c != d for c, d in zip(x, y, strict=True)) == 1


def _ends(name: str) -> tuple[str, ...]:
    """The first and last words of a name of two words or more."""
    words = name.split()
    return (words[0], words[-1]) if len(words) > 1 else ()


class Antecedents(Sexes):
    """Antecedents and names, for an `Attributor`."""

    body: str
    mentions: list[Mention]
    previous: tuple[str, str, int] | None
    _kinds: dict[str, str] | None
    _people: list[tuple[str, list[str], str]] | None

    # Supplied by Attributor.
    def mentions_in(self, lo: int, hi: int) -> list[Mention]: ...  # pragma: no cover
    def previous_sentence(self, lo: int) -> tuple[int, int] | None: ...  # pragma: no cover
    def sentence(self, pos: int) -> tuple[int, int]: ...  # pragma: no cover
    def subject(self, lo: int, hi: int, depth: int = 0) -> Any: ...  # pragma: no cover
    def _skip_fronted(self, lo: int, hi: int) -> int: ...  # pragma: no cover
    def _head(self, lo: int, mentions: list[Mention]) -> Mention | None: ...  # pragma: no cover
    def _premodifiers_ok(self, lo: int, hi: int, mentions: list) -> bool: ...  # pragma: no cover

    def ambiguous(self, mention: Mention) -> bool:
        """A one-word name that several people in the text bear ("Trump" with Donald and
        Ivanka Trump named), linked to another than the first of them to be named: which
        one spoke is not known from the name alone."""
        surface = self.body[mention[0] : mention[1]].strip()
        if mention[2] != "person" or " " in surface:
            return False
        key = fold(surface)
        # An entity named by that one word alone ("Erdogan" beside "Recep Tayyip Erdoğan") is
        # a mention left unlinked, not another bearer.
        bearers = [
            name for folded, words, name in self._person_words() if key in words and folded != key
        ]
        distinct = set(bearers)
        if len(distinct) > 1 and _one_spelling_apart(distinct):
            return False  # "Kristin Wilkins" and "Kristen Wilkins": one person, misspelt once
        if fold(mention[3]) == key:
            return len(distinct) > 1
        return len(distinct) > 1 and bearers[0] != mention[3]

    def named(self, mention: Mention) -> str | None:
        """Who a person's or an organisation's mention names: a surname several people bear
        only when "Mr"/"Mrs"/"Ms" before it fits one of them alone ("Mrs Turpin")."""
        if mention[2] == "place":
            return self.place_bearer(mention)  # ("Chiba said": a person's name, not the place)
        if mention[2] != "person":
            return mention[3]
        bearer = self._surname_bearer(mention)
        if bearer is not None:
            return bearer
        if not self.ambiguous(mention):
            return self.full_name(mention[3])
        title = self.body[max(0, mention[0] - 6) : mention[0]].split()
        sex = word_gender(title[-1].rstrip(".")) if title else None
        if sex is None:
            return None
        key = fold(self.body[mention[0] : mention[1]].strip())
        fits = {
            name
            for folded, words, name in self._person_words()
            if key in words and folded != key and self.gender(name) == sex
        }
        return fits.pop() if len(fits) == 1 else None

    def _surname_bearer(self, mention: Mention) -> str | None:
        """The first person named with a one-word mention as the last word of the name, when
        the mention was linked to a name it opens ("Fabbri said" with "Fabbri Knitwear" and
        "Stefano Fabbri" named: a surname alone is a person's surname); else None."""
        surface = self.body[mention[0] : mention[1]].strip()
        if " " in surface:
            return None
        key = fold(surface)
        linked = fold(mention[3]).split()
        if not linked or linked[-1] == key or key not in linked:
            return None
        for folded, words, name in self._person_words():
            if words[-1] == key and folded != key:
                return name
        return None

    def place_bearer(self, mention: Mention) -> str | None:
        """The one person named just before a one-word place whose first or last name it is,
        for a place as a speaker ("Chiba said" after "Chiba Noriyuki": not the prefecture)."""
        surface = self.body[mention[0] : mention[1]].strip()
        key, lo = fold(surface), self.sentence(mention[0])[0]
        lo = (self.previous_sentence(lo) or (lo, lo))[0]  # (named in the sentence before)
        names = {
            m[3]
            for m in self.mentions_in(lo, mention[0])
            if m[2] == "person" and key in _ends(fold(m[3]))
        }
        return names.pop() if len(names) == 1 and " " not in surface else None

    def same(self, mention: Mention, name: str) -> bool:
        """Whether a mention names `name` ("Erdogan" left unlinked beside "Recep Tayyip
        Erdoğan" is the same person, never a rival antecedent)."""
        if mention[3] == name:
            return True
        return mention[2] == "person" and self.full_name(mention[3]) == name

    def full_name(self, name: str) -> str:
        """The one longer name of the text that a one-word person's name is part of ("Erdogan"
        left unlinked beside "Recep Tayyip Erdoğan"), else the name itself."""
        key = fold(name)
        if " " in key:
            return name
        longer = {name for _, words, name in self._person_words() if key in words}
        longer.discard(name)
        return longer.pop() if len(longer) == 1 else name

    def antecedent(self, pronoun: str, lo: int, depth: int = 0) -> tuple[str, str] | None:
        """(name, kind) that a pronoun at the sentence starting at `lo` refers to, when
        exactly one compatible antecedent is the subject of the previous sentence or the
        speaker of the previous quote."""
        wanted = PRONOUNS.get(pronoun)
        if wanted is None:
            return None
        kind = "org" if wanted == "org" else "person"
        candidates: dict[str, str] = {}
        prev = self.previous_sentence(lo)
        if prev is not None:
            if kind == "person" and anonymous(self.body, *prev):
                return None  # "A miller, who did not want to be named, said ... "...," he said"
            found = self.subject(prev[0], prev[1], depth)
            # ("One of them, a seller who gave her name only as Rosnah, said": Rosnah)
            named = gave_name_subject(self, prev) if found is None and kind == "person" else None
            if named is not None:
                found = (named, "person")
            elif found is None and kind == "person" and self._unnamed_subject(prev):
                return None  # "A mother of three, who asked not to be named, said ..."
            if found is not None and kind == "person" and MEDIA.search(found[0]):
                # "Reuters spoke to X. "...," she said": the one the outlet spoke to ("it"
                # may be the letter an outlet obtained, not its sender)
                found = self._sole_other(prev, wanted) or found
            if found is not None and kind == "person" and found[1] == "org":
                # ("Acme kept winning and X was delighted. He said": X's clause)
                joined = joined_clause_subject(self, prev, wanted)
                found = (joined, "person") if joined is not None else found
            if found is not None:
                # Another compatible name in that sentence ("For Allton, Warhol was a
                # legend. He said ...") makes the pronoun unclear.
                # (An outlet told or contacted is nobody's rival: "X told the BBC ...")
                # (A name in what the subject said is no rival: "X said the win owed much to
                # Y's hundred. "...," he said" is X again.)
                reported = self._said_at(prev, found[0]) if kind == "person" else -1
                fronted = self._skip_fronted(*prev) if reported >= 0 else -1
                aside = self._quoted_subjects_aside(prev, found[0]) if reported >= 0 else None
                rivals = {
                    m[3]
                    for m in self.mentions_in(prev[0], prev[1])
                    if m[2] == kind
                    and not self.same(m, found[0])
                    # (nor a name in the appositive of a subject quoted in that sentence:
                    # "X, an adviser to Y, said it was "...". "...," she said" is X)
                    and not (aside is not None and aside[0] <= m[0] < aside[1])
                    # (unless that name speaks too: "X said ... while Y wrote ...")
                    and not (0 <= reported <= m[0] and not _SAID.match(self.body, m[1]))
                    # (nor a name in a phrase fronted before a subject who speaks: "At a
                    # news conference with Y, X said ..." is X's sentence)
                    and not (reported >= 0 and m[1] <= fronted)
                    # (nor a name that only qualifies the subject: "Acme's leader, X,", "X
                    # of Acme", "X, the head of Acme,": a pronoun next is the subject)
                    and not (
                        kind == "person" and qualifies_subject(self, prev, found[0], m, reported)
                    )
                    # (nor one in the object only: "X met with Y. He said ..." is X)
                    and not (kind == "person" and object_only(self, prev, found[0], m))
                    and (
                        self.gender(m[3]) in (None, wanted)
                        if kind == "person"
                        else not MEDIA.search(m[3])
                    )
                    and self.named(m) != found[0]  # ("Dr. Montoya": linked to his father)
                }
                if rivals or kind == "person" and self._unnamed_rival(prev, found[0], wanted):
                    return None
                candidates[found[0]] = found[1]
            elif kind == "person":
                # "Actor X's appearance was a surprise. He quipped ...": the possessor of
                # the subject, when nobody else he or she may stand for is named there.
                # ("... according to X. "...," he said": the source the sentence names)
                owner = self._subject_owner(prev) or self._source(prev)  # ("It fell to X to ask")
                owner = owner or self.trailing_speaker(prev) or sole_person(self, prev, wanted)
                if owner is not None and self._fits((owner, "person"), wanted):
                    rivals = {
                        m[3]
                        for m in self.mentions_in(prev[0], prev[1])
                        if m[2] == "person"
                        and not self.same(m, owner)
                        and self.gender(m[3]) in (None, wanted)
                    }
                    if rivals:
                        return None
                    candidates[owner] = kind
                    found = (owner, kind)
            if depth <= 1 and kind == "person" and not self._fits(found, wanted):
                # "X won the race. The crowd cheered. "...," he said": two sentences back,
                # when nobody else he or she may stand for is named or described since.
                found = earlier_subject(self, prev, lo, wanted)
                if found is not None:
                    candidates[found] = kind
        spoke = None
        if self._previous_still_current(lo, kind):
            spoke = self.previous[0]
            candidates[spoke] = self.previous[1]
        # An outlet that reports a statement is not who "it" is (issue 13), unless the
        # outlet itself spoke the quote before ("...," said KCNA. "...," it added).
        names = [
            name
            for name, k in candidates.items()
            if k == kind
            and (
                self.gender(name) in (None, wanted)
                if kind == "person"
                else name == spoke or not MEDIA.search(name)
            )
        ]
        if len(names) != 1:
            return None
        return names[0], kind

    def _said_at(self, sentence: tuple[int, int], name: str) -> int:
        """Where the speech verb ends that follows the first mention of `name` in a sentence
        (after its appositive: "X, the captain, said"), or -1."""
        own = [m for m in self.mentions_in(*sentence) if self.same(m, name)]
        if not own:
            return -1
        at = after_affiliation(self, own[0][1], sentence[1])  # ("X of Acme said")
        appositive = APPOSITIVE.match(self.body, at, sentence[1])
        if appositive is not None:
            at = appositive.end()
        verb = _SAID.match(self.body, at, sentence[1])
        return verb.end() if verb is not None else -1

    def _quoted_subjects_aside(self, sentence: tuple[int, int], name: str) -> tuple | None:
        """The span of the appositive after the first mention of `name` in a sentence ("X, an
        adviser to Y, said"), when the previous quote, X's, closed in that sentence; else None."""
        previous = self.previous
        if previous is None or previous[0] != name or not sentence[0] <= previous[2] <= sentence[1]:
            return None
        own = [m for m in self.mentions_in(*sentence) if self.same(m, name)]
        if not own:
            return None
        appositive = APPOSITIVE.match(self.body, own[0][1], sentence[1])
        return None if appositive is None else (own[0][1], appositive.end())

    def _unnamed_subject(self, sentence: tuple[int, int]) -> bool:
        """Whether a sentence opens with a person nobody names ("A mother of three in
        Borongan, who asked not to be named, said ...", "One resident said ...", "Her
        neighbour ...")."""
        lo = self._skip_fronted(*sentence)
        m = _UNNAMED.match(self.body, lo, sentence[1])
        if m is None:
            # "Her neighbour, who gave only her first name, was less convinced": a person
            # described, whom a "she" after it may be, never the speaker before.
            one = _DESCRIBED_ONE.match(self.body, lo, sentence[1])
            if one is None:
                return False
            head = one.group(1)
            return head in ROLE_NOUNS or head in _PEOPLE_WORDS or word_gender(head) is not None
        for word in m.group(1).split():
            low = word.lower().strip(",")
            if low.endswith("s") and low[:-1] in _PEOPLE_WORDS:
                low = low[:-1]  # "One of the victims"
            if low in ROLE_NOUNS or word_gender(low) or low in _PEOPLE_WORDS:
                return True
            if len(low) > 4 and low.endswith(_PEOPLE_ENDINGS) and word.islower():
                return True  # "A miller in Kushtia", "One trucker"
        return False

    def trailing_speaker(self, sentence: tuple[int, int]) -> str | None:
        """The one person a sentence names, in an attribution set after its reported clause:
        "Floodwaters covered 300 houses, agency spokesperson X told reporters." or "Reefs
        are noisy, explains X, an ecologist ..." (titles only between the comma and the
        name, the verb of saying right after the comma or after the name's appositive)."""
        people = [m for m in self.mentions_in(*sentence) if m[2] == "person"]
        if not people or any(not self.same(m, people[0][3]) for m in people):
            return None
        body, first = self.body, people[0]
        comma = body.rfind(",", sentence[0], first[0])
        if comma < 0 or self.ambiguous(first):
            return None
        lo = comma + 1
        lead = _LEAD_VERB.match(body, lo, first[0])
        inverted = lead is not None and lead.group(1) in QUOTE_VERBS
        if inverted:
            lo = lead.end()
        if not self._premodifiers_ok(lo, first[0], self.mentions_in(lo, first[1])):
            return None
        if not inverted:
            at = first[1]
            appositive = APPOSITIVE.match(body, at, sentence[1])
            if appositive is not None:
                at = appositive.end()
            verb = VERB.match(body, SUBJECT_GAP.match(body, at).end(), sentence[1])
            if verb is None or verb.group() not in QUOTE_VERBS:
                return None
        return self._surname_bearer(first) or self.full_name(first[3])

    def _sole_other(self, sentence: tuple[int, int], sex: str) -> tuple[str, str] | None:
        """The one person of the pronoun's sex (or of none known) named in a sentence."""
        names = {
            self.full_name(m[3])
            for m in self.mentions_in(*sentence)
            if m[2] == "person" and self.gender(m[3]) in (None, sex)
        }
        return (names.pop(), "person") if len(names) == 1 else None

    def _unnamed_rival(self, sentence: tuple[int, int], name: str, sex: str) -> bool:
        """Whether a sentence whose subject is `name` also speaks of another person of the
        pronoun's sex by a word alone ("X met her sister on Monday. "...," she said"):
        after the subject's name and its appositive."""
        body = self.body
        own = [m for m in self.mentions_in(*sentence) if self.same(m, name)]
        if not own:
            return False
        lo = own[0][1]
        appositive = APPOSITIVE.match(body, lo, sentence[1])
        if appositive is not None:
            lo = appositive.end()
        for m in _SEXED.finditer(body, lo, sentence[1]):  # ("her younger sister")
            if _COPULA.search(body, max(lo, m.start() - 12), m.start()):
                continue  # "X is a spokesman": X, not another
            if body.startswith(("'s", "’s"), m.end()):
                continue  # "in her sister's kitchen": the owner of a thing, no actor
            if sex in (word_gender(m.group(1)), word_gender(m.group(2) or "")):
                return True
        return False

    def _subject_owner(self, sentence: tuple[int, int]) -> str | None:
        """The person whose thing is the subject of a sentence ("Actor X's appearance was")."""
        lo = self._skip_fronted(*sentence)
        mentions = self.mentions_in(lo, min(sentence[1], lo + 120))
        head = self._head(lo, mentions)
        if head is None or head[2] != "person" or not POSSESSIVE_S.match(self.body, head[1]):
            return None
        if POSSESSIVE_SPOKES.match(self.body, head[1]) or self.ambiguous(head):
            return None  # "X's spokesman said": somebody else
        for word in WORD.findall(self.body, head[1] + 3, head[1] + 40)[:3]:
            lowered = word.lower().strip(".,")
            if lowered in ROLE_NOUNS or word_gender(lowered) or lowered.endswith(_PEOPLE_ENDINGS):
                return None  # "X's brother", "X's new coach": another person
        return self._surname_bearer(head) or self.full_name(head[3])

    def _source(self, sentence: tuple[int, int]) -> str | None:
        """The person a sentence gives as its source ("according to X")."""
        at = self.body.find("ccording to ", sentence[0], sentence[1])
        if at < 0:
            return None
        head = self._head(at + 12, self.mentions_in(at + 12, min(sentence[1], at + 80)))
        if head is None or head[2] != "person" or self.ambiguous(head):
            return None  # ("according to coach X": titles may come first)
        return self._surname_bearer(head) or self.full_name(head[3])

    def _fits(self, found: tuple[str, str] | None, sex: str) -> bool:
        """Whether a subject found may be who "he" or "she" is."""
        return found is not None and found[1] == "person" and self.gender(found[0]) in (None, sex)

    def _previous_still_current(self, lo: int, kind: str) -> bool:
        """Whether the previous quote's speaker is still who the text is about at `lo`: it
        is recent, of the kind wanted, and nobody else of that kind was named since."""
        if self.previous is None or lo - self.previous[2] >= 700:  # (or earlier in this sentence)
            return False
        if self.previous[1] != kind:
            return False
        return not any(
            m[2] == kind and not self.same(m, self.previous[0]) and not self._asked_about(m)
            for m in self.mentions_in(self.previous[2], lo)
        )

    def _asked_about(self, mention: Mention) -> bool:
        """A name in a sentence's opening "Asked about X," is what the speaker was asked
        about ("Asked about Rooke, the manager said ..."), nobody who takes over."""
        return _ASKED.fullmatch(self.body, self.sentence(mention[0])[0], mention[0]) is not None

    def kind_of(self, name: str) -> str:
        """ "person" or "org": what the named speaker is."""
        if self._kinds is None:
            self._kinds = {}
            for m in reversed(self.mentions):  # the first mention of a name decides
                self._kinds[m[3]] = m[2]
        return self._kinds.get(name, "person")

    def _person_words(self) -> list[tuple[str, list[str], str]]:
        """(folded name, its words, name) of each person mention, folded once per text."""
        if self._people is None:
            folded: dict[str, str] = {}
            self._people = []
            for m in self.mentions:
                if m[2] == "person":
                    key = folded.get(m[3])
                    if key is None:
                        key = folded[m[3]] = fold(m[3])
                    self._people.append((key, key.split(), m[3]))
        return self._people

    def _not_inside(self, name: str | None, quote: tuple[int, int]) -> str | None:
        """An antecedent named inside the quotation itself is its topic, not its speaker."""
        if name is None:
            return None
        inner = set(_INNER_WORD.findall(fold(self.body[quote[0] : quote[1]])))
        parts = [p for p in fold(name).split() if len(p) > 2]
        if parts and self.kind_of(name) == "org":
            # "This Court has concluded": an organisation's generic head word is how it
            # speaks of itself; its last distinctive word ("Supreme") would name its topic.
            parts = [p for p in parts if p.capitalize() not in ORG_HEADS and p != "the"] or parts
        return None if parts and parts[-1] in inner else name
