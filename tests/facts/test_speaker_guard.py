"""Quotes: the record of which rule named each speaker; on sentences we wrote."""

from __future__ import annotations

from briefing.facts import extract_facts, speaker_trace


def test_each_named_speaker_records_the_rule_that_named_it() -> None:
    body = (
        'Tomas Aune said the crossing was "calmer than ever this spring."\n\n'
        '"We will run every hour from May," he said.'
    )
    speaker_trace.RECORD = []
    try:
        quotes = extract_facts(body).quotes
        record = dict(speaker_trace.RECORD)
    finally:
        speaker_trace.RECORD = None
    assert [q.speaker for q in quotes] == ["Tomas Aune", "Tomas Aune"]
    paths = [record[tuple(q.span)] for q in quotes]
    assert paths[0].startswith("before/np/mention")
    assert paths[1].startswith("after/np/pronoun")
    # (no record is kept while nobody asks for one)
    extract_facts(body)
    assert speaker_trace.RECORD is None
