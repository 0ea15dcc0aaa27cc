"""Figures: money, percentages and quantities, with value, unit and the phrase they qualify."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from briefing.core.facts import Figure
from briefing.facts.figure_phrases import early_figures, late_figures, per_unit, tidy
from briefing.facts.figure_starts import figure_starts, money_starts
from briefing.facts.figure_words import NUMBER_WORDS, number_word_positions
from briefing.facts.spans import Occupied

# (thousands set off by commas, or by spaces as southern African and European outlets write
# them: "60 000 tonnes", "K15 000")
_NUM = r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+(?:\.\d+)?)"
# The same, taken whole (an atomic group: the regex engine never gives a digit back), for the
# patterns that need a letter, "%" or "°" right after the number and its spaces: a shorter
# number leaves a digit, ",", "." or " 000" next, which none of them can go on with, so the
# matches are the same and a number with nothing after it fails at once, not once for each
# shorter number it holds ("2019": "201", "20", "2"). (Not `MONEY_BEFORE`: "$1,5000" is
# "$1" there, "1,500" being followed by a digit.)
_NUM_WHOLE = _NUM.replace("(?P<num>", "(?P<num>(?>", 1) + ")"
_NUM_OR_WORD = (
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+(?:\.\d+)?|(?i:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|a\s+hundred|a\s+dozen))"
)
_SCALE = (
    r"(?:\s*(?P<scale>trillion|billion|million|thousand|crore|lakh|dozen|bn|tn|mn|mil|bil|m|k)\b)?"
)
_SCALES = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9,
    "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3, "b": 1e9,
    "mil": 1e6, "bil": 1e9,  # (Malaysian English: "RM120mil")
    "crore": 1e7, "lakh": 1e5,  # (Indian English: "Rs 50 crore", "4.2 lakh people")
    "dozen": 12,  # ("two dozen firearms")
}  # fmt: skip
_CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR",
    "gbp": "GBP", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "chf": "CHF", "rs": "INR", "rs.": "INR",
    "r$": "BRL", "nz$": "NZD", "s$": "SGD", "rp": "IDR", "cfa": "XOF", "₹": "INR", "ksh": "KES",
    "gh¢": "GHS", "sh": "shillings", "shs": "shillings", "tk": "BDT", "rm": "MYR", "dh": "AED",
    "dhs": "AED",
    "jd": "JOD", "kd": "KWD", "bd": "BHD", "qr": "QAR", "nu": "BTN", "nt$": "TWD", "tt$": "TTD",
    "j$": "JMD", "rwf": "RWF", "n": "NGN", "k": "kwacha", "p": "PHP", "r": "ZAR",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "krone": "NOK", "kroner": "NOK",
    "kronor": "SEK", "krona": "SEK", "franc": "CHF", "peso": "MXN", "real": "BRL", "reais": "BRL",
    "won": "KRW", "rand": "ZAR", "lira": "TRY", "shekel": "ILS", "naira": "NGN", "dirham": "AED",
    "dinar": "DIN", "riyal": "SAR", "zloty": "PLN", "złoty": "PLN", "forint": "HUF", "baht": "THB",
    "riel": "KHR", "tenge": "KZT", "birr": "ETB", "cedi": "GHS", "ringgit": "MYR", "rupiah": "IDR",
    "dong": "VND", "taka": "BDT", "hryvnia": "UAH", "shilling": "shillings",
}  # fmt: skip
_UNITS = (
    r"km/h|km|kilometres?|kilometers?|miles?|metres?|meters?|cm|mm|feet|foot|ft|inch(?:es)?|kg"
    r"|kilogram(?:me)?s?|grams?|tonnes?|tons?|lbs?|mg(?:/dl)?|g/t|bushels?|yards?"
    r"|hectares?|acres?|litres?|liters?|gallons?|barrels?|bpd|mtpa|mw|gw|kw|mwh|gwh|kwh"
    r"|(?:mega|giga|kilo)?watts?|(?:kilo)?volts?|amperes?|horsepower|degrees?|°C|°F|mph|m/s"
    r"|(?:square|sq\.?)[\s-]+(?:kilometres?|kilometers?|km|miles|metres?|meters?|feet|foot)"
    r"|cubic[\s-]+metres?|teu|light[\s-]years?|storey|story|gb|tb|mb|mah|mhz|ghz"
)
# A number followed by a plural noun (people, workers, containers...) is a quantity.
# A label whose number names something: "Region 7", "Round 8", "Type 2", "Flight 370".
_LABEL_BEFORE = re.compile(
    r"\b(?:Region|Round|Type|Flight|Route|Highway|Interstate|Article|Chapter|Section|Title|Phase"
    r"|Level|Category|Grade|Division|District|Ward|Zone|Gate|Terminal|Platform|Proposition"
    r"|Tier|Apollo|Windows|Channel)\s$"
)
# Before "two", a word that makes the pair one already named ("the two leaders", "both two").
_REFERRING_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our|[Aa]ll)\s+$"
)
_EXCLUDED_NOUNS = frozenset("percent pm am gmt utc".split())
_SPANS_OF_TIME = frozenset("years days weeks months".split())
# After a span of time, what makes it an age or a point in time: "78 years old", "31 weeks
# pregnant", "two years ago" (a date when the text gives it), "three weeks away", "four days
# into the strike".
_AGE_OR_POINT_AFTER = re.compile(r"(?:\s+(?:old|pregnant|ago|away|earlier|into|of\s+age)|-old)\b")
# Before it, what makes it an age ("aged 45 years") or a stretch of the calendar rather than an
# amount of time the story reports: "the past five years", "its first six months", "the first
# time in 15 years" (not "past six weeks of pregnancy", beyond them, nor "to last 36 months").
_AGE_OR_STRETCH_BEFORE = re.compile(
    r"\b(?:aged|ages?(?:\s+of)?|in|first|next|previous|coming"
    r"|(?:the|its|their|his|her|our|this|these)\s+(?:past|last|final))\s+$",
    re.IGNORECASE,
)
_LINE_END_AFTER = re.compile(r"[ \t]*(?:[/|][^\n]*)?(?:\n|$)")
_TIME_UNITS = r"hours?|minutes?|seconds?|hrs|mins|secs"
# Words ending in "s" that are not plural nouns ("six jobs across three shifts").
_NOT_NOUNS = (
    r"(?:across|always|perhaps|this|less|unless|was|has|says|its|thus|towards|afterwards|besides|whereas"
    r"|plus|minus|versus|does|goes|yes|his|hers|ours|theirs|whose|sometimes|nevertheless|nonetheless)"
)

# Other currencies' ISO codes written before the amount ("SEK 4.1 billion", "VND54.3 trillion",
# "NOK 500"), and the CFA franc's "CFA 1,800".
_CURRENCY_CODES = (
    "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RUB", "UAH", "EGP", "BRL", "ZAR", "INR",
    "JPY", "CNY", "AUD", "CAD", "NZD", "SGD", "HKD", "KES", "NGN", "GHS", "PKR", "BDT", "LKR",
    "VND", "MNT", "OMR", "AED", "SAR", "QAR", "KWD", "MXN", "ARS", "COP", "IDR", "THB", "MYR",
    "KRW", "TZS", "UGX", "RWF", "ZMW", "MWK", "CFA",
)  # fmt: skip
# Money's scale may be joined with a hyphen, as Canadian and South African outlets write it:
# "C$12.5-million", "R1.2-billion".
_MONEY_SCALE = _SCALE.removesuffix("?").replace(r"(?:\s*", r"(?:(?:\s*|-)", 1)
_CODE_START = re.compile(r"[A-Z](?<![\w$].)(?:[A-Z]{2}|(?<=[NKPR]))\s?\d")
_LETTER_AMOUNT = (
    r"\s?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+\.\d\d(?!\d)"
    r"|\d+(?:\.\d+)?(?:\s*|-)(?:trillion|billion|million|bn)\b)"
)
_CURRENCY_FIRST = (
    r"US\$",
    r"HK\$",
    r"A\$",
    r"C\$",
    r"\$",
    "€",
    "£",
    "¥",
    "USD",
    "EUR",
    "GBP",
    "CHF",
    r"Rs\.?",
    r"R\$",
    r"NZ\$",
    r"S\$",
    "Rp",
    "₹",
    "KSh",
    "GH¢",
    # (East African shillings, the taka, ringgit, dirham, Jordanian, Kuwaiti and Bahraini
    # dinars, Qatari riyal and ngultrum as their outlets write them: "Sh23", "Shs3,000",
    # "Tk 45", "RM120mil", "Dh2.8 billion", "JD62 million", "Nu 500")
    "Shs",
    "Sh",
    "Tk",
    "RM",
    "Dhs",
    "Dh",
    "JD",
    "KD",
    "BD",
    "QR",
    "Nu",
    *_CURRENCY_CODES,
    # (the New Taiwan, Trinidad and Jamaican dollars and the Rwandan franc; the naira, kwacha, peso and rand written with one letter: "N1,180", "K15 000", "P1.4 billion",
    # money only with thousands, cents or a scale, as "N95", "K9" and "P3" are not)
    r"NT\$",
    r"TT\$",
    r"J\$",
    "Rwf",
    *(f"{letter}(?={_LETTER_AMOUNT})" for letter in "NKPR"),
)
# Each currency opens with a plain character and is not preceded by a word character or "$"
# (checked once that character is read, by a look-behind over it): a pattern that opens with
# a set of plain characters lets the regex engine skip in C to the next possible currency,
# where an opening look-ahead or look-behind is tried at every character of the body.
MONEY_BEFORE = re.compile(
    "(?P<cur>"
    + "|".join(
        (c[:2] if c.startswith("\\") else c[0])
        + r"(?<![\w$].)"
        + c[2 if c.startswith("\\") else 1 :]
        for c in _CURRENCY_FIRST
    )
    + rf")\s?{_NUM}(?:{_MONEY_SCALE}|(?P<short>[MBK])\b)?(?![\w])",
)
MONEY_AFTER = re.compile(
    rf"(?=\d)(?<![\w.,$€£])\b{_NUM_WHOLE}{_SCALE}\s*(?P<word>(?:US\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|sterling|yen|yuan|renminbi"
    r"|rubles?|roubles?|rupees?|kroner|krone|kronor|krona|francs?|pesos?|reais|real|won|rand|lira|shekels?|naira"
    r"|dirhams?|dinars?|riyals?|z[lł]oty(?:s|ch)?|forint|baht|riels?|tenge|birr|kwacha|cedis?|ringgit"
    r"|rupiah|dong|taka|hryvnias?|shillings?)"
    r"|USD|EUR|GBP)\b",
)
PERCENT = re.compile(
    rf"(?=\d)(?<![\w.,]){_NUM_WHOLE}\s?(?P<pct>%|per\s?cent\b|percent\b|percentage\s+points?\b)"
)
# Words that are no modifier of a counted noun: "three more new cases" runs to its noun, "12 on
# board and three passengers" does not ("three passengers" is the count). (Grouped by first
# letter: the regex engine tries each branch of an alternation in turn.)
_FUNCTION_WORDS = (
    r"(?:t(?:he(?:ir|se)?|hat|han|his|hose|o)|a(?:n|nd|re|s|t|fter)?|o(?:f|n|r|ur|ver)"
    r"|i(?:n|s|ts|nto)|f(?:or|rom)|b(?:y|e(?:en|fore)?|ut)|w(?:ith|as|ere|hich|ho)"
    r"|h(?:as|ave|ad|is|er)|per|not|most|least|best|worst|top|old|people|(?:wo)?men|children)\b"
)
# A modifier: a word (or two joined by a hyphen) that is none of those, no superlative ("the
# 25 best new restaurants": a ranking), no age ("a 71-year-old family doctor") and no plural
# noun ("2,300 patients received letters": the count ends there). Its ending is checked once
# it is read, by look-behinds of a fixed width.
_MODIFIER = (
    rf"(?!{_FUNCTION_WORDS})(?:[a-z]+-)?[a-z]+(?<!gest)(?<!llest)(?<!hest)(?<!west)(?<!iest)"
    r"(?<!dest)(?<!-old)(?<![^siu]s)[ \t]+"
)
_GLUED_UNITS = r"km/h|km|mm|cm|kg|mph|ft|kw|mw|gw|kwh|mwh|gwh|ha|°C|°F|mg(?:/dl)?|g/t|m/s|gb|tb|mah|mhz|ghz|bpd|mtpa"
QUANTITY = re.compile(
    rf"(?<![\w.,$€£/:-]){_NUM_OR_WORD}{_SCALE}(?:(?:[ \t]+|-)(?:(?P<time>{_TIME_UNITS})\b|(?:(?P<unit>{_UNITS})\b|(?P<adj>(?:{_MODIFIER}){{1,3}})?(?!{_NOT_NOUNS}\b)(?P<noun>[a-z]{{3,}}s|people|police|staff|children|men|women|personnel|cattle|sheep|crew|dead|injured|missing|wounded|hurt)\b))"
    # (a unit glued to its number: "162km", "11mm", "40°C"; not "5m", also millions)
    rf"|(?P<glued>{_GLUED_UNITS})(?![\w/]))",
    re.IGNORECASE,
)
# A year inside a name or code, which the dates leave free: no count ("the 1998 Water
# Resources Act", "the 2019-nCoV virus"; "2000 Syrian refugees" is one).
_YEAR_IN_NAME = re.compile(r"(?:1[6-9]|20)\d\d(?:-[a-z]*[A-Z]|\s+[A-Z][a-z]+\s+[A-Z])")
QUANTITY_DIGITS = re.compile(
    r"(?=\d)" + QUANTITY.pattern.replace(_NUM_OR_WORD, _NUM_WHOLE, 1), re.IGNORECASE
)
_WORDS_ONLY = _NUM_OR_WORD.replace(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|", "", 1)
QUANTITY_WORDS = re.compile(QUANTITY.pattern.replace(_NUM_OR_WORD, _WORDS_ONLY, 1), re.IGNORECASE)
# An earthquake's magnitude: "magnitude 6.3", "a magnitude of 4.0", "a 5.3-magnitude quake",
# "6.1 on the Richter scale".
MAGNITUDE = re.compile(
    r"\b[Mm]agnitude(?:\s+of)?\s+(?P<a>\d(?:\.\d)?)(?![\d.,]\d)"
    r"|(?<![\w.,])(?P<b>\d\.\d)(?:[\s-]+[Mm]agnitude\b|\s+on\s+the\s+Richter\s+scale\b)"
)
# A percentage in words ("more than ten percent"), as some wire styles write it.
PERCENT_WORDS = re.compile(
    rf"(?<![\w-]){_WORDS_ONLY}\s+(?P<pct>per\s?cent|percent)\b", re.IGNORECASE
)

TAIL = re.compile(
    r"\s+(?:in|of|for|worth\s+of|from)\s+(?:the\s+|its\s+|their\s+)?(?P<w>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)"
)


def _value(m: re.Match[str]) -> float:
    num = " ".join(m.group("num").lower().split()).removeprefix("a ")
    digits = "".join(num.replace(",", "").split())  # (and the spaces of "60 000")
    value = float(NUMBER_WORDS[num]) if num in NUMBER_WORDS else float(digits)
    scale = (m.group("scale") or m.groupdict().get("short") or "").lower()
    return value * _SCALES.get(scale, 1.0)


def _extend(body: str, end: int) -> int:
    """Extend a money figure over `in sales` / `of debt` (the phrase it belongs to)."""
    tail = TAIL.match(body, end, min(len(body), end + 40))
    if tail is None:
        return end
    words = tail.group("w").split()
    stop = {
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "by",
        "on",
        "at",
        "was",
        "is",
        "were",
        "last",
        "this",
        "next",
        # a preposition ends the phrase: "$300,000 in bribes from developers"
        "from",
        "for",
        "with",
        "than",
        "into",
        "over",
    }
    if words[0] in stop:
        return end
    if len(words) > 1 and words[1] in stop:
        return tail.start("w") + len(words[0])
    return tail.end()


# Where a money-after, percent or quantity match can start: a digit after neither a word
# character nor "." or "," (each of those patterns' lookbehinds excludes at least that) whose
# run of digits, "," and "." is followed, past any spaces and hyphens, by a letter, "%" or
# "°" (each pattern needs a scale, currency word, "%", "per cent", unit or noun there). The
# patterns are tried only there instead of being scanned over the whole body: the scans had
# no literal start and were tried at every character, and trying all three at every number
# of a table of numbers cost ~5 us a number (a million numbers: ~6 s). Possessive runs: the
# regex never backs off a digit or a space, since neither can be the letter it needs.
_FIGURE_START = re.compile(
    # (the rest read ahead, not taken: "In 2019 200 people" starts a figure at "200" too)
    r"\d(?<![\w.,]\d)(?=[\d.,]*+(?:[ \u00a0\u202f]\d{3}(?!\d))*[\s-]*+(?:[^\W\d_]|[%°]))"
)

# At most this many places where a figure may start are looked at (so at most this many
# figures are kept); past that the body is a table or a list of numbers, not prose, and the
# rest is skipped. Real articles have a few dozen (the Wikinews corpus: at most 68).
MAX_FIGURE_STARTS = 1_000


def _matches_at(pattern: re.Pattern[str], body: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(body)` yields, given that every match starts in `starts`
    (sorted): leftmost first, each starting at or after the end of the one before."""
    last_end = 0
    for start in starts:
        if start < last_end:
            continue
        m = pattern.match(body, start)
        if m is not None:
            yield m
            last_end = m.end()


# Each currency of `MONEY_BEFORE` holds one of these probes, and opens this many characters
# before it ("US$" and "HK$" two before their "$", "A$" and "C$" one, "$" none).
_CURRENCY_PROBES = (
    ("$", (2, 1, 0)), ("€", (0,)), ("£", (0,)), ("¥", (0,)), ("USD", (0,)), ("EUR", (0,)),
    ("GBP", (0,)), ("CHF", (0,)), ("Rs", (0,)), ("Rp", (0,)), ("₹", (0,)),
    ("KSh", (0,)), ("GH¢", (0,)), ("Sh", (0,)), ("Tk", (0,)), ("RM", (0,)), ("Dh", (0,)),
    ("JD", (0,)), ("KD", (0,)), ("BD", (0,)), ("QR", (0,)), ("Nu", (0,)), ("Rwf", (0,)),
)  # fmt: skip
# The probes of one character, found at C speed; `money_starts` finds the rest at once.
_SYMBOL_PROBES = tuple(probe for probe in _CURRENCY_PROBES if len(probe[0]) == 1)
# A decimal comma after the money's number, as southern African outlets write cents: "US$1,20".
_DECIMAL_COMMA = re.compile(r",(\d\d?)(?![\d,])(?:[ \u00a0]?(trillion|billion|million|bn)\b)?")


def _money_before(body: str, encoded: bytes | None = None) -> Iterator[re.Match[str]]:
    """What `MONEY_BEFORE.finditer(body)` yields, tried only where a currency can open (its
    probes found with `str.find`, most of them a single character): the pattern opens with
    no literal, and its scan of the body cost several times as much. With `encoded` (the
    body as Latin-1 bytes, "?" past it), the currencies written with letters are found in
    its class bytes (`money_starts`) instead of by a `str.find` each and a scan of capitals."""
    starts = set()
    for probe, backs in _CURRENCY_PROBES if encoded is None else _SYMBOL_PROBES:
        at = body.find(probe)
        while at >= 0:
            starts.update(at - back for back in backs if at >= back)
            at = body.find(probe, at + 1)
    if encoded is None:
        # (the ISO codes: where three capitals stand before a number, one scan for them all,
        # a sixth of the cost of a `str.find` per code)
        starts.update(m.start() for m in _CODE_START.finditer(body))
    else:
        starts.update(money_starts(encoded))
    last_end = 0
    for start in sorted(starts):
        if start >= last_end:
            m = MONEY_BEFORE.match(body, start)
            if m is not None:
                last_end = m.end()
                yield m


def _starts(body: str, limit: int | None) -> tuple[list[re.Match[str]], list[int], list[int]]:
    """Currency-first money matches, number starts (`_FIGURE_START`) and number-word
    positions in `body`: with `limit`, the first `limit` of each."""
    # (the body as Latin-1 bytes, read by both scans; none with "İ", see above)
    encoded = None if "İ" in body else body.encode("latin-1", "replace")
    return (
        list(islice(_money_before(body, encoded), limit)),
        figure_starts(body, encoded, _FIGURE_START, limit),
        number_word_positions(body, limit, encoded),
    )


def find_figures(body: str, blocked: list[tuple[int, int]] | None = None) -> list[Figure]:
    """Money, percentages and quantities in `body`, skipping spans in `blocked` (dates)."""
    money_before, numbers, words = _starts(body, MAX_FIGURE_STARTS + 1)
    starts = sorted([m.start() for m in money_before] + numbers + words)
    if len(starts) > MAX_FIGURE_STARTS:
        # A number table: only the text before the first start past the cap is looked at.
        body = body[: starts[MAX_FIGURE_STARTS]]
        money_before, numbers, words = _starts(body, None)
    occupied = Occupied(blocked)
    if blocked:  # (no pattern is tried inside a date: "in 2019 the", "two years ago")
        numbers = [at for at in numbers if not occupied.overlaps(at, at + 1)]
        words = [at for at in words if not occupied.overlaps(at, at + 1)]
    out, compounds = early_figures(body, occupied, numbers, words)

    def free(start: int, end: int) -> bool:
        return not occupied.overlaps(start, end)

    for m in money_before:
        start, end = m.span()
        if not free(start, end):
            continue
        unit = _CURRENCY_SYMBOLS.get(m.group("cur").lower(), m.group("cur"))
        value = _value(m)
        cents = None if m.group("scale") else _DECIMAL_COMMA.match(body, end)
        if cents is not None and m.group("num").isdigit():
            value = float(f"{m.group('num')}.{cents[1]}") * _SCALES.get(cents[2] or "", 1.0)
            end = cents.end()
        end = _extend(body, per_unit(body, end))
        occupied.add(start, end)
        out.append(Figure(body[start:end], value, unit, (start, end)))
    for m in _matches_at(MONEY_AFTER, body, numbers):
        start, end = m.span()
        if not free(start, end):
            continue
        word = m.group("word").lower().replace("us ", "").split()[0]
        unit = _CURRENCY_WORDS.get(word.rstrip("s"), _CURRENCY_WORDS.get(word, word.upper()))
        end = _extend(body, per_unit(body, end))
        occupied.add(start, end)
        out.append(Figure(body[start:end], _value(m), unit, (start, end)))
    for m in _matches_at(PERCENT, body, numbers):
        start, end = m.span()
        if not free(start, end):
            continue
        negative = (
            start > 0 and body[start - 1] in "-−" and (start < 2 or not body[start - 2].isalnum())
        )
        if negative:
            start -= 1
        value = float("".join(m.group("num").replace(",", "").split())) * (-1 if negative else 1)
        unit = "percentage points" if m.group("pct").lower().startswith("percentage") else "%"
        occupied.add(start, end)
        out.append(Figure(body[start:end], value, unit, (start, end)))
    if "agnitude" in body or "Richter" in body:
        for m in MAGNITUDE.finditer(body):
            if free(*m.span()):
                occupied.add(*m.span())
                value = float(m.group("a") or m.group("b"))
                out.append(Figure(m.group(), value, "magnitude", m.span()))
    # Number words are rare: scan for them only when one occurs at all.
    matches = list(_matches_at(QUANTITY_DIGITS, body, numbers))
    for position in words:
        m = QUANTITY_WORDS.match(body, position)
        if m is not None:
            matches.append(m)
            continue
        m = PERCENT_WORDS.match(body, position)
        if m is not None and free(*m.span()):
            occupied.add(*m.span())
            value = float(NUMBER_WORDS[" ".join(m.group("num").lower().split()).removeprefix("a ")])
            out.append(Figure(m.group(), value, "%", m.span()))
    for m in matches:
        start, end = m.span()
        if not free(start, end):
            continue
        noun = (
            m.group("time") or m.group("unit") or m.group("noun") or m.group("glued") or ""
        ).lower()
        if noun in _EXCLUDED_NOUNS or noun in _SCALES or _YEAR_IN_NAME.match(body, start):
            continue
        if noun in _SPANS_OF_TIME and (
            _AGE_OR_POINT_AFTER.match(body, end)
            or _AGE_OR_STRETCH_BEFORE.search(body, max(0, start - 20), start)
        ):
            continue
        if noun == "comments" and _LINE_END_AFTER.match(body, end):
            continue  # "12 Comments" closing a line: the page's count of readers' comments
        if _LABEL_BEFORE.search(body, max(0, start - 14), start):
            continue  # "EPA Region 7 staff", "Round 8 starts", "Type 2 diabetes": a name's number
        if m.group("num").lower() == "two" and _REFERRING_BEFORE.search(
            body, max(0, start - 8), start
        ):
            continue  # "the two leaders met": the pair the story already named, no count
        occupied.add(start, end)
        out.append(Figure(body[start:end], _value(m), noun, (start, end)))
    out += late_figures(body, occupied, compounds)
    out.sort(key=lambda f: f.span)
    return tidy(body, out)
