"""Stock codes in brackets after a company's name: Reuters' instrument codes ("Exxon Mobil
(XOM.N)", "Shell (SHEL.L)"), an exchange's code ("Apple (NASDAQ: AAPL)") and a magazine's
("Meridian (ticker: MCHW)"). The code is no organisation (a ticker, tests/gold/GUIDELINES.md), and the name before it is a company's.
Used by `briefing.facts.entities`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

_TICKER = lazy(
    r"\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|AMEX|OTC|HKEX|SGX|NSE|BSE|TSE|JSE|[Tt]icker)(?: Arca)?"
    r" ?: ?[A-Z][A-Z0-9.]{0,7}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\)"
)


def ticker_codes(body: str) -> list[tuple[int, int]]:
    """The spans of the bracketed stock codes, brackets included."""
    return [m.span() for m in _TICKER.finditer(body)]
