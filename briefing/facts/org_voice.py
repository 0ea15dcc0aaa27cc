"""When an organisation's name with a noun after it is the organisation itself speaking.

"His Velta Racing team said", "the Brightwater club said", "the Acme company said": the noun
names what the organisation is, so the organisation speaks. Nouns that may name a second body
beside it ("the Ford union", "the BBC studio") are left out.
"""

from __future__ import annotations

SELF_NOUNS = frozenset(
    "team club party company firm group campaign agency ministry newspaper website".split()
)


def org_itself(kind: str, suffix: str) -> bool:
    """Whether `suffix`, the text after an organisation's name in a subject phrase, is one
    noun saying what the organisation is ("team", "club")."""
    words = suffix.split()
    return kind == "org" and len(words) == 1 and words[0].lower() in SELF_NOUNS
