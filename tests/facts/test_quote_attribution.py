"""Quotes: speaker frames found by probing outlets' quoting styles (issue 13, item 4), each
on a sentence of our own; a speaker is named only when the structure supports it."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_said_a_description_then_the_name_in_apposition() -> None:
    # "said one resident, X", "said his sister, X": the one named after the description.
    body = '"We lost everything in a single night," said one resident, Marta Solis.'
    assert quotes(body) == [("Marta Solis", "We lost everything in a single night,")]
    body = (
        "Liam Doyle died on Sunday.\n\n"
        '"He was the kindest man I ever knew," said his sister, Orla Doyle.'
    )
    assert quotes(body) == [("Orla Doyle", "He was the kindest man I ever knew,")]


def test_said_a_description_alone_names_nobody() -> None:
    body = 'Liam Doyle died on Sunday.\n\n"Liam was the kindest boy we knew," his mother said.'
    assert quotes(body) == [(None, "Liam was the kindest boy we knew,")]
