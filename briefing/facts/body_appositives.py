"""A body's noun, then its name set off by a comma: "its young farmers' wing, Jeunes
Paysans,", "the local traders' association, Ribera Comerç.", "the state's development
agency, Wirtschaftsförderung Thüringen." The name closes its own phrase (a comma or a full
stop after it), and no given name or honorific opens any of its words: "a spokeswoman for
the agency, Maria Lopez, said" and "the company, Mr Hale, said" stay people, and so does a
member named after the body ("a student on the team, Made Suarjana,"). Used by
`briefing.facts.people` (`org_noun_next_to`)."""

from __future__ import annotations

from collections.abc import Container

from briefing.facts.chunks import Chunk
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import HONORIFICS, ORG_NOUNS, TITLE_WORDS
from briefing.facts.names import is_given

_BODY_NOUNS = ORG_NOUNS | frozenset(("wing", "body", "foundation", "coalition", "alliance"))
_CLOSERS = (",", ".", ";", ")")
# Someone's place in the body before its noun: "a student on the team", "an aide at the
# firm", "a member of the local fishing club" (not "a count by the traders' association").
_MEMBER_OF = lazy(
    r"\b(?:of|on|in|at|with|for|within|inside) (?:the |its |their |his |her |our )?"
    r"(?:[\w’'-]+ ){0,3}$"
)


def named_after_body_noun(body: str, chunk: Chunk, given: Container[str]) -> bool:
    """Whether `chunk` is the name set off after a body's noun and a comma."""
    start = chunk.start
    if body[start - 2 : start] != ", " or not body.startswith(_CLOSERS, chunk.end):
        return False
    parts = body[max(0, start - 27) : start - 2].rsplit(None, 1)
    if not parts or parts[-1] not in _BODY_NOUNS:
        return False
    if _MEMBER_OF.search(body, max(0, start - 50), start - 2 - len(parts[-1])):
        return False  # ("A PhD student on the team, Made Suarjana, logged ...": a member)
    for a, b in chunk.words:
        word = body[a:b]
        low = word.lower()
        if is_given(word, given) or low in HONORIFICS or low in TITLE_WORDS:
            return False
    return True
