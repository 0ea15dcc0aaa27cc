"""The JSON shape of `Facts` (the contract of `briefing facts --json`) and its round trip."""

from __future__ import annotations

import json
from datetime import date

from briefing.facts import Facts, extract_facts

BODY = (
    "MOSCOW (Reuters) - Russian President Vladimir Putin met Kim Jong Un in the Amur Region on "
    'Tuesday. "We will help them build satellites," Putin said. Trade reached $94.9 billion in '
    "sales, up 12%, and 1,200 people attended."
)


def test_json_shape_is_exactly_the_documented_one() -> None:
    data = extract_facts(BODY, date(2023, 9, 13)).to_json()
    assert list(data) == ["people", "places", "organisations", "dates", "quotes", "figures"]
    assert all(set(p) == {"name", "role", "mentions", "spans"} for p in data["people"])
    assert all(set(p) == {"name", "kind", "mentions", "spans"} for p in data["places"])
    assert all(set(o) == {"name", "mentions", "spans"} for o in data["organisations"])
    assert all(set(d) == {"text", "start", "end", "granularity", "spans"} for d in data["dates"])
    assert all(set(q) == {"speaker", "text", "span"} for q in data["quotes"])
    assert all(set(f) == {"text", "value", "unit", "span"} for f in data["figures"])
    for kind in ("people", "places", "organisations", "dates"):
        assert data[kind], kind
        for item in data[kind]:
            assert all(isinstance(s, list) and len(s) == 2 for s in item["spans"])
    at = BODY.index("Tuesday")
    assert data["dates"] == [
        {
            "text": "Tuesday",
            "start": "2023-09-12",
            "end": "2023-09-12",
            "granularity": "day",
            "spans": [[at, at + len("Tuesday")]],
        }
    ]


def test_round_trip_through_json_text() -> None:
    facts = extract_facts(BODY, date(2023, 9, 13))
    data = json.loads(json.dumps(facts.to_json()))
    assert Facts.from_json(data) == facts
    assert Facts.from_json(data).to_json() == facts.to_json()


def test_from_json_tolerates_missing_and_malformed_parts() -> None:
    facts = Facts.from_json({"people": [{"name": "A B", "spans": [[1, 2], "bad", [3]]}]})
    assert facts.people[0].spans == [(1, 2)]
    assert Facts.from_json(None) == Facts()


def test_spans_locate_evidence_in_the_body() -> None:
    facts = extract_facts(BODY, date(2023, 9, 13))
    for person in facts.people:
        for start, end in person.spans:
            assert BODY[start:end] in person.mentions
    for quote in facts.quotes:
        assert BODY[quote.span[0] : quote.span[1]] == quote.text
