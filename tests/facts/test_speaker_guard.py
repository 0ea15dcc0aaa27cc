"""Quotes: the speaker shown without the titles left on a name, a dateline before a subject,
and the record of which rule named each speaker; on sentences we wrote."""

from __future__ import annotations

from briefing.facts import extract_facts, speaker_trace
from briefing.facts.quote_context import without_title


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_facts(body).quotes]


def test_titles_and_an_organisations_initials_are_left_off_the_speaker() -> None:
    assert without_title("ACME Director-General Hana Voskuijlen Tam") == "Hana Voskuijlen Tam"
    assert without_title("Glaciologist Ada Brekke") == "Ada Brekke"
    assert without_title("Scientist Rebecca Falconer") == "Rebecca Falconer"
    assert without_title("Ex-minister Ana Ruiz") == "Ana Ruiz"  # (a role `is_role` knows)
    # (two words stay: "King Harlow" may be a given name and a surname)
    assert without_title("King Harlow") == "King Harlow"
    assert without_title("Ada Brekke Holm") == "Ada Brekke Holm"


def test_the_speaker_stripped_of_its_title_still_speaks_on() -> None:
    # The name found ("WHO Director-General ...") carries on to "she said" and to the
    # reported clause after it; the reader is shown the person only.
    body = (
        "Health ministers met in Geneva on Monday.\n\n"
        'WHO Director-General Lucia Ferrante Bassi said there was reason for "cautious '
        'optimism" after the trial. She said the agency remained "extremely concerned" about '
        'the spread, adding that the risk was "highest in the north."'
    )
    assert speakers(body) == ["Lucia Ferrante Bassi"] * 3


def test_a_dateline_before_the_subject_is_not_part_of_it() -> None:
    # "Alderton – The chairman of the X, Y, said": Y speaks, not the organisation.
    for dateline in ("Alderton – ", "ALDERTON — ", "Alderton, Norway – ", "ALDERTON: "):
        body = (
            "Ferry talks resume\n\n"
            f"{dateline}The chairman of the Harbour Users Board, Danish skipper Ingrid "
            'Solberg, said on Friday that the plan will ensure a "smooth, quiet crossing" '
            "for visitors."
        )
        assert speakers(body) == ["Ingrid Solberg"], dateline


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


def test_a_quote_about_the_only_person_in_view_is_not_given_to_them() -> None:
    # A man does not speak of himself as "he": the quotation is about Tom Vane, and whoever
    # said it is not named.
    body = 'Tom Vane was arrested on Monday.\n\n"He is a danger to everyone," he said.'
    assert speakers(body) == [None]
    body = 'Maria Vane was sentenced to six years. "She showed no remorse," she said.'
    assert speakers(body) == [None]
    # Somebody else in view, or the person quoted just before: resolved as usual.
    body = 'Tom Vane praised his deckhand. "He never missed a day," he said.'
    assert speakers(body) == ["Tom Vane"]
    body = (
        'Tom Vane said the crossing was "calmer than ever." '
        '"He never missed a day," he said of the old skipper.'
    )
    assert speakers(body) == ["Tom Vane", "Tom Vane"]
    body = 'Tom Vane died on Monday. "He was a giant of this town," said Mayor Ana Ruiz.'
    assert speakers(body) == ["Ana Ruiz"]


def test_a_relation_named_after_the_quote_keeps_the_speaker() -> None:
    body = 'Tom Vane spoke at the funeral.\n\n"He was my hero," he said of his late father.'
    assert speakers(body) == ["Tom Vane"]


def test_a_document_is_a_persons_words_only_when_they_are_said_to_write_it() -> None:
    # "The letter said" after a sentence about a person who wrote nothing: not hers.
    body = 'Ana Ruiz was on leave in May. The letter said the ferry was "unfit to sail."'
    assert speakers(body) == [None]
    body = 'Ana Ruiz met the inspectors on Monday. "The hull was never inspected," the report said.'
    assert speakers(body) == [None]
    # She wrote it, or a body stands before it: theirs.
    body = 'Ana Ruiz wrote to the council on Monday. The letter said the ferry was "unfit to sail."'
    assert speakers(body) == ["Ana Ruiz"]
    body = 'The Harbour Board met on Monday. The statement said the ferry was "unfit to sail."'
    assert speakers(body) == ["Harbour Board"]
