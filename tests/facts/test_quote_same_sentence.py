"""Quotes whose own sentence names the speaker in less usual shapes: a time between the
subject and its verb, and the other frames of the same sentence added with it. Every
sentence here is invented."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_a_time_between_the_subject_and_its_verb() -> None:
    for when in ("on Monday", "this week", "last week", "yesterday", "on Monday also"):
        body = (
            f"Mines Minister Elago Pendeni {when} told The Windhoek Post that the cabinet would "
            'approve the deal "in the first quarter of next year", after the study.'
        )
        assert quotes(body) == [("Elago Pendeni", "in the first quarter of next year")], when
    # A time that is part of a name is not stripped away from it.
    body = 'The Sunday Tribune reported that the mayor would "resign before the summer is out."'
    assert quotes(body)[0][0] is None
