"""Quoted words further on in the clause a speaker reports: `He said the U.S. committed a
package, including "A," while Canada offered support "B."` - B stands in what he said, like
A, when nothing between them frames it as anybody else's words (no verb of saying or stance,
no new sentence, no person named, no name opening a coordinated clause)."""

from __future__ import annotations

from briefing.facts.attribution import Attributor
from briefing.facts.lazy_re import lazy
from briefing.facts.quote_marks import Segment
from briefing.facts.speech import VERB

# How far the quotation may stand from the one before it in the reported clause.
_MAX_GAP = 160


def reported_clause_speaker(
    att: Attributor,
    previous: Segment | None,
    last: tuple[int, str | None, bool],
    s_lo: int,
    open_mark: int,
) -> str | None:
    """The speaker of the quotation before (`previous`, kept as `last`: close, speaker,
    framed) when it is in the same sentence, its speaker's verb of saying comes before it,
    and the stretch between the two quotations frames nothing of its own."""
    close, speaker, framed = last
    if previous is None or speaker is None or not framed or close < s_lo or close != previous[3]:
        return None
    body = att.body
    if open_mark - close > _MAX_GAP or "\n" in body[close:open_mark]:
        return None
    if VERB.search(body, close, open_mark) or VERB.search(body, s_lo, previous[2]) is None:
        return None
    for m in att.mentions_in(close, open_mark):
        # Another person, or a name opening a clause coordinated with the speaker's ("...
        # and Mayor X would work with officials "..."), may be whose words these are.
        # (A person after a preposition is no subject: `a "formal update" from X`.)
        if _AND_BEFORE.search(body, close, m[0]) or (
            m[2] == "person" and not _PREPOSITION_BEFORE.search(body, close, m[0])
        ):
            return None
    return speaker


_AND_BEFORE = lazy(r"\b(?:and|but|or)\s+(?:the\s+)?$")
_PREPOSITION_BEFORE = lazy(r"\b(?:from|by|to|with|for|of|about|on|against|at)\s+$")
