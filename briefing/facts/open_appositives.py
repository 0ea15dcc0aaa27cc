"""A speaker's appositive left open before the verb: `X, an author of the report says, "..."`
(the comma that should close it after "report" missing) still names X, when X opens the
sentence and the appositive is an indefinite description with no verb of its own."""

from __future__ import annotations

from briefing.facts.attribution import Attributor, Phrase
from briefing.facts.lazy_re import lazy
from briefing.facts.speech import VERB

# ", an author of the report", ", a member of the panel": "a" or "an", then up to eight
# words without a comma.
_OPEN_DESCRIPTION = lazy(r",\s+(?:an?|one\s+of\s+the)\s+[a-z][\w’'-]*(?:\s+[\w’'.-]+){0,7}\s*")


def open_appositive(att: Attributor, s_lo: int, lo: int, hi: int) -> Phrase | None:
    """The person named at the start of the subject body[lo:hi] of a sentence opening at
    `s_lo`, when what follows the name up to the verb is an open indefinite appositive."""
    start = att._skip_fronted(s_lo, hi)
    while lo < hi and att.body[lo] in " \t":
        lo += 1
    if lo != start:
        return None
    named = att.mentions_in(lo, hi)
    if not named or named[0][0] != lo or named[0][2] != "person":
        return None
    tail = _OPEN_DESCRIPTION.fullmatch(att.body, named[0][1], hi)
    if tail is None or VERB.search(att.body, named[0][1], hi):
        return None
    if any(m[2] == "person" for m in named[1:]):
        return None
    return ("mention", named[0])
