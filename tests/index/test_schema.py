"""The fast pre-analysis must give exactly what Whoosh's own analysis gives."""

import json

import pytest

from briefing.index.schema import Preanalyzed, build_schema, preanalyze
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


def test_preanalyzed_values_pass_through_the_field():
    field = build_schema()["body"]
    postings = preanalyze("body", "dock strike")
    assert isinstance(postings, Preanalyzed)
    assert list(field.index(postings)) == list(postings)
