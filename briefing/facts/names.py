"""Small helpers on names: folding for comparison and telling name variants apart."""

from __future__ import annotations

import unicodedata
from collections.abc import Container
from functools import lru_cache

from briefing.facts.lexicon import (
    HONORIFIC_PAIR_OPENERS,
    HONORIFIC_SECONDS,
    HONORIFICS,
    NAME_PARTICLES,
)

# A name written with its initial against it, as Mongolian outlets write a patronymic's
# ("D.Tsogtbaatar", "Ts.Elbegdorj"): the token's rest after its first capital, for
# `briefing.facts.chunks` (the Mongolian "Ts", "Ch", "Sh", "Kh", "Zh" are initials too; not an
# engineer's or a geoscientist's letters, "P.Eng", "P.Geo").
GLUED_INITIAL = r"(?:[sh](?<=[TCSKZ][sh]))?\.[A-ZÀ-Þ][a-z]{3,}(?![.’'-]?\w)"


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case- and accent-insensitive key for a name ("Ó Broin" == "o broin")."""
    if text.isascii():
        return text.lower()  # (no accents, and no curly apostrophe: the same, far cheaper)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def opens_honorific(word: str) -> bool:
    """Whether `word` may open a run of honorifics (the cheap test before
    `leading_honorifics`)."""
    low = word.lower()
    return low in HONORIFICS or low in HONORIFIC_PAIR_OPENERS


def leading_honorifics(words: list[str]) -> int:
    """How many of `words` open them as honorifics: "Dr", "Datuk Dr", a pair ("Tan Sri",
    "Dato' Sri", "Toh Puan"); "Tan Ah Kow" and "Sri Mulyani" open with none."""
    n = 0
    while n < len(words):
        low = words[n].lower()
        if low in HONORIFICS:
            n += 1
        elif (
            low in HONORIFIC_PAIR_OPENERS
            and n + 1 < len(words)
            and words[n + 1].lower() in HONORIFIC_SECONDS
        ):
            n += 2
        elif n and low in HONORIFIC_SECONDS and words[n - 1].lower() in HONORIFICS:
            n += 1  # "Datuk Seri", "Datin Paduka"
        else:
            break
    return n


@lru_cache(maxsize=8192)
def name_parts(name: str) -> frozenset[str]:
    """The words of a name that can stand for it alone (no particles, no honorifics)."""
    return frozenset(
        w.strip('"“”')  # (a nickname: 'Margaret "Peggy" Albright')
        for w in name.split()
        if w.lower() not in NAME_PARTICLES and w.lower() not in HONORIFICS
    )


def same_person(a: str, b: str) -> bool:
    """Two multi-word names for one person: same surname, and the first names agree.

    "George W. Bush" / "George Bush" and "J. Smith" / "John Smith" agree; "John Smith" and
    "Peter Smith" do not, nor do "Kim Jong Un" and "Kim Jong Il".
    """
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2 or pa[-1] != pb[-1]:
        return False
    if pa[0] == pb[0]:
        return len(pa) == len(pb) or pa[-1] not in pa[:-1]
    if any(f'"{w}"' in pa for w in pb[:-1]) or any(f'"{w}"' in pb for w in pa[:-1]):
        return True  # 'Jeremy "Spike" Cohen' / "(Podcaster) Spike Cohen": by the nickname
    short, long = sorted((pa[0].rstrip("."), pb[0].rstrip(".")), key=len)
    return len(short) == 1 and long.startswith(short)


def is_suffix_name(short: str, full: str) -> bool:
    """ "Ó Broin" is the tail of "Eoin Ó Broin"; "van der Poel" of "Mathieu van der Poel", and
    so is "Van der Poel" (a particle capitalised where a sentence opens)."""
    s, f = short.split(), full.split()
    if not 1 < len(s) < len(f):
        return False
    tail = f[-len(s) :]
    return tail == s or (tail[0] in NAME_PARTICLES and [s[0].lower(), *s[1:]] == tail)


def is_given(word: str, given: Container[str]) -> bool:
    """Whether `word` is a given name, or a hyphenated one opened by one ("Jean-Luc"), also
    written with accents the lists spell without ("André", "Inés")."""
    if word in given or ("-" in word and word.split("-")[0] in given):
        return True
    return not word.isascii() and _unaccented(word) in given


@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    """`word` without its accents, its case kept ("André" -> "Andre")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The small words of names in French, Spanish, Portuguese, Italian, German and Dutch, whose
# initials those languages' acronyms keep ("Électricité du Liban (EDL)"; English drops its
# "of" and "and", so "End of Life (EOL)" is no such name).
_PARTICLES = frozenset("du de des del della di da do dos das der den van von y et und".split())


def initials_within(expansion: str, initials: str, letters: str) -> bool:
    """Whether an `expansion` with a foreign name's small words is spelt out by an acronym's
    `letters`: the same first letter, its capitalised words' `initials` in order, the
    letters of its small words left out ("Électricité du Liban" is "EL" within "EDL")."""
    if _PARTICLES.isdisjoint(expansion.split()):
        return False
    folded = fold(initials).upper()
    rest = iter(letters[1:])
    return folded[:1] == letters[:1] and all(c in rest for c in folded[1:])
