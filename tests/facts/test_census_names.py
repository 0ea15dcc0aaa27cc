"""Given names from the US census list (scripts/build_census_names.py): which ones ship, and
that they make a name said once with no role nearby a person's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from briefing.facts import extract_facts
from briefing.facts.gazetteer import load_gazetteer
from briefing.facts.lexicon import common_words, given_names, read_names

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import build_census_names as census  # noqa: E402


def people(body: str) -> list[str]:
    return [p.name for p in extract_facts(body).people]


def test_a_census_given_name_makes_a_name_in_a_list_a_person() -> None:
    # "Dustin" and "Winston" are in the census list, not in the hand-compiled one.
    assert "Dustin Kober" in people("Paintings by Dustin Kober and Kayla Brandt hang in the hall.")
    assert "Winston Dray" in people(
        "Guests included Nolan Ashby, Bianca Ferrante and Winston Dray."
    )


def test_the_shipped_census_names_are_no_words_no_countries_and_no_big_cities() -> None:
    path = census.TARGET
    names = read_names(path)
    assert {"Dustin", "Winston", "Wanda"} <= names <= given_names()
    gaz, words = load_gazetteer(), common_words()
    for name in names:
        assert name.lower() not in words, name
        place = gaz.get(name)
        assert place is None or (place.kind == "city" and place.population < 100_000), name
    assert not {"April", "Summer", "Houston", "Dallas", "India"} & names


def _census_dir(tmp_path: Path, female: str, male: str) -> Path:
    (tmp_path / "dist.female.first").write_text(female, encoding="ascii")
    (tmp_path / "dist.male.first").write_text(male, encoding="ascii")
    return tmp_path


def test_select_drops_rare_names_words_countries_and_big_cities(tmp_path: Path) -> None:
    folder = _census_dir(
        tmp_path,
        "SUMMER         0.100  0.100      1\nKAYLEE         0.050  0.150      2\n"
        "INDIA          0.030  0.180      3\nZELPHA         0.002  0.182      4\n"
        "MARY           2.629  2.811      5\n",
        "DUSTIN         0.103  0.103      1\nDALLAS         0.040  0.143      2\n",
    )
    found: dict[str, float] = {}
    for file in census.FILES:
        found.update(census.read_census(folder / file))
    assert census.select(found, 0.01, keep_common=False, max_place=100_000) == [
        "Dustin",
        "Kaylee",
    ]  # not the word, the country, the city, the rare name, nor a hand-listed name
    assert "Summer" in census.select(found, 0.01, keep_common=True, max_place=100_000)
    assert "Zelpha" in census.select(found, 0.0, keep_common=False, max_place=100_000)


def test_a_malformed_census_line_is_an_error_naming_the_file(tmp_path: Path) -> None:
    folder = _census_dir(tmp_path, "MARY 2.629\n", "")
    with pytest.raises(ValueError, match="dist.female.first"):
        census.read_census(folder / "dist.female.first")


def test_a_title_makes_a_name_that_opens_with_a_big_city_a_persons_name() -> None:
    # ("Florence" and "Alexandria" are big cities, so no given names, census or hand list)
    assert "Florence Atwell" in people("Mayor Florence Atwell opened the new bridge.")
    assert "Alexandria Pettigrew" in people(
        "Sen. Alexandria Pettigrew, D-Ore., said the vote would wait."
    )
    # Without a title the city is still a place.
    facts = extract_facts("Officials in Florence said the bridge would open.")
    assert [p.name for p in facts.places] == ["Florence"] and not facts.people
