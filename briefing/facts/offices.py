"""One office or trade by several words, for a description that names a speaker: a story
varies the word for an office ("the mayor of X ... the district leader", "the head of the
region ... the governor", "Parliamentarian X ... the Kegalle District MP") and names a trade
by its verb ("trained by X ... the trainer")."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.phrases import has_role

_LEADERS = frozenset(("leader", "head", "governor", "mayor", "premier"))
_LAWMAKERS = frozenset(
    "mp lawmaker legislator parliamentarian congressman congresswoman assemblyman "
    "assemblywoman mla mep msp".split()
)
_LEADER_OFFICE = lazy(r"\b((?i:governor|mayor|premier)|(?i:head|leader)(?=\s+of\b))\b")
_LAWMAKER_OFFICE = lazy(r"\b((?i:" + "|".join(sorted(_LAWMAKERS)) + r"))\b")
# A description's head word, and how the words around a name give an office of its kind.
OFFICES = {
    **{word: _LEADER_OFFICE for word in _LEADERS},
    **{word: _LAWMAKER_OFFICE for word in _LAWMAKERS},
}
# Nouns for the doer of a verb, and the verb's participle ("trained by X": the trainer).
_AGENT_OF = {
    "trainer": "trained",
    "coach": "coached",
    "owner": "owned",
    "founder": "founded",
    "director": "directed",
    "producer": "produced",
    "designer": "designed",
    "architect": "designed",
    "author": "written",
    "composer": "composed",
}
# (the words before a name, up to the "|" that stands for it, end "... trained ... by")
MADE_BY = {noun: lazy(rf"\b{verb}\b[^.;:|]*\bby\s+\|") for noun, verb in _AGENT_OF.items()}
_TERRITORIES = frozenset(
    "district state regional provincial city town county municipal local".split()
)


def holds(office, text: str) -> bool:
    """Whether the words around a name give that person an office of a kind ("the mayor of
    X", "the head of the region"; not "deputy mayor", "head coach")."""
    found = office.search(text)
    return found is not None and has_role(text, found.group(1).lower(), set())


def territorial(modifiers: list[str], raw: str) -> bool:
    """Whether a description's modifiers (lower-cased; `raw` the description as written)
    name a place by its kind or its name ("the district leader", "the Yamal governor"), not
    another body ("the opposition leader")."""
    written = {w.strip(",.").lower(): w for w in raw.split()}
    return all(w in _TERRITORIES or written.get(w, "")[:1].isupper() for w in modifiers)
