"""The three-letter country codes that sports results write after an athlete's name
("Faith Kipyegon (KEN)", "Laura Muir (GBR)"): the International Olympic Committee's codes,
hand-compiled for the countries results lists name most, each to the gazetteer's name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

# IOC code -> country (where it differs from ISO 3166's alpha-3, the IOC's is the one written).
COUNTRY_CODES = {
    "ALG": "Algeria", "ARG": "Argentina", "AUS": "Australia", "AUT": "Austria",
    "BAH": "Bahamas", "BEL": "Belgium", "BLR": "Belarus", "BOT": "Botswana", "BRA": "Brazil",
    "BRN": "Bahrain", "BUL": "Bulgaria", "BDI": "Burundi", "CAN": "Canada", "CHI": "Chile",
    "CHN": "China", "CIV": "Ivory Coast", "CMR": "Cameroon", "COL": "Colombia", "CRO": "Croatia",
    "CUB": "Cuba", "CZE": "Czechia", "DEN": "Denmark", "DOM": "Dominican Republic",
    "ECU": "Ecuador", "EGY": "Egypt", "ERI": "Eritrea", "ESP": "Spain", "EST": "Estonia",
    "ETH": "Ethiopia", "FIN": "Finland", "FRA": "France", "GBR": "United Kingdom",
    "GER": "Germany", "GHA": "Ghana", "GRE": "Greece", "GRN": "Grenada", "HUN": "Hungary",
    "IND": "India", "IRI": "Iran", "IRL": "Ireland", "ISL": "Iceland", "ISR": "Israel",
    "ITA": "Italy", "JAM": "Jamaica", "JPN": "Japan", "KAZ": "Kazakhstan", "KEN": "Kenya",
    "KOR": "South Korea", "LAT": "Latvia", "LTU": "Lithuania", "MAR": "Morocco",
    "MEX": "Mexico", "NED": "Netherlands", "NGR": "Nigeria", "NOR": "Norway",
    "NZL": "New Zealand", "PER": "Peru", "POL": "Poland", "POR": "Portugal",
    "PRK": "North Korea", "PUR": "Puerto Rico", "QAT": "Qatar", "ROU": "Romania",
    "RSA": "South Africa", "RUS": "Russia", "SLO": "Slovenia", "SRB": "Serbia",
    "SUI": "Switzerland", "SVK": "Slovakia", "SWE": "Sweden", "TPE": "Taiwan",
    "TTO": "Trinidad and Tobago", "TUR": "Turkey", "UGA": "Uganda", "UKR": "Ukraine",
    "USA": "United States", "UZB": "Uzbekistan", "VEN": "Venezuela", "ZIM": "Zimbabwe",
}  # fmt: skip


def coded_countries(builder: Builder) -> list[tuple[int, int]]:
    """The countries of the codes in brackets after a name of two capitalised words or more
    ("Faith Kipyegon (KEN)"); their spans, for the chunk walk to skip."""
    body, out = builder.body, []
    if " (" not in body:
        return out
    found = [m for m in _CODED.finditer(body) if m.group(1) in COUNTRY_CODES]
    # In a table of results, a surname alone before the code will do ("Kaljulaid (EST) 6").
    least = 1 if len(found) >= 3 else 2
    for m in found:
        entry = builder.gaz.get(COUNTRY_CODES[m.group(1)])
        words = body[max(0, m.start(1) - 60) : m.start(1) - 1].split()[-2:]
        named = [w for w in words[-least:] if w[:1].isupper()]
        if entry is not None and len(named) == least and len(words) >= least:
            builder.add_place(entry.canonical, entry.kind, m.group(1), m.span(1))
            builder.sure.add(m.span(1))
            out.append(m.span(1))
    return out


# A code in brackets ("Laura Muir (GBR)"), the two words before it read by `coded_countries`.
# (The space and bracket are matched, not looked behind at: the engine then skips in C to the
# next " (" instead of trying the look-behind at every character, a fifth of the cost.)
_CODED = lazy(r" \(([A-Z]{3})\)")
