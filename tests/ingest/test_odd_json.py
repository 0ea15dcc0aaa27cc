"""One odd value or line does not cost a whole JSON or JSON Lines file (found by the
hostile suite, issue 17): orjson refuses legal JSON that the standard library reads."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.ingest import parse_bytes

BODY = "The harbour authority said on Tuesday that the new berth would open in the spring."


def test_lone_surrogate_escapes_are_read_and_cleaned():
    raw = json.dumps({"title": "Odd title \ud800", "body": f"{BODY} \udfff end"}).encode()
    (entry,) = parse_bytes(Path("a.json"), raw)
    assert entry.article.title.startswith("Odd title")
    entry.article.title.encode("utf-8")  # storable: no surrogate left
    assert entry.article.body.endswith("end")


def test_numbers_beyond_range_are_missing_values():
    raw = (
        '{"title": "Huge numbers", "body": "' + BODY + '", "date": 1e400, '
        '"published": -99999999999999999999}'
    ).encode()
    (entry,) = parse_bytes(Path("b.json"), raw)
    assert entry.article.title == "Huge numbers" and entry.article.published is None


def test_a_binary_line_costs_only_itself():
    good = json.dumps({"title": "Before binary", "body": BODY}).encode()
    after = json.dumps({"title": "After binary", "body": BODY}).encode()
    entries = parse_bytes(Path("c.ndjson"), good + b"\n\x00\xff\xfe\x01\n" + after + b"\n")
    assert [e.article.title if e.article else None for e in entries] == [
        "Before binary",
        None,
        "After binary",
    ]
    assert entries[1].error.startswith("line 2: invalid JSON")


def test_invalid_json_still_says_so():
    (entry,) = parse_bytes(Path("ok.jsonl"), b'{"title": "x", "body": "' + BODY.encode() + b'"}')
    assert entry.article is not None
    try:
        parse_bytes(Path("bad.json"), b'{"title": "cut')
    except Exception as error:
        assert str(error).startswith("invalid JSON")
    else:
        raise AssertionError("a cut JSON file was read")
