"""Sports clubs named after their town ("Leeds stun Everton", "Liverpool remain top"): in a
match report, a place that plays, hosts, beats or has a manager is the club, an organisation.

Used by `briefing.facts.entities` once the rules have typed the text's places, and by
`briefing.facts.late_passes` for the single words they left.
"""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# Words of a match report; three different ones make the text one. (Found with `in` on the
# lower-cased text, a few microseconds; a regex over every article cost 0.3 ms.)
_SPORT_WORDS = (
    "relegation", "promotion", "half-time", "stoppage time", "equalis", "equaliz", "penalt",
    "striker", "midfielder", "goalkeeper", "defender", "winger", "goal", "league", "fixture",
    "clean sheet", "kick-off", "touchdown", "innings", "wicket", "quarter-final", "semi-final",
    "play-off", "away win", "home win", "derby", "fly-half", "scrum-half", "sin-bin", "hat-trick",
    "referee", "team-mates", "teammates", "team-mate", "teammate", "offside", "handball",
    "scoreline", "draw with", "quarterfinal", "semifinal", "playoff", "halftime", "linebacker",
    "postseason", "basketball", "volleyball", "softball",
)  # fmt: skip
# Words of basketball, cricket, baseball, American football and rugby, read only when one of
# the words above is there (whole words: not "batteries", "beginning"; not "third quarter"
# or "overtime": business news has them too).
_MORE_SPORT_WORDS = (
    "rebounds", "three-pointer", "free throw", "bowled", " batter", "lbw", "the crease",
    " inning", "pitcher", "home run", "quarterback", "field goal", "scrum", "lineout",
    "booked:", "referee:", "subs not used", "sent off",
)  # fmt: skip
# What is said of a club right after its name.
_CLUB_AFTER = lazy(
    r"(?:['’]s?)?\s+(?:manager|boss|head coach|coach|striker|goalkeeper|keeper|defender"
    r"|midfielder|winger|captain|forward|fans|supporters|squad|academy|chairman|owners)\b"
    r"|,?\s+(?:who\s+)?(?:beat|beats|won|win|wins|lost|lose|loses|drew|draw|draws|host|hosts"
    r"|hosted|equalised|equalized|lead|leads|trail|trailed|remain|remains|climbed|climb|face"
    r"|faces|faced|travel|travels|visit|visits|scored|play|plays|sit|sits|stun|stuns|stunned"
    r"|thrashed|edged|held|battled|slumped|moved up|dropped"
    # a club takes a plural verb in British reports ("Lyon have rejected", "Celtic have been")
    r"|have (?:[a-z]+ed|been|made|won|lost|beaten))\b"
    r"|\s+\d{1,2}\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+\d{1,2}\b"  # "Leeds 2 Everton 1"
)
# ... or right before it (the last word or two before the name; a score before the second
# side: "Bristol Rovers 2 Wycombe 1").
_CLUB_BEFORE_WORD = frozenset(
    "beat beating against v v. vs vs. host hosting hosted face facing faced over".split()
)
_CLUB_BEFORE_PAIR = frozenset(
    ("win at", "defeat at", "draw at", "draw with", "drew with", "lost to", "loss to", "win over",
     "victory over", "points above", "points below", "points behind", "point above",
     "point behind",
     # a transfer ("signed from Brighton", "acquired from Ottawa in a trade")
     "signed from", "joined from", "acquired from", "loan from", "loan to", "move to")
)  # fmt: skip


def is_match_report(body: str) -> bool:
    """Whether the text reports a game: three different words of sport."""
    low = body.lower()
    found = 0
    for word in _SPORT_WORDS:
        if word in low:
            found += 1
            if found >= 3:
                return True
    for word in _MORE_SPORT_WORDS:  # (a baseball box score has none of the first list)
        if word in low:
            found += 1
            if found >= 3:
                return True
    return False


def club_mention(body: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is used as a club in a match report."""
    if _CLUB_AFTER.match(body, end) is not None:
        return True
    if start < 2 or body[start - 1] != " ":
        return False
    words = body[max(0, start - 24) : start].split()
    if not words:
        return False
    last = words[-1]
    return (
        last in _CLUB_BEFORE_WORD
        or (len(last) <= 2 and last.isdigit())
        or (len(words) > 1 and f"{words[-2]} {last}" in _CLUB_BEFORE_PAIR)
    )


# A team sheet: "Leeds: Miller; Handley, Newman, Smith, Hurrell; Croft, Sinfield; ..." (a
# side's name, "Interchanges" or "Subs", perhaps its formation, "Villa (4-2-3-1):", a colon,
# then six names or more, to a full stop).
_SHEET_LIST = lazy(
    r"(?m)(?:^|(?<=\. ))[A-Z][\w .&’'-]{1,40}(?: \(\d(?:-\d){2,4}\))?: ([A-Z][^\n:.]+)"
)
# A player: "Miller", "Tom Miller", "P Devlin" (an initial, as rugby sheets write them).
_SHEET_NAME = lazy(r"(?:[A-Z]\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?")
# A captain's or vice-captain's mark after a name: "S O'Rourke (capt)".
_SHEET_MARK = lazy(r" \((?:capt|c|captain|vc|vice-captain)\)$")
_SHEET_GAP = lazy(r"[;,] (?![^()]*\))")  # (not inside a substitution's brackets)
# A substitution after a name, with its minute: "Partey (Jorginho 78)", "(Jorginho, 78')".
_SHEET_SUB = lazy(r" \(([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),? \d{1,3}(?:\+\d{1,2})?['’]?\)$")


# Four names or more after a colon, the fewest a team sheet lists: a test cheaper than the
# sheet's own and than `is_match_report`, which it goes before (its pattern opens with ": ").
_SHEET_SHAPE = lazy(r": [A-Z][^\n:.]*?[;,] [^\n:.]*?[;,] [^\n:.]*?[;,] ")


def sheet_shaped(body: str) -> bool:
    """Whether the text has a semicolon (team sheets separate their sides' players with one)
    and a list `team_sheet_names` (with its default `least`) could take for a sheet."""
    return "; " in body and _SHEET_SHAPE.search(body) is not None


def team_sheet_names(body: str, least: int = 4) -> list[tuple[int, int]]:
    """The spans of the players' names in the text's team sheets (a list of at least six
    names, or of `least` right after one, or of three right after a sheet found: "Subs not
    used: Pope, Ritchie, Lindqvist.")."""
    spans: list[tuple[int, int]] = []
    last_end = -1
    for found in _SHEET_LIST.finditer(body):
        start, end = found.span(1)
        names = []
        at = start
        for part in _SHEET_GAP.split(body[start:end].rstrip()):
            mark = _SHEET_MARK.search(part) or _SHEET_SUB.search(part)
            name = part[: mark.start()] if mark is not None else part
            if _SHEET_NAME.fullmatch(name) is None:
                break
            names.append((at, at + len(name)))
            if mark is not None and mark.lastindex:  # "Partey (Jorginho 78)": who came on
                names.append((at + mark.start(1), at + mark.end(1)))
            at += len(part) + 2
        else:
            # ("Interchanges: O'Connor, Donaldson, Edgell, Sutcliffe." after a side's list)
            fewest = 3 if spans else least
            if len(names) >= 6 or (len(names) >= fewest and found.start() - last_end <= 2):
                spans.extend(names)
                last_end = end + 1
    return spans
