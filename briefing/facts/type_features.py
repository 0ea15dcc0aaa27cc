"""What the entity-type classifier sees of a candidate name: its words and shape, the shipped
word lists and gazetteer, and the words around each of its mentions in the article.

Features are plain strings ("last:labs", "n1:said", "gaz:city"); one candidate is every
mention of one name in one article, so what the rest of the article says about a name ("X
said it", "X's chief executive", "shares of X", "a X spokesperson", "in X") all counts toward
its type. Besides the words themselves, each word is also seen by its class (a role noun, a
verb of saying, a place cue, an ordinary English word), which is what carries over to names
and contexts the training data never had.

`name_features` reads only the name, its surfaces and the shipped lists, so the classifier
caches what it makes of them; `article_features` is what depends on the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.facts.chunks import LowerWords
from briefing.facts.gazetteer import Gazetteer
from briefing.facts.lexicon import (
    FAMILY_FIRST,
    HONORIFICS,
    KNOWN_ORGS,
    NON_NAME_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    PLACE_CUES,
    REGION_HEADS,
    ROLE_NOUNS,
    SITE_HEADS,
    SITE_PREFIXES,
    SPEECH_VERBS,
    TITLE_WORDS,
    common_words,
)

# The words right before and after a mention, lower-cased (punctuation kept as its own token).
_AFTER = re.compile(r"\s*([’']s\b|[\w’'.&-]+|[^\w\s])\s*([\w’'.&-]+|[^\w\s])?\s*([\w’'-]+)?")
# (The most common shape first: no word has two of these shapes, so their order is free;
# an "Aa" word has nothing but small letters and apostrophes after its capital.)
_SHAPES = (
    (re.compile(r"^[A-Z][a-z’']+$"), "Aa"),
    (re.compile(r"^[A-Z]\.$"), "A."),
    (re.compile(r"^(?:[A-Z]\.){2,}$"), "A.A."),
    (re.compile(r"^[A-Z][A-Z0-9&]+s?$"), "AA"),
    (re.compile(r"^[A-Z][a-z]+[A-Z]\w*$"), "AaA"),
    (re.compile(r"^\d"), "0"),
)
# Pronouns that pick up a name after a verb of saying: "X said it would" (an organisation),
# "X said he would" (a person).
_PRONOUNS = {
    "it": "it",
    "its": "it",
    "he": "he",
    "she": "he",
    "his": "he",
    "her": "he",
    "they": "they",
    "their": "they",
}
_ARTICLES = frozenset({"a", "an", "the"})


def _shape(word: str) -> str:
    for pattern, shape in _SHAPES:
        if pattern.match(word):
            return shape
    return "-" if "-" in word else "x"


def _population(pop: int) -> str:
    if pop >= 1_000_000:
        return "1m"
    if pop >= 100_000:
        return "100k"
    if pop > 0:
        return "small"
    return "0"


def _classes() -> dict[str, str]:
    """Context word -> its class (the first list that has it wins)."""
    out: dict[str, str] = {}
    for words, cls in (
        (PLACE_CUES, "loc"),
        (ORG_NOUNS, "orgnoun"),
        (ROLE_NOUNS, "role"),
        (SPEECH_VERBS, "say"),
    ):
        out.update(dict.fromkeys(words, cls))
    return out


# The class of a context word that generalises beyond the word itself.
_CLASS = _classes()


def name_features(
    name: str, surfaces: Iterable[str], gaz: Gazetteer, given: frozenset[str]
) -> list[str]:
    """Features of the name itself: words, head, suffix, shape, word lists, gazetteer."""
    words = name.split()
    if not words:
        return []
    first, last = words[0], words[-1]
    out = [
        f"len:{min(len(words), 4)}",
        f"first:{first.lower()}",
        f"last:{last.lower()}",
        f"suf:{last[-3:].lower()}",
        "shape:" + " ".join(_shape(w) for w in words[:4]),
    ]
    out.extend(f"w:{w.lower()}" for w in words[1:-1])
    # Ordinary English words in the name: "Red Cross", "Geological Survey" are not people.
    vocabulary = common_words()
    plain = [w.lower() in vocabulary for w in words if w[:1].isupper() and not w.isupper()]
    if plain:
        if all(plain):
            out.append("cw:all")
        elif not any(plain):
            out.append("cw:none")
        else:
            out.append("cw:some")
        if plain[-1]:
            out.append("cw:last")
    if last in ORG_HEADS:
        out.append("head:org")
    if last in SITE_HEADS or (first in SITE_PREFIXES and len(words) > 1):
        out.append("head:site")
    if last in REGION_HEADS:
        out.append("head:region")
    if first in given or ("-" in first and first.split("-")[0] in given):
        out.append("given:first")
    if len(words) > 1 and last in given:
        out.append("given:last")
    if first in FAMILY_FIRST:
        out.append("family:first")
    if any(w.lower() in TITLE_WORDS or w.lower() in HONORIFICS for w in words):
        out.append("title:inside")
    if " of " in name:
        out.append("has:of")
    if " and " in name or "&" in name:
        out.append("has:and")
    if "’s " in name or "'s " in name:
        out.append("has:poss")
    if any(c.isdigit() for c in name):
        out.append("has:digit")
    if name in KNOWN_ORGS:
        out.append("known:org")
    # Laws, events, prizes and wars end in words such as "Act", "Clause", "Week", "Cup"
    # ("the Equal Voice Clause" is no body however the text uses it).
    if last in NON_NAME_WORDS and len(words) > 1:
        out.append("nonname:last")
    entry = gaz.get(name.replace("’", "'") if "’" in name else name)
    if entry is not None:
        out.append(f"gaz:{entry.kind}")
        out.append(f"gazpop:{_population(entry.population)}")
    elif len(words) > 1:
        head = gaz.get(first)
        if head is not None:
            out.append(f"gazfirst:{head.kind}")
        tail = gaz.get(" ".join(words[1:]))
        if tail is not None:
            out.append(f"gazrest:{tail.kind}")
    for surface in surfaces:
        if " " not in surface and surface != name:
            out.append("alone:part")
            part = gaz.get(surface)
            if part is not None:
                out.append(f"gazpart:{part.kind}")
    return out


def article_features(
    body: str, spans: Iterable[tuple[int, int]], surfaces: Iterable[str], common: LowerWords
) -> set[str]:
    """Features of the article around every mention (each feature once)."""
    out: set[str] = set()
    for surface in dict.fromkeys(surfaces):
        if " " not in surface and surface.lower() in common:
            out.add("lower:occurs")
            break
    count = 0
    size = len(body)
    before_cache, after_cache = _BEFORE_CACHE, _AFTER_CACHE
    match = _AFTER.match
    update = out.update
    for start, end in spans:
        count += 1
        # (The last two words of the 40 characters before: rsplit is far cheaper than a
        # regex anchored at "$".)
        words = tuple(body[start - 40 if start > 40 else 0 : start].rsplit(None, 2)[-2:])
        known = before_cache.get(words)
        if known is None:
            known = _before(words)
            if len(before_cache) >= _CACHE_SIZE:
                before_cache.clear()
            before_cache[words] = known
        update(known[1])
        after = match(body, end, end + 48 if end + 48 < size else size)
        if after is not None:
            key = (*after.groups(), known[0])
            feats = after_cache.get(key)
            if feats is None:
                feats = _after(*key)
                if len(after_cache) >= _CACHE_SIZE:
                    after_cache.clear()
                after_cache[key] = feats
            update(feats)
        if body[end : end + 1] == "-":
            out.add("n1:-")
    out.add(_COUNTS[count if count < 3 else 3])
    return out


_COUNTS = ("count:0", "count:1", "count:2", "count:3")  # how often the name is mentioned


# The features of the words before and after a mention, by those words: the same few hundred
# contexts ("said", "the", "of", ", who") recur across mentions and articles.
_CACHE_SIZE = 50_000
_BEFORE_CACHE: dict[tuple[str, ...], tuple[bool, tuple[str, ...]]] = {}
_AFTER_CACHE: dict[tuple[str | None, str | None, str | None, bool], tuple[str, ...]] = {}


def _before(words: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """(whether the word right before is an article, the features of the words before)."""
    if not words:
        return False, ("p1:<s>",)
    out = []
    w1 = words[-1].lower()
    if len(w1) > 1 and not w1[-1].isalnum():
        w1 = w1[-1]  # "said," -> ","; "(" stays
    out.append("p1:" + w1)
    cls = _CLASS.get(w1)
    if cls is not None:
        out.append("p1c:" + cls)
    if len(words) > 1:
        out.append(f"p2:{words[-2].lower()} {w1}")
    if w1 in TITLE_WORDS or w1 in HONORIFICS:
        out.append("p1:title")
    return w1 in _ARTICLES, tuple(out)


def _after(
    first: str | None, second: str | None, third: str | None, determiner: bool
) -> tuple[str, ...]:
    """The features of up to three words after a mention (`determiner`: "a"/"the" before it)."""
    out = []
    n1 = (first or "").lower()
    if "’" in n1:
        n1 = n1.replace("’", "'")
    out.append("n1:" + n1)
    cls = _CLASS.get(n1)
    if cls is not None:
        out.append("n1c:" + cls)
        if cls == "role" and determiner:
            out.append("det:role")  # "a Halcyon analyst": the name qualifies a role
    if second:
        n2 = second.lower()
        out.append(f"n2:{n1} {n2}")
        cls2 = _CLASS.get(n2)
        if cls2 is not None:
            if n1 == "'s":
                out.append("poss:" + cls2)  # "Nordvik's chief executive"
            elif cls2 == "role" and n1.isalpha() and n1 not in _ARTICLES:
                out.append("n2c:role")  # "Halcyon chief economist"
                if determiner:
                    out.append("det:role")
        if cls == "say":
            pronoun = _PRONOUNS.get(n2)
            if pronoun is None and n2 == "that" and third:
                pronoun = _PRONOUNS.get(third.lower())
            if pronoun is not None:
                out.append("said:" + pronoun)  # "Zentrix said it would"
    return tuple(out)
