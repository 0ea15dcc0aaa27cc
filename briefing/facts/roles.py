"""A person's role as the text states it, read from the words around the name."""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.facts.lexicon import (
    HONORIFICS,
    ORG_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
)

_WORD = re.compile(r"[\w’'.-]+")
_APPOSITION = re.compile(
    r",\s+(?P<role>(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w’'.&-]+\s+){0,6}?[\w’'-]+)\s*(?=[,.;:)—–]|\s+(?:who|whose|said|says|and|told)\b)"
)
_ROLE_PREPOSITIONS = frozenset("at of for with in from".split())
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_STOP_BEFORE = frozenset(
    "the a an and or but of in on at by for with to from as said says that after before "
    "when while since until during against about under over into than then where because "
    "if though although who whom which including between among amid like".split()
)


# A role is never "Its spokesperson" or "his lawyer": the pronoun points elsewhere in the text.
POSSESSIVES = frozenset("its his her their our my your".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-ZÀ-Þ])|\n")


def possessive(role: str | None) -> bool:
    """True when `role` starts with a possessive pronoun ("Its spokesperson")."""
    return bool(role) and role.split(None, 1)[0].lower() in POSSESSIVES  # type: ignore[union-attr]


def resolve_possessive(
    role: str, body: str, position: int, names: list[tuple[str, str, list[str]]]
) -> str:
    """ "Its spokesperson" -> "Aigües de Barcelona spokesperson" when the only name before
    the pronoun (at `position`) in its sentence, or else in the sentence before, is one
    organisation; else the role without its pronoun ("spokesperson").

    `names` are (kind, canonical name, surfaces) of the body's organisations and places:
    a later mention of an organisation is not always among its spans, so the text is
    searched for each surface."""
    pronoun, _, rest = role.partition(" ")
    rest = rest.strip()
    if pronoun.lower() != "its" or not rest:
        return rest or role
    window_start = max(0, position - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(body, window_start, position + 1)]
    # The names before the pronoun in its own sentence, else those of the sentence before.
    starts = [window_start, *ends]
    named = _names_in(body[starts[-1] : position], names)
    if not named and len(starts) >= 2:
        named = _names_in(body[starts[-2] : starts[-1]], names)
    if len(named) == 1:
        kind, name = next(iter(named))
        if kind == "org":
            return f"{name} {rest}"
    return rest


def _names_in(text: str, names: list[tuple[str, str, list[str]]]) -> set[tuple[str, str]]:
    """(kind, name) of each of `names` whose surface occurs in `text` as whole words."""
    hits = [
        (m.start(), m.end(), kind, name)
        for kind, name, surfaces in names
        for surface in set(surfaces)
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    ]
    # A name inside a longer one ("Bavarian" in "Bavarian Hospital Association") is not named.
    return {
        (kind, name)
        for start, end, kind, name in hits
        if not any(a <= start and end <= b and b - a > end - start for a, b, _, _ in hits)
    }


_ROLE_PREFIXES = frozenset(("vice", "co", "deputy", "ex", "assistant", "acting"))
# Endings of the names of professions: "glaciologist", "geographer", "physician", "physicist",
# "scientist", "journalist", "activist", "economist".
_ROLE_SUFFIXES = ("ologist", "ographer", "ician", "icist", "ntist", "alist", "ivist", "nomist")


@lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """A role noun, also after a prefix: "vice-chair", "co-founder", "ex-minister" (memoised
    for the process: it reads only the word and the shipped lists, and the same words recur)."""
    low = word.lower().strip(".,")
    if low in ROLE_NOUNS or low.endswith(_ROLE_SUFFIXES):
        return True
    prefix, _, rest = low.partition("-")
    return prefix in _ROLE_PREFIXES and rest in ROLE_NOUNS


# Units and staff of a body, before "at" its name ("the emergency department at").
_STAFF_WORDS = frozenset(("department", "specialist", "specialists", "staff", "fellow"))


def works_at(word: str) -> bool:
    """Whether `word`, right before "at" a building's name, is someone's job or a unit of the
    body there ("a pulmonologist at", "the emergency department at"): the building is then
    the body that employs them, not where something happens."""
    low = word.rstrip(",").lower()
    return is_role(low) or is_role(low.removesuffix("s")) or low in _STAFF_WORDS


def a_title(words: list[str]) -> bool:
    """Words ending in one person's role, no body's head ("Ranking Member", "Humanitarian
    Coordinator", "Town Trustee"): a title, not an organisation ("The Observer", "Court of
    Justice" are ones)."""
    return (
        len(words) >= 2
        and words[-1] not in ORG_HEADS
        and words[0] != "The"
        and "of" not in words
        and (is_role(words[-1]) or words[-1].endswith("ator"))
    )


def role_after(body: str, end: int) -> str | None:
    """ "X, the Kremlin spokesman," -> "Kremlin spokesman" (None when no role follows)."""
    m = _APPOSITION.match(body, end, min(len(body), end + 90))
    if m is None:
        return None
    role = m.group("role")
    words = role.split()
    if not words:
        return None
    if not any(is_role(w) for w in words[-3:]):
        # "an analyst at Fenwick Securities", "a spokesman for the ministry": the role
        # noun ends the words before the first preposition.
        cut = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS), 0)
        if not 0 < cut <= 5 or not is_role(words[cut - 1]):
            return None
    if words[0][:1].isupper() and len(words) == 1 and not is_role(words[0]):
        return None
    if words[-1][:1].isupper() and any(
        w.lower() in HONORIFICS and n[:1].isupper() for w, n in zip(words, words[1:], strict=False)
    ):
        return None  # ("Custos of Clarendon, the Honourable Dr Marcia Bryan-Wint,": a name)
    return _ARTICLE.sub("", role).strip() or None


def role_before(body: str, start: int) -> str | None:
    """ "Kremlin spokesman Dmitry Peskov" -> "Kremlin spokesman" (the word before must be a role)."""
    window = body[max(0, start - 70) : start]
    if not window.endswith((" ", ", ")):
        return None
    # Only the words since the last punctuation (a comma right before the name is the
    # inverse apposition "The Kremlin's spokesman, Dmitry Peskov").
    trimmed = window.rstrip()
    trimmed = trimmed[:-1] if trimmed.endswith(",") else trimmed
    # Most names follow an ordinary word: when the last word is plain (letters, digits,
    # hyphens, apostrophes) it is the last word found below, and not a role noun ends it.
    last = trimmed[trimmed.rfind(" ") + 1 :]
    plain = last.replace("-", "").replace("’", "").replace("'", "").replace("_", "")
    if last and (not plain or plain.isalnum()) and not is_role(last):
        return None
    cut = max(trimmed.rfind(c) for c in '.;:()!?"“”\n,—–')
    window = trimmed[cut + 1 :] + " "
    words = [(m.group(), m.start()) for m in _WORD.finditer(window)]
    if not words or not is_role(words[-1][0]):
        return None
    taken = 0
    right = ""  # the word taken just before (to the right of) this one
    for word, _ in reversed(words):
        low = word.lower()
        if low in _STOP_BEFORE or (word.islower() and low in SPEECH_VERBS):  # "wrote engineer X"
            break
        if (
            is_role(word)
            or low in ROLE_MODIFIERS
            or word[:1].isupper()
            or low.endswith(("'s", "’s"))
            # An ordinary word names the role's field right before its noun ("federal
            # employment minister"), never before another modifier ("the version finance
            # minister X presented": "version" is not part of the role).
            or (word.isalpha() and word.islower() and taken < 3 and is_role(right))
        ):
            taken += 1
            right = word
            if taken >= 5:
                break
            continue
        break
    if taken == 0:
        return None
    first = words[len(words) - taken][1]
    role = window[first:].strip().rstrip(",").strip()
    return role or None
