"""A name followed by the body it belongs to and a speech verb is a person's ("Yunus Bello of
Kano's Center for Civic Technology says ..."), however unknown the given name. Used by
`briefing.facts.people`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

_WORD = r"[A-Z][\w’'.&-]*"
# " of [the] Name ['s] Name ... (for|and|of|the lower-case joints) [,] says"
_OF_BODY_SAYS = lazy(
    rf" of (?:the )?{_WORD}(?:[’']s)?(?: (?:{_WORD}|for|and|of|the|on|de))*,?"
    r" (?:says|said|told|tells|warned|warns|added|adds|argued|argues|explained|explains"
    r"|noted|notes)\b"
)


def speaks_for_body(body: str, end: int) -> bool:
    """Whether the run ending at `end` is followed by "of <a body's name> says"."""
    return body.startswith(" of ", end) and _OF_BODY_SAYS.match(body, end, end + 120) is not None
