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
