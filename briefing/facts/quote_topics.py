"""A quotation about the person a "he said" would give it to: that person is its topic.

`Tom Vane was arrested on Monday. "He is a danger to everyone," he said.`: the quotation
speaks of "he", and the only man the text has in view is Tom Vane; a man does not speak of
himself as "he", so the words are somebody else's (an unnamed officer's) and the speaker is
left empty. When anybody else is in view (another name, a role or kin word: "X praised his
deckhand. "He never missed a day," he said."), or the person has been quoted just before
(then "he" is whoever that person was speaking of), the pronoun is resolved as usual.

And the other way round: when "he" could be either of two men the sentence before names, the
one the quotation names is its topic, so the speaker is the other (`the_other_one`).
"""

from __future__ import annotations

from typing import Any

from briefing.facts import speaker_trace as trace
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.phrases import WORD
from briefing.facts.sexes import anonymous
from briefing.facts.speech import PRONOUNS, word_gender

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


_NAME_WORD = lazy(r"[A-Z][\w’'-]+")


def the_other_one(att: Any, pronoun: str, lo: int, quote: tuple) -> tuple[str, str] | None:
    """`X scored on debut, and Y was happy. He said: "I am happy for X."`: of the people of the
    pronoun's sex the sentence before names (two or more: "he" alone is unclear), the one
    left when those the quotation itself names are set aside (they are its topic, not its
    speaker), as (name, "person"); None unless exactly one is left, nobody else of that sex
    is spoken of there by a word alone, and no other speaker's quotes were running."""
    sex = PRONOUNS.get(pronoun)
    if sex not in ("m", "f") or att.sentence(quote[0])[0] != lo:
        return None  # (only a pronoun that frames the quotation in its own sentence)
    prev = att.previous_sentence(lo)
    if prev is None or anonymous(att.body, *prev):
        return None
    people = {
        att.full_name(m[3])
        for m in att.mentions_in(*prev)
        if m[2] == "person" and att.gender(m[3]) in (None, sex)
    }
    if len(people) < 2:
        return None
    inside = {w for w in _NAME_WORD.findall(att.body, quote[0], quote[1])}
    left = [name for name in people if not inside & set(name.split())]
    if len(left) != 1 or att._unnamed_rival(prev, left[0], sex):
        return None
    running = att.previous is not None and att._previous_still_current(lo, "person")
    if running and att.previous[0] != left[0]:
        return None  # (another speaker's quotes were running)
    trace.step("the-other-one")
    return left[0], "person"
