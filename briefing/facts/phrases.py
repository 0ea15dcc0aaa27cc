"""Shapes of the noun phrases and sentences around a quotation: what may stand before a
speaker's name (titles, roles), after it (an appositive, an affiliation), and where a
sentence or a phrase ends. Used by `briefing.facts.attribution`."""

from __future__ import annotations

import re

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ABBREVIATIONS, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS
from briefing.facts.speech import VERB

WORD = lazy(r"[\w’'.-]+")
TOKEN = lazy(r"\S+")
# A sentence ends at . ! ? (and any closing marks) before a space, or at a line break.
_ABBREVIATIONS = [*ABBREVIATIONS, *"No vs Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec".split()]
# A sentence ends at . ! ? (and any closing marks) before a space and a word that is not in
# lower case, or at a line break; never after an abbreviation or an initial ("Mr.", "U.S.",
# "W."). One pattern opening on one character class so the engine can skip to candidate
# stops, with one fixed-width lookbehind per abbreviation length: 2-3x cheaper than a check
# per stop.
_BY_LENGTH: dict[int, list[str]] = {}
for _a in _ABBREVIATIONS:
    _BY_LENGTH.setdefault(len(_a), []).append(_a)
_NOT_ABBREVIATED = "".join(rf"(?<!\b(?:{'|'.join(words)})\.)" for words in _BY_LENGTH.values())
END = lazy(
    r"[.!?\n](?:(?<=\n)\n*|"
    + _NOT_ABBREVIATED
    + r"(?<!\b[A-Z]\.)(?<![A-Z]\.[A-Z]\.)[\"”’'»)\]]*(?=\s)(?! +[a-z]))"
)
# A full stop that ends a clause: not the one of "Mr." or of an initial ("U.S.", "G.").
FULL_STOP = r"\.(?:" + _NOT_ABBREVIATED + r"(?<!\b[A-Z]\.))"
STOP = lazy(r"[.;!?\"“”\n]")
# A stop that ends a clause inside a phrase: not the full stop of "U.S." or "Mr." (an
# affiliation "of the U.S. Department of Justice" goes on past it).
CLAUSE_STOP = lazy(rf"[;!?\"“”\n]|{FULL_STOP}")
FRONT = lazy(
    r"(?i:in|on|at|after|before|during|following|despite|with|without|under|since|for|from|"
    r"by|upon|amid|amidst|over|unlike|like|as|when|while|although|though|because|if|once|"
    r"until|earlier|later|meanwhile|however|yesterday|today|separately|also|then|speaking|"
    r"asked|writing|responding|addressing|according|in|last|this|but|and|still|now|instead|"
    r"overall|previously|recently|elsewhere|moreover|finally|first|second|third|there|here|"
    r"of|about|regarding|asked|according|namely|notably|indeed|furthermore|additionally|"
    r"nevertheless|nonetheless|similarly|likewise|ultimately|importantly|specifically|"
    r"consequently|thus|therefore|hence|besides|initially|eventually|subsequently|afterwards|"
    r"originally|again|back|across|outside|inside|near|beyond|along|behind|beside|"
    r"between|among|throughout|nearby|abroad|albeit|notwithstanding)$|\w+ing$"
)
# "Known as a shock jock, X ...", "Faced with the loss, X ...": a past participle and its
# preposition open a fronted phrase (not a name: "Ahmed, the mayor," is a mention).
PARTICIPLE_FRONT = lazy(
    r"[A-Z][a-z]{2,}(?:ed|wn|en)\s+(?:as|with|by|about|from|for|after|at|on|in|to)\s"
)
AGE = lazy(r"(\d{1,3})-year-old")
# ("Special Agent in Charge X": a title's "in")
NP_END = lazy(
    r"[,;:!?\"“”\n(]|"
    + FULL_STOP
    + r"|\s(?:in(?!\s+Charge\b)|on|at|during|after|before|when|while|via|through|adding|"
    r"according|who|which|as|to|about|of\s+the\s+(?:plan|decision|deal))\b"
)
LINKING_LOWER = frozenset(("of", "for", "and", "&", "de", "la", "von", "van", "the"))
PREMODIFIER_LOWER = ROLE_NOUNS | ROLE_MODIFIERS | frozenset(("the", "a", "an", "then", "co-author"))
# Words that end a noun phrase's premodifiers: a clause or a prepositional phrase follows.
# After a name: a second one joined to it ("Acme and Nordvik", "X, Y and Z"), not a word
# joined inside its appositive ("X, a track and field athlete from Germany,").
COORDINATED_NAME = lazy(
    r"(?:,\s+[^,]{1,40})?,?\s+(?:and|or|&)\s+"
    r"(?:(?!(?:from|of|in|at|for|with|to|on|by)\s)[a-z]+\s+){0,3}[A-Z]"
)
SUBJECT_VERBS = frozenset(
    "said says told tweeted wrote added posted stated announced noted warned argued insisted "
    "explained claimed declared replied confirmed sent issued pointed stressed emphasised "
    "emphasized recalled acknowledged admitted predicted cautioned urged observed remarked "
    "conceded reiterated underlined".split()
)
NOT_PREMODIFIER = frozenset(
    "of for to in on at by with from and or but that which who whom whose as than about after "
    "before since while when where if is was are were be been has have had do did will would "
    "can could should may might must not no said says told including such among like "
    # irregular past tenses ("-ed" ones are caught by their ending): "Marta Ruiz met Tomas
    # Berg" is a clause, and its subject is Marta Ruiz, not Tomas Berg
    "met won beat led left took gave made saw sent spoke hit kept brought bought sold paid "
    "found knew became began ran wrote chose drove flew fought held meant shot sought struck "
    "taught thought "
    # verbs of saying in the present ("X tells Acme the deal ..."): a clause, never a title
    "tells tell say adds explains notes warns argues insists claims".split()
)
# "His lawyer, " / "One fan, " / "the union's negotiator, ": a role set before the name.
# ("The head of the farm "Ak Bidai" from Oak district, ": a farm's name quoted in the role;
# "Senior vice-president of the PSF, ")
INTRO = lazy(
    r"^(?:(?i:the|a|an|his|her|its|their|our|one|another)\s+(?:[\w’'.“”\"-]+\s+){0,9}[\w’'.-]+"
    r"|[\w’'.-]+[’']s\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+"  # "Malaysia's Prime Minister, "
    r"|(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]*(?:\s+of\s+(?:the\s+)?[A-Z][\w’'&-]*)?),\s*"
)
PLURAL_VOICES = frozenset(
    ("officials", "sources", "residents", "witnesses", "people", "experts", "analysts", "police")
)


POSSESSIVE = lazy(r"[’']s?\s+(?:\w+\s+)?(\w+)\s*$")
POSSESSIVE_S = lazy(r"[’']s\s")
POSSESSIVE_SPOKES = lazy(
    r"[’']s\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|office|press office|representatives?)\b"
)
# ("a World Bank spokesperson in Beirut": the voice's place after it)
VOICE = lazy(
    r"\s+(?:press\s+)?(\w+)(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?\s*$"
)
LINK_BETWEEN = lazy(r"\b(?:of|from|at|for|with|and|in)\b")
# "of Acme", "of the campaign group Fair Rent", "from consultancy Halcyon", "of the agency's
# western region in Bergen", "of the 1st Battalion": an affiliation
AFFILIATION = lazy(
    r"\s+(?:(?:of|from|at|with)\s+(?:the\s+)?|for\s+the\s+"  # ("X for the Western District")
    r"|(?:of|from|at)\s+(?:the\s+|an?\s+)?(?:[a-z][\w’'-]*\s+){1,4})"
    r"(?:(?:pro|anti|non)-|\d+(?:st|nd|rd|th)\s+)?[A-Z]"  # ("X from the pro-Beijing camp")
)


# An affiliation all in lower case ("said X of the directorate's western region").
_LOWER_AFFILIATION = lazy(
    r"\s+(?:of|from|at)\s+(?:the|an?|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,?\s*"
)


# An appositive set off by commas right after a name ("X, the captain, said").
APPOSITIVE = lazy(r",[^,]{1,80},")
# Between a subject (and its appositive) and its verb: "X, also said", "X later told".
SUBJECT_GAP = lazy(r"[\s,]*(?:(?:also|later|then|further)\s+)?")


def suffix_ok(suffix: str, before_verb: bool) -> bool:
    """What may follow the speaker's name inside its phrase: nothing, an appositive set off by
    commas, a bracket, an affiliation ("of Acme"), an age, "Jr.", "KC"."""
    stripped = suffix.strip()
    if not stripped or stripped in ("Jr.", "Sr.", "Jr", "Sr", "KC", "QC", "SC"):
        return True  # (a barrister's rank: "Judge Michael Chambers KC said")
    if suffix.startswith(","):
        return not before_verb or suffix.rstrip().endswith(",")
    if suffix.startswith(" (") and ")" in suffix:
        # "(ECOWAS)", or "(ECOWAS), which sent observers," the bracket then an appositive;
        # "X (傅崐萁) of the KMT": a name in its own script, then an affiliation
        rest = suffix[suffix.index(")") + 1 :]
        return not rest.strip() or suffix_ok(rest, before_verb)
    if (
        AFFILIATION.match(suffix) or _LOWER_AFFILIATION.fullmatch(suffix)
    ) and not CLAUSE_STOP.search(suffix):
        return not before_verb or "," not in suffix or suffix.rstrip().endswith(",")
    return False


def has_age(text: str, age: str) -> bool:
    return bool(re.search(rf"(?:,\s*{age}\s*,|\b{age}-year-old)", text))


# Words that make a role another than the plain one: a shadow transport secretary is not "the
# transport secretary", a deputy mayor not "the mayor".
# (Nor is a prime minister "the minister".)
_OTHER_ROLE = frozenset(
    ("shadow", "former", "deputy", "vice", "assistant", "ex", "junior", "prime")
)


def has_role(text: str, head: str, modifiers: set[str]) -> bool:
    words = {w.lower().strip(",.") for w in text.split()}
    return head in words and modifiers <= words and not (words & _OTHER_ROLE) - modifiers


def clause_verb(frame: str, end: int | None = None) -> re.Match[str] | None:
    """The last verb of saying in a frame of text before a quotation (before `end`), not a
    noun of the same form after a determiner ("denounced the claims as a "..."")."""
    found = None
    for m in VERB.finditer(frame, 0, len(frame) if end is None else end):
        if m.group().endswith("s") and _DETERMINER_END.search(
            frame, max(0, m.start() - 7), m.start()
        ):
            continue
        if m.group() in _ADJECTIVES and _ADJECTIVE_BEFORE.search(
            frame, max(0, m.start() - 7), m.start()
        ):
            continue  # "said in written testimony that": an adjective, the verb is "said"
        found = m
    return found


_DETERMINER_END = lazy(r"(?:\b(?:the|a|an|his|her|its|their|these|those|such)|[’']s|s[’'])\s+$")
# Participles of saying that also qualify a noun ("in written testimony", "a spoken word").
_ADJECTIVES = frozenset(("written", "spoken"))
_ADJECTIVE_BEFORE = lazy(r"\b(?:in|a|an|the|his|her|its|their|by)\s+$")


# "Nationals MP for Oxley, ", "Fianna Fáil TD for Limerick City, ", "MP for the Mitte
# constituency, ": an office in title case (its seat's noun may follow) set off before the name.
_TITLED_INTRO = lazy(
    r"(?:[A-Z][\w’'.-]*\s+(?:(?:for|of|the|and|in|on)\s+)*){1,6}?[A-Z][\w’'.-]*"
    r"(?:\s+(?:constituency|district|seat|riding|ward|division|electorate))?,\s*"
)


def titled_intro(text: str) -> re.Match[str] | None:
    """A title-case office set off by a comma before a name: an MP's or a minister's seat or
    post ("Liberal Democrat MP for Bath North, "), which holds one of TITLE_WORDS."""
    found = _TITLED_INTRO.match(text)
    if found is None or not any(w.lower() in TITLE_WORDS for w in found.group().split()):
        return None
    return found


# Offices held "to" a country or a body ("Ambassador to Germany"), or "in" one ("Special
# Agent in Charge").
_ENVOYS = frozenset("ambassador envoy emissary representative delegate adviser agent".split())


def office_link(tokens: list[str], k: int) -> bool:
    """Whether tokens[k], a "to" or "in" between titles before a name, is part of an
    office's title ("US Ambassador to Germany X", "FBI Special Agent in Charge X")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else "X"  # (the name follows)
    return (
        tokens[k] in ("to", "in")
        and k > 0
        and nxt[:1].isupper()
        and tokens[k - 1].lower() in _ENVOYS
    )
