"""Search: stemming, folding, fields, dates, syntax errors, snippets."""

from __future__ import annotations

import json

import pytest

from briefing.search.query import QuerySyntaxError
from tests.library.helpers import open_library


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    rows = [
        {
            "title": "Runners in São Paulo",
            "body": "The runners were running through São Paulo at dawn, and the race ran late.",
            "date": "2024-05-10",
            "source": "Wire",
            "author": "Ana Ruiz",
            "tags": ["sport"],
        },
        {
            "title": "Dock strike",
            "body": "Dock workers in Antwerp went on strike over automated cranes.",
            "date": "2024-06-02",
            "source": "Harbour Daily",
        },
        {
            "title": "Budget vote",
            "body": "The Bavarian parliament will vote on the budget in Munich next week.",
            "date": "2024-05-20",
            "source": "Northgate Wire",
        },
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(row) for row in rows), "utf-8")
    with open_library(tmp_path / "home") as lib:
        lib.index([folder])
        yield lib


def titles(results):
    return [hit.title for hit in results.hits]


def test_porter2_stemming_finds_running_from_run(library):
    assert titles(library.search("run")) == ["Runners in São Paulo"]


def test_case_and_accent_folding(library):
    assert titles(library.search("Sao Paulo")) == ["Runners in São Paulo"]
    assert titles(library.search("SÃO")) == ["Runners in São Paulo"]


def test_fields_phrases_booleans_wildcards(library):
    assert titles(library.search("source:harbour")) == ["Dock strike"]
    assert titles(library.search('"automated cranes"')) == ["Dock strike"]
    assert titles(library.search("strike OR budget", sort="date")) == ["Dock strike", "Budget vote"]
    assert titles(library.search("dock NOT antwerp")) == []
    assert titles(library.search("bavar*")) == ["Budget vote"]
    assert titles(library.search("tags:sport")) == ["Runners in São Paulo"]


def test_date_ranges(library):
    assert titles(library.search("published:[2024-05-01 to 2024-05-31]", sort="date")) == [
        "Budget vote",
        "Runners in São Paulo",
    ]


def test_empty_query_lists_newest_first(library):
    results = library.search("")
    assert results.total == 3
    assert titles(results) == ["Dock strike", "Budget vote", "Runners in São Paulo"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed', "unclosed quotation mark"),
        ("(strike", "unclosed parenthesis"),
        ("strike)", "unmatched closing parenthesis"),
        ("strike AND", "AND needs a term on both sides"),
        ("colour:red", "unknown field 'colour:'"),
        ("published:[foo to bar]", "unreadable date 'foo'"),
    ],
)
def test_syntax_errors_are_one_line(library, query, message):
    with pytest.raises(QuerySyntaxError) as caught:
        library.search(query)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_snippet_highlights_point_at_the_matches(library):
    hit = library.search("running").hits[0]
    assert hit.highlights
    for start, end in hit.highlights:
        assert hit.snippet[start:end].lower().startswith("run")


def test_entity_fields_on_the_sample_library(tmp_path):
    with open_library(tmp_path / "samples-home") as library:
        people = library.search('person:"Marta Vandenberghe"', limit=50)
        places = library.search("place:Dublin", limit=50)
    assert people.total >= 3
    assert any("antwerp" in hit.title.lower() for hit in people.hits)
    assert places.total >= 3
