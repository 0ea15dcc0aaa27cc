"""Word-level tests the tense reader (`briefing.facts.date_context`) applies around a verb:
whether the word before it can be its plural subject ("the unions meet on Monday"), and
whether "have" follows a modal ("may have died on Monday")."""

from __future__ import annotations

from briefing.facts.lexicon import FUNCTION_WORDS

_PLURAL_PRONOUNS = frozenset("they we you both who".split())


def plural_subject(word: str) -> bool:
    """Whether `word`, right before a verb, can be its plural subject: a name ("Rovers host"),
    a plural noun ("the unions meet") or a pronoun; not "television host", "to meet"."""
    if word.lower() in _PLURAL_PRONOUNS:
        return True
    if word[:1].isupper() and word not in FUNCTION_WORDS:
        return True
    word = word.lower()  # ("Voters go to the polls": a plural noun opening the sentence)
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def following_have(words: list[str], i: int) -> bool:
    """Whether "have" (or "not have") follows the word at `i`."""
    after = [w.lower() for w in words[i + 1 : i + 3]]
    return after[:1] == ["have"] or after == ["not", "have"]
