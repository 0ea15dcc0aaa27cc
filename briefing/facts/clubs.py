"""Sports clubs named after their town ("Leeds stun Everton", "Liverpool remain top"): in a
match report, a place that plays, hosts, beats or has a manager is the club, an organisation.

Used by `briefing.facts.entities` once the rules have typed the text's places.
"""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# Words of a match report; three different ones make the text one. (Found with `in` on the
# lower-cased text, a few microseconds; a regex over every article cost 0.3 ms.)
_SPORT_WORDS = (
    "relegation", "promotion", "half-time", "stoppage time", "equalis", "equaliz", "penalty",
    "striker", "midfielder", "goalkeeper", "defender", "winger", "goal", "league", "fixture",
    "clean sheet", "kick-off", "touchdown", "innings", "wicket", "quarter-final", "semi-final",
    "play-off", "away win", "home win", "derby",
)  # fmt: skip
# What is said of a club right after its name.
_CLUB_AFTER = lazy(
    r"(?:['’]s?)?\s+(?:manager|boss|head coach|coach|striker|goalkeeper|keeper|defender"
    r"|midfielder|winger|captain|forward|fans|supporters|squad|academy|chairman|owners)\b"
    r"|,?\s+(?:who\s+)?(?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|draws|host|hosts"
    r"|hosted|equalised|equalized|lead|leads|trail|trailed|remain|remains|climbed|climb|face"
    r"|faces|faced|travel|travels|visit|visits|scored|play|plays|sit|sits|stun|stuns|stunned"
    r"|thrashed|edged|held|battled|slumped|moved up|dropped)\b"
    r"|\s+\d{1,2}\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+\d{1,2}\b"  # "Leeds 2 Everton 1"
)
# ... or right before it.
_CLUB_BEFORE = lazy(
    r"(?:\bbeat|\bbeating|\bagainst|\bv\.?|\bvs\.?|\bhost|\bhosting|\bhosted|\bface|\bfacing"
    r"|\bfaced|\bover|\bwin at|\bdefeat at|\bdraw at|\bdraw with|\bdrew with|\blost to"
    r"|\bloss to|\bwin over|\bvictory over|\bpoints above|\bpoints below|\bpoints behind"
    r"|\bpoint above|\bpoint behind)\s+$"
    r"|\b\d{1,2}\s+$"  # "Bristol Rovers 2 Wycombe 1": the second side
)


def is_match_report(body: str) -> bool:
    """Whether the text reports a game: three different words of sport."""
    low = body.lower()
    found = 0
    for word in _SPORT_WORDS:
        if word in low:
            found += 1
            if found >= 3:
                return True
    return False


def club_mention(body: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is used as a club in a match report."""
    return (
        _CLUB_AFTER.match(body, end) is not None
        or _CLUB_BEFORE.search(body, max(0, start - 20), start) is not None
    )
