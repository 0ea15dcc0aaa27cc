"""A quotation about the person a "he said" would give it to: that person is its topic.

`Tom Vane was arrested on Monday. "He is a danger to everyone," he said.`: the quotation
speaks of "he", and the only man the text has in view is Tom Vane; a man does not speak of
himself as "he", so the words are somebody else's (an unnamed officer's) and the speaker is
left empty. When anybody else is in view (another name, a role or kin word: "X praised his
deckhand. "He never missed a day," he said."), or the person has been quoted just before
(then "he" is whoever that person was speaking of), the pronoun is resolved as usual.
"""

from __future__ import annotations

from typing import Any

from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.phrases import WORD
from briefing.facts.speech import word_gender

_POSSESSIVES = frozenset(("his", "her", "their"))
_OPENERS = {"he": ("He ", "He'", "He’"), "she": ("She ", "She'", "She’")}


def quote_is_about(
    att: Any, phrase: tuple | None, found: str | None, s_lo: int, quote: tuple
) -> bool:
    """Whether the quotation at `quote`, framed by a pronoun `phrase` ("he"/"she") that
    resolves to `found`, opens by speaking of that pronoun while nobody but `found` is in view
    in its sentence and the one before, and `found` did not speak the quotation before."""
    if found is None or phrase is None or phrase[0] != "pronoun" or phrase[1] not in _OPENERS:
        return False
    pronoun = phrase[1]
    body = att.body
    if not body.startswith(_OPENERS[pronoun], quote[0]):
        return False
    if att.previous is not None and att.previous[0] == found:
        return False
    prev = att.previous_sentence(s_lo)
    lo = prev[0] if prev is not None else s_lo
    hi = att.sentence(quote[1])[1]
    for m in att.mentions_in(lo, hi):
        if m[2] == "person" and not att.same(m, found):
            return False
    words = WORD.findall(body, lo, quote[0] - 1) + WORD.findall(body, quote[1] + 1, hi)
    for word in words:  # (outside the quotation: "..., he said of his late father")
        low = word.lower().strip(".’'")
        if low in _POSSESSIVES or (low in ROLE_NOUNS or word_gender(low)) and word.islower():
            return False  # (a relation or a role in view: "X praised his deckhand")
    return True
