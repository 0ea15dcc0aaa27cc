"""When an organisation's name with a noun after it is the organisation itself speaking.

"His Velta Racing team said", "the Brightwater club said", "the Acme company said": the noun
names what the organisation is, so the organisation speaks. Nouns that may name a second body
beside it ("the Ford union", "the BBC studio") are left out.
"""

from __future__ import annotations

from briefing.facts.speech import MEDIA

SELF_NOUNS = frozenset(
    "team club party company firm group campaign agency ministry newspaper website".split()
)


# A document an organisation writes in its own voice ("the Acme statement said"); an outlet's
# report gives others' words (issue 13), its analysis or editorial its own view.
_OWN_DOCUMENTS = frozenset("statement report analysis release letter editorial".split())
_OUTLETS_OWN = frozenset(("analysis", "editorial"))


def org_itself(kind: str, suffix: str, name: str = "") -> bool:
    """Whether `suffix`, the text after an organisation's name in a subject phrase, is one
    noun saying what the organisation is ("team", "club") or a document it wrote in its own
    voice ("statement", "report"; of an outlet, its "analysis" or "editorial" only)."""
    words = suffix.split()
    if kind != "org" or len(words) != 1:
        return False
    noun = words[0].lower()
    if noun in _OWN_DOCUMENTS:
        return noun in _OUTLETS_OWN or MEDIA.search(name) is None
    return noun in SELF_NOUNS
