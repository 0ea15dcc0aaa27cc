"""Entity pages, the timeline and facets, with hand-made facts; bad input."""

from __future__ import annotations

import pytest

from briefing.catalog.entities import split_kind
from tests.library.helpers import set_facts
from tests.related.helpers import DROUGHT, LAUNCH, STRIKE, STRIKE_COPY, open_library, write_jsonl

EMPTY = {"people": [], "places": [], "organisations": [], "dates": [], "quotes": [], "figures": []}


def _set_facts(library, article_id: str, **facts) -> None:
    set_facts(library, article_id, {**EMPTY, **facts})


def _date(body: str, words: str, start: str, granularity: str = "day") -> dict:
    at = body.index(words)
    return {"text": words, "start": start, "end": start, "granularity": granularity, "spans": [[at, at + len(words)]]}  # fmt: skip


@pytest.fixture
def library(tmp_path):
    rows = [
        {"title": "Antwerp dockers vote to strike", "body": STRIKE, "date": "2025-03-03", "source": "Harbour Daily"},
        {"title": "Port faces walkout", "body": STRIKE_COPY, "date": "2025-03-04", "source": "Coastline Post"},
        {"title": "Catalonia drought", "body": DROUGHT, "date": "2025-02-01", "source": "Northgate"},
        {"title": "Rocket breaks up", "body": LAUNCH, "date": "2025-05-09", "source": "Orbit Insider"},
    ]  # fmt: skip
    write_jsonl(tmp_path / "lib", rows)
    with open_library(tmp_path / "home") as lib:
        lib.index([tmp_path / "lib"])
        ids = {row.title: row.id for row in lib.listing(100)}  # every copy, unfolded
        peeters = {"name": "Jan Peeters", "role": "union secretary", "mentions": ["Jan Peeters", "Peeters"], "spans": [[0, 3], [5, 9]]}  # fmt: skip
        quote = {
            "speaker": "Jan Peeters",
            "text": "This is not a fight against the future,",
            "span": [10, 50],
        }
        dates = [_date(STRIKE, "Thursday", "2025-03-06"), _date(STRIKE, "2027", "2027", "year")]
        _set_facts(lib, ids["Antwerp dockers vote to strike"], people=[peeters], places=[{"name": "Antwerp", "kind": "city", "mentions": ["Antwerp"], "spans": [[1, 2]]}], quotes=[quote], dates=dates)  # fmt: skip
        copy_dates = [_date(STRIKE_COPY, "Thursday", "2025-03-06")]
        _set_facts(lib, ids["Port faces walkout"], people=[{**peeters, "role": "port secretary of the union"}], quotes=[quote], dates=copy_dates)  # fmt: skip
        _set_facts(lib, ids["Catalonia drought"], places=[{"name": "Catalonia", "kind": "region", "mentions": ["Catalonia"], "spans": [[1, 2]]}], dates=[_date(DROUGHT, "Tuesday", "2025-01-28")])  # fmt: skip
        _set_facts(lib, ids["Rocket breaks up"])  # an article with no facts at all
        yield lib, ids


def test_entity_page_by_short_name_with_roles_dates_articles_and_quotes(library):
    lib, ids = library
    page = lib.entity("Peeters")
    assert page is not None and page.name == "Jan Peeters" and page.kind == "person"
    assert page.names[0] == "Jan Peeters" and "Peeters" in page.names
    assert sorted(page.roles) == ["port secretary of the union", "union secretary"]
    assert page.article_count == 2
    assert page.first.startswith("2025-03-03") and page.last.startswith("2025-03-04")
    assert [item.article.id for item in page.articles] == [ids["Port faces walkout"], ids["Antwerp dockers vote to strike"]]  # fmt: skip
    assert len(page.quotes) == 1  # the syndicated copy repeats it: shown once
    data = page.to_json()
    assert data["quotes"][0]["text"].startswith("This is not a fight")
    assert set(data) == {"name", "kind", "names", "roles", "article_count", "first", "last", "articles", "quotes"}  # fmt: skip
    assert lib.entity('person:"jan peeters"').name == "Jan Peeters"
    assert lib.entity("Jan Peeters", kind="place") is None
    place = lib.entity("place:antwerp")
    assert place.kind == "place" and place.quotes == [] and place.roles == []


@pytest.mark.parametrize(
    "name", ['person:"O\\"Brien"', "O'Brien", "", "   ", "org:", '"', "title:(strike OR", "*"]
)
def test_unknown_or_odd_entity_names_give_none(library, name):
    lib, _ = library
    assert lib.entity(name) is None


def test_split_kind_undoes_quotes_and_escapes():
    assert split_kind('person:"O\\"Brien"') == ("person", 'O"Brien')
    assert split_kind("org: 'Port Authority'") == ("org", "Port Authority")
    assert split_kind("Sergei Shoigu") == (None, "Sergei Shoigu")


def test_timeline_orders_events_and_merges_copies(library):
    lib, ids = library
    timeline = lib.timeline()
    starts = [event.start for event in timeline.events]
    assert starts == ["2025-01-28", "2025-03-06", "2027"]
    thursday = timeline.events[1]
    assert {row.id for row in thursday.articles} == {ids["Antwerp dockers vote to strike"], ids["Port faces walkout"]}  # fmt: skip
    assert "Thursday" in thursday.sentence and thursday.sentence.startswith("Dock workers")
    assert "2027" in timeline.events[2].sentence
    only = lib.timeline("drought")
    assert [event.start for event in only.events] == ["2025-01-28"]
    assert lib.timeline("nothingmatchesthis").events == []
    assert lib.timeline(limit=1).truncated is True
    assert set(timeline.to_json()) == {"query", "truncated", "events"}


def test_facets_count_entities_sources_and_months(library):
    lib, _ = library
    results = lib.search("port OR drought OR rocket", facets=True)
    facets = results.to_json()["facets"]
    assert set(facets) == {"person", "place", "org", "source", "month"}
    assert facets["person"] == [["Jan Peeters", 2]]
    assert ["Antwerp", 1] in facets["place"] and ["Catalonia", 1] in facets["place"]
    assert sorted(facets["source"]) == [["Coastline Post", 1], ["Harbour Daily", 1], ["Northgate", 1], ["Orbit Insider", 1]]  # fmt: skip
    assert facets["month"][0] == ["2025-03", 2]
    empty = lib.search("nothingmatchesthis", facets=True).facets
    assert empty == {"person": [], "place": [], "org": [], "source": [], "month": []}


def test_entity_field_search_with_quotes_does_not_fail(library):
    lib, ids = library
    assert lib.search('person:"O\\"Brien"').hits == []
    rocket = ids["Rocket breaks up"]
    assert len(lib.related(rocket, 3)) == 2  # no facts: text and time still relate it
