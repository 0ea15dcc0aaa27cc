"""The one person a sentence about a thing names ("The most moving moment came when Ana Ruiz
described the valley.", "It fell to the party's spokeswoman, Ana Ruiz, to ask ..."): a "he" or
"she" in the next sentence can only be that person, as nobody else is in view. Used by
`briefing.facts.antecedents` when the sentence's subject is no person."""

from __future__ import annotations

from typing import Any

from briefing.facts import speaker_trace as trace
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.phrases import APPOSITIVE, SUBJECT_GAP, WORD
from briefing.facts.speech import SPOKES, VERB, word_gender

# An opening that is no person: an expletive ("It fell to", "There was") or a description of
# a thing ("The most emotional moment of the evening came").
_THING_OPENING = lazy(r"(?:It|There)\s+(?:is|was|fell|came|took|remains|remained|will|had|has)\b")
_DESCRIPTION = lazy(r"(?:The|A|An|This|That|Its)\s")
_TO = lazy(r"to\s+[a-z]+\b")  # (the one who acts: "It fell to X to ask")
# A relative clause whose subject the person is, active ("X, a grandmother, who had spent
# years urging ..."; not "who was killed", "who died").
_WHO_ACTS = lazy(r"who\s+(?!(?:was|were|is|are|had\s+been|has\s+been|died|dies)\b)[a-z]")
_LINKS = frozenset("of by from to for with in on at and or as when after".split())
# Words that may stand for a person, never in a thing's description ("The officer", "The
# victims", "The couple's lawyer"): a role, a sexed noun, a pronoun, an agent's ending.
_PERSON_PRONOUNS = frozenset("he she him her his hers they them their who whom".split())
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "person", "ee", "ant", "ent")
_NOT_AGENTS = frozenset(
    "after over under other water number order border summer winter matter ever never "
    "however whether either neither together later earlier former latter further rather "
    "event moment comment statement government agreement parliament department development "
    "management movement payment treatment settlement announcement investment environment "
    "amendment argument document element segment percent incident accident content plant "
    "restaurant paper number order letter matter chapter quarter center centre power cancer "
    "computer monitor sector factor motor error color colour floor door theater theatre "
    "weather winter summer water river border corner career character cluster filter".split()
)


def person_word(word: str) -> bool:
    """Whether a word may stand for a person (a role, a sexed noun, a pronoun, an agent)."""
    low = word.lower().strip(".,’'")
    if low.endswith(("’s", "'s")):
        low = low[:-2]
    stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    if low in _PERSON_PRONOUNS or stem in ROLE_NOUNS or low in ROLE_NOUNS:
        return True
    if word_gender(low) or word_gender(stem):
        return True
    if stem in _NOT_AGENTS or low in _NOT_AGENTS or stem.endswith(("ment", "ness", "ance")):
        return False
    return len(stem) > 4 and stem.endswith(_AGENT_ENDINGS)


def sole_person(att: Any, sentence: tuple[int, int], sex: str) -> str | None:
    """The one person named in a sentence whose subject is a thing or an expletive ("It
    fell to X to ask", "The best moment came when X spoke"), when its sex fits `sex` (or is
    unknown), nobody else is named there and no word before the name may stand for another
    person (a title right before the name is its own), nor in the sentence before; else None
    (`att`: an Attributor)."""
    body = att.body
    lo = att._skip_fronted(*sentence)
    if _THING_OPENING.match(body, lo) is None and _DESCRIPTION.match(body, lo) is None:
        return None
    people = [m for m in att.mentions_in(*sentence) if m[2] == "person"]
    if not people or any(not att.same(m, people[0][3]) for m in people):
        return None
    first = people[0]
    if first[0] <= lo or att.ambiguous(first):
        return None
    name = att.full_name(first[3])
    if att.gender(name) not in (None, sex):
        return None
    words = WORD.findall(body, lo, first[0])
    # The title run right before the name ("the Liberal Democrats' transport spokeswoman,")
    # is the person's own: capitalised words, roles and the words before a role.
    cut, role_next = len(words), False
    while cut > 0:
        word = words[cut - 1]
        low = word.lower()
        role = low in ROLE_NOUNS or low in SPOKES
        modifier = role_next and word.isalpha() and low not in _LINKS  # ("transport")
        if not (word[:1].isupper() or role or modifier or low in ("the", "a", "an")):
            break
        role_next, cut = role, cut - 1
    if any(person_word(w) for w in words[:cut]):
        return None
    # The person speaks or acts there ("... when X, a teacher, described", "It fell to X to
    # ask", "for X, who had spent years urging"), or issued the thing ("The injunction from
    # Judge X"); never a mere object ("The storm killed X", "The arrest of X").
    at = _verb_at(body, first, sentence)
    speaks = VERB.match(body, at) or _TO.match(body, at) or _WHO_ACTS.match(body, at)
    if not speaks and not (cut > 0 and words[cut - 1].lower() in ("from", "by")):
        return None
    if any(word_gender(w.lower()) == sex for w in WORD.findall(body, at, sentence[1])):
        return None  # ("... when X, whose mother wept, spoke")
    if att._unnamed_rival(sentence, name, sex):
        return None  # ("... when X hugged her sister")
    before = att.previous_sentence(sentence[0])  # (the subject before may go on: "X won.
    for m in att.mentions_in(*before) if before else ():  # The crowd cheered for Y. He said")
        if m[2] == "person" and not att.same(m, name) and att.gender(m[3]) in (None, sex):
            return None
    trace.step("sole-person")
    return name


# A clause joined after the main one, opened by its subject ("..., and manager X was"):
# the conjunction and the titles before the name.
_JOINED_BEFORE = lazy(r"(?:,\s*)?\b(?:and|but|while|whereas)\s+((?:[\w’'.-]+\s+){0,3})$")
# A verb (or an auxiliary) right after that subject: the name opens a clause of its own.
_CLAUSE_VERB = lazy(
    r"(?:was|is|were|has|had|did|does|will|would|could|remained|seemed|looked|felt"
    r"|[a-z]{3,}ed)\b"
)


def joined_clause_subject(att: Any, sentence: tuple[int, int], sex: str) -> str | None:
    """`Acme kept winning and manager X was delighted. He said ...`: the one person a sentence
    whose subject is an organisation names as the subject of a clause joined after the main
    one ("and", "but", "while"), when the sex fits, nobody else is named there or in the
    sentence before and no word may stand for another person; else None (`att`: an
    Attributor)."""
    body = att.body
    people = [m for m in att.mentions_in(*sentence) if m[2] == "person"]
    if not people or any(not att.same(m, people[0][3]) for m in people):
        return None
    first = people[0]
    if att.ambiguous(first):
        return None
    joined = _JOINED_BEFORE.search(body, max(sentence[0], first[0] - 60), first[0])
    if joined is None:
        return None
    titles = joined.group(1).split()
    if any(not (w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in SPOKES) for w in titles):
        return None  # ("and the fans of X": X is no subject)
    name = att.full_name(first[3])
    if att.gender(name) not in (None, sex):
        return None
    at = _verb_at(body, first, sentence)
    if not (VERB.match(body, at) or _CLAUSE_VERB.match(body, at)):
        return None
    named = [(m[0], m[1]) for m in att.mentions_in(*sentence)]
    words = [
        w.group()
        for lo, hi in ((sentence[0], joined.start()), (at, sentence[1]))
        for w in WORD.finditer(body, lo, hi)
        if not any(a <= w.start() < b for a, b in named)  # ("Acme Rovers" is no rover)
    ]
    if any(person_word(w) and w.lower() not in _PERSON_PRONOUNS for w in words):
        return None  # ("Acme's captain scored and X was pleased", "... and X hugged his son")
    before = att.previous_sentence(sentence[0])
    for m in att.mentions_in(*before) if before else ():
        if m[2] == "person" and not att.same(m, name) and att.gender(m[3]) in (None, sex):
            return None
    trace.step("joined-clause")
    return name


_SEXED_PRONOUNS = frozenset("he she his her him hers".split())


def nobody_else(att: Any, lo: int, hi: int, name: str) -> bool:
    """Whether body[lo:hi], its quotations left out, speaks of nobody but `name`: no other
    person named, no word that may stand for another person ("His wife wept", "A neighbour
    disagreed"); "he" or "she" may be `name` (the caller checks their sex)."""
    if any(m[2] == "person" and not att.same(m, name) for m in att.mentions_in(lo, hi)):
        return False
    at = lo
    for s_lo, s_hi in [*att.segments, (hi, hi)]:
        if s_hi <= lo:
            continue
        for word in WORD.findall(att.body, at, min(s_lo, hi)):
            if word.lower() not in _SEXED_PRONOUNS and person_word(word):
                return False
        at = max(at, s_hi)
        if at >= hi:
            break
    return True


def _verb_at(body: str, first: tuple, sentence: tuple[int, int]) -> int:
    """Where the verb of a subject `first` (its span ends at first[1]) would stand: past an
    appositive after it and the gap words before a verb."""
    at = first[1]
    appositive = APPOSITIVE.match(body, at, sentence[1])
    if appositive is not None:
        at = appositive.end()
    return SUBJECT_GAP.match(body, at).end()
