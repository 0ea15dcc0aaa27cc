"""Hostile and odd bodies: facts come back (maybe empty) within 50 ms per 10 KB, never an error."""

from __future__ import annotations

import random
import string
import time
from collections.abc import Callable
from datetime import date

import pytest

from briefing.facts import Facts, extract_facts
from briefing.facts.dates import MAX_DATE_ANCHORS
from briefing.facts.figures import MAX_FIGURE_STARTS

BUDGET_MS_PER_10KB = 50.0


def _words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choice(string.ascii_letters) for _ in range(rng.randint(2, 9)))
        for _ in range(2000)
    ]
    return [rng.choice(vocabulary) for _ in range(count)]


def one_mb_line() -> str:
    return " ".join(_words(1, 180_000))[:1_000_000]


def all_caps() -> str:
    return (
        'THE PRIME MINISTER SAID ON MONDAY THAT "WE WILL WIN THE VOTE" IN LONDON AND PARIS. ' * 130
    )


def other_language() -> str:
    return (
        "Der Bundeskanzler Olaf Scholz sagte am Montag in Berlin, dass die Regierung 3,5 Milliarden "
        "Euro investieren werde. „Wir schaffen das“, sagte er. 北京市政府周二表示，将投资。 "
    ) * 60


def number_table() -> str:
    rng = random.Random(2)
    rows = (
        " | ".join(f"{rng.randint(0, 99999)}.{rng.randint(0, 99)}" for _ in range(8))
        for _ in range(250)
    )
    return "\n".join(rows)


def stray_quotes() -> str:
    return '"“' * 2000 + "”" * 3000


def month_soup() -> str:
    return "May March May June 2020 Monday 1990s " * 300


CASES: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "whitespace": lambda: " \n\t " * 100,
    "one_mb_line": one_mb_line,
    "all_caps": all_caps,
    "other_language": other_language,
    "number_table": number_table,
    "stray_quotes": stray_quotes,
    "month_soup": month_soup,
    "digits": lambda: "1" * 100_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_returns_facts_in_time(name: str) -> None:
    body = CASES[name]()
    extract_facts("Warm up: Putin said on Monday.")  # the gazetteer load is not the body's cost
    budget = BUDGET_MS_PER_10KB * max(1.0, len(body) / 10_240)
    best = float("inf")
    for _ in range(3):  # CPU time, best of three: the machine is shared with other work
        started = time.process_time()
        facts = extract_facts(body, date(2024, 5, 24))
        best = min(best, (time.process_time() - started) * 1000)
        if best <= budget:
            break
    assert isinstance(facts, Facts)
    assert best <= budget, f"{name}: {best:.0f} ms for {len(body)} chars (budget {budget:.0f} ms)"


def tab_separated_numbers() -> str:
    rng = random.Random(4)
    rows = ("\t".join(str(rng.randint(0, 99_999)) for _ in range(10)) for _ in range(35_000))
    return "\n".join(rows)


# Two-megabyte number tables: figure extraction tried three patterns at each of a million
# numbers (~6 s here, ~20 s on a slower machine) and kept every one of 300,000 percentages.
NUMBER_TABLES: dict[str, Callable[[], str]] = {
    "million_numbers": lambda: "1 " * 1_000_000,
    "thousands": lambda: "1,234 " * 300_000,
    "percentages": lambda: "12.5% " * 300_000,
    "dollars": lambda: "$3 " * 300_000,
    "tab_separated": tab_separated_numbers,
    "quantities": lambda: "5 people " * 220_000,
    # Tables of years and dates: every year is a date anchor (~3.5 s for 400,000 of them).
    "years": lambda: "2020 " * 400_000,
    "in_years": lambda: "in 2020 " * 250_000,
    "iso_dates": lambda: "2024-05-01\t" * 180_000,
}


@pytest.mark.parametrize("name", list(NUMBER_TABLES))
def test_megabyte_number_tables_return_in_time(name: str) -> None:
    body = NUMBER_TABLES[name]()
    extract_facts("Warm up: Putin said on Monday.")
    bound = 2 * BUDGET_MS_PER_10KB * len(body) / 10_240  # twice the budget: must not flake
    started = time.process_time()
    facts = extract_facts(body, date(2024, 5, 24))
    elapsed = (time.process_time() - started) * 1000
    assert isinstance(facts, Facts)
    assert elapsed <= bound, f"{name}: {elapsed:.0f} ms for {len(body)} chars (bound {bound:.0f})"
    assert len(facts.figures) <= MAX_FIGURE_STARTS


def test_figures_past_the_cap_are_dropped_and_the_first_kept() -> None:
    facts = extract_facts("".join(f"Sales rose 12.5% to ${n} million. " for n in range(1, 5_001)))
    # "$3" is two places a figure may start ("$" and "3"), so a third of the cap here (and
    # the repeated "12.5%" is listed once).
    assert MAX_FIGURE_STARTS // 4 < len(facts.figures) <= MAX_FIGURE_STARTS
    assert [f.text for f in facts.figures[:2]] == ["12.5%", "$1 million"]
    assert facts.figures == sorted(facts.figures, key=lambda f: f.span)


def test_date_anchors_past_the_cap_are_skipped() -> None:
    facts = extract_facts("It opened in May 2020. " * 5_000, date(2024, 5, 24))
    assert [(d.start, d.granularity) for d in facts.dates] == [("2020-05", "month")]
    assert 0 < len(facts.dates[0].spans) <= MAX_DATE_ANCHORS


def test_all_caps_text_yields_no_acronym_soup() -> None:
    facts = extract_facts(all_caps())
    assert facts.organisations == [] and facts.people == []


def test_number_table_yields_no_dates_or_people() -> None:
    facts = extract_facts(number_table(), date(2024, 5, 24))
    assert facts.people == [] and facts.dates == []


def test_non_string_and_garbage_never_raise() -> None:
    rng = random.Random(3)
    alphabet = string.printable + "“”‘’„«»–—é漢字 \u00a0"
    for _ in range(200):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        assert isinstance(extract_facts(body, date(2024, 5, 24)), Facts)
    assert extract_facts(None) == Facts()  # type: ignore[arg-type]
