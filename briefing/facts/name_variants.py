"""One person whose given name the text spells two ways ("Mohamed Farouk" in one paragraph,
"Mohammed Farouk" in a caption): the same surname, and given names that differ only in
doubled letters and vowels. Used by `briefing.facts.entities`."""

from __future__ import annotations

from functools import lru_cache

from briefing.facts.builder import Builder
from briefing.facts.draft import Draft

_VOWELS = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=4096)
def _skeleton(word: str) -> str:
    """The word's first letter and its consonants, doubled letters once ("Mohammed",
    "Mohamed" -> "mhmd")."""
    low = word.lower()
    rest = low[1:].translate(_VOWELS)
    out = low[0]
    for ch in rest:
        if ch != out[-1]:
            out += ch
    return out


def fold_spelling_variants(builder: Builder) -> None:
    """Fold the later-named of two spellings of one person's name into the first (one pass,
    keyed by surname and skeleton: a megabyte of capitalised words has thousands of names)."""
    candidates = []
    for person in builder.people:
        words = person.name.split()
        if len(words) == 2:
            skeleton = _skeleton(words[0])
            if len(skeleton) >= 3:
                candidates.append((person, (words[1], skeleton)))
    if len({key for _, key in candidates}) == len(candidates):
        return  # (no surname and skeleton twice: nothing to fold, no sort)
    first_of: dict[tuple[str, str], Draft] = {}
    for person, key in sorted(candidates, key=lambda c: min(c[0].spans, default=(0, 0))):
        first = first_of.setdefault(key, person)
        if first is not person and first.name != person.name:
            builder.drop_person(person)
            for span in person.spans:
                first.add(builder.body[span[0] : span[1]], span)
