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
_SHAPES = (
    (re.compile(r"^[A-Z]\.$"), "A."),
    (re.compile(r"^(?:[A-Z]\.){2,}$"), "A.A."),
    (re.compile(r"^[A-Z][A-Z0-9&]+s?$"), "AA"),
    (re.compile(r"^[A-Z][a-z’']+$"), "Aa"),
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
    if last in SITE_HEADS or first in SITE_PREFIXES:
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
    for surface in surfaces:
        if " " not in surface and surface.lower() in common:
            out.add("lower:occurs")
            break
    count = 0
    classes = _CLASS
    size = len(body)
    for start, end in spans:
        count += 1
        # (The last two words of the 40 characters before: rsplit is far cheaper than a
        # regex anchored at "$".)
        words = body[max(0, start - 40) : start].rsplit(None, 2)
        if words:
            w1 = words[-1].lower()
            if len(w1) > 1 and not w1[-1].isalnum():
                w1 = w1[-1]  # "said," -> ","; "(" stays
            out.add("p1:" + w1)
            cls = classes.get(w1)
            if cls is not None:
                out.add("p1c:" + cls)
            if len(words) > 1:
                out.add(f"p2:{words[-2].lower()} {w1}")
            if w1 in TITLE_WORDS or w1 in HONORIFICS:
                out.add("p1:title")
        else:
            w1 = ""
            out.add("p1:<s>")
        after = _AFTER.match(body, end, min(size, end + 48))
        if after is not None:
            n1 = after.group(1).lower()
            if "’" in n1:
                n1 = n1.replace("’", "'")
            out.add("n1:" + n1)
            cls = classes.get(n1)
            if cls is not None:
                out.add("n1c:" + cls)
                if cls == "role" and w1 in _ARTICLES:
                    out.add("det:role")  # "a Halcyon analyst": the name qualifies a role
            n2 = after.group(2)
            if n2:
                n2 = n2.lower()
                out.add(f"n2:{n1} {n2}")
                cls2 = classes.get(n2)
                if cls2 is not None:
                    if n1 == "'s":
                        out.add("poss:" + cls2)  # "Nordvik's chief executive"
                    elif cls2 == "role" and n1.isalpha() and n1 not in _ARTICLES:
                        out.add("n2c:role")  # "Halcyon chief economist"
                        if w1 in _ARTICLES:
                            out.add("det:role")
                if cls == "say":
                    pronoun = _PRONOUNS.get(n2)
                    if pronoun is None and n2 == "that" and after.group(3):
                        pronoun = _PRONOUNS.get(after.group(3).lower())
                    if pronoun is not None:
                        out.add("said:" + pronoun)  # "Zentrix said it would"
        if body[end : end + 1] == "-":
            out.add("n1:-")
    out.add(f"count:{min(count, 3)}")
    return out
