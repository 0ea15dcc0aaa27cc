"""Broadcasters named by their call letters and the channel they are on ("KXVN 9 News",
"WESH 2"): American stations brand themselves so, and the number is part of the name."""

from __future__ import annotations

import re

from briefing.core.facts import Span
from briefing.facts.lexicon import KNOWN_ORGS, common_words

# A station's call letters: K or W and three more capitals (an optional "-TV" after).
_CALL = re.compile(r"[KW][A-Z]{3}(?:-TV)?$")
# Its channel after it, and "News" when the newsroom is named ("KXVN 9 News"); not a score, a
# time, a share or a larger number ("2-1", "9:30", "7%", "7.5").
_CHANNEL = re.compile(r" \d{1,2}(?![\d,:%/-]|\.\d)(?: News\b)?")
# A lower-case word after the number.
_NEXT_WORD = re.compile(r" ([a-z]+)")
# What a newsroom does, after its name ("KSRN 7 reports"): verbs, no plural nouns.
_NEWSROOM_VERBS = frozenset(("says", "reports", "learns", "confirms", "asks", "obtains"))


def channel_name(body: str, span: Span, text: str) -> tuple[Span, str]:
    """The station's name with its channel when call letters run on into one ("told KSRN 7
    they paid"): the span and text to keep; else `span` and `text` as they were. Not a count
    after a body's initials ("WNBA 12 teams": a plural noun after the number)."""
    if _CALL.match(text) is None or text in KNOWN_ORGS:
        return span, text
    m = _CHANNEL.match(body, span[1])
    if m is None:
        return span, text
    word = _NEXT_WORD.match(body, m.end())
    if word is not None:
        noun = word.group(1)
        if noun.endswith("s") and noun[:-1] in common_words() and noun not in _NEWSROOM_VERBS:
            return span, text
    end = m.end()
    return (span[0], end), body[span[0] : end]
