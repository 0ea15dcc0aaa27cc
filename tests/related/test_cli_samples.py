"""`briefing related/entity/search --facets/timeline` on the sample library, and the
sample-library quality targets."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main
from tests.related.helpers import SAMPLES


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    if not SAMPLES.is_dir():
        pytest.skip("no sample library")
    path = tmp_path_factory.mktemp("samples-home")
    assert main(["--home", str(path), "index", str(SAMPLES), "--quiet"]) == 0
    return str(path)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _first_id(capsys, home: str, query: str) -> str:
    _, out, _ = _run(capsys, "search", query, "--home", home, "--json")
    return json.loads(out)["results"][0]["id"]


def test_related_json_with_reasons(capsys, home):
    article = _first_id(capsys, home, '"robot cranes"')
    code, out, err = _run(capsys, "related", article, "--limit", "4", "--json", "--home", home)
    assert code == 0
    items = json.loads(out)
    assert len(items) == 4
    for item in items:
        assert set(item) >= {"id", "title", "source", "published", "score", "why"}
        assert set(item["why"]) == {"people", "places", "organisations", "terms", "days_apart"}
    assert items[0]["score"] >= items[-1]["score"]
    assert any(item["why"]["people"] or item["why"]["organisations"] for item in items)
    assert all(item["why"]["terms"] for item in items)
    code, out, _ = _run(capsys, "related", article, "--home", home)
    assert code == 0 and "terms:" in out and "days apart" in out


def test_related_unknown_article_is_an_error(capsys, home):
    code, out, err = _run(capsys, "related", "nosuchid", "--json", "--home", home)
    assert code == 1 and out == "" and "nosuchid" in err


def test_entity_json(capsys, home):
    code, out, err = _run(capsys, "entity", "Vandenberghe", "--json", "--home", home)
    assert code == 0, err
    page = json.loads(out)
    assert page["kind"] == "person" and "Vandenberghe" in page["name"]
    assert page["article_count"] == len(page["articles"]) >= 2
    assert page["first"] <= page["last"]
    code, out, err = _run(capsys, "entity", 'person:"O\\"Brien"', "--home", home)
    assert code == 1 and "O" in err and out == ""


def test_search_facets_and_also_in(capsys, home):
    code, out, _ = _run(capsys, "search", "Antwerp", "--facets", "--json", "--home", home)
    data = json.loads(out)
    assert set(data["facets"]) == {"person", "place", "org", "source", "month"}
    assert data["facets"]["place"][0][0] == "Antwerp"
    assert all("also_in" in hit for hit in data["results"])
    ids = [hit["id"] for hit in data["results"]]
    copies = [copy["id"] for hit in data["results"] for copy in hit["also_in"]]
    assert copies and not set(copies) & set(ids)


def test_timeline_json(capsys, home):
    code, out, _ = _run(capsys, "timeline", "strike", "--json", "--home", home)
    data = json.loads(out)
    starts = [event["start"] for event in data["events"]]
    assert starts and starts == sorted(starts)
    assert all(event["sentence"] and event["articles"] for event in data["events"])
    assert any(len(event["articles"]) > 1 for event in data["events"])  # copies merged
    code, out, _ = _run(capsys, "timeline", "zzznothing", "--json", "--home", home)
    assert json.loads(out)["events"] == []


def test_sample_quality_meets_the_targets(tmp_path):
    if not SAMPLES.is_dir():
        pytest.skip("no sample library")
    from benchmarks.related_quality import sample_library

    result = sample_library(tmp_path)
    assert result["p@5 articles"] >= 20
    assert result["p@5 ours"] >= 0.90
    assert result["grouping precision"] >= 0.98 and result["grouping recall"] >= 0.90
