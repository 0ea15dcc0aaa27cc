"""A definite description as the subject of a relative clause that frames a quotation: "the
premier", "the ministry" (`a rival whom the premier described as "..."`)."""

from __future__ import annotations

import re

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ORG_HEADS
from briefing.facts.roles import is_role

_RELATIVES = frozenset(("that", "which", "whom", "who"))
# "who" as the object of a relative clause whose subject is a description: "X, who the premier
# described as ..." (a "who" before a pronoun or a name is too often the clause's subject).
_WHO_THE = lazy(r"\swho\s+(?=the\s+[a-z])(?=[^,;:]*$)")


def who_the(body: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last "who" in body[lo:hi] that a "the" description follows (`_WHO_THE`), or None."""
    if " who the " not in body[lo:hi]:
        return None
    return _WHO_THE.search(body, lo, hi)


def definite_description(phrase: tuple, opener: str) -> bool:
    """Whether `phrase`, opened by `opener` (the relative word or subordinator before it), is
    a definite description of one person or body ("the premier", "the ministry") as the
    subject of a relative clause ("a plan which the ministry called "..."", "a rival whom
    the premier described as "...""): resolved then as any description is, to the one named
    person or organisation it fits, or nobody. Not after a subordinator ("when the incident
    occurred, said"), nor a description of anything else."""
    if phrase[0] != "desc" or phrase[1][:1] != ["the"] or len(phrase[1]) > 4:
        return False
    if opener.strip() not in _RELATIVES:
        return False
    head = phrase[1][-1]
    return is_role(head) or head in ORG_HEADS
