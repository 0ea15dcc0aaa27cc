"""Somebody a cause makes speak: "The backlash led Biden to say "..."", "The criticism
prompted the minister to tweet: "..."": the words are those of the one led or prompted to
speak, the object before "to". Used by `briefing.facts.quote_frames`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# A cause that makes somebody speak: "led X to say", "prompted the minister to tweet".
_CAUSED_TO = lazy(
    r"\b(?:led|leads|prompted|prompts|forced|forces|caused|causes|moved|pushed|compelled"
    r"|inspired)\s+(?P<who>[^,;:\"“”]{2,60}?)\s+to\s+(?:publicly\s+)?(?:say|tweet|write|add"
    r"|admit|express|declare|state|explain|acknowledge|warn|concede|respond|reply|post|quip"
    r"|remark|insist|apologi[sz]e)\s*[,:]?\s*$"
)
_CAUSED_WORDS = ("led ", "leads ", "prompt", "forc", "caus", "moved ", "pushed ", "compelled ")


def made_to_speak(frame: str, body: str, lo: int, open_mark: int) -> tuple | None:
    """("np", lo, hi, False) of the one made to speak in body[lo:open_mark] (`frame`: the
    text before the quote, for a cheap test first), or None."""
    if " to " not in frame[-40:] or not any(word in frame for word in _CAUSED_WORDS):
        return None
    caused = _CAUSED_TO.search(body, lo, open_mark)
    return None if caused is None else ("np", caused.start("who"), caused.end("who"), False)
