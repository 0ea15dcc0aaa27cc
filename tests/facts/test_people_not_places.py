"""Names taken for people that their context makes something else, and lone given names
joined to the full name the classifier found (invented texts)."""

from __future__ import annotations

from briefing.facts import extract_facts


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: p.mentions for p in extract_facts(body).people}


def _places(body: str) -> list[str]:
    return [p.name for p in extract_facts(body).places]


def test_names_listed_after_zones_such_as_are_places() -> None:
    body = (
        "Fines were collected across the city on Monday. Zones such as Velakkam, Porunthi "
        "Vale, Marudhur and Kottaiyur have paid but have not filed complaints."
    )
    assert _people(body) == {}
    assert {"Velakkam", "Porunthi Vale", "Marudhur", "Kottaiyur"} <= set(_places(body))


def test_ordinary_words_before_an_award_word_are_no_person() -> None:
    body = (
        "The university held its awards on Friday. Amara Jennings, of the School of Nursing, "
        "won Researcher of the Year, and Tobias Lindqvist won Emerging Researcher of the Year."
    )
    assert set(_people(body)) == {"Amara Jennings", "Tobias Lindqvist"}
