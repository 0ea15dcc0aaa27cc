"""The person a "he" or "she" stands for when the sentences right before it speak of nobody
("Lena Marsh won the award. The ceremony was held in Paris. The hall was full. "...," she
said"): the subject of the last sentence before them that has one. Used by
`briefing.facts.antecedents` when the sentence before has no subject that fits."""

from __future__ import annotations

from typing import Any

from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.phrases import WORD
from briefing.facts.sexes import OBJECT_OF
from briefing.facts.speech import PRONOUNS, word_gender

# How many sentences that speak of nobody may stand between the pronoun and its antecedent.
_MOST_BETWEEN = 2


def _of_nobody(att: Any, sentence: tuple[int, int], sex: str) -> bool:
    """Whether a sentence speaks of no person a pronoun of `sex` may stand for: no role word
    of no sex or of that sex ("his coach", "a woman"), and no pronoun of that sex unless the
    sentence names nobody ("Neighbours helped her clean up", "Her plan would save"; not "Ana
    Silva hugged him"). Words and pronouns of the other sex are somebody else ("Her husband
    works there" before "she")."""
    unnamed = not any(m[2] == "person" for m in att.mentions_in(*sentence))
    for word in WORD.findall(att.body, sentence[0], sentence[1]):
        lowered = word.lower().strip(".’'")
        pronoun = PRONOUNS.get(OBJECT_OF.get(lowered, lowered))
        if pronoun == sex:
            if unnamed:
                continue
            return False
        found = word_gender(lowered)
        if found == sex or found is None and lowered in ROLE_NOUNS:
            return False
    return True


def earlier_subject(att: Any, prev: tuple[int, int], lo: int, sex: str) -> str | None:
    """The person subject of a sentence before `prev` (up to `_MOST_BETWEEN` sentences back),
    when every sentence between speaks of nobody a pronoun of `sex` at `lo` may stand for and
    has no subject of its own, and nobody else of that sex is named from that subject to
    `lo` (`att`: an Attributor)."""
    sentence = prev
    for _ in range(_MOST_BETWEEN):
        if not _of_nobody(att, sentence, sex):
            return None
        before = att.previous_sentence(sentence[0])
        if before is None:
            return None
        found = att.subject(before[0], before[1], 1)
        if found is not None:
            if not att._fits(found, sex):
                return None  # (another subject: "The company said ...")
            for m in att.mentions_in(before[0], lo):
                if (
                    m[2] == "person"
                    and not att.same(m, found[0])
                    and att.gender(m[3]) in (None, sex)
                ):
                    return None
            return found[0]
        sentence = before
    return None
