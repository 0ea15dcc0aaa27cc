"""Entity fields: prominence ranks first, other forms are searchable."""

from __future__ import annotations

from briefing.core.facts import Organisation, Person
from briefing.search.schema import ENTITY_REPEAT, entity_text
from tests.related.helpers import open_library, write_jsonl


def test_entity_text_repeats_by_mentions_and_adds_other_forms():
    items = [
        Organisation.from_json({
            "name": "Belgian Transport Workers' Union",
            "mentions": ["Belgian Transport Workers' Union", "BTB"],
            "spans": [[0, 1], [2, 3]],
        }),
        Person.from_json({"name": "Marta Vandenberghe", "mentions": ["Vandenberghe"], "spans": [[0, 1]] * 9}),
        Organisation.from_json({"name": "Nobody", "mentions": [], "spans": []}),
    ]  # fmt: skip
    lines = entity_text(items).split("\n")
    assert lines.count("Belgian Transport Workers' Union") == 2 and "BTB" in lines
    assert lines.count("Marta Vandenberghe") == ENTITY_REPEAT
    assert "Vandenberghe" not in lines  # already part of the name
    assert lines.count("Nobody") == 1
    assert entity_text(None) == ""


def test_person_search_ranks_the_article_about_them_first(tmp_path):
    about = (
        "Port chief executive Marta Vandenberghe urged both sides to return to talks. "
        "Marta Vandenberghe said the strike cost millions. Later, Marta Vandenberghe "
        "met the unions in Antwerp and Marta Vandenberghe promised a new offer."
    )
    passing = (
        "Shipping lines moved cargo to Rotterdam. Port chief executive Marta Vandenberghe "
        "made a brief statement, while analysts in Hamburg expected more delays at sea."
    )
    rows = [
        {"title": "Cargo diverted", "body": passing, "date": "2025-03-05"},
        {"title": "Port chief presses for talks", "body": about, "date": "2025-03-04"},
    ]
    write_jsonl(tmp_path / "lib", rows)
    with open_library(tmp_path / "home") as library:
        library.index([tmp_path / "lib"])
        hits = library.search('person:"Marta Vandenberghe"').hits
        assert [hit.title for hit in hits] == ["Port chief presses for talks", "Cargo diverted"]
