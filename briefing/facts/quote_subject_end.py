"""Where the subject of a verb of saying ends before the verb: without the adverbs and
auxiliaries between them ("also", "has", "specifically"), a time ("X on Monday told", "X this
week said"), an aside set off by commas ("Acme has, in a statement, urged") or the "went on to"
and "took to Twitter to" before the verb; and the subject of a participle after "by" in an inner
clause ("where X begins by asserting"); and the subject of a clause joined by "and" before the
verb ("There was a row and X said"). Used by `briefing.facts.quote_frames`."""

from __future__ import annotations

from typing import Any

from briefing.facts.lazy_re import lazy
from briefing.facts.quote_context import plain_titles
from briefing.facts.speech import BETWEEN_SUBJECT_AND_VERB, TIME_BEFORE_VERB

_WENT_ON = lazy(r"\s+(?:went|goes|go|had\s+gone)\s+on\s+to\s*$")
_TOOK_TO = lazy(
    r"\s+(?:took|takes|had\s+taken)\s+to\s+(?:Twitter|Facebook|Instagram|YouTube|X|social\s+media"
    r"|the\s+airwaves|the\s+stage|the\s+podium)\b[^,;:\"“]{0,40}?\s+to\s*$"
)
# A participle of speaking and its place or audience, with no commas ("X speaking to the
# council called", "X writing in the Times said").
_SPEAKING = lazy(
    r"\s+(?:speaking|writing|testifying|appearing)\s+(?:to|at|on|in|before|with)\s[^,;:]{1,60}$"
)
# A prepositional phrase set off by commas right before the verb ("has, in a statement,").
_ASIDE_BEFORE_VERB = lazy(r",\s*(?:in|on|at|during|through|via|by)\s+[^,]{1,40},\s*$")


def subject_end(body: str, lo: int, hi: int) -> int:
    """End of the subject before its verb, without "also", "later", "has"."""
    went_on = _WENT_ON.search(body, lo, hi)
    if went_on is None and "took to " in body[lo:hi]:
        went_on = _TOOK_TO.search(body, lo, hi)  # "X took to Twitter on Monday to say"
    if went_on is not None:  # "Smith went on to add", "he later went on to say"
        hi = went_on.start()
    if "ing " in body[lo:hi]:
        speaking = _SPEAKING.search(body, lo, hi)
        if speaking is not None:  # "X speaking to the council called": X
            hi = speaking.start()
    aside = _ASIDE_BEFORE_VERB.search(body, lo, hi)
    if aside is not None:  # "Acme has, in a statement, urged": the aside is no subject
        hi = aside.start()
    for _ in range(2):  # (then a time before them: "X on Monday also told")
        words = body[lo:hi].rstrip().split(" ")
        while words and (
            words[-1].lower() in BETWEEN_SUBJECT_AND_VERB
            or (words[-1].endswith("ly") and words[-1].islower() and len(words) > 1)
        ):
            words.pop()  # "also", "has", "specifically"
        hi = lo + len(" ".join(words))
        when = TIME_BEFORE_VERB.search(body, lo, hi) if hi - lo > 12 else None
        if when is None or when.start() <= lo:
            break
        hi = when.start()  # "X on Monday told", "X this week said": the subject before it
    return hi


# The subject of an inner clause whose verb goes on "by" a participle ("where X begins by").
_BY_DOING = lazy(
    r"\b(?:where|when|while|and|but)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
    r"\s+(?:[a-z]+\s+)?[a-z]+\s+by\s+$"
)


def by_doing(body: str, lo: int, hi: int) -> tuple | None:
    """`..., where X begins by asserting "..."`, `..., and X responded by saying`: the frame
    ("np", X's span, True) of the participle at `hi`, whose subject is the inner clause's."""
    found = _BY_DOING.search(body, lo, hi) if body.endswith("by ", lo, hi) else None
    return None if found is None else ("np", found.start("who"), found.end("who"), True)


# The last "and" or "but" of a frame, joining a clause of its own to the one before ("There
# was a suspicion of handball and X said"), with no comma or colon after it.
_AND_CLAUSE = lazy(r",?\s(?:and|but)\s+(?=[^,;:]*$)")
# A finite verb in the clause before it: a clause, not a list of names ("Acme and X said").
_FINITE = lazy(r"\b(?:was|were|is|are|had|has|did|could|would|will|[a-z]{3,}ed)\b")
# A relative or reported clause before it may take the name as its object ("The man who hit
# X and Y said", "Fans said Acme and Y told"): the subject of the verb is unclear.
_NOT_OWN_CLAUSE = lazy(
    r"\b(?:who|whom|whose|which|that|said|says|told|tells|when|if|whether|as|than|between|both)\b"
)


def joined_subject(att: Any, lo: int, hi: int) -> tuple | None:
    """`There was a suspicion of handball and X said: "..."`: the frame ("np", X's span, True)
    when the phrase before a verb of saying is a clause of its own, then "and" or "but" and
    a name (titles before it); else None (`att`: an Attributor)."""
    body = att.body
    joins = (
        list(_AND_CLAUSE.finditer(body, lo, hi))
        if " and " in body[lo:hi] or " but " in body[lo:hi]
        else []
    )
    joined = joins[-1] if joins else None
    if joined is None or joined.start() <= lo:
        return None
    if not _FINITE.search(body, lo, joined.start()) or _NOT_OWN_CLAUSE.search(
        body, lo, joined.start()
    ):
        return None
    found = att.phrase(joined.end(), hi, before_verb=True)
    if found is None or found[0] != "mention" or found[1][2] not in ("person", "org"):
        return None
    if not plain_titles(body, joined.end(), found[1][0]):
        return None
    return ("np", joined.end(), hi, True)
