"""The subject of a sentence that opens with a person described, whose name the text gives
in a relative clause ("Her neighbour, a seller who gave her name only as Rosnah, was less
convinced"): that name, for a "he" or "she" after it. Used by
`briefing.facts.antecedents`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.named_as import GAVE_NAME

if TYPE_CHECKING:
    from briefing.facts.attribution import Attributor

# After the name: the relative clause closes, and the main clause's verb follows.
_CLAUSE_GOES_ON = lazy(r",\s+(?:also\s+|then\s+)?[a-z]+")


def gave_name_subject(att: Attributor, sentence: tuple[int, int]) -> str | None:
    """The name the described subject of `sentence` gave ("One of them, a developer in Lagos
    who gave his name only as Chidi, said ..."), when the sentence names nobody else."""
    lo, hi = sentence
    if "only as " not in att.body[lo:hi] and "name as " not in att.body[lo:hi]:
        return None
    gave = GAVE_NAME.search(att.body, lo, min(hi, lo + 200))
    if gave is None or not _CLAUSE_GOES_ON.match(att.body, gave.end(), hi):
        return None
    people = [m for m in att.mentions_in(lo, hi) if m[2] == "person"]
    if not people or people[0][0] != gave.start(1) or any(m[3] != people[0][3] for m in people):
        return None
    return people[0][3]
