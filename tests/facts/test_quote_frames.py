"""Quotes: more speaker frames of issue 13, each on invented sentences; a speaker is named
only when the sentence structure supports it."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_a_verb_and_its_object_are_not_titles_before_a_name() -> None:
    # "won the ... award": the subject is the winner, not the award named after the verb.
    body = (
        "Tomasz Wieczorek, the Kestrel Rovers striker, scored twice on Sunday. "
        "Tomasz Wieczorek won the Golden Boot Trophy award. "
        'He said, "The first half felt good for all of us out there."'
    )
    assert quotes(body) == [
        ("Tomasz Wieczorek", "The first half felt good for all of us out there.")
    ]
