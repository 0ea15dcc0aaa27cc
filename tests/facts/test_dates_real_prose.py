"""Dates: patterns that reports from any outlet share (a count of days from a day named long
before, a plan as it stood, a copyright line, a law's year). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.facts.dates import find_dates

PUB = date(2024, 5, 24)  # a Friday

# About 700 characters of story without a date: the narrative moves on.
_FILLER = " ".join(["Crews worked through the rain to clear the debris from the harbour road."] * 9)


def values(text: str, published: date = PUB) -> dict[str, tuple[str, str]]:
    """Surface text -> (start, end) for every date found."""
    return {d.text: (d.start, d.end) for d in find_dates(text, published)}


def test_the_next_day_counts_from_a_day_named_close_before_only() -> None:
    near = values("The ferry ran aground on 3 March. The next day, divers reached the hull.")
    assert near["The next day"] == ("2024-03-04", "2024-03-04")
    far = values(f"The ferry ran aground on 3 March. {_FILLER} The next day, divers came.")
    assert "The next day" not in far


def test_days_later_do_not_count_from_a_day_before_another_year() -> None:
    found = values(
        "The appeal was heard on May 2. The driver had lost his licence in 2019 after a test at "
        "a depot. A retest 12 days later was clear."
    )
    assert "12 days later" not in found
    assert values("The test was on May 2. A retest 12 days later was clear.")["12 days later"] == (
        "2024-05-14",
        "2024-05-14",
    )


def test_the_next_year_is_no_count_from_a_year_that_opens_a_habit() -> None:
    found = values("Since 1990 the club has ringed swifts, noting which return the next year.")
    assert "the next year" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copyright © 2023 Harbour Radio. All rights reserved.", "2023"),
        ("Copyright 2022 The Valley Wire.", "2022"),
        ("Tractor sales are down by a fifth compared with 2021, dealers said.", "2021"),
        ("All games of the Northern Masters 2023 are online.", "2023"),
    ],
)
def test_copyright_compared_with_and_an_event_name_date_a_bare_year(
    text: str, expected: str
) -> None:
    assert values(text)[expected] == (expected, expected)


def test_a_year_in_a_law_or_a_code_is_no_date() -> None:
    found = values("The council cited the 1998 Water Resources Act. The 2021 election was close.")
    assert "1998" not in found and found["2021"] == ("2021", "2021")
    assert "2031" not in values("Scientists named the strain 2031-kZT after the lab.")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a plan as it stood: the nearest such day or month, before or after publication
        (
            "The county, which was planning to hold its vote on Tuesday, postponed it.",
            "Tuesday",
            "2024-05-21",
        ),  # fmt: skip
        ("The ferry was to sail on Monday.", "Monday", "2024-05-27"),
        ("His term was to end in August, before the coup.", "August", "2024-08"),
        ("The mayor was due to stand down in April, but stayed on.", "April", "2024-04"),
        # (a plan said now still looks ahead; a past event still looks back)
        ("The county is planning to hold its vote on Tuesday.", "Tuesday", "2024-05-28"),
        ("The term ended in August.", "August", "2023-08"),
    ],
)
def test_a_plan_as_it_stood_takes_the_nearest_date(text: str, surface: str, expected: str) -> None:
    assert values(text)[surface][0] == expected


def test_the_first_months_of_the_year_are_those_of_the_latest_year_that_had_them() -> None:
    text = "The plant lost 40 million euros in the first nine months of the year."
    assert values(text, date(2025, 11, 19))["the first nine months of the year"] == (
        "2025-01",
        "2025-09",
    )
    assert values(text)["the first nine months of the year"] == ("2023-01", "2023-09")


def test_a_period_hedged_at_both_ends_is_one_period() -> None:
    found = values(
        "From in or around June 2019 through in or around May 2022, the two men billed the "
        "insurer for scans they never made."
    )
    assert ("2019-06", "2022-05") in found.values()


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "was expected to": a plan as it stood, the nearest such day (PUB: a Friday)
        ("The envoy was expected to join the talks on Monday.", "Monday", "2024-05-27"),
        # a closing price is one already set, whatever the clause's tense
        (
            "The buyer will pay $12 a share, a 30% premium to the closing price on Thursday.",
            "Thursday",
            "2024-05-23",
        ),  # fmt: skip
        # "and on Sunday" opens a clause of its own: its verb after the date decides
        (
            '"We lost twice, and on Sunday we are going to win," the captain said.',
            "Sunday",
            "2024-05-26",
        ),  # fmt: skip
        # a condition is still to be met, unless its own verb is past
        ("If Wednesday's vote fails, the bill dies.", "Wednesday", "2024-05-29"),
        ("It is unclear if the meeting on Wednesday went ahead.", "Wednesday", "2024-05-22"),
        # an extension runs to an end still ahead
        ("The council has extended the curfew through 6 a.m. Tuesday.", "Tuesday", "2024-05-28"),
    ],
)
def test_weekday_cues_of_real_prose(text: str, surface: str, expected: str) -> None:
    assert values(text)[surface][0] == expected


def test_a_hyphened_adjective_is_no_past_verb() -> None:
    # "Cunningham-based", "state-owned": the clause's "will" still decides (PUB: May 2024)
    found = values("Members will vote on a merger with Dover-based Allied Grain in January.")
    assert found["January"][0] == "2025-01"
    found = values("Members will vote on a deal with the state-owned grain board on Monday.")
    assert found["Monday"][0] == "2024-05-27"


def test_the_next_month_counts_from_the_month_named_before() -> None:
    found = values("The mayor resigned in March 2019. The next month, the council chose Ruiz.")
    assert found["The next month"] == ("2019-04", "2019-04")
    found = values("He left on 9 December 2018 and came back the following month.")
    assert found["the following month"] == ("2019-01", "2019-01")
    # a span of time, or a month still ahead: no count
    assert "the next month" not in values("He quit in May 2019; over the next month he wrote.")
    assert "The next month" not in values("She starts in June. The next month she moves.")


def test_a_month_of_a_habit_is_no_date() -> None:
    found = values('"Floods used to come in March and April. Now they come in May," he said.')
    assert "March" not in found and "April" not in found
    assert found["May"][0] == "2024-05"


def test_a_part_of_a_decade_is_its_third() -> None:
    found = values("He wrote for the band in the late 1970s and the mid-1980s, then in the 1990s.")
    assert found["late 1970s"] == ("1977", "1979")
    assert found["mid-1980s"] == ("1984", "1986")
    assert found["1990s"] == ("1990", "1999")
    assert values("Trade boomed in the early 2000s.")["early 2000s"] == ("2000", "2003")


def test_either_of_two_days_with_their_months_is_two_days() -> None:
    found = values("Sources give either March 3 or March 4 for the landing.")
    assert found["March 3"] == ("2024-03-03", "2024-03-03")
    assert found["March 4"] == ("2024-03-04", "2024-03-04")
    assert values("It sank on March 3 or 4.")["March 3 or 4"] == ("2024-03-03", "2024-03-04")


def test_upcoming_cues_a_year_and_basis_points_are_no_game() -> None:
    assert values("She leads the field for the upcoming 2028 race.")["2028"] == ("2028", "2028")
    found = values("Duties could shave 40 basis points off margin in the second half.")
    assert found["the second half"] == ("2024-07", "2024-12")


def test_could_with_a_verb_has_no_past_and_into_cues_a_month() -> None:
    # "could develop ... by Thursday": the "said" before it does not date it (PUB: Friday)
    found = values("Forecasters said the low could deepen into a storm by Tuesday.")
    assert found["Tuesday"][0] == "2024-05-28"
    assert values("He said he could not attend on Tuesday.")["Tuesday"][0] == "2024-05-21"
    found = values("Aid will be extended if dry weather persists into October.")
    assert found["October"][0] == "2024-10"


def test_a_span_of_counted_days_is_no_day() -> None:
    found = values("The exposure was on April 3, and a rash follows three to five days later.")
    assert "five days later" not in found


def test_needs_to_is_still_to_happen() -> None:
    # (PUB: a Friday) "needs to" looks ahead; "needed to" is a past
    assert values("The council needs to approve the plan on Monday.")["Monday"][0] == "2024-05-27"
    assert values("He needed to leave on Monday.")["Monday"][0] == "2024-05-20"


def test_one_month_afternoon_is_that_month() -> None:
    found = values("The tide was out one April afternoon when the boats came back.")
    assert found["April"] == ("2024-04", "2024-04")


def test_years_earlier_count_back_from_a_date_of_this_year() -> None:
    found = values(
        "The nets were mended one April morning. They had been bought two years earlier."
    )
    assert found["two years earlier"] == ("2022", "2022")
    # "a year earlier", and "from" any count earlier, compare a level with that of the past
    assert "a year earlier" not in values("Sales rose in March, up 4 percent from a year earlier.")
    assert "two years earlier" not in values("Sales rose in March, up from two years earlier.")


def test_final_and_first_months_of_a_year_are_its_end_and_start() -> None:
    found = values(
        "The boats sailed in the final months of 2022 and again in the first few months of last"
        " year, and will sail in the closing months of the year."
    )
    assert found["the final months of 2022"] == ("2022-09", "2022-12")
    assert found["the first few months of last year"] == ("2023-01", "2023-04")
    assert found["the closing months of the year"] == ("2024-09", "2024-12")
    # a count of months is the months it counts
    assert values("Sales fell in the first nine months of 2023.")[
        "the first nine months of 2023"
    ] == ("2023-01", "2023-09")


def test_days_ago_name_a_day_but_not_a_page_age_stamp() -> None:
    assert values("The strike began 12 days ago and goes on.")["12 days ago"] == (
        "2024-05-12",
        "2024-05-12",
    )
    assert "days ago" not in str(values('"We met three days ago," she said.'))
    stamped = values("Harbour Board Votes to Dredge\n1 year 6 months ago\n\nThe board voted.")
    assert not stamped
    assert not values("Harbour Board Votes to Dredge\n3 days ago\n\nThe board voted.")
