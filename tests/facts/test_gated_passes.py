"""The cheap gates in front of the page-furniture and sign-off passes keep
their answers: the same spans found where the gate lets the pass run."""

from __future__ import annotations

from briefing.facts.page_furniture import furniture_ranges
from briefing.facts.sign_offs import sign_off_ranges


def test_text_size_switches_at_the_very_end_of_a_page_are_still_furniture() -> None:
    body = "The council met on Monday.\nXS\nSM\nMD"
    assert furniture_ranges(body) == [(body.index("XS"), len(body))]


def test_text_size_switches_between_paragraphs_are_furniture() -> None:
    body = "The council met.\n  XS \nLG\nThe vote was close."
    start = body.index("  XS")
    assert furniture_ranges(body) == [(start, body.index("\nThe vote"))]


def test_a_page_with_no_line_of_capitals_alone_has_no_switches() -> None:
    assert furniture_ranges("The council met.\nOK, said the mayor.\nUN aid came.") == []


def test_sign_offs_are_found_behind_the_gate_and_common_has_is_not_one() -> None:
    body = (
        "The mayor has more money than last year. Dana Keller has more from the town hall.\n"
        "Omar Reyes reports from the harbour."
    )
    names = [body[a:b] for a, b in sign_off_ranges(body)]
    assert names == ["Dana Keller", "Omar Reyes"]


def test_no_sign_off_when_neither_trigger_follows_has_or_reports() -> None:
    assert sign_off_ranges("The mayor has said little. Dana Keller reports that rents rose.") == []
