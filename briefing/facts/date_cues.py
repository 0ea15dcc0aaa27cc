"""What must stand before a bare month or year for it to be a date ("in March", "since 2019",
"the March deadline"; not "March Madness", "2000 people"), and the part of a period before a
date phrase ("early", "mid", "the end of"). Used by `briefing.facts.dates`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.year_events import named_event_year

# (The lookahead on the first letters lets the engine skip to where a phrase can start.)
PART_BEFORE = lazy(
    r"(?i:(?=[emltsb])(?<!\w)(early|mid|late|the\s+end\s+of|end\s+of|end(?=-)|the\s+middle\s+of|middle\s+of"
    r"|(?:the\s+)?(?:start|beginning)\s+of|(?:early|late)\s+in)[\s-]+)$"  # ("end-March")
)
# Its first or last months before a year: "the final months of 2022", "the first few months
# of last year" (as "the end of 2022" and "the start of last year"; not "the first nine
# months of 2025", a count of them).
MONTHS_PART_BEFORE = lazy(
    r"(?i:(?<!\w)(the\s+(?:final|last|closing|first|opening)\s+(?:few\s+)?months\s+of)\s+)$"
)
# A cue before a year alone: a cue word, or the start of a line, a comma or a bracket. The
# word alternation is a pattern of its own so a lookahead on first letters can skip ahead
# (the start-of-text branch matches the empty string, which no lookahead would).
_CUE_BEFORE = lazy(
    r"(?=[IiSsBbUuFfTtDdOoAaNnLlWwHhMmRrCcYyEe’'©])(?:^|\b|(?<=\s)(?=©))(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom"
    r"|[Bb]orn|[Ff]ounded|[Ee]stablished"
    r"|[Tt]hrough|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]his|[Nn]ext|[Ll]ast|[Tt]he|[Ii]ts|[Tt]heir"
    r"|[Tt]o|[Aa]nd|[Oo]r|[Ff]or|[Uu]pcoming|[Ff]orthcoming|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all|[Bb]etween|[Ii]nto"
    r"|[Aa]n?|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Ww]hose|[Aa]round|[Rr]oughly|[Cc]irca|[Aa]bout"
    r"|[Aa]pproximately|[Uu]ntil|[Aa]s\s+of|(?<=[’'])s|(?<=[Ff]iscal\s)[Yy]ear|(?<=[Cc]alendar\s)[Yy]ear|[Ff]iscal|FY"
    # ("compared with 2022"; a copyright line's year: "Copyright © 2024 NPR")
    r"|(?<=[Cc]ompared\s)with|[Cc]opyright(?:\s+©)?|©)\s+$"
)
# The name of an event before its year: "Beyond Fest 2019", "Euro 2024", "Expo 2025" (not of a
# plan or product: "Vision 2030", "Windows 2000").
_EVENT_BEFORE = lazy(
    r"(?<![\w-])(?:[A-Z]\w*\s+)?(?:Fest|Festival|Games|Cup|Expo|Olympics|Paralympics"
    r"|Championships?|Awards|Summit|Euro|Open|Masters|Marathon|Fair|Convention|Eurovision|Census)\s+$"
)
# A hedge between the cue and its year: "since at least 2023", "until as late as 2027".
_HEDGED_CUE_BEFORE = lazy(
    r"\b(?:[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ii]n|[Bb]efore|[Aa]fter|[Tt]hrough)\s+"
    r"(?:at\s+least|as\s+(?:early|late)\s+as)\s+$"
)
_CUE_PUNCT_BEFORE = lazy(r"(?:^|\n|,\s|\()$")
# A year that opens a line, perhaps after a bullet: a timeline's entry ("• 2011: Construction
# begins"), whose colon and capital make no title ("2001: A Space Odyssey").
LINE_OPENER_BEFORE = lazy(r"(?:^|\n)[ \t]*(?:[•·▪*–-][ \t]*)?$")
TIMELINE_ENTRY_AFTER = lazy(r":\s+(?![A-Z]\w*\s+[A-Z])")  # (not "2001: A Space Odyssey")
# Not a year: a count ("2000 people"), a time ("2024 Friday, UTC"), a title ("2001: A ..."),
# a law's name ("the 1998 Water Resources Act") or a code ("2019-nCoV").
NOT_A_YEAR_AFTER = lazy(
    r"\s+(?:people|persons|men|women|troops|cases|homes|jobs|votes|units|tonnes|tons|UTC|GMT|hours"
    r"|hrs|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|km|kilomet(?:re|er)s?"
    r"|miles|metres|meters|feet|ft|kg|MW|GW|mph|years|year[\s-]old|children|schoolchildren"
    r"|students|pupils|patients|residents|workers|soldiers|visitors|deaths|families|households"
    r"|employees|passengers|refugees|migrants)\b|:\s+[A-Z]"  # ("the 2000 km pipeline")
    r"|(?:\s+[A-Z][a-z]+){1,4}\s+Act\b|-[a-z]*[A-Z]"
)
# A year as the subject of its clause, after a verb of saying or a clause's start, before an
# auxiliary: "tells Brownfield 2018 should look similar", "said 2027 will be harder".
_SUBJECT_YEAR_BEFORE = lazy(
    r"(?:^|[.!?]\s+|\n|\b(?:says?|said|tells?|told|thinks?|thought|believes?|expects?|that)"
    r"\s+(?:[A-Z][\w-]*\s+)?)$"
)
_SUBJECT_YEAR_AFTER = lazy(r"\s+(?:will|would|should|could|may|might|is|was|has|had)\s+[a-z]")
# A call to act on a page ("Subscribe to our newsletter today", "Order today and save"): its
# "today" is any reader's day, no date.
_PROMO_BEFORE = lazy(
    r"(?:^|[.!?]\s+|\n)[ \t]*(?:Subscribe|Sign\s+up|Register|Donate|Order|Download|Buy|Shop"
    r"|Click|Book|Join\s+us|Call\s+us|Contact\s+us)\b[^.!?\n]*$"
)


def promo(body: str, start: int) -> bool:
    """Whether the "today" at `start` is in a page's call to act."""
    return _PROMO_BEFORE.search(body, max(0, start - 100), start) is not None


# After a bare comma or bracket, a year followed by a plural noun is a count ("1885 aftershocks").
_COUNT_AFTER = lazy(r"\s+[a-z]+s\b")
# A month name alone is a date only after a cue word, and never before a capitalised word
# ("March Madness") or as a possessive ("May's agreement").
_MONTH_CUE_BEFORE = lazy(
    r"(?=[IiSsBbUuFfTtDdOoAaNnLlEePp])(?:^|\b)(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Tt]hrough|[Dd]uring|[Oo]f|[Bb]efore|[Aa]fter|[Tt]his(?:\s+past)?"
    r"|[Nn]ext|[Ll]ast|[Ee]arly|[Ll]ate|[Tt]ill|[Bb]etween|(?<=[a-z]\s)into"
    r"|(?:[Ss]cheduled|[Pp]lanned|[Ss]lated|[Ss]et|[Dd]ue|[Pp]encil+ed|[Ee]armarked)\s+for)\s+$"
)
_MONTH_AND_BEFORE = lazy(
    r"(?:January|February|March|April|June|July|August|September|October|November|December)"
    r",?\s+(?:and|or)\s+$"
)
# The end of an accounting period: "in the year to March", "the three months to September".
_FOR_BEFORE = lazy(r"\b[Ff]or\s+$")
_PERIOD_TO_BEFORE = lazy(r"\b(?:year|months|weeks|quarter|half|period)\s+to\s+$")
NOT_A_MONTH_AFTER = lazy(r"(?:[’']s\b|[^\S\n]+[A-Z])")  # (a line's end ends the phrase)
# A month named as a modifier after a determiner ("the November vote", "a key September
# call", "one June afternoon"): a date when a common noun follows. Not "May", also a name
# ("the May government"), and "March", also a word, only right after "the".
_MONTH_DETERMINER_BEFORE = lazy(
    r"(?:^|\b)(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]+\s+){0,2}$"
    r"|[’']s\s+$"
)
_MONTH_NOUN_AFTER = lazy(
    r"\s+(?!(?:for|of|to|on|in|at|and|or|the|a|an|is|was|will|by|with|from)\b)[a-z]|[,;.]"
)

# Another year right after a year ("2004 and 2008", "2012, 2016"): a list of years.
_YEAR_LISTED_AFTER = lazy(r"(?:,|\s+(?:and|or))\s+(?:1[6-9]\d\d|20\d\d)(?![\d,.%])")


def _habit_before(body: str, start: int) -> bool:
    """Whether "used to" stands earlier in the clause of a month: a habit, no date."""
    at = body.rfind("used to ", max(0, start - 80), start)
    return at != -1 and not any(mark in body[at:start] for mark in ".!?;\n")


def cued(body: str, start: int, end: int, month: bool) -> bool:
    """Whether a bare month or year at body[start:end] is a date by what precedes it."""
    before = body[max(0, start - 16) : start]
    if month:
        if _habit_before(body, start):
            return False  # "We used to see dengue peak in July and August": any year's
        if _MONTH_CUE_BEFORE.search(before) or _PERIOD_TO_BEFORE.search(before):
            return True
        if body[start:end] not in ("May", "March") and _FOR_BEFORE.search(before):
            return True  # "figures for October" (not "voted for May")
        if _MONTH_AND_BEFORE.search(body, max(0, start - 16), start):
            return True  # "parts of September and October": the second month of two
        return (
            body[start:end] != "May"  # ("the May government")
            # ("the March deadline" is a date; "a normal March week" and "the March for
            # Rivers" are none)
            and (body[start:end] != "March" or body[max(0, start - 4) : start] in ("the ", "The "))
            and _MONTH_DETERMINER_BEFORE.search(body, max(0, start - 40), start) is not None
            and _MONTH_NOUN_AFTER.match(body, end) is not None
        )
    if before.endswith(("Act of ", "Acts of ")):
        return False  # a law's name: "the Judiciary Act of 1869"
    listed = _YEAR_LISTED_AFTER.match(body, end)
    if listed is not None and not NOT_A_YEAR_AFTER.match(body, listed.end()):
        return True  # "the 2004 and 2008 nominee": a list of years
    if listed is not None and body[end] != ",":
        return False  # "between 1800 and 2000 troops": a count ("In 2008, 2000 people": a year)
    if _CUE_BEFORE.search(before) or _EVENT_BEFORE.search(before):
        return True
    if before.endswith(("least ", " as ")) and _HEDGED_CUE_BEFORE.search(
        body, max(0, start - 26), start
    ):
        return True
    if body[end : end + 2] in ("'s", "’s") and body[start:end].isdigit():
        return True  # "2014's solo album", "1999's final"
    if named_event_year(body, start, end):
        return True  # "the U.S. 2012 presidential election"
    if TIMELINE_ENTRY_AFTER.match(body, end) and LINE_OPENER_BEFORE.search(before):
        return True
    if _SUBJECT_YEAR_AFTER.match(body, end) and _SUBJECT_YEAR_BEFORE.search(
        body, max(0, start - 40), start
    ):
        return True  # "tells Brownfield 2018 should look similar"
    return _CUE_PUNCT_BEFORE.search(before) is not None and not _COUNT_AFTER.match(body, end)
