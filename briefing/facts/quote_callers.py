"""A person who calls something by a quoted word, the object after it: `Kallio also called
"historic" a decision by Japan to ...` - the verb "called" with its subject before it, not
the naming "also called" of a thing (`The Saimaa canal, also called "the blue road"`)."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

Mention = tuple[int, int, str, str]

# "also called" (or "often", "sometimes" ...) right before the opening mark.
_ADVERB_CALLED = lazy(r"\s+(?:also|often|sometimes|widely|commonly|popularly)\s+called\s*$")
# The object the quoted word describes, right after the closing mark: `"historic" a decision`.
_OBJECT_AFTER = lazy(r"\s+(?:a|an|the|his|her|its|their|this|that|these|those)\s+[a-z]")
_PRONOUN_BEFORE = lazy(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)$")


def person_calls(body: str, mentions: list[Mention], open_mark: int, close_end: int) -> bool:
    """Whether the quotation at `open_mark` is the word a person calls an object by: a person
    named (or "he", "she", "they") right before "also called", and a noun phrase after the
    closing mark."""
    called = _ADVERB_CALLED.search(body, max(0, open_mark - 30), open_mark)
    if called is None or _OBJECT_AFTER.match(body, close_end) is None:
        return False
    at = called.start()
    if _PRONOUN_BEFORE.search(body, max(0, at - 4), at):
        return True
    return any(m[1] == at and m[2] == "person" for m in mentions)
