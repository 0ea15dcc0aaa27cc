"""Names that modify the noun after them, so that the noun phrase is not the name itself: "The
Biden campaign accused" (a campaign, not Biden), "The Acme chief executive said" (a person
Acme employs, not Acme)."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.roles import is_role
from briefing.facts.speech import SPOKES

# A name that modifies the noun after it is not the subject ("The Biden campaign accused").
NAME_AS_MODIFIER = lazy(
    r"\s+(?:campaign|administration|government|camp|family|team|allies|aides|supporters"
    r"|lawyers?|attorneys?|critics|opponents|estate|foundation)\b"
)
# Up to three lower-case words after a name: the noun it may modify ("chief executive").
_NOUNS_AFTER = lazy(r"\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b")


def role_after_name(rest: str) -> bool:
    """Whether `rest`, the text after an organisation's or a place's name, opens with a
    person's role it modifies ("chief executive", "finance minister"): the phrase is that
    person, not the name. A spokesman's ("the Acme spokesman") speaks for the organisation;
    a plural ("Acme officials") is not one person."""
    m = _NOUNS_AFTER.match(rest)
    if m is None:
        return False
    for word in m.group(1).split():
        if word in SPOKES or word.endswith("s") and not word.endswith("ss"):
            return False
        if is_role(word):
            return True
    return False
