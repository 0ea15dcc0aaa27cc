"""Verbs of saying in a quotation's frame that are not its speaker's: the verb of a clause
reported by the subject, whose own subject is a finding ("the results suggested"), somebody
spoken to ("staff were being asked to "..."") or a thing ("the findings added to "...""). The
frame is then the verb of saying before it (`briefing.facts.quote_frames.before_frame`)."""

from __future__ import annotations

import re

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_NOUNS
from briefing.facts.speech import ORG_HEADS, QUOTE_VERBS, SPOKES

_REPORTING_FINDINGS = frozenset(
    "suggested suggests showed shows indicated indicates estimated estimates predicted predicts".split()
)
# A passive auxiliary right before the verb ("were being asked", "had been told").
_PASSIVE = lazy(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
# An infinitive after it: what somebody was asked or told to do ("asked to provide care").
_TO_DO = lazy(r"\s+to(?:\s+[a-z]|\s*$)")
_SELF = lazy(r"\b(?:he|she|I|we|they)\s+(?:had\s+|has\s+|have\s+)?$")
_ADD = frozenset(("add", "adds", "added", "adding"))
_WORD_BEFORE = lazy(r"\b([a-z]{3,})\s+$")
_NOT_FINITE = frozenset(
    "was were are been being and but then also while after before when without for from by"
    " with into about".split()
)
# Verbs of saying that a thing may be the subject of ("the trial threatens the country's
# "honor"", "the move underlines its "..."").
_THING_VERBS = frozenset("threatens threatened underlines underlined underscores".split())
# A reported clause whose subject is a plain description ("that the trial threatens").
_THAT_THING = lazy(
    r"\bthat\s+(?:the|a|an|this|its|their|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s+"
    r"(?:[a-z-]+\s+){0,2}?([a-z]+)\s+$"
)  # ("that X's trial threatens")
# "added to a growing body", "adds to the pressure": to grow, not to say more (but "added to
# reporters" is said).
_ADD_TO = lazy(r"\s+to\s+(?!reporters\b|journalists\b|(?:the\s+)?(?:press|media|crowd)\b)")


def not_the_speakers(frame: str, verb: re.Match[str]) -> bool:
    """Whether the verb of saying that ends `frame` (the text before a quote) belongs to a
    clause the subject reports rather than to the subject."""
    word = verb.group()
    if word in _REPORTING_FINDINGS:
        return True  # "X told the Post the results suggested ...: "...""
    if word.endswith("ing") and word not in QUOTE_VERBS:
        # "he considered addressing property taxes the "..."": a gerund object, not a verb
        # of the clause (but "was addressing the crowd", ", criticizing the plan")
        before = _WORD_BEFORE.search(frame, max(0, verb.start() - 20), verb.start())
        return before is not None and before.group(1) not in _NOT_FINITE
    if word in _THING_VERBS:
        thing = _THAT_THING.search(frame, max(0, verb.start() - 60), verb.start())
        return thing is not None and thing.group(1) not in ROLE_NOUNS | SPOKES | ORG_HEADS.keys()
    if word in _ADD:
        return _ADD_TO.match(frame, verb.end()) is not None
    passive = _PASSIVE.search(frame, 0, verb.start())
    return (
        passive is not None
        and _TO_DO.match(frame, verb.end()) is not None
        # ("X said she was told to "keep quiet"": words X heard, somebody else's)
        and _SELF.search(frame, 0, passive.start()) is None
    )
