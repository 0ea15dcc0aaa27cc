"""Who said a quotation: the speaker that the structure of its sentence names, or nobody.

A wrong speaker is the most damaging error the reader can make, so a speaker is named only
through a recognised frame: `"...," X said`, `"...," said X, the ...`, `X said: "..."`,
`X told reporters "..."`, `according to X`, `X quoted Y as saying "..."`, `X ..., saying "..."`,
a transcript label, a sentence just before whose subject speaks, or the run of quotes of the
previous speaker. The subject must be the noun phrase right before its verb (titles and roles
may precede the name, an appositive may follow it); a name elsewhere in the sentence is never
taken. A pronoun or description ("he", "the 56-year-old", "the ministry") names somebody only
when exactly one compatible antecedent is the subject of the previous sentence or the
speaker of the previous quote; gender is used only when the text or a given name shows it.
"""

from __future__ import annotations

import bisect

from briefing.facts.antecedents import Antecedents
from briefing.facts.datelines import dateline_end
from briefing.facts.descriptions import Descriptions
from briefing.facts.fronted_phrases import (
    BARE_TIME,
    BARE_TIME_OPENERS,
    LOWER_PARTICIPLE,
    OPENING_CONJUNCTION,
    TIME_FRONT,
)
from briefing.facts.lazy_re import lazy
from briefing.facts.located_orgs import located
from briefing.facts.name_modifiers import NAME_AS_MODIFIER as _NAME_AS_MODIFIER
from briefing.facts.name_modifiers import role_after_name
from briefing.facts.org_voice import org_itself
from briefing.facts.phrases import (
    AFFILIATION,
    COORDINATED_NAME,
    END,
    FRONT,
    INTRO,
    LINK_BETWEEN,
    LINKING_LOWER,
    NOT_PREMODIFIER,
    PARTICIPLE_FRONT,
    POSSESSIVE,
    POSSESSIVE_S,
    POSSESSIVE_SPOKES,
    PREMODIFIER_LOWER,
    SUBJECT_VERBS,
    TOKEN,
    VOICE,
    WORD,
    office_link,
    suffix_ok,
    titled_intro,
)
from briefing.facts.quote_topics import the_other_one
from briefing.facts.roles import is_role
from briefing.facts.speech import OTHER_PRONOUNS, PRONOUNS, QUANTIFIERS, SPOKES, VOICE_NOUNS

Mention = tuple[int, int, str, str]
# Capitalised words then "of"/"from"/"at" right before an organisation's name: a person the
# entity finder did not name, not the organisation itself ("Bill Gerstenmaier of NASA").
_UNKNOWN_NAME_OF = lazy(
    r"\b(?!(?:The|A|An|Minister|Secretary|President|Director|Head|Chief|Chairman|Governor|Mayor"
    r"|Ambassador|Member|Spokesman|Spokeswoman|Spokesperson|Minister-President)\b)"
    r"[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:of|from|at)\s+(?:the\s+)?$"
)
# Adverbs of a participle that is part of a title ("newly elected", "recently appointed").
_TITLE_ADVERBS = frozenset("newly recently democratically duly freshly popularly".split())
# Lower-case words only (a fronted phrase with no comma before the name, and the verb's
# words after it: "In the filing itself | Acme | also made this point,").
_LOWER_RUN = lazy(r"(?:\s+[a-z][\w’'-]*){1,4}?\s*")
_LOWER_WORD = lazy(r"\s+([a-z]+)")
# Where that phrase may open (not a subordinator: "After talks with Acme failed, the firm"),
# and a preposition inside it makes the name its object ("In a deal with Acme earlier, ...").
_PLAIN_PREPOSITIONS = frozenset("In On At During Despite Following Amid Under Within".split())
_PREPOSITION = lazy(r"\s(?:with|to|from|by|of|for|against|and|between|about|over)\s")
_VERB_ADVERBS = frozenset("also has had have would will then".split())
_COMMON_VERBS = frozenset(
    "is was are were has had made gave took said says told wrote put set sent".split()
)


def _verb_first(body: str, at: int) -> bool:
    """Whether the word at `at` is a verb or an adverb before one ("also made", "said"), not
    a noun the name modifies ("Acme executives", "Twitter account")."""
    word = _LOWER_WORD.match(body, at)
    if word is None:
        return False
    w = word.group(1)
    return w in _VERB_ADVERBS or w.endswith("ed") or w in _COMMON_VERBS


_OBJECT_PRONOUNS = {"him": "he", "her": "she"}
_ACRONYM = lazy(r"\s\((?:[A-Z]{2,10}|[Rr]etd\.?|[Rr]et\.?)\)(?=[\s,])")  # (and "Maj (retd) X")
_RELATIVE_INTRO = lazy(r"[’']s\s+[\w -]{1,40},\s*$")
# "'s co-author, Prof. " before a name: its role, and the title before it
_POSSESSIVE_ROLE_NAMED = lazy(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?([\w-]+),\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
)
_PRONOUN_SUBJECT = lazy(r"([Hh]e|[Ss]he|[Ii]t)\b")
_AFTER_SUBJECT = lazy(r"(?:\s*\([^)]*\))?\s*(?:,|[a-z]|’s\s|'s\s)")
# ("The president did not concede ... and vowed ...": a description before an auxiliary)
_AUXILIARIES = frozenset("did does has had was is will would".split())
_DESCRIPTION_SUBJECT = lazy(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?=\s+(?:"
    + "|".join(sorted(SUBJECT_VERBS | _AUXILIARIES))
    + r")\b)"
)
# A noun phrase: ("mention", Mention) | ("pronoun", word) | ("desc", words, lo, hi).
Phrase = tuple


class Attributor(Antecedents, Descriptions):
    """Speaker resolution over one article body, its entity mentions and its quotations."""

    def __init__(self, body: str, mentions: list[Mention], segments: list[tuple[int, int]]):
        self.body = body
        self.segments = segments
        self._seg_starts = [s for s, _ in segments]
        # A name inside a quotation is never its speaker's name in a frame (both lists are
        # in text order: one walk).
        kept: list[Mention] = []
        i, count = 0, len(segments)
        for m in mentions:
            while i < count and segments[i][1] <= m[0]:
                i += 1
            if (i == count or m[0] < segments[i][0]) and not (kept and m[1] <= kept[-1][1]):
                kept.append(m)  # (nor one inside the name before: 'Dr X "Y" Z' holds "X")
        self.mentions = kept
        self.starts = [m[0] for m in self.mentions]
        self._paragraphs: dict[int, tuple[list[int], int]] = {}
        self._subjects: dict[int, str | None] = {}
        self._genders: dict[str, str | None] = {}
        self._kinds: dict[str, str] | None = None
        self._people: list[tuple[str, list[str], str]] | None = None
        self.previous: tuple[str, str, int] | None = None  # speaker, kind, end of its quote

    # -- text structure -----------------------------------------------------------------

    def _sentence_starts(self, pos: int) -> tuple[list[int], int]:
        """(sentence starts, end) of the paragraph holding `pos`, found once per paragraph
        and only for paragraphs a quotation needs: a quotation's inner stops end no sentence."""
        body = self.body
        p_lo = body.rfind("\n", 0, pos) + 1
        cached = self._paragraphs.get(p_lo)
        if cached is None:
            p_hi = body.find("\n", p_lo)
            p_hi = len(body) if p_hi < 0 else p_hi
            starts = [p_lo]
            seg_starts, segments, right = self._seg_starts, self.segments, bisect.bisect_right
            for m in END.finditer(body, p_lo, p_hi):
                end = m.end()
                i = right(seg_starts, end) - 1
                if i >= 0 and segments[i][0] <= end < segments[i][1]:
                    continue  # a stop inside a quotation
                if len(m.group()) == 1:
                    i = right(seg_starts, m.start()) - 1
                    if i >= 0 and segments[i][0] <= m.start() < segments[i][1]:
                        continue  # ... unless a closing mark follows it
                starts.append(end)
            cached = self._paragraphs[p_lo] = (starts, p_hi)
        return cached

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `pos`, without surrounding spaces."""
        starts, p_hi = self._sentence_starts(pos)
        i = bisect.bisect_right(starts, pos) - 1
        lo = starts[max(i, 0)]
        hi = starts[i + 1] if i + 1 < len(starts) else p_hi
        while lo < hi and self.body[lo].isspace():
            lo += 1
        return lo, hi

    def previous_sentence(self, lo: int) -> tuple[int, int] | None:
        """The sentence before the one starting at `lo` (None at the start of the text)."""
        j = lo - 1
        while j > 0 and self.body[j].isspace():
            j -= 1
        if j <= 0:
            return None
        prev = self.sentence(j)
        return prev if prev[0] < lo else None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions (outside quotations) starting in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            if self.mentions[i][1] <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    # -- noun phrases ---------------------------------------------------------------------

    def _premodifiers_ok(self, lo: int, hi: int, mentions: list[Mention]) -> bool:
        """Whether body[lo:hi] holds only titles, roles and names before a name ("Labour MP",
        "Acme's chief executive", "His lawyer, "), never a clause or another speaker."""
        text = self.body[lo:hi]
        for m in mentions:
            if lo <= m[0] and m[1] <= hi:
                text = text[: m[0] - lo] + "X" * (m[1] - m[0]) + text[m[1] - lo :]
        if "(" in text:  # "Member of Parliament (MP) X", "The head of Acme (AC), X": no aside
            text = _ACRONYM.sub("", text)
        intro = INTRO.match(text) or titled_intro(text)
        if intro is not None:  # "His lawyer, Amira Haddad", "One fan, Stacey Turner"
            words = intro.group().split()
            first = words[0].lower()
            if (
                first in QUANTIFIERS
                and first not in ("one", "another")
                and words[-1].endswith("s,")
            ):
                return False  # "Fifty former officials, including X": a group ("One of", fine)
            text = text[intro.end() :]
        if "," in text or "(" in text:
            return False
        tokens = TOKEN.findall(text)
        if len(tokens) > 8:
            return False
        if intro is None and tokens and tokens[0].lower().strip(".") in QUANTIFIERS:
            return False
        for k, token in enumerate(tokens):
            word = token.removesuffix("'s").removesuffix("’s")
            if word[:1].isupper() or word[:1].isdigit():
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else "X"  # the name follows
            if (
                word in ("of", "for", "to")
                and nxt == "the"
                and k > 0
                and (
                    tokens[k - 1][:1].isupper()
                    and "".join(tokens[k + 2 : k + 3])[:1].isupper()
                    or tokens[k - 1].lower() in VOICE_NOUNS
                )
            ):
                continue  # "Secretary of the Treasury Janet Yellen", "speaker of the parliament X"
            if office_link(tokens, k):
                continue  # "US Ambassador to Germany X", "Special Envoy to Sudan X"
            if (
                word in ("named", "called")
                and k == len(tokens) - 1
                and tokens[0].lower() in ("a", "an", "one", "another")
                and tokens[k - 1][:1].islower()
            ):
                continue  # "A student named Chen" (not "Pelosi called Trump")
            if (
                word in ("of", "for")
                and k > 0
                and (
                    tokens[k - 1][:1].islower()
                    or k == 1
                    and tokens[0].endswith("s")
                    and tokens[0][1:].islower()
                )
                and tokens[k - 1].lower() not in VOICE_NOUNS
            ):
                return False  # "the lawyer for X", "critics of X": somebody else speaks
            if nxt in ("the", "a", "an") and word not in LINKING_LOWER and word.isalpha():
                return False  # "X won the Y award": a verb and its object, not a title
            if word in LINKING_LOWER:
                if word == "and" and k > 0 and tokens[k - 1].startswith("X"):
                    return False  # "Smith and Jones said": two speakers
                if word in ("the", "a", "an") or nxt[:1].isupper():
                    continue
                if word == "and" and nxt[:1].islower() and nxt not in NOT_PREMODIFIER:
                    continue  # "writer and performer Rob Bartlett"
                if word == "of" and nxt in QUANTIFIERS and tokens[k - 1][:1].isupper():
                    continue  # "Mother of three Ana Ruiz"
                if word == "of" and k > 0 and tokens[k - 1].lower() in VOICE_NOUNS:
                    continue  # "head of product Ana Ruiz", "chief of staff Ana Ruiz"
                return False
            lowered = word.lower()
            if lowered in NOT_PREMODIFIER or (
                lowered.endswith("ed")
                and lowered not in PREMODIFIER_LOWER
                and (k == 0 or tokens[k - 1].lower() not in _TITLE_ADVERBS)
            ):
                return False  # (but "Newly elected Assemblywoman X": a title)
        return True

    def _head(self, lo: int, mentions: list[Mention]) -> Mention | None:
        """The name a phrase is about: the last one preceded only by titles and names
        ("Kremlin spokesman Dmitry Peskov"), but a person keeps it against a later name
        joined by a preposition ("John Geiger of USGS")."""
        head = None
        for m in mentions:
            if not self._premodifiers_ok(lo, m[0], mentions) or self.body.startswith("-", m[1]):
                continue  # (nor a name as a hyphened modifier: "the Phoenix-based company")
            unknown = m[2] == "org" and _UNKNOWN_NAME_OF.search(self.body, lo, m[0])
            if unknown and (head is None or head[1] <= unknown.start()):
                return None  # "Bill Gerstenmaier of NASA": a name not found, of that org
            if head is not None and m[2] == "place" and "," in self.body[head[1] : m[0]]:
                continue  # "The FNSEA, France's largest farm union,": the union's appositive
            if head is not None and head[2] == "person":
                between = self.body[head[1] : m[0]]
                # "Dunn's mother, Charlotte Charles": the relative named in apposition.
                relative = _RELATIVE_INTRO.match(between)
                if relative is None and (LINK_BETWEEN.search(between) or "," in between):
                    continue
            head = m
        return head

    def phrase(self, lo: int, hi: int, before_verb: bool = False) -> Phrase | None:
        """What the noun phrase in body[lo:hi] is: a mention, a pronoun or a description."""
        body = self.body
        while lo < hi and body[lo] in " ,\t\"”'’":
            lo += 1
        closed = body[lo:hi].rstrip().endswith(",")  # an appositive set off before the verb
        while hi > lo and body[hi - 1] in " ,\t":
            hi -= 1
        if lo >= hi:
            return None
        text = body[lo:hi]
        lowered = _OBJECT_PRONOUNS.get(text.lower(), text.lower())  # "according to him"
        if lowered in PRONOUNS or lowered in OTHER_PRONOUNS:
            return ("pronoun", lowered)
        mentions = self.mentions_in(lo, hi)
        head = self._head(lo, mentions)
        if head is not None:
            if any(m[0] >= head[1] for m in mentions):
                later = [m for m in mentions if m[0] >= head[1]]
                if located(body, head, later, hi):
                    return ("mention", head)  # "the British Embassy in Lima"
                suffix = body[head[1] : later[0][0]]
                if not (
                    suffix.startswith((",", " ("))
                    or POSSESSIVE.match(suffix)
                    or any(p.match(suffix + "X") for p in (AFFILIATION, VOICE))
                ):
                    return None
            suffix = body[head[1] : hi]
            if suffix_ok(suffix + ("," if closed else ""), before_verb):
                return ("mention", head)
            possessive = POSSESSIVE.match(suffix) or VOICE.match(suffix)
            if possessive and possessive.group(1).lower() in SPOKES:
                return ("mention", head)  # "Acme's spokesman", "a Fifa spokeswoman"
            if org_itself(head[2], suffix, head[3]):
                return ("mention", head)  # "His Velta Racing team", "the Acme company"
            role = suffix.split()
            if head[2] != "person" and len(role) == 1 and is_role(role[0]):
                # "The Wooster professor", "the Leeds manager": a description of a person
                # whose head may point to one named before
                return ("desc", [w.lower() for w in WORD.findall(text)], lo, hi)
            return None
        words = [w.lower() for w in WORD.findall(text)]
        if not words or len(words) > 8:
            return None
        return ("desc", words, lo, hi)

    # -- resolution -----------------------------------------------------------------------

    def subject(self, lo: int, hi: int, depth: int = 0) -> tuple[str, str] | None:
        """(name, kind) of the subject of the sentence body[lo:hi], when it is a name or a
        pronoun that resolves; None otherwise."""
        if lo in self._subjects:
            cached = self._subjects[lo]
            return None if cached is None else (cached.split("\x00")[0], cached.split("\x00")[1])
        start = self._skip_fronted(lo, hi)
        found = self._subject_phrase(start, hi)
        result = None
        if found is not None:
            kind, value = found[0], found[1]
            if kind == "mention" and value[2] in ("person", "org"):
                name = self.named(value)
                result = None if name is None else (name, value[2])
            elif kind == "pronoun" and value in PRONOUNS and depth < 2:
                name = self.antecedent(value, lo, depth + 1)
                if name is not None:
                    result = name
            elif kind == "desc" and depth < 2:
                name = self._describe(found[1], found[2], found[3], lo)
                if name is not None:
                    result = (name, self.kind_of(name))
        self._subjects[lo] = None if result is None else f"{result[0]}\x00{result[1]}"
        return result

    def _skip_fronted(self, lo: int, hi: int) -> int:
        """Skip fronted adverbials ("In a statement, ", "On Monday, ") and an opening "But"
        or "And" ("But he warned ...") before a subject."""
        body = self.body
        lo = dateline_end(body, lo, self.mentions_in)  # ("Alderton – The chairman ...")
        conjunction = OPENING_CONJUNCTION.match(body, lo, hi)
        if conjunction is not None:
            lo = conjunction.end()
        if body.startswith(BARE_TIME_OPENERS, lo):
            bare = BARE_TIME.match(body, lo, hi)
            if bare is not None:
                lo = bare.end()
        start = lo
        for _ in range(2):
            first = WORD.match(body, lo)
            if first is None:
                return lo
            # "In Ohio, which votes on Tuesday, the governor ...": a relative clause on the
            # fronted phrase's noun is skipped with it.
            relative = lo > start and first.group() in ("which", "where", "whose")
            # (A name is no participle: "Boeing did not ...", "Fleming, 40, said".)
            named = bisect.bisect_left(self.starts, lo) < bisect.bisect_right(self.starts, lo)
            if (
                not relative
                and not (FRONT.match(first.group()) and not named)
                and not TIME_FRONT.match(body, lo)
                and not (PARTICIPLE_FRONT.match(body, lo) and not named)
                and not (lo > start and LOWER_PARTICIPLE.match(body, lo))
            ):
                return lo
            comma = body.find(",", lo, min(hi, lo + 120))
            if comma < 0:
                return lo
            before = self.mentions_in(lo, comma)
            if (
                before
                and before[0][2] in ("person", "org")
                and first.group() in _PLAIN_PREPOSITIONS
                and _LOWER_RUN.fullmatch(body, first.end(), before[0][0])
                and _PREPOSITION.search(body, first.end(), before[0][0]) is None
                and _LOWER_RUN.fullmatch(body, before[0][1], comma)
                and _verb_first(body, before[0][1])
            ):
                return before[0][0]  # "In the filing itself Acme also made this point, ..."
            if before and before[-1][2] == "person" and not body[before[-1][1] : comma].strip():
                after = self.mentions_in(comma + 1, min(hi, comma + 40))
                named_next = bool(after) and not body[comma + 1 : after[0][0]].strip()
                if not named_next:
                    # "In the post Chris Wright, the CTO, said": the comma is an apposition's
                    # ("In a letter to Tom Hale, Ana Silva wrote": a name opens the clause)
                    return lo
            lo = comma + 1
            while lo < hi and body[lo] == " ":
                lo += 1
        return lo

    def _subject_phrase(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase that starts a clause at `lo`, up to its verb."""
        body = self.body
        mentions = self.mentions_in(lo, min(hi, lo + 160))
        pronoun = _PRONOUN_SUBJECT.match(body, lo, lo + 4)
        if pronoun:
            return ("pronoun", pronoun.group(1).lower())
        head = self._head(lo, mentions)
        if head is None:
            return self._description_subject(lo, hi)
        rest = body[head[1] : min(hi, head[1] + 160)]
        if rest.startswith(".") and body[head[1] - 2] in " ." and body[head[1] - 1].isupper():
            rest = rest[1:]  # ("Anna K., 34, said": the initial's full stop)
        if _NAME_AS_MODIFIER.match(rest) or COORDINATED_NAME.match(rest):
            return None  # "The Biden campaign said", "Acme and Nordvik signed": not one name
        if head[2] != "person" and role_after_name(rest):  # ("The Acme chief executive said")
            return self._description_subject(lo, hi)
        # The name must be followed by its verb, an appositive or an affiliation.
        if _AFTER_SUBJECT.match(rest):
            if POSSESSIVE_S.match(rest) and not POSSESSIVE_SPOKES.match(rest):
                # "Ms. Solberg's co-author, Prof. Marcus Feld, cautioned": the one named
                # after the role
                role = _POSSESSIVE_ROLE_NAMED.match(rest)
                if role is None or not is_role(role.group(1)):
                    return None
                at = head[1] + role.end()
                named = [m for m in mentions if m[0] == at and m[2] == "person"]
                return ("mention", named[0]) if named else None
            return ("mention", head)
        return None

    def _description_subject(self, lo: int, hi: int) -> Phrase | None:
        """A subject that is a description ("The governor tweeted ..."), up to its verb."""
        m = _DESCRIPTION_SUBJECT.match(self.body[lo:hi])
        if m is None:
            return None
        words = [w.lower() for w in WORD.findall(m.group())]
        return ("desc", words, lo, lo + m.end())

    def resolve(self, phrase: Phrase | None, lo: int, quote: tuple[int, int]) -> str | None:
        """The speaker a phrase names, for a quote whose sentence starts at `lo`."""
        if phrase is None:
            return None
        kind = phrase[0]
        if kind == "mention":
            mention = phrase[1]
            return self.named(mention) if mention[2] in ("person", "org", "place") else None
        if kind == "pronoun":
            found = self.antecedent(phrase[1], lo) or the_other_one(self, phrase[1], lo, quote)
            if found is not None and self._other_sex_inside(phrase[1], found[0], quote):
                return None
            return self._not_inside(found[0] if found else None, quote)
        words, p_lo, p_hi = phrase[1], phrase[2], phrase[3]
        return self._not_inside(self._describe(words, p_lo, p_hi, lo), quote)
