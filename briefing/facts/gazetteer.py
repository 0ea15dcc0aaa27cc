"""The shipped place gazetteer: loaded once, lazily, shared by every thread and process."""

from __future__ import annotations

import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

GAZETTEER_PATH = Path(__file__).with_name("data") / "gazetteer.tsv.gz"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known place name: its canonical form, kind, population and country code."""

    canonical: str
    kind: str
    population: int
    country: str


class Gazetteer:
    """Alias -> place lookups over the shipped table (values parsed on first lookup)."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._parsed: dict[str, GazetteerEntry] = {}

    def __len__(self) -> int:
        return len(self._raw)

    def __contains__(self, alias: object) -> bool:
        return alias in self._raw

    def get(self, alias: str) -> GazetteerEntry | None:
        """The entry for `alias` (exact spelling), or None."""
        # (The table first: most names asked about are no place, and then one lookup does.)
        value = self._raw.get(alias)
        if value is None:
            if alias[:1] == "S" and alias.startswith(_SAINTS):
                return self._saint(alias)
            if alias[:1] != "M" or not alias.startswith(_MOUNTS):
                return None
            alias = _other_spelling(alias, self._raw)
            value = self._raw.get(alias)
            if value is None:
                return None
        entry = self._parsed.get(alias)
        if entry is not None:
            return entry
        parts = value.split("\t")
        if len(parts) != 4:
            return None
        entry = GazetteerEntry(parts[0], parts[1], int(parts[2] or 0), parts[3])
        self._parsed[alias] = entry
        return entry

    def _saint(self, alias: str) -> GazetteerEntry | None:
        """A city of 200,000 or more whose "Saint" the text writes another way, the biggest
        of them ("St Petersburg" for Saint Petersburg, "St Louis" for St. Louis); a small one
        is as often a church, a school or a person ("St John")."""
        prefix = next(p for p in _SAINTS if alias.startswith(p))
        names = [other + alias[len(prefix) :] for other in _SAINTS if other != prefix]
        entries = [self.get(name) for name in names if name in self._raw]
        best = max(entries, key=lambda e: e.population if e else 0, default=None)
        return best if best is not None and best.population >= 200_000 else None


_SAINTS = ("St ", "St. ", "Saint ")
# "Mt Everest" and "Mt. Everest" are "Mount Everest" in the table. (Not the saints: "St. John"
# is a restaurant or a person more often than Saint John, New Brunswick.)
_SPELLINGS = {"Mt ": ("Mount ", "Mt. "), "Mt. ": ("Mount ", "Mt "), "Mount ": ("Mt. ", "Mt ")}
_MOUNTS = tuple(_SPELLINGS)


def _other_spelling(alias: str, table: dict[str, str]) -> str:
    """The table's spelling of a mountain's name written another way, else `alias`."""
    prefix = next(p for p in _SPELLINGS if alias.startswith(p))
    for other in _SPELLINGS[prefix]:
        if other + alias[len(prefix) :] in table:
            return other + alias[len(prefix) :]
    return alias


_lock = threading.Lock()
_cached: Gazetteer | None = None


def read_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer file in the column layout `build_gazetteer.py` writes."""
    try:
        data = zlib.decompress(path.read_bytes(), 31).decode("utf-8")
    except (OSError, zlib.error, UnicodeDecodeError):
        return Gazetteer({})
    aliases, _, values = data.partition("\n\n")
    keys, vals = aliases.split("\n"), values.rstrip("\n").split("\n")
    if len(keys) != len(vals):
        return Gazetteer({})
    return Gazetteer(dict(zip(keys, vals, strict=True)))


def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read on first use and cached for the process."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = read_gazetteer(GAZETTEER_PATH)
    return _cached


# Rivers, ranges, deserts and seas that the news names with "the" alone ("the Thames", "the
# Alps"): places after "the" (the gazetteer lists towns and regions, not these). A name that
# is also a company, a state or a person's without "the" ("Amazon", "Colorado", "Hudson") is
# read only after "the".
NATURAL_FEATURES = frozenset(
    (
        "Thames Severn Shannon Seine Loire Rhone Rhône Rhine Meuse Elbe Oder Danube Vistula Tiber Po "
        "Ebro Tagus Douro Volga Dnieper Dnipro Dniester Don Neva Ural Ob Yenisei Lena Amur Yangtze "
        "Mekong Irrawaddy Ganges Brahmaputra Indus Tigris Euphrates Jordan Nile Niger Congo Zambezi "
        "Limpopo Amazon Orinoco Paraná Hudson Potomac Mississippi Missouri Ohio Colorado "
        "Alps Andes Himalayas Himalaya Rockies Pyrenees Carpathians Urals Caucasus Appalachians "
        "Dolomites Apennines Atlas Karakoram Sahara Gobi Kalahari Atacama Sinai Negev "
        "Sahel Serengeti Outback Baltic Adriatic Aegean Caspian Mediterranean Bosphorus Dardanelles "
        "Everest Kilimanjaro Matterhorn Arctic Antarctic "
        "Mersey Tyne Tees Trent Teme Wye Clyde Tay Liffey Lagan Humber Medway Tamar Ribble "
        "Shenandoah Susquehanna Yukon Murray Darling Okavango"
    ).split()
)
