"""Query fields with exact meanings (issue 15): date bounds at the precision given, true
counts after phrases, stories counted once, undated articles last, `tag:` and `date:`."""

from __future__ import annotations

import json

import pytest

from briefing.cli import main
from briefing.core.errors import QuerySyntaxError
from briefing.search.bounds import read_bounds
from tests.library.helpers import open_library

STORY = (
    "The Bank of England raised interest rates on Thursday, its governor said in London, "
    "after inflation stayed above target for the ninth month running. Markets had "
    "expected the move; mortgage lenders said they would pass it on within weeks."
)


def _rows():
    rows = [
        # Same story, two sources: one story, two articles.
        {"title": "Rates rise again", "body": STORY, "date": "2025-03-12", "source": "Wire"},
        {"title": "Rates rise again!", "body": STORY, "date": "2025-03-12", "source": "Echo"},
        {
            "title": "Bank holiday in England",
            "body": "England has a bank holiday in May 2024; every bank closes for the day.",
            "date": "2025-03-13",
            "source": "Wire",
        },
        {
            "title": "Year end review",
            "body": "A review of the bank year in England, written on 31 December 2024.",
            "date": "2024-12-31",
            "source": "Wire",
        },
        {
            "title": "New year plans",
            "body": "The bank in England plans for the new year, said the manager.",
            "date": "2025-01-01",
            "source": "Wire",
        },
        {
            "title": "Undated bank note",
            "body": "An undated note on a bank in England, with no publication date at all.",
            "source": "Wire",
        },
    ]
    words = (
        "harbour cranes pilots ferries tides gulls anchors ropes cargo sailors lighthouse "
        "pier nets boats oysters herring salt storms docks barges"
    ).split()
    for number in range(14):
        picked = " ".join(words[(number * 7 + k * 3) % len(words)] for k in range(9))
        rows.append(
            {
                "title": f"Bank branch {number}",
                "body": f"A bank raised branch {number} in England by the {picked}.",
                "date": f"2023-0{1 + number % 9}-1{number % 10}",
                "source": "Local",
            }
        )
    return rows


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("fields")
    folder = root / "lib"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in _rows()), "utf-8")
    with open_library(root / "home") as library:
        library.index([folder])
    return root / "home"


@pytest.fixture
def library(home):
    with open_library(home) as lib:
        yield lib


def titles(results):
    return [hit.title for hit in results.hits]


def cli(capsys, home, *argv):
    code = main(["--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("published:<2025", {"Year end review"}),
        ("published:<=2024-12", {"Year end review"}),
        ("published:>2025-03-12", {"Bank holiday in England"}),
        ("published:>=2025-03-12", {"Bank holiday in England", "Rates rise again"}),
        ("published:2025-01", {"New year plans"}),
        ("published:[2024-12-31 to 2025-01-01]", {"Year end review", "New year plans"}),
        ("published:{2024-12-31 to 2025-03-12}", {"New year plans"}),
        ("published:[2025-03 to]", {"Bank holiday in England", "Rates rise again"}),
    ],
)
def test_date_bounds_exclusive_and_inclusive_at_the_precision_given(library, query, expected):
    found = library.search(f"source:wire AND {query}", limit=None)
    assert {title.rstrip("!") for title in titles(found)} == expected
    assert found.total == len(expected)


def test_bounds_read_as_documented():
    bounds = read_bounds("<2025")
    assert (bounds.first, str(bounds.last)) == (None, "2024-12-31")
    assert str(read_bounds(">2025-02").first) == "2025-03-01"
    assert str(read_bounds("2024-02").last) == "2024-02-29"


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("published:[2019 to banana]", "'banana'"),
        ("published:notadate", "'notadate'"),
        ("published:>99999-01-01", "'99999-01-01'"),
        ("date:2025-13", "'2025-13'"),
        ("person:", "person:"),
        ('title:""', "title:"),
        ("bank tag:", "tag:"),
    ],
)
def test_bad_values_are_one_line_errors_naming_them(capsys, home, library, query, named):
    with pytest.raises(QuerySyntaxError) as caught:
        library.search(query)
    assert named in str(caught.value) and "\n" not in str(caught.value)
    code, out, err = cli(capsys, home, "search", query)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and named in err and "Traceback" not in err


def test_phrase_counts_are_true_and_count_stories(capsys, home, library):
    # 15 stories hold both words, 2 articles the phrase, and those 2 are one story.
    assert library.search("england raised", limit=1000).total == 15
    found = library.search('"England raised"', limit=1)
    assert found.total == 1 and len(found.hits) == 1
    assert found.hits[0].also_in and found.total == len(
        library.search('"England raised"', limit=None).hits
    )
    code, out, _ = cli(capsys, home, "search", '"England raised"', "--json")
    assert code == 0 and json.loads(out)["total"] == 1
    code, out, _ = cli(capsys, home, "search", '"England raised"')
    assert out.startswith('1 result for "England raised"')
    # a post-filtered query past a page: the true count, not Whoosh's estimate
    assert library.search('"raised branch"', limit=2).total == 14


def test_counts_fold_copies_on_every_path(library):
    """Relevance (fast path), date sort and a paged fetch all count the story once."""
    everything = library.search("bank", limit=None)
    assert everything.total == len(everything.hits) == 19
    for sort in ("relevance", "date", "oldest"):
        assert library.search("bank", limit=2, sort=sort).total == 19
    assert library.search("rates", limit=1).total == 1


def without_story_map(library) -> None:
    """The index as an older version left it: no saved story numbers (`storymap`)."""
    from briefing.library import searching, storymap

    (library._search_index().folder / storymap.NAME).unlink(missing_ok=True)
    searching._SAVED.clear()


def test_the_story_count_reads_only_the_matched_documents(library):
    """Without saved story numbers, a search reads the story of the documents it matched,
    not of every copy in the library (that cost 2.2 s in every cold command at 100,000
    articles)."""
    from briefing.library.searching import _LABELS

    without_story_map(library)
    assert library.search("rates", limit=1).total == 1
    searcher = library._search_index().searcher()
    assert len(_LABELS[searcher]) == 2  # of 20: the two copies "rates" matches, one story
    assert len(set(_LABELS[searcher].values())) == 1
    assert library.search("bank", limit=2).total == 19
    assert searcher.doc_count() == 20 == len(_LABELS[searcher])  # now every document
    assert library.search("bank", limit=2, sort="date").total == 19


@pytest.mark.parametrize("share", [1, 10**9])  # each label looked up / the table scanned
def test_story_counts_are_the_same_however_labels_are_read(library, monkeypatch, share):
    from briefing.library import searching

    monkeypatch.setattr(searching, "_SCAN_SHARE", share)
    without_story_map(library)
    searching._LABELS.clear()
    assert library.search("rates", limit=1).total == 1
    assert library.search("bank", limit=2).total == 19
    assert library.search('"England raised"', limit=1).total == 1
    searcher = library._search_index().searcher()
    ids = {docnum: searcher.stored_fields(docnum)["id"] for docnum in searching._LABELS[searcher]}
    groups = {article_id: library.same_story(article_id) for article_id in ids.values()}
    for docnum, label in searching._LABELS[searcher].items():  # a group's smallest id
        assert label == min([ids[docnum], *groups[ids[docnum]]])


def test_undated_last_in_both_orders(capsys, home, library):
    for sort in ("newest", "oldest", "date"):
        found = library.search("bank", limit=None, sort=sort)
        assert titles(found)[-1] == "Undated bank note", sort
    code, out, _ = cli(capsys, home, "search", "bank", "--sort", "date", "--json", "--limit", "50")
    results = json.loads(out)["results"]
    assert results[-1]["published"] is None
    assert all(result["published"] for result in results[:-1])
    dates = [result["published"] for result in results[:-1]]
    assert dates == sorted(dates, reverse=True)


def test_date_field_finds_articles_that_mention_a_date(capsys, home, library):
    assert titles(library.search("date:2024-12-31")) == ["Year end review"]
    assert set(titles(library.search("date:2024", limit=None))) == {
        "Year end review",
        "Bank holiday in England",
    }
    # bounds as in published:, combined with other clauses
    assert titles(library.search("date:<2024-12")) == ["Bank holiday in England"]
    assert titles(library.search("date:>2024-05 AND date:<2025 AND bank")) == ["Year end review"]
    assert titles(library.search("bank NOT date:2024", limit=None)).count("Year end review") == 0
    code, out, _ = cli(capsys, home, "search", "date:2024-05", "--json")
    assert [hit["title"] for hit in json.loads(out)["results"]] == ["Bank holiday in England"]


def test_tag_field_searches_the_users_tags(capsys, home, library):
    holiday = library.search('title:"Bank holiday"').hits[0].id
    review = library.search('title:"Year end"').hits[0].id
    assert cli(capsys, home, "tag", holiday, "Port Strike", "mine")[0] == 0
    assert cli(capsys, home, "tag", review, "mine")[0] == 0
    code, out, _ = cli(capsys, home, "search", "tag:mine", "--json")
    assert code == 0 and {hit["id"] for hit in json.loads(out)["results"]} == {holiday, review}
    code, out, _ = cli(capsys, home, "search", 'tag:"port strike" OR tag:nothing', "--json")
    assert [hit["id"] for hit in json.loads(out)["results"]] == [holiday]
    code, out, _ = cli(capsys, home, "search", "tag:mine NOT holiday", "--json")
    assert [hit["id"] for hit in json.loads(out)["results"]] == [review]
    code, out, _ = cli(capsys, home, "timeline", "tag:mine", "--json")
    reported = {row["id"] for event in json.loads(out)["events"] for row in event["articles"]}
    assert code == 0 and reported == {review, holiday}
    # without the user's data a tag matches nothing; with it, as data
    assert library.search("tag:mine").total == 0
    found = library.search("tag:mine", tagged={"mine": {review}})
    assert titles(found) == ["Year end review"]


def test_copies_listed_on_their_own_when_asked(capsys, home, library):
    """`--copies` (fold=False): every same-story copy is a result of its own and counted."""
    folded = library.search('"England raised"', limit=None)
    unfolded = library.search('"England raised"', limit=None, fold=False)
    assert (folded.total, unfolded.total) == (1, 2)
    assert {hit.id for hit in unfolded.hits} == {folded.hits[0].id} | {
        copy["id"] for copy in folded.hits[0].also_in
    }
    assert not any(hit.also_in for hit in unfolded.hits)
    everything = library.search("", limit=None, fold=False)
    assert everything.total == library.count() == len(everything.hits)
    assert library.search("", limit=None).total == everything.total - 1
    code, out, _ = cli(capsys, home, "search", '"England raised"', "--json", "--copies")
    assert code == 0 and json.loads(out)["total"] == 2
