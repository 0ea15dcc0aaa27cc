"""The fast pre-analysis must give exactly what Whoosh's own analysis gives."""

import json

import pytest

from briefing.core.facts import Facts
from briefing.search.schema import (
    Preanalyzed,
    build_schema,
    preanalyze,
    preanalyze_entities,
    preanalyze_names,
)
from tests.conftest import REPO, WIKINEWS

TRICKY = "Running runners ran; São Paulo's ÆSIR — İstanbul, STRASSE ß a I x 3.5% it's O'Brien’s 2024-05-01 a an the"


def texts():
    yield TRICKY
    for path in sorted((REPO / "sample_data").rglob("*.md"))[:10]:
        yield path.read_text("utf-8")
    if WIKINEWS.exists():
        with open(WIKINEWS, encoding="utf-8") as handle:
            for number, line in enumerate(handle):
                if number >= 60:
                    break
                row = json.loads(line)
                yield row["title"]
                yield row["body"]


@pytest.mark.parametrize("fieldname", ["title", "body"])
def test_preanalyze_equals_whoosh_analysis(fieldname):
    field = build_schema()[fieldname]
    for text in texts():
        expected = sorted(field.index(text))
        assert sorted(preanalyze(fieldname, text)) == expected


NAMES = "Jean-Luc Mélenchon\nJean-Luc Mélenchon\nO'Brien’s Co.\nİstanbul\nSÃO PAULO\nU.N.\nA\n3M"


@pytest.mark.parametrize("fieldname", ["person", "place", "org"])
def test_preanalyze_names_equals_whoosh_analysis(fieldname):
    field = build_schema()[fieldname]
    for text in [NAMES, TRICKY, "", *list(texts())[:12]]:
        expected = sorted(field.index(text))
        assert sorted(preanalyze_names(fieldname, text)) == expected


def test_preanalyze_entities_fills_each_entity_field():
    facts = Facts.from_json(
        {
            "people": [{"name": "Ana Souza", "spans": [[0, 9], [20, 25]], "mentions": ["Souza"]}],
            "places": [{"name": "São Paulo", "spans": [[30, 39]]}],
        }
    )
    postings = preanalyze_entities(facts)
    assert {term for term, *_ in postings["person"]} == {b"ana", b"souza"}
    assert dict((term, freq) for term, freq, *_ in postings["person"])[b"souza"] == 2
    assert {term for term, *_ in postings["place"]} == {b"sao", b"paulo"}
    assert postings["org"] == []


def test_preanalyzed_values_pass_through_the_field():
    field = build_schema()["body"]
    postings = preanalyze("body", "dock strike")
    assert isinstance(postings, Preanalyzed)
    assert list(field.index(postings)) == list(postings)


def test_published_dates_take_two_terms_and_ranges_find_the_same_articles():
    # The date field indexes each value exactly and in 12.7-day buckets (shift step 40),
    # not at eight precisions: a range of dates finds what Whoosh's own DATETIME finds.
    from datetime import datetime, timedelta

    from whoosh import fields
    from whoosh.filedb.filestore import RamStorage
    from whoosh.query import DateRange

    from briefing.search.schema import Published

    days = [datetime(2019, 1, 1) + timedelta(days=n * 3, hours=n % 24) for n in range(400)]

    def searcher(field):
        index = RamStorage().create_index(fields.Schema(published=field))
        writer = index.writer()
        for day in days:
            writer.add_document(published=day)
        writer.commit()
        return index.searcher()

    ours, stock = searcher(Published()), searcher(fields.DATETIME(sortable=True))
    assert sum(1 for _ in ours.reader().lexicon("published")) < 2 * len(days)
    for start, end in [
        (datetime(2019, 3, 1), datetime(2019, 3, 31, 23, 59)),
        (datetime(2019, 2, 10, 5), datetime(2021, 6, 2)),
        (None, datetime(2020, 1, 1)),
        (datetime(2021, 12, 24), None),
        (datetime(2019, 1, 4, 1), datetime(2019, 1, 4, 1)),
    ]:
        query = DateRange("published", start, end)
        found = set(ours.docs_for_query(query))
        assert found == set(stock.docs_for_query(query))
        wanted = {
            n
            for n, day in enumerate(days)
            if (start is None or day >= start) and (end is None or day <= end)
        }
        assert found == wanted
