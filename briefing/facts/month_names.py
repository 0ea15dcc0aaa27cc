"""A month's name that the text also uses as a month is no one's name: "a quake in April ...
April's quake" (not "April Kessler", a run of its own). Used by `briefing.facts.entity_types`
before the classifier makes a person of a lone month's name."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# "April" and the other months that are given names too ("June", "August"); "May" is a
# surname as well ("Theresa May") and is left to the classifier.
_MONTH_NAMES = frozenset(("April", "June", "July", "August", "January", "March"))
# Every month's name, which the type model may take for a place ("in January's vote").
MONTH_WORDS = frozenset(
    "January February March April May June July August September October November December".split()
)
# A month's cue before it: "in April", "since June", "last August", "the April quake".
_MONTH_CUE = lazy(
    r"(?:\b(?:in|since|until|till|by|from|through|of|last|next|early|late|this|the|The)\s+"
    r"|\bmid-)$"
)


def used_as_month(body: str, name: str) -> bool:
    """Whether `name`, a lone month's name, is a month somewhere in `body` ("in April")."""
    if name not in _MONTH_NAMES:
        return False
    at = body.find(name)
    while at >= 0:
        if _MONTH_CUE.search(body, max(0, at - 9), at) is not None:
            return True
        at = body.find(name, at + 1)
    return False
