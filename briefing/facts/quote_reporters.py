"""A reporter named as the speaker of a report: `Herald reporter Dana Whitfield, who was in the
town, reported: "I felt the floor move"` gives the reporter's own words, not an outlet's
account of somebody else's (`Reuters reported that the firm would "..."`)."""

from __future__ import annotations

from briefing.facts.attribution import Attributor


def reporter_speaks(att: Attributor, direct: bool, lo: int, hi: int) -> bool:
    """Whether the subject body[lo:hi] of "reported" is a person named after the outlet's
    name (a reporter, a correspondent) and the quotation follows the verb directly ("reported:
    "...""), so that the words are that person's."""
    if not direct:
        return False
    phrase = att.phrase(lo, hi, before_verb=True)
    return phrase is not None and phrase[0] == "mention" and phrase[1][2] == "person"
