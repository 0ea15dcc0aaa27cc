"""Dates placed by how their sentence speaks of them, on invented text: halves of a month, a
week that starts on a day, schedules in the present, deadlines, contractions of "will",
relative clauses, ranges of months in a past report, and weekdays that recur."""

from __future__ import annotations

from datetime import date

from briefing.facts.dates import find_dates

PUB = date(2026, 12, 1)  # a Tuesday


def values(text: str, published: date = PUB) -> dict[str, tuple[str, str]]:
    return {d.text: (d.start, d.end) for d in find_dates(text, published)}


def test_a_half_of_a_month_is_its_first_fifteen_days_or_the_rest() -> None:
    text = "Supply should reach eight hours a day in the first half of December."
    assert values(text) == {"the first half of December": ("2026-12-01", "2026-12-15")}
    text = "Exports slowed in the second half of February 2025, the agency said."
    assert values(text) == {"the second half of February 2025": ("2025-02-16", "2025-02-28")}
    assert not values("Hale scored twice in the first half of the match.")


def test_a_week_starting_on_a_day_is_that_day_and_the_six_after_it() -> None:
    text = "Boats may not fish during the week starting December 7, the council said."
    assert values(text) == {"the week starting December 7": ("2026-12-07", "2026-12-13")}


def test_a_schedule_in_the_present_is_still_ahead() -> None:
    text = "The other semifinal continues Thursday in Ridgeway after a goalless first leg."
    assert values(text) == {"Thursday": ("2026-12-03", "2026-12-03")}
    text = "Registration is open on the town's website until Thursday."
    assert values(text) == {"Thursday": ("2026-12-03", "2026-12-03")}


def test_had_until_a_day_is_a_deadline_not_a_past_day() -> None:
    text = "She said the mine had until December 14 to pay the wages it owed."
    assert values(text) == {"December 14": ("2026-12-14", "2026-12-14")}


def test_a_contraction_of_will_is_a_future() -> None:
    text = "\"That's what I'll work on starting in January,\" the new councillor told us."
    assert values(text, date(2026, 5, 4)) == {"January": ("2027-01", "2027-01")}


def test_a_verb_after_that_is_a_verb_not_an_adjective() -> None:
    text = (
        "The firm would now back a drug that entered a trial in August, its chief executive said."
    )
    assert values(text) == {"August": ("2026-08", "2026-08")}


def test_a_range_of_months_in_a_past_report_is_past() -> None:
    text = "Customs said it collected 1.9 billion in duties from January to October."
    assert values(text) == {"from January to October": ("2026-01", "2026-10")}


def test_a_period_is_no_anchor_for_the_year_of_a_later_day() -> None:
    text = "Rents may not rise until the end of 2029, the agency said on Dec 1."
    assert values(text)["Dec 1"] == ("2026-12-01", "2026-12-01")


def test_weekdays_that_recur_are_no_dates() -> None:
    text = "Ama has driven the van every Tuesday and Thursday since 2019."
    assert values(text) == {"2019": ("2019", "2019")}
    assert not values("On Friday mornings you find bottles on the beach.")
    text = "She spoke at the cinema on Friday and Saturday nights."
    assert set(values(text)) == {"Friday", "Saturday"}


def test_a_range_of_months_just_ended_is_nearer_than_the_next_one() -> None:
    text = (
        "Between April and October, our three food banks in Alnmouth, Amble and Rothbury gave "
        "out 9,842 parcels."
    )
    assert values(text) == {"Between April and October": ("2026-04", "2026-10")}
    assert values("Between February and March, the ferry runs twice a day.") == {
        "Between February and March": ("2027-02", "2027-03")
    }


def test_a_year_glued_to_the_comma_after_a_day_is_its_year() -> None:
    assert values("AMMAN - Last Updated: Nov 02,2026 - 11:32") == {
        "Nov 02,2026": ("2026-11-02", "2026-11-02")
    }
