"""What the entity-type classifier sees of a candidate name: its words and shape, the shipped
word lists and gazetteer, and the words around each of its mentions in the article.

Features are plain strings ("last:labs", "n1:said", "gaz:city"); one candidate is every
mention of one name in one article, so what the rest of the article says about a name ("X
said", "X's chief executive", "shares of X", "in X") all counts toward its type.
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
    REGION_HEADS,
    SITE_HEADS,
    SITE_PREFIXES,
    TITLE_WORDS,
)

# The words right before and after a mention, lower-cased (punctuation kept as its own token).
_AFTER = re.compile(r"^\s*([’']s\b|[\w’'.&-]+|[^\w\s])\s*([\w’'.&-]+|[^\w\s])?")
_SHAPES = (
    (re.compile(r"^[A-Z]\.$"), "A."),
    (re.compile(r"^(?:[A-Z]\.){2,}$"), "A.A."),
    (re.compile(r"^[A-Z][A-Z0-9&]+s?$"), "AA"),
    (re.compile(r"^[A-Z][a-z’']+$"), "Aa"),
    (re.compile(r"^[A-Z][a-z]+[A-Z]\w*$"), "AaA"),
    (re.compile(r"^\d"), "0"),
)


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


def name_features(
    name: str,
    surfaces: Iterable[str],
    gaz: Gazetteer,
    given: frozenset[str],
    common: LowerWords,
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
        if " " not in surface:
            if surface != name:
                out.append("alone:part")
                part = gaz.get(surface)
                if part is not None:
                    out.append(f"gazpart:{part.kind}")
            if surface.lower() in common:
                out.append("lower:occurs")
    return out


def context_features(body: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """Features of the words around every mention (each feature once)."""
    out: set[str] = set()
    count = 0
    for start, end in spans:
        count += 1
        # (Splitting the 40 characters before is ~10x cheaper than a regex anchored at "$".)
        words = body[max(0, start - 40) : start].split()
        if words:
            w1 = words[-1].lower()
            if len(w1) > 1 and not w1[-1].isalnum():
                w1 = w1[-1]  # "said," -> ","; "(" stays
            out.add(f"p1:{w1}")
            if len(words) > 1:
                out.add(f"p2:{words[-2].lower()} {w1}")
            if w1 in TITLE_WORDS or w1 in HONORIFICS:
                out.add("p1:title")
        else:
            out.add("p1:<s>")
        after = _AFTER.match(body, end, min(len(body), end + 40))
        if after is not None:
            n1 = after.group(1).lower().replace("’", "'")
            out.add(f"n1:{n1}")
            if after.group(2):
                out.add(f"n2:{n1} {after.group(2).lower()}")
        if body[end : end + 1] == "-":
            out.add("n1:-")
    out.add(f"count:{min(count, 3)}")
    return out
