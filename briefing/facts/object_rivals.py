"""Names that stand only in the object of the subject's verb ("X met with President Y.", "X
paid tribute to Y.", "X endorsed his former rival, Y."): a "he" or "she" that opens the next
sentence goes on with the subject, not with such a name (`briefing.facts.antecedents`)."""

from __future__ import annotations

from typing import Any

from briefing.facts.lazy_re import lazy

Mention = tuple[int, int, str, str]

# Right before the name: a preposition (titles between), or a description of the object
# that the name is set off after ("his former rival, Y").
_OBJECT_BEFORE = lazy(
    r"(?:\s(?:with|to|for|against|from)\s+(?:the\s+)?"
    r"|\s(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+"
    # ("remarked to the leader of the visiting delegation, Y, that ...")
    r"|\s(?:with|to)\s+the\s+[a-z-]+\s+of\s+(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?[\w.’'-]+,\s+)"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}$"
)
# Right after it: the sentence's end after a phrase of time, place or topic with no clause in
# it ("agreed with Y on the importance of the deal."), a clause of place or time ("..., where
# he"), or what the subject said to the name ("remarked to Y, that the town ...").
_OBJECT_AFTER = lazy(
    r"(?:\s+(?:on|in|at|about|over|of|during|last|this|earlier|later)"
    r"(?:\s+(?!(?:he|she|they|who|which|that|it|we|I)\b)[\w’'-]+){1,6})?\s*[.;]"
    r"|\s*(?:,\s+(?:where|when|as|after|before|during|in|on|at)\s|$)"
    r"|,?\s+that\s"
)


def object_only(att: Any, sentence: tuple[int, int], name: str, m: Mention) -> bool:
    """Whether person `m` stands only in the object of the verb whose subject is `name`,
    the name that opens the sentence (`att`: an `Attributor`)."""
    if m[2] != "person" or att.same(m, name):
        return False
    own = [o for o in att.mentions_in(*sentence) if att.same(o, name)]
    if not own or m[0] <= own[0][1]:
        return False
    subject = att.phrase(att._skip_fronted(*sentence), own[0][1], before_verb=True)
    if subject is None or subject[0] != "mention" or subject[1] != own[0]:
        return False  # (the name is not the subject that opens the sentence)
    body = att.body
    if any(mark in body[own[0][1] : m[0]] for mark in '"“”;:'):
        return False  # (a quotation or a second clause between)
    if _OBJECT_BEFORE.search(body, max(own[0][1], m[0] - 60), m[0]) is None:
        return False
    return _OBJECT_AFTER.match(body, m[1], sentence[1]) is not None
