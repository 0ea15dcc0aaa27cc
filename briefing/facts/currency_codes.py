"""Currency codes and numbers after capitals: "PLN 40,000" and "SR #12" name no body, and a
run that closes with a currency's code before an amount ends before it."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk, split_chunk

# An amount right after a currency's code ("PLN 40,000"); a number after a bill's or a
# resolution's letters ("SR #12", "HB#5").
AMOUNT_AFTER = re.compile(r" \d")
NUMBERED_AFTER = re.compile(r" ?#\d")
CURRENCIES = frozenset(
    "USD EUR GBP JPY CNY CHF NOK SEK DKK RUB INR BRL AUD CAD NZD HKD ZAR VND IDR PHP PKR BDT "
    "LKR NPR THB MYR SGD KRW TWD EGP AED SAR QAR KWD KES NGN GHS UAH TRY PLN HUF CZK MXN ARS "
    "CLP COP PEN ILS RON OMR BHD JOD IQD LBP MAD DZD TND ETB TZS UGX RWF ZMW XOF XAF KZT UZS "
    "GEL AMD AZN BGN RSD ISK KHR MMK MNT".split()
)


def without_currency(body: str, chunk: Chunk) -> Chunk:
    """The run without a currency's code that closes it before an amount: "fined Kvamsøy
    Havbruk AS NOK 4.5 million" names Kvamsøy Havbruk AS."""
    a, b = chunk.words[-1]
    if len(chunk.words) > 1 and body[a:b] in CURRENCIES and AMOUNT_AFTER.match(body, b):
        return split_chunk(chunk, len(chunk.words) - 1)[0] or chunk
    return chunk


# Currencies' letters that are no ISO code, before an amount ("KD 16 million", "QR 5bn").
_LOCAL_CURRENCIES = frozenset(("KD", "BD", "RO", "QR", "LE"))
# A currency's own word after its letters ("CFA francs").
_CURRENCY_WORD_AFTER = re.compile(
    r" (?:francs?|dinars?|riyals?|rials?|shillings?|cedis?|kwacha|rupees?|pesos?|naira|rand"
    r"|lira|dollars?|euros?|pounds?)\b"
)
# A letter and a number, then thousands set off by a space ("K5 000": 5,000 kwacha).
_LETTER_AMOUNT = re.compile(r"[A-Z]{1,2}\d{1,3}$")
_THOUSANDS_AFTER = re.compile(r" \d{3}\b")
# A clock's time after a time zone's letters ("MVT 14:20"), or before them ("14:20 MVT").
_TIME_AFTER = re.compile(r",? \d{1,2}[:.]\d{2}\b")
_TIME_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)? $")
# A month's letters in capitals beside a day's number ("NOV 24", "03 DEC 2026").
_MONTH_CAPS = frozenset("JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())
_DAY_AFTER = re.compile(r" \d{1,2}\b")


def code_beside(body: str, text: str, end: int) -> bool:
    """Whether the capitals `text`, ending at `end`, are a code by what stands beside them: a
    currency's before an amount, its sign or its word ("PLN 40,000", "GH¢48,000", "CFA
    francs", "K5 000"), a number's ("SR #12"), a time zone's ("MVT 14:20") or a month's ("NOV
    24")."""
    start = end - len(text)
    return (
        ((text in CURRENCIES or text in _LOCAL_CURRENCIES) and AMOUNT_AFTER.match(body, end))
        or NUMBERED_AFTER.match(body, end) is not None  # "SR #12": a resolution's number
        or body[end : end + 1] in ("¢", "₵")
        or _CURRENCY_WORD_AFTER.match(body, end) is not None
        or (_LETTER_AMOUNT.match(text) is not None and _THOUSANDS_AFTER.match(body, end))
        or (
            text.endswith("T")
            and 3 <= len(text) <= 5
            and (
                _TIME_AFTER.match(body, end) or _TIME_BEFORE.search(body, max(0, start - 14), start)
            )
        )
        or (
            text in _MONTH_CAPS
            and (
                _DAY_AFTER.match(body, end) is not None
                or body[max(0, start - 2) : start - 1].isdigit()
            )
        )
    )
