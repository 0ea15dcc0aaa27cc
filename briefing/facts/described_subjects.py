"""A definite description as the subject of a relative clause that frames a quotation: "the
premier", "the ministry" (`a rival whom the premier described as "..."`)."""

from __future__ import annotations

from briefing.facts.lexicon import ORG_HEADS
from briefing.facts.roles import is_role

_RELATIVES = frozenset(("that", "which", "whom", "who"))


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
