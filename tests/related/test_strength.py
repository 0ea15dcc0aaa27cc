"""Related ranking pieces: length-normalised text likeness, strength and the weak flag."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main
from briefing.library import related
from briefing.search import postings
from tests.library.helpers import search_index
from tests.related.helpers import DROUGHT, LAUNCH, STRIKE, open_library, write_jsonl

# Words of no story in particular, to pad an article out to interview length.
FILLER = (
    "The committee met again in the spring and the summer to hear evidence from residents "
    "about parking, libraries, school meals, street lighting, recycling and the market. "
)
PIVOT = (
    "Crane operators at the Antwerp container terminal said the automated cranes would cost "
    "jobs, and the union warned of a strike over the Deurganck dock plan."
)


def _library(tmp_path, rows):
    write_jsonl(tmp_path / "lib", rows)
    library = open_library(tmp_path / "home")
    library.index([tmp_path / "lib"])
    return library


def _id(library, title: str) -> str:
    return next(hit.id for hit in library.search("", limit=None).hits if hit.title == title)


@pytest.fixture
def padded_library(tmp_path):
    """A strike article, a short one on the same strike, a very long one that mentions it
    in passing, and unrelated ones."""
    rows = [
        {"title": "Antwerp dockers vote to strike", "body": STRIKE, "date": "2025-03-03"},
        {"title": "Crane row at Antwerp", "body": PIVOT, "date": "2025-03-20"},
        {"title": "Council round-up", "body": FILLER * 60 + PIVOT, "date": "2025-03-04"},
        {"title": "Drought", "body": DROUGHT, "date": "2025-03-01"},
        {"title": "Launch", "body": LAUNCH, "date": "2025-05-01"},
    ]
    with _library(tmp_path, rows) as library:
        yield library


def test_a_long_article_mentioning_the_story_in_passing_ranks_below_a_focused_one(
    padded_library,
):
    # Without length normalisation the round-up's many words matched as well as the short
    # article's few: BM25 divides by length, so the focused article comes first.
    strike = _id(padded_library, "Antwerp dockers vote to strike")
    items = padded_library.related(strike, 4)
    assert items[0].title == "Crane row at Antwerp"
    by_title = {item.title: item for item in items}
    assert by_title["Council round-up"].strength < by_title["Crane row at Antwerp"].strength


def test_strength_is_in_unit_range_and_weak_is_below_the_threshold(padded_library):
    strike = _id(padded_library, "Antwerp dockers vote to strike")
    items = padded_library.related(strike, 4)
    assert [item.score for item in items] == sorted((item.score for item in items), reverse=True)
    for item in items:
        assert 0.0 <= item.strength <= 1.0
        assert item.weak == (item.strength < related.WEAK_BELOW)
    assert not items[0].weak
    # The drought and the rocket launch share nothing with a dock strike but the calendar.
    assert all(item.weak for item in items if item.title in {"Drought", "Launch"})


def test_articles_listed_only_for_closeness_in_time_have_zero_strength_and_are_weak(tmp_path):
    rows = [
        {"title": "Drought", "body": "Reservoirs in Catalonia fell to sixteen percent, "
         "farmers warned that irrigation limits would ruin harvests.", "date": "2025-03-01"},
        {"title": "Launch", "body": "A small rocket broke up after lift-off from Andoya, "
         "scattering debris; insurers expect claims.", "date": "2025-03-02"},
    ]  # fmt: skip
    with _library(tmp_path, rows) as library:
        items = library.related(_id(library, "Drought"), 5)
        assert [item.title for item in items] == ["Launch"]
        assert items[0].strength == 0.0 and items[0].weak


def test_strength_of_caps_scores_at_one():
    assert related.strength_of(0.4) == 0.4
    assert related.strength_of(1.7) == 1.0
    assert related.strength_of(-0.1) == 0.0


def test_entities_and_time_only_strengthen_a_likeness_of_text():
    candidate = related._Candidate(text=0.0, entity=1.0)
    row = related.Row("x", "t", None, None)
    score, tie = related._score(candidate, 1.0, None, row)
    # No text in common: shared entities alone list an article, as weak.
    assert score == pytest.approx(related.ENTITY_ALONE)
    assert related.strength_of(score) < related.WEAK_BELOW
    assert tie > 0
    strong = related._Candidate(text=0.5, entity=1.0)
    plain = related._Candidate(text=0.5, entity=0.0)
    assert related._score(strong, 1.0, None, row)[0] > related._score(plain, 1.0, None, row)[0]


def test_json_carries_strength_and_weak(padded_library, capsys):
    strike = _id(padded_library, "Antwerp dockers vote to strike")
    items = padded_library.related(strike, 4)
    data = [item.to_json() for item in items]
    for item, shown in zip(items, data, strict=True):
        assert shown["strength"] == round(item.strength, 3)
        assert shown["weak"] is item.weak
        assert isinstance(shown["strength"], float)
    # The fields the JSON had before are all still there.
    assert set(data[0]) >= {"id", "title", "source", "published", "score", "why", "also_in"}


def test_cli_json_and_text_show_strength_and_mark_weak_items(padded_library, capsys, tmp_path):
    strike = _id(padded_library, "Antwerp dockers vote to strike")
    home = str(tmp_path / "home")
    padded_library.close()
    assert main(["--home", home, "related", strike, "--limit", "4", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert all({"strength", "weak"} <= set(item) for item in items)
    weak = [item["title"] for item in items if item["weak"]]
    assert weak and not items[0]["weak"]
    assert main(["--home", home, "related", strike, "--limit", "4"]) == 0
    out = capsys.readouterr().out.splitlines()
    separator = out.index("-- less related (weak) --")
    titles_after = [line for line in out[separator:] if "weak · " in line]
    assert len(titles_after) == len(weak)
    assert out[0].startswith(f"{items[0]['strength']:.2f}  Crane row at Antwerp")


def test_doc_frequency_and_length_norms_match_the_reader(padded_library):
    reader = search_index(padded_library).searcher().reader()
    for term in ("antwerp", "crane", "nosuchterm"):
        expected = reader.doc_frequency("body", term)
        assert postings.doc_frequency(reader, "body", term) == expected
        assert postings.doc_frequency(reader, "body", term) == expected  # remembered
    norms = postings.length_norms(reader, "body", 1.2, 0.75)
    average = reader.field_length("body") / reader.doc_count_all()
    for docnum in range(reader.doc_count_all()):
        length = reader.doc_field_length(docnum, "body") or 1
        assert norms[docnum] == pytest.approx(1.2 * (0.25 + 0.75 * length / average))
    assert postings.length_norms(reader, "body", 1.2, 0.75) is norms
    # With b = 0 length plays no part (the ranking before length normalisation).
    flat = postings.length_norms(reader, "body", 1.2, 0.0)
    assert {flat[docnum] for docnum in range(reader.doc_count_all())} == {1.2}
