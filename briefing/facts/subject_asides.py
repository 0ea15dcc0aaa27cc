"""Names that only qualify the subject of a sentence ("X of Acme", "Acme's leader, X", "X,
the head of Acme,"): no rival for a "he" or "she" after it (`briefing.facts.antecedents`)."""

from __future__ import annotations

from typing import Any

from briefing.facts.lazy_re import lazy
from briefing.facts.phrases import POSSESSIVE_S

# What joins a subject to the name it is qualified by: "X of Acme", "X of consultancy Acme".
_OF_AFTER = lazy(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:[a-z]+\s+)?")
# An appositive that describes the subject: ", the expedition leader of Acme,", ", head of
# treaty at Acme Re," (a bare role), and the name of the body it is of after it (", leader of
# the anglers' club, Kvam Fiskarlag,").
_DESCRIBED_APPOSITIVE = lazy(
    r",\s+(?:(?:the|a|an|its|his|her)\s|[a-z][\w-]*\s+(?:of|at|for|with)\s)[^,]{1,80},"
    r"(?:\s*[A-Z][^,]{1,50},)?"
)
# A relative one: ", whose twins go to Acme,".
_RELATIVE_APPOSITIVE = lazy(r",\s+(?:who|whose)\s[^,]{1,80},")

Mention = tuple[int, int, str, str]


def qualifies_subject(
    att: Any, sentence: tuple[int, int], name: str, m: Mention, reported: int
) -> bool:
    """Whether mention `m` only qualifies the subject `name` of a sentence: the owner of its
    role before it ("Acme's leader, X"), or after it an "of"/"at" phrase ("X of Acme"), a
    described appositive ("X, the head of Acme,") or, when X speaks there (`reported` >= 0),
    a relative one ("X, whose twins go to Acme, said"). `att`: an `Attributor`."""
    body = att.body
    own = [o for o in att.mentions_in(*sentence) if att.same(o, name)]
    if not own or att.same(m, name):
        return False
    lo, hi = own[0][0], own[0][1]
    if m[1] <= lo:
        return m[0] >= att._skip_fronted(*sentence) and POSSESSIVE_S.match(body, m[1]) is not None
    if _OF_AFTER.fullmatch(body, hi, m[0]) is not None:
        return True
    aside = _DESCRIBED_APPOSITIVE.match(body, hi, sentence[1])
    if aside is None and reported >= 0:
        aside = _RELATIVE_APPOSITIVE.match(body, hi, sentence[1])
    return aside is not None and m[1] <= aside.end()


def after_affiliation(att: Any, at: int, hi: int) -> int:
    """Where the "of" phrase right after a name at `at` ends ("X of New York said", "X of
    Acme said"): the end of the one place or organisation it names, else `at`."""
    of = _OF_AFTER.match(att.body, at, hi)
    if of is None:
        return at
    named = att.mentions_in(of.end(), min(hi, of.end() + 80))
    if not named or named[0][0] != of.end() or named[0][2] not in ("place", "org"):
        return at
    return named[0][1]
