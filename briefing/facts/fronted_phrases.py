"""Phrases fronted before a clause's subject that `Attributor._skip_fronted` skips: a time
or a distance without a preposition ("A month later,", "Two doors down from the bakery,"), a
second participle phrase, an opening "But" or "And", and a time with no comma ("This
Wednesday Greek minister X said")."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# "A month later,", "Two days earlier,": a fronted time phrase without a preposition; "Two
# doors down from the bakery,", "A few miles away,": one of distance; a bare weekday
# ("Wednesday, the day he quit, X endorsed ...").
TIME_FRONT = lazy(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+[a-z]+)?\s*,|"
    r"(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Days|Weeks|Months"
    r"|Years|Hours|Minutes|Moments|\d+)\s+(?:(?:[a-z]+\s+){0,2}?(?:later|earlier|ago|afterwards)\s*,"
    r"|(?:few\s+)?(?:doors?|blocks?|streets?|miles?|kilomet(?:re|er)s?|houses?|floors?)\s+"
    r"(?:down|up|away|along|further|farther|from|north|south|east|west)\b)"
)
# "In a letter to the paper, published on Monday, X said": a second fronted phrase.
LOWER_PARTICIPLE = lazy(r"[a-z]{3,}(?:ed|wn|en)\s+(?:on|in|at|by|from|with|to|for|after|as)\s")
OPENING_CONJUNCTION = lazy(r"(?:But|And|Yet)\s+(?=[A-Za-z])")
# A time opening the sentence with no comma before its subject ("This Wednesday Greek
# minister X said", "On Monday the council voted").
BARE_TIME = lazy(
    r"(?:This|Last|On|Earlier|Later|Early|Late|Next)\s+(?:this\s+|last\s+|on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning"
    r"|afternoon|evening|night)\s+(?=[A-Z]|the\s+[A-Z])"
)
BARE_TIME_OPENERS = ("This ", "Last ", "On ", "Earlier ", "Later ", "Early ", "Late ", "Next ")
