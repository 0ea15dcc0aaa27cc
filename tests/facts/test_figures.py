"""Figures: money, percentages and quantities with value, unit and their phrase."""

from __future__ import annotations

import pytest

from briefing.facts.figures import find_figures


def by_text(body: str) -> dict[str, tuple[float, str]]:
    return {f.text: (f.value, f.unit) for f in find_figures(body)}


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("It made $94.9 billion in sales last year.", "$94.9 billion in sales", 94.9e9, "USD"),
        ("About 1,200 people came.", "1,200 people", 1200.0, "people"),
        ("Profit rose 12.5% on the year.", "12.5%", 12.5, "%"),
        ("Rates rose 3 percentage points.", "3 percentage points", 3.0, "percentage points"),
        ("It owes €2bn of debt.", "€2bn of debt", 2e9, "EUR"),
        ("They pledged 40 million euros.", "40 million euros", 40e6, "EUR"),
        ("The wall is 12 km long.", "12 km", 12.0, "km"),
        ("It moved 2,400 containers.", "2,400 containers", 2400.0, "containers"),
        ("It cost £3.2 million.", "£3.2 million", 3.2e6, "GBP"),
        ("About six million people live there.", "six million people", 6e6, "people"),
        ("Twenty metres of water covered it.", "Twenty metres", 20.0, "metres"),
        ("The 187-kilometre stage was hard.", "187-kilometre", 187.0, "kilometre"),
    ],
)
def test_figures(body: str, text: str, value: float, unit: str) -> None:
    found = by_text(body)
    assert found[text] == (pytest.approx(value), unit)


def test_figure_spans_point_at_their_text() -> None:
    body = "Shares fell 4.3% after $1.8 billion of losses."
    for figure in find_figures(body):
        assert body[figure.span[0] : figure.span[1]] == figure.text


def test_blocked_spans_are_not_figures() -> None:
    body = "In 2020 people voted."
    assert find_figures(body, [(3, 7)]) == []


def test_plain_words_are_not_figures() -> None:
    assert find_figures("The two leaders met, one of them said.") == []
