"""Dates: patterns, normalisation and resolution against the publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefing.facts.dates import find_dates

PUB = date(2024, 5, 24)  # a Friday


def values(text: str, published: date | datetime | None = PUB) -> dict[str, tuple[str, str, str]]:
    """Surface text -> (start, end, granularity) for every date found."""
    return {d.text: (d.start, d.end, d.granularity) for d in find_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("It happened on May 24.", "May 24", ("2024-05-24", "2024-05-24", "day")),
        ("Prices rose in mid-May.", "mid-May", ("2024-05", "2024-05", "month")),
        (
            "The fair ran from September 12 to 17, 2023.",
            "September 12 to 17, 2023",
            ("2023-09-12", "2023-09-17", "day"),
        ),
        ("It was founded in 2000.", "2000", ("2000", "2000", "year")),
        ("Sales fell last year.", "last year", ("2023", "2023", "year")),
        ("The vote was on Tuesday.", "Tuesday", ("2024-05-21", "2024-05-21", "day")),
        ("It closes on Friday.", "Friday", ("2024-05-24", "2024-05-24", "day")),
        ("Growth peaked in the 1990s.", "1990s", ("1990", "1999", "decade")),
        (
            "Talks resume on 12-17 September 2023.",
            "12-17 September 2023",
            ("2023-09-12", "2023-09-17", "day"),
        ),
        ("By late March 2022 it was over.", "late March 2022", ("2022-03", "2022-03", "month")),
        ("The 2019-20 season was cut short.", "2019-20", ("2019", "2020", "year")),
        ("Filed on 2024-05-01.", "2024-05-01", ("2024-05-01", "2024-05-01", "day")),
        ("It was said yesterday.", "yesterday", ("2024-05-23", "2024-05-23", "day")),
        ("Yesterday, it rained.", "Yesterday", ("2024-05-23", "2024-05-23", "day")),
        ("Tomorrow we fly home.", "Tomorrow", ("2024-05-25", "2024-05-25", "day")),
        ("It happened last night.", "last night", ("2024-05-23", "2024-05-23", "day")),
        ("We meet next Friday.", "next Friday", ("2024-05-31", "2024-05-31", "day")),
        ("Signed on 3 June 1998.", "3 June 1998", ("1998-06-03", "1998-06-03", "day")),
        ("Output grew in early 2021.", "early 2021", ("2021-01", "2021-04", "month")),
        ("It opened in June 2018.", "June 2018", ("2018-06", "2018-06", "month")),
    ],
)
def test_issue_examples_resolve(text: str, surface: str, expected: tuple[str, str, str]) -> None:
    assert values(text)[surface] == expected


def test_month_and_day_near_new_year_takes_the_nearest_year() -> None:
    assert values("It began on December 28.", date(2024, 1, 3))["December 28"][0] == "2023-12-28"


def test_unknown_year_gives_iso_without_year() -> None:
    found = values("It happened on May 24 and again in March.", None)
    assert found["May 24"] == ("--05-24", "--05-24", "day")
    assert found["March"] == ("--03", "--03", "month")


def test_relative_dates_need_a_publication_date() -> None:
    assert values("Last year, on Monday, yesterday.", None) == {}


def test_money_and_counts_are_not_years() -> None:
    found = values("Revenue was $94.9 billion and 1,200 people came; 2000 people marched.")
    assert found == {}


def test_range_keeps_its_own_year_not_the_day() -> None:
    found = values("September 12 to 17, 2023")
    assert found["September 12 to 17, 2023"] == ("2023-09-12", "2023-09-17", "day")
    assert not any(v[0] == "2017" for v in found.values())


def test_month_words_that_are_not_dates() -> None:
    found = values("Theresa May's deal; March Madness; you may go; the March for Rivers.")
    assert found == {}


def test_repeated_date_merges_spans() -> None:
    body = "On May 24 we met. May 24 was sunny."
    (fact,) = find_dates(body, PUB)
    assert fact.spans == [(3, 9), (18, 24)]
    assert all(body[a:b] == "May 24" for a, b in fact.spans)


def test_accepts_datetime_publication() -> None:
    assert values("on Tuesday", datetime(2024, 5, 24, 23, 59))["Tuesday"][0] == "2024-05-21"


def test_invalid_calendar_dates_are_dropped() -> None:
    found = values("on February 30, 2023")
    assert all(granularity != "day" for _, _, granularity in found.values())


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # A bare weekday takes the tense of its clause (publication: Friday 24 May 2024).
        ("The dockers will strike from Thursday.", "Thursday", "2024-05-30"),
        ("The council is due to meet on Friday.", "Friday", "2024-05-24"),
        ("The ballot is scheduled for Tuesday.", "Tuesday", "2024-05-28"),
        ("The hearing, to be held on Monday, is public.", "Monday", "2024-05-27"),
        ("Talks ended on Monday without a deal.", "Monday", "2024-05-20"),
        ("Officials said on Wednesday that the bridge is safe.", "Wednesday", "2024-05-22"),
        # "to" + a verb after a verb of planning or instructing: still to happen
        ("The guild plans to vote on Wednesday.", "Wednesday", "2024-05-29"),
        ("The mayor instructed staff to report to the board on Monday.", "Monday", "2024-05-27"),
        ("He went to the harbour on Monday.", "Monday", "2024-05-20"),
        # a schedule or a forecast in the present
        ("The trial begins Monday.", "Monday", "2024-05-27"),
        ("Kestrel Rovers faces Arsenal on Sunday.", "Sunday", "2024-05-26"),
        ("Forecasters predict landfall on Tuesday.", "Tuesday", "2024-05-28"),
        # "would": what was announced is still to come
        ("The guild announced it would meet on Monday.", "Monday", "2024-05-27"),
        # a clause opening with its date: its tense comes after it
        ("On Tuesday, the guild will vote again.", "Tuesday", "2024-05-28"),
        ("Tuesday’s vote will decide the matter.", "Tuesday", "2024-05-28"),
        ("Sunday's regatta was cancelled.", "Sunday", "2024-05-19"),
    ],
)
def test_bare_weekday_follows_the_tense_of_its_clause(
    text: str, surface: str, expected: str
) -> None:
    assert values(text)[surface][:2] == (expected, expected)


def test_bare_month_in_a_future_clause_is_the_next_one() -> None:
    assert values("The vote will take place in January.")["January"][0] == "2025-01"
    assert values("The fair was held in January.")["January"][0] == "2024-01"
    assert values("Fairs have been planned until December.")["December"][0] == "2024-12"


def test_last_and_next_month_are_the_ones_before_and_after_publication() -> None:
    # (publication: May 2024) "last" skips this year's month when it has not yet come
    assert values("The trial began last November.")["November"][0] == "2023-11"
    assert values("The fair closed last May.")["May"][0] == "2023-05"
    assert values("Last April the guild met.")["April"][0] == "2024-04"
    assert values("The fair returns next March.")["March"][0] == "2025-03"
    assert values("The fair returns next June.")["June"][0] == "2024-06"


def test_a_past_auxiliary_before_the_verb_makes_the_month_past() -> None:
    # (publication: May 2024) the nearest September would be the coming one
    assert values("The treaty was signed in September.")["September"][0] == "2023-09"
    assert values("A raider had attacked a U.S. ship in late October.")["late October"][0] == (
        "2023-10"
    )
    # the end of a period still runs: the nearest
    assert values("The mayor had extended the ban until June 1.")["June 1"][0] == "2024-06-01"
    assert values("The vote was planned on September 9.")["September 9"][0] == "2024-09-09"


def test_a_past_verb_before_in_and_a_month_makes_it_the_past_one() -> None:
    # (publication: May 2024) the nearest September would be the coming one
    assert values("The firm closed its plant in September.")["September"][0] == "2023-09"
    assert values("A trial, anticipated to begin in September, is set.")["September"][0] == (
        "2024-09"
    )
    assert values("The judge adjourned the case until September 9.")["September 9"][0] == (
        "2024-09-09"
    )


def test_month_of_a_year() -> None:
    assert values("She joined the lab in March of 2016.") == {
        "March of 2016": ("2016-03", "2016-03", "month")
    }


def test_month_and_year_without_a_preposition() -> None:
    found = values("After a key September call, sales stayed high well into 2020.")
    assert found["September"] == ("2024-09", "2024-09", "month")
    assert found["2020"] == ("2020", "2020", "year")
    assert values("Unlike the October figures, they held.", date(2024, 1, 10))["October"][0] == (
        "2023-10"
    )


def test_month_as_a_name_or_a_verb_is_not_a_date_after_a_determiner() -> None:
    assert values("the May government; the March for Clean Air; the April Jones case") == {}


def test_years_after_an_article_or_possessive_name_an_event() -> None:
    found = values("In a 1994 treaty and the agency's 2031 mission plan, little changed.")
    assert found["1994"][0] == "1994" and found["2031"][0] == "2031"


def test_centuries_and_decades() -> None:
    found = values("Built in the 1300s, rebuilt in the 17th century, restored in the 1990s.")
    assert found["the 1300s"] == ("1300", "1399", "century")
    assert found["the 17th century"] == ("1600", "1699", "century")
    assert found["1990s"] == ("1990", "1999", "decade")


def test_numbers_that_are_not_years() -> None:
    assert values("They watched 2001: A Space Odyssey twice.") == {}
    assert values("As of Monday, 1885 aftershocks were felt.").keys() == {"Monday"}
    assert values("It struck at 4:42 local time (2024 Friday, UTC).").keys() == {"Friday"}


def test_relative_years_and_months() -> None:
    found = values("Three years ago, in January of last year and in March this year, it grew.")
    assert found["Three years ago"] == ("2021", "2021", "year")
    assert found["January of last year"] == ("2023-01", "2023-01", "month")
    assert found["March this year"] == ("2024-03", "2024-03", "month")
    assert values("Over the past year it grew.") == {}


def test_year_range_with_through_and_roughly() -> None:
    assert values("data from 2005 through 2015")["from 2005 through 2015"][:2] == ("2005", "2015")
    assert values("From roughly 1948 to 1951 it ran.")["From roughly 1948 to 1951"][:2] == (
        "1948",
        "1951",
    )


def test_today_and_fixed_holidays() -> None:
    found = values("The device was found today. The shops shut on Christmas Eve.")
    assert found["today"][0] == "2024-05-24"
    assert found["Christmas Eve"][0] == "2023-12-24"


def test_weekday_that_names_a_club_is_not_a_date() -> None:
    body = "Leeds beat Sheffield Wednesday on Saturday. Wednesday had led at the break."
    assert set(values(body, date(2024, 10, 20))) == {"Saturday"}


def test_due_to_a_cause_is_not_a_future_cue() -> None:
    found = values("Riots broke out due to the shooting in August.", date(2024, 10, 29))
    assert found["August"][0] == "2024-08"


def test_the_following_and_previous_day_count_from_the_last_day_named() -> None:
    found = values("The quake struck on May 7. Aftershocks hit the following day.")
    assert found["the following day"][:2] == ("2024-05-08", "2024-05-08")
    found = values("Rescuers arrived on May 7, two hours after a warning the previous day.")
    assert found["the previous day"][:2] == ("2024-05-06", "2024-05-06")
    assert "the day before the rally" not in values("It met on May 7 and the day before the rally.")


def test_a_century_needs_no_other_date_nearby() -> None:
    # "the 1300s" alone in its text, and "the 1800s" is the century, not the decade 1800-1809.
    assert values("The abbey was founded in the 1300s.") == {
        "the 1300s": ("1300", "1399", "century")
    }
    assert values("By the mid-1800s the port had grown.") == {"1800s": ("1800", "1899", "century")}
    assert values("Rents rose through the 2000s.")["2000s"] == ("2000", "2009", "decade")
    assert values("The band sold 100s of tickets.") == {}


def test_a_decade_with_an_apostrophe() -> None:
    found = values("The shop opened in the '80s and closed in the ’10s.")
    assert found["'80s"] == ("1980", "1989", "decade")
    assert found["’10s"] == ("2010", "2019", "decade")


def test_a_week_of_a_month() -> None:
    found = values("The school fair is held in the first week of June.")
    assert found["the first week of June"] == ("2024-06-01", "2024-06-07", "day")
    found = values("Talks resume in the last week of February 2024.")
    assert found["the last week of February 2024"] == ("2024-02-23", "2024-02-29", "day")


def test_two_months_joined_by_or_are_one_period() -> None:
    found = values("The merger closed in February or March 2005, staff said.")
    assert found["February or March 2005"] == ("2005-02", "2005-03", "month")
    assert "February" not in found


def test_a_day_without_its_year_takes_a_strong_tense() -> None:
    assert values("The summit is set for Dec. 1.")["Dec. 1"][0] == "2024-12-01"
    assert values("The talks will be held on December 2.")["December 2"][0] == "2024-12-02"
    assert values("The plant was closed on December 2.")["December 2"][0] == "2023-12-02"


def test_a_month_abbreviated_without_a_stop_before_its_day() -> None:
    found = values("The deadline was Nov 30. Jan Lindqvist signed on Dec 5, 2023.")
    assert found["Nov 30"][:2] == ("2023-11-30", "2023-11-30")
    assert found["Dec 5, 2023"][:2] == ("2023-12-05", "2023-12-05")
    assert len(found) == 2


def test_clause_tense_reads_only_the_clause_after_the_last_stop() -> None:
    from briefing.facts.date_context import clause_tense

    text = "Talks ended; the union will strike on "
    assert clause_tense(text, len(text)) == ("future", True)
    text = "The union will strike. Talks ended on "
    assert clause_tense(text, len(text)) == ("past", False)
    text = "It was held. be on "  # "be" right after a stop: nothing before it counts
    assert clause_tense(text, len(text)) == (None, False)
    text = "Officials said the vote, due to the storm, is set for "
    assert clause_tense(text, len(text)) == ("future", True)


def test_a_month_after_a_present_schedule_verb_and_in_is_the_next_one() -> None:
    from datetime import datetime

    from briefing.facts import extract_facts

    def month(text: str) -> str:
        return extract_facts(text, datetime(2026, 2, 20)).dates[0].start

    assert month("Work starts in September.") == "2026-09"
    assert month("Work started in September.") == "2025-09"
    # "due to the shooting in August" names a cause, not a plan: the last August
    assert month("Riots broke out due to the shooting of a man in August.") == "2025-08"


def test_a_weekday_in_a_quote_takes_the_quotes_tense_not_the_reporters() -> None:
    from briefing.facts import extract_facts

    text = (
        "Crews were on the way. ``We expect most customers to have power back by Friday,'' "
        "Cruz said."
    )
    dates = extract_facts(text, datetime(2026, 1, 15)).dates  # a Thursday
    assert [d.start for d in dates] == ["2026-01-16"]
    # a past clause keeps the Friday before
    past = extract_facts("Power had been restored by Friday, Cruz said.", datetime(2026, 1, 15))
    assert [d.start for d in past.dates] == ["2026-01-09"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural subject and a verb of schedule: still to come (PUB is a Friday)
        ("Rovers host Leeds United on Tuesday.", "2024-05-28"),
        ("The unions meet on Saturday to decide.", "2024-05-25"),
        ("Dorian was forecast to reach the United States late on Monday.", "2024-05-27"),
        # a noun, an infinitive or a past auxiliary is no schedule
        ("The television host, and writer Don Imus, died on Tuesday.", "2024-05-21"),
        ("They did not meet on Tuesday.", "2024-05-21"),
    ],
)
def test_a_plural_verb_of_schedule_dates_a_weekday_ahead(text: str, expected: str) -> None:
    found = values(text)
    day = next(v for k, v in found.items() if k.endswith("day"))
    assert day[0] == expected


def test_who_and_a_plural_verb_of_schedule_date_a_weekday_ahead() -> None:
    found = values(
        "The result leaves them two points above Leicester, who host Arsenal on Saturday."
    )
    assert found["Saturday"][0] == "2024-05-25"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Sales rose in the first quarter of 2024.",
            "the first quarter of 2024",
            ("2024-01", "2024-03"),
        ),
        ("The report, published in Q3 2024, said so.", "Q3 2024", ("2024-07", "2024-09")),
        ("In the second half of 2023 it fell.", "the second half of 2023", ("2023-07", "2023-12")),
    ],
)
def test_quarters_and_halves_of_a_year(text: str, surface: str, expected: tuple[str, str]) -> None:
    assert values(text)[surface][:2] == expected


def test_a_weekday_with_a_day_picks_the_year_it_falls_in() -> None:
    from datetime import date

    found = values("The rally on Saturday, April 4 was cancelled.", date(2020, 3, 1))
    assert found["Saturday, April 4"][0] == "2020-04-04"
    found = values("It started on Tuesday, January 21.", date(2019, 9, 9))
    assert found["Tuesday, January 21"][0] == "2020-01-21"
    # a weekday that fits no date near publication is a slip: the usual rule
    found = values("It started Friday, December 12.", date(2004, 12, 13))
    assert found["Friday, December 12"][0] == "2004-12-12"


def test_a_plan_verb_with_a_longer_object_before_to_and_a_verb() -> None:
    found = values("They told the union leaders in the port to return on Monday.")
    assert found["Monday"][0] == "2024-05-27"
    found = values("She urged both sides to return to the table before Thursday.")
    assert found["Thursday"][0] == "2024-05-30"
    # "to" before a pronoun is no infinitive
    found = values("He asked about the attack that happened to him on Monday.")
    assert found["Monday"][0] == "2024-05-20"


def test_an_expectation_dates_a_month_ahead() -> None:
    from datetime import date

    text = "Goldman Sachs economists, led by Jan Hatzius, now expect the first cut in September."
    assert values(text, date(2025, 6, 19))["September"][0] == "2025-09"


def test_a_part_of_last_or_next_year_is_its_months() -> None:
    found = values("Work resumed late last year and ends in early next year.")
    assert found["late last year"] == ("2023-09", "2023-12", "month")
    assert found["early next year"] == ("2025-01", "2025-04", "month")
    # "the next year" alone is a span of time, still not a date
    assert "next year" not in values("Prices will rise over the next year.")


def test_a_fiscal_year_is_a_year() -> None:
    assert values("The fiscal year 2025 budget was approved.")["2025"][0] == "2025"


def test_a_state_participle_leaves_the_tense_to_its_verb() -> None:
    # "closed" after "stay" is a state: "will" decides (the next Monday, not the last)
    assert values("Schools will stay closed until Monday.")["Monday"][0] == "2024-05-27"
    assert values("Schools remained closed until Monday.")["Monday"][0] == "2024-05-20"


def test_scheduled_for_a_day_or_month_is_ahead_unless_the_clause_goes_on_in_the_past() -> None:
    assert values("The airline cancelled flights scheduled for Saturday.")["Saturday"][0] == (
        "2024-05-25"
    )
    found = values("Other games scheduled for Wednesday were still held.")
    assert found["Wednesday"][0] == "2024-05-22"
    assert values("Elections are scheduled for November.")["November"][0] == "2024-11"
    assert values("A final vote is planned for December.")["December"][0] == "2024-12"


def test_two_dates_after_between_or_from_make_one_period() -> None:
    found = values("Between March 2020 and April 2023 he falsified stock records.")
    assert found["March 2020 and April 2023"] == ("2020-03", "2023-04", "month")
    found = values("The bogs were stripped from the 1950s until 2003.")
    assert found["1950s until 2003"][:2] == ("1950", "2003")
    # two dates that are no period stay two
    assert len(values("It rose in March 2020 and fell in April 2023.")) == 2


def test_a_weekday_told_in_a_story_follows_the_day_before_it() -> None:
    text = "We flew out on Saturday 1 March and spent two nights in Porto. We left on the Monday."
    assert values(text, date(2025, 3, 21))["Monday"][0] == "2025-03-03"
    # without a day told before it, the usual rule
    assert values("We left on the Monday.", date(2025, 3, 21))["Monday"][0] == "2025-03-17"


def test_a_score_before_a_weekday_is_no_plan() -> None:
    found = values(
        "The planning committee voted seven to four on Tuesday evening.", date(2025, 6, 26)
    )
    assert found["Tuesday"][0] == "2025-06-24"


def test_a_capitalised_word_of_a_name_is_no_verb_of_schedule() -> None:
    text = "Alcaraz beat Sinner in a gripping Italian Open final in Rome on Sunday."
    assert values(text, date(2025, 5, 19))["Sunday"][0] == "2025-05-18"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal before a verb: still to come (PUB is a Friday)
        ("Vouchers issued for the cancelled show can be used on Tuesday.", "2024-05-28"),
        ("Visitors should book ahead for Sunday, the trust said.", "2024-05-26"),
        ("Schools may reopen on Monday if the pipes are fixed.", "2024-05-27"),
        # ... unless "have" follows: a guess about the past
        ("The pair may have left the island on Monday.", "2024-05-20"),
        # "until at least": an end still ahead, whatever the verb's tense
        ("Engineers closed the line until at least Tuesday.", "2024-05-28"),
        # "according to" names the source: the day it spoke is past
        ("The plant will shut in June, according to a notice posted on Monday.", "2024-05-20"),
        # a time with a stop ("at 7.45pm") ends no clause: the verb before it still counts
        ("The derby kicks off at 7.45pm on Sunday.", "2024-05-26"),
        # "due to" and a noun phrase is a cause, not a plan
        ("Six died due to a landslide after a tremor on Wednesday.", "2024-05-22"),
    ],
)
def test_modals_and_until_at_least_date_a_weekday_ahead(text: str, expected: str) -> None:
    found = values(text)
    day = next(v for k, v in found.items() if k.endswith("day"))
    assert day[0] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # "since": on or before publication, even when a later one is nearer (PUB: May 2024)
        ("Fares have gone up twice since October.", "October", "2023-10"),
        ("The lender has cut its rate since 1 November.", "1 November", "2023-11-01"),
        # an accounting period ends in a month dated by its clause's past verb (its start)
        ("Profit rose 12% in the year to September.", "the year to September", "2022-10"),
        (
            "Sales fell in the three months to August, the chain said.",
            "the three months to August",
            "2023-06",
        ),
        # "during" and a past verb: the month before publication
        ("Exports slumped during October, customs data showed.", "October", "2023-10"),
    ],
)
def test_since_and_periods_to_a_month_date_it_in_the_past(
    text: str, surface: str, expected: str
) -> None:
    assert values(text)[surface][0] == expected


def test_two_weekdays_joined_by_and_or_a_comma_share_their_tense() -> None:
    found = values("The hospital cancelled clinics scheduled for Tuesday and Wednesday.")
    assert found["Tuesday"][0] == "2024-05-28"  # (PUB is a Friday: "scheduled for" is ahead)
    assert found["Wednesday"][0] == "2024-05-29"
    found = values("The ferry ran late on Monday, Tuesday and Wednesday.")
    assert [found[d][0] for d in ("Monday", "Tuesday", "Wednesday")] == [
        "2024-05-20",
        "2024-05-21",
        "2024-05-22",
    ]


def test_a_weekday_that_recurs_is_no_date() -> None:
    assert values("The gallery stays open late every Thursday evening.") == {}
    assert values("The club meets on the last Sunday of each month.") == {}
    assert "Friday" in values("The gallery stayed open late on Friday.")


def test_a_future_verb_right_after_a_weekday_dates_it_ahead() -> None:
    found = values("The league said the derby on Sunday would go ahead as planned.")
    assert found["Sunday"][0] == "2024-05-26"
    # a past participle before the date keeps it past
    found = values("The cuts announced on Monday will cost 300 jobs.")
    assert found["Monday"][0] == "2024-05-20"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # ranges without their year take their clause's tense too (PUB: May 2024)
        ("The summit was held September 3-5 in Lisbon.", "September 3-5", "2023-09-03"),
        ("The regatta was sailed on 8-10 August.", "8-10 August", "2023-08-08"),
        (
            "Between August and October, the agency processed 9,000 claims.",
            "Between August and October",
            "2023-08",
        ),
        # a clause that opens with its month: the past verb after it
        ("In September, the board approved the merger.", "September", "2023-09"),
        # ... but not an adjective after a determiner
        ("In September, the revised timetable starts.", "September", "2024-09"),
    ],
)
def test_ranges_and_clauses_opening_with_a_month_take_the_tense(
    text: str, surface: str, expected: str
) -> None:
    assert values(text)[surface][0] == expected


def test_from_a_year_until_an_event_in_a_year_is_one_period() -> None:
    found = values("She coached the side from 2009 until her move to Perth in 2016.")
    assert found["2009 until her move to Perth in 2016"][:2] == ("2009", "2016")
    # too many words between: two years
    found = values(
        "He ran it from 2001 until the day the old mill by the river burned down in 2012."
    )
    assert set(found) == {"2001", "2012"}


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        # a future clause: the first such quarter not yet over
        (
            "The drugmaker expects to launch in Spain in the first quarter.",
            date(2026, 11, 13),
            "the first quarter",
            ("2027-01", "2027-03"),
        ),
        # a past one: the latest that had begun
        (
            "Margins narrowed in the fourth quarter, the brewer said.",
            date(2027, 2, 3),
            "the fourth quarter",
            ("2026-10", "2026-12"),
        ),
        (
            "The insurer hopes to list in the second half of next year.",
            PUB,
            "the second half of next year",
            ("2025-07", "2025-12"),
        ),
    ],
)
def test_quarters_and_halves_without_their_year(
    text: str, published: date, surface: str, expected: tuple[str, str]
) -> None:
    assert values(text, published)[surface][:2] == expected


def test_a_quarter_of_a_game_is_no_date() -> None:
    assert values("Okafor scored 11 points in the fourth quarter.") == {}
    assert values("The Hawks led 70-64 late in the third quarter.") == {}
    assert values("They reached the quarter-finals.") == {}


def test_a_fiscal_year_number_is_a_year() -> None:
    assert values("Revenue doubled in fiscal 2023.")["2023"][:2] == ("2023", "2023")


def test_a_plan_in_the_present_dates_a_month_ahead() -> None:
    found = values("The chain opened six shops and plans nine more in October.")
    assert found["October"][0] == "2024-10"
    # a noun after a determiner is no plan: the past verb decides
    found = values("The council shelved its plans in October.")
    assert found["October"][0] == "2023-10"


def test_a_day_told_after_a_full_date_of_another_year_takes_that_year() -> None:
    text = "The dam failed on 4 August 2019. Two days later, on 6 August, the town flooded."
    assert values(text)["6 August"][0] == "2019-08-06"
    found = values("Ortiz joined the board in January 2021. That April, she became its chair.")
    assert found["April"][0] == "2021-04"
    # another paragraph, or a date still to come, keeps the year of publication
    text = "The dam failed on 4 August 2019.\n\nRepairs end on 6 August."
    assert values(text)["6 August"][0] == "2024-08-06"
    text = "The dam failed on 4 August 2019. A memorial will open on 6 August."
    assert values(text)["6 August"][0] == "2024-08-06"
    # "this May" is publication's year, whatever the story before it
    found = values("She was elected in May 2022 and re-elected this May.")
    assert found["May"][0] == "2024-05"


def test_end_and_a_hyphen_is_the_end_of_a_month_or_year() -> None:
    found = values("The upgrade will be finished by end-September.")
    assert found["end-September"][:2] == ("2024-09", "2024-09")
    assert values("Debt will peak at end-2026.")["end-2026"][:2] == ("2026-09", "2026-12")
    # not the end of another word
    assert values("The weekend-March rally drew crowds.") == {}


def test_a_day_before_a_month_abbreviated_without_a_stop() -> None:
    found = values("Sun 9 Jun: Rovers v Town (2pm). Updated 14:02 BST, 4 Jun 2024")
    assert found["9 Jun"][:2] == ("2024-06-09", "2024-06-09")
    assert found["4 Jun 2024"][:2] == ("2024-06-04", "2024-06-04")


def test_a_state_that_lasts_until_a_weekday_ends_ahead() -> None:
    found = values("The ban on fireworks runs from dusk to dawn until Monday.")
    assert found["Monday"][0] == "2024-05-27"
    found = values("He remains in custody after his arrest on Monday.")
    assert found["Monday"][0] == "2024-05-20"


def test_days_counted_from_a_day_named_before_or_after() -> None:
    found = values("Rescuers reached the village two days after the May 2 landslide.")
    assert found["two days after"][:2] == ("2024-05-04", "2024-05-04")
    found = values("The ferry sank on 3 May. Two weeks later, divers found the wreck.")
    assert found["Two weeks later"][:2] == ("2024-05-17", "2024-05-17")
    # the day named again beside it, or no day to count from: nothing more
    found = values("Staff were told on 9 May, six days later, that the site would close.")
    assert set(found) == {"9 May"}
    assert values("Two days later, the talks resumed.") == {}


def test_a_day_that_modifies_a_noun_is_the_nearest_one() -> None:
    # a past clause would give last year's; the deadline is the nearest June 3
    found = values("A week before the June 3 deadline, the party had few signatures.")
    assert found["June 3"][0] == "2024-06-03"


def test_a_year_after_the_name_of_an_event_is_a_date() -> None:
    assert values("Portugal hosted Euro 2004 to acclaim.")["2004"][:2] == ("2004", "2004")
    assert values("The Harbour Festival 2023 drew 9,000.")["2023"][:2] == ("2023", "2023")
    # a plan's name is no event
    assert values("The ministry unveiled Vision 2035 today.") == {
        "today": ("2024-05-24",) * 2 + ("day",)
    }


def test_the_day_after_tomorrow_and_before_yesterday_are_two_days_away() -> None:
    found = values("The jury may return the day after tomorrow.")
    assert found["the day after tomorrow"][:2] == ("2024-05-26", "2024-05-26")
    found = values("The pipe burst the day before yesterday.")
    assert found["the day before yesterday"][:2] == ("2024-05-22", "2024-05-22")


def test_a_half_year_written_h1_or_h2() -> None:
    assert values("Margins widened in H2 2023.")["H2 2023"][:2] == ("2023-07", "2023-12")


def test_a_weekday_after_is_or_are_is_ahead() -> None:
    assert values("The replay is on Tuesday at Ashton Gate.")["Tuesday"][0] == "2024-05-28"
    assert values("The deadline for bids is Thursday.")["Thursday"][0] == "2024-05-30"
    # a possessive names the day of something else: the latest one
    assert values("All eyes are on Tuesday's result.")["Tuesday"][0] == "2024-05-21"


def test_a_date_of_a_noun_that_opens_the_sentence_is_the_nearest_one() -> None:
    # PUB is May 24: the deadline is days away, though the verb after it is past
    found = values("A closing date of June 2 had been set by the ministry.")
    assert found["June 2"][0] == "2024-06-02"


def test_a_relative_clause_has_its_own_tense() -> None:
    # the main clause's "will" does not reach into "who beat ... on Saturday"
    found = values("Town will meet Rovers, who beat Vale 2-0 on Saturday, in the final.")
    assert found["Saturday"][0] == "2024-05-18"


def test_tickets_go_on_sale_ahead() -> None:
    assert values("Tickets go on sale on Monday at 10am.")["Monday"][0] == "2024-05-27"
    assert values("The bill goes to a vote on Tuesday.")["Tuesday"][0] == "2024-05-28"


def test_that_month_after_a_year_is_in_that_year() -> None:
    found = values("In 1996 the mill shut. It was sold for scrap that November.")
    assert found["November"][0] == "1996-11"
    # "that" as a conjunction is no determiner
    found = values("In 1996 the mill shut. Owners warned in May that June would be hard.")
    assert found["June"][0] == "2024-06"


def test_a_warning_for_a_weekday_is_ahead() -> None:
    found = values("Forecasters issue a frost warning for Sunday and Monday.")
    assert found["Sunday"][0] == "2024-05-26"
    assert found["Monday"][0] == "2024-05-27"
    # warnings issued on a day are past
    assert values("Police issued 30 warnings on Monday.")["Monday"][0] == "2024-05-20"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is awaited is ahead (PUB is a Friday)
        ("Traders were nervous ahead of Tuesday's rate decision.", "2024-05-28"),
        ("In the run-up to Sunday's derby, the club sold out.", "2024-05-26"),
        ("The town is preparing for Monday's carnival.", "2024-05-27"),
        # a plural noun opening the sentence is a verb's subject
        ("Fans travel to Cardiff on Sunday.", "2024-05-26"),
        # a subject's date before a future verb stays ahead; before a past one, the nearest
        ("The loser of Wednesday's tie will be relegated.", "2024-05-29"),
    ],
)
def test_what_is_awaited_is_ahead(text: str, expected: str) -> None:
    found = values(text)
    day = next(v for k, v in found.items() if k.endswith("day"))
    assert day[0] == expected


def test_a_month_after_for_is_a_date_but_not_may_or_march() -> None:
    assert values("Sales figures for August are out soon.")["August"][0] == "2024-08"
    assert values("Most members voted for May in the ballot.") == {}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # an abbreviation's stop ends no clause: the verb after the date still counts
        ("Between Aug. 1 and Aug. 20, 312 people died.", "Aug. 1", "2023-08-01"),
        # a past verb right before its date: that date is past (PUB: May 2024)
        ("She died Sept. 3 at home.", "Sept. 3", "2023-09-03"),
        ("The survey ran Oct. 5-9.", "Oct. 5-9", "2023-10-05"),
        # two days of the same month joined by "and", each with its month, are two days
        ("The board met Dec. 2 and Dec. 9.", "Dec. 9", "2023-12-09"),
    ],
)
def test_ap_style_dates_take_their_verbs_tense(text: str, surface: str, expected: str) -> None:
    found = values(text)
    key = next(k for k in found if k.startswith(surface))
    assert found[key][0] == expected


def test_the_march_before_a_noun_is_a_month() -> None:
    assert values("Asked about the March deadline, she smiled.")["March"][0] == "2024-03"
    assert values("Bookings rose 9% on a normal March week.") == {}


def test_expected_to_is_a_plan_unless_after_was() -> None:
    found = values("The agency said it expected to launch in the second half of the year.")
    assert found["the second half of the year"][:2] == ("2024-07", "2024-12")
    found = values("Yesterday the storm was expected to reach the coast late Wednesday night.")
    assert found["Wednesday"][0] == "2024-05-22"


def test_likely_to_dates_ahead_and_a_week_of_a_month_takes_the_tense() -> None:
    # PUB: May 2024; the nearest March and September would be the other ones
    found = values("The new terminal is likely to open in March.")
    assert found["March"][0] == "2025-03"
    found = values("The session is likely to begin in the first week of September.")
    assert found["the first week of September"][:2] == ("2024-09-01", "2024-09-07")
    found = values("Talks were held in the second week of October.")
    assert found["the second week of October"][0] == "2023-10"
    # a present passive ("is held") tells no past
    found = values("The regatta is held in the second week of September.")
    assert found["the second week of September"][0] == "2024-09"


def test_a_warnings_period_from_a_weekday_until_another_is_ahead() -> None:
    from datetime import date

    from briefing.facts import extract_facts

    facts = extract_facts(
        "The Met Office has issued an amber warning for strong winds from 6pm on Saturday "
        "until noon on Sunday. It issued 14 flood warnings on Monday.",
        date(2024, 5, 24),
    )
    assert {(d.text, str(d.start)) for d in facts.dates} == {
        ("Saturday", "2024-05-25"),
        ("Sunday", "2024-05-26"),
        ("Monday", "2024-05-20"),
    }


def test_a_year_with_a_possessive_is_a_date() -> None:
    found = values("Her last record was 2014's Quiet Rooms. It sold 2000 copies in all.")
    assert [v[:2] for v in found.values()] == [("2014", "2014")]


def test_today_inside_a_quotation_is_not_the_publication_date() -> None:
    body = (
        'The mayor wrote on Monday: "Today I signed the budget into law." She will sign the '
        "second bill today."
    )
    found = find_dates(body, PUB)
    assert [(d.text, d.start) for d in found if d.granularity == "day"] == [
        ("Monday", "2024-05-20"),
        ("today", "2024-05-24"),
    ]
    assert [s for d in found if d.text == "today" for s in d.spans] == [
        (body.rindex("today"), body.rindex("today") + 5)
    ]


def test_a_month_a_future_clause_runs_until_is_ahead() -> None:
    pub = date(2019, 1, 4)
    for text in (
        "Pelosi proposed a bill that would fund the government through September.",
        "The strike will last until September.",
    ):
        assert [d.start for d in find_dates(text, pub)] == ["2019-09"], text
    # a past clause keeps the nearest one
    assert [d.start for d in find_dates("The court adjourned until September.", pub)] == ["2018-09"]


def test_the_last_night_of_an_event_is_not_yesterday() -> None:
    assert not find_dates("On the last night of the convention, she spoke for an hour.", PUB)
    assert [d.start for d in find_dates("The fire started last night.", PUB)] == ["2024-05-23"]


def test_the_fourth_of_july_is_a_day() -> None:
    found = find_dates("The next day, the mayor held a Fourth of July parade.", date(2020, 8, 31))
    assert [(d.text, d.start) for d in found if d.text == "Fourth of July"] == [
        ("Fourth of July", "2020-07-04")
    ]
    assert not [d for d in found if d.granularity == "month"]


def test_opening_hours_weekdays_are_no_dates() -> None:
    assert not find_dates("The restaurant opens Tuesday to Saturday from 5 p.m.", PUB)
    assert not find_dates("The shop is open Monday-Friday, 9am to 5pm.", PUB)
    assert [d.start for d in find_dates("The museum reopens Tuesday after repairs.", PUB)] == [
        "2024-05-28"
    ]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The ferry sank on March 20 last year.", "March 20 last year", "2023-03-20"),
        ("Crews left on 6 February last year.", "6 February last year", "2023-02-06"),
        ("Last year August 8 was a good day.", "Last year August 8", "2023-08-08"),
        ("The fair ran July 13 to 17 of last year.", "July 13 to 17 of last year", "2023-07-13"),
        ("It reopens on October 2 next year.", "October 2 next year", "2025-10-02"),
    ],
)
def test_a_day_with_last_this_or_next_year_takes_that_year(
    text: str, surface: str, expected: str
) -> None:
    found = values(text)
    assert found[surface][0] == expected
    assert "last year" not in found  # (one date, not the day and the year apart)


def test_a_day_followed_by_last_years_noun_keeps_its_own_year() -> None:
    found = values("On May 3 last year's winner spoke.")
    assert found["May 3"][0] == "2024-05-03"


def test_parts_of_the_year_of_publication() -> None:
    assert values("The bill should pass by the end of the year.")["the end of the year"] == (
        "2024-09",
        "2024-12",
        "month",
    )
    assert values("Hiring resumed at the start of the year.")["the start of the year"][:2] == (
        "2024-01",
        "2024-04",
    )
    assert values("The mill shut at the start of 2022.")["the start of 2022"][:2] == (
        "2022-01",
        "2022-04",
    )


def test_months_ago_name_a_month() -> None:
    assert values("The fault was found about two months ago.")["two months ago"] == (
        "2024-03",
        "2024-03",
        "month",
    )
    assert "40 months ago" not in values("It began 40 months ago.")


def test_today_capitalised_in_mid_sentence_is_a_name() -> None:
    assert values("The figures come from USA Today and the council.") == {}
    assert "Today" in values("The vote was close.\n\nToday, the council meets again.")


def test_a_year_before_a_unit_of_length_is_a_length() -> None:
    assert values("The 2000 km line opened. It runs 900 miles (1450 km) inland.") == {}


def test_a_weekday_after_a_is_any_such_day() -> None:
    assert values("Who will open the shop on a Sunday night?") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a determiner is an adjective, not the clause's past verb
        ("The mayor is due to tour the flooded streets on Saturday.", "2024-05-25"),
        # a past verb right after the weekday, with its object: that clause's own day
        ("Work will start after the board on Tuesday approved the budget.", "2024-05-21"),
        ("The tour moves to Lyon on Sunday.", "2024-05-26"),
        ("Both boxers weigh in on Saturday at noon.", "2024-05-25"),
        ("The striker could be back Tuesday, his coach said.", "2024-05-28"),
        ("Engineers are now targeting Thursday for the test.", "2024-05-30"),
        ("UP NEXT\n\nRavens: Visit the Owls on Monday.", "2024-05-27"),
        # (and still the latest one when no cue says otherwise)
        ("The board will hold a vote on Tuesday aimed at ending it.", "2024-05-28"),
        ("He could not attend on Monday.", "2024-05-20"),
    ],
)
def test_weekday_tense_cues_from_real_reports(text: str, expected: str) -> None:
    (found,) = values(text).values()
    assert found[0] == expected


def test_decades_without_their_century_or_with_a_curly_apostrophe() -> None:
    assert values("The mill was rebuilt in the 90s.")["90s"] == ("1990", "1999", "decade")
    assert values("Sit-down strikes spread in the 1930’s.")["1930’s"][:2] == ("1930", "1939")
    assert "90s" not in values("Highs will reach the 90s this weekend.")


def test_a_year_listed_before_another_is_a_year() -> None:
    found = values("She met the 2004 and 2008 nominees of the party.")
    assert {"2004", "2008"} <= found.keys()
    assert values("Between 1800 and 2000 troops crossed the river.") == {}
    assert values("In 2008, 2000 people marched.")["2008"][0] == "2008"


def test_counts_and_ages_after_a_number_are_no_years() -> None:
    assert values("The town keeps a 2000 year old custom.") == {}
    assert values("A survey of 1709 schoolchildren found gaps.") == {}


def test_early_in_a_year_is_its_first_months() -> None:
    assert values("A vote is due early in 2016.")["early in 2016"][:2] == ("2016-01", "2016-04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Wednesday, the mayor and her aides are to travel to Rome.", "2024-05-29"),
        ("The minister is to open the bridge on Tuesday.", "2024-05-28"),
        ("Roads around the stadium close from Sunday.", "2024-05-26"),
    ],
)
def test_is_to_and_from_put_a_weekday_ahead(text: str, expected: str) -> None:
    (found,) = values(text).values()
    assert found[0] == expected


def test_a_weekday_that_opens_a_name_is_no_date() -> None:
    assert values("The claim ran in The Sunday Times.") == {}
    assert values("A strip by Saturday Morning Cartoons fans went viral.") == {}
    assert "Saturday" in values("The fair opened on Saturday Night as crowds gathered.")


def test_a_range_of_weekdays_is_one_period() -> None:
    found = values("Three days of mourning, Wednesday through Friday, were declared.")
    assert found["Wednesday through Friday"] == ("2024-05-22", "2024-05-24", "day")
    found = values("A blast hit the city on the night of Monday to Tuesday.")
    assert "Monday to Tuesday" not in found


def test_a_month_range_without_its_year_takes_the_first_months_year() -> None:
    found = values("Sales dipped from December to January.", date(2019, 2, 21))
    assert found["from December to January"] == ("2018-12", "2019-01", "month")
    found = values("He toured between May and June in 1981.")
    assert found["between May and June in 1981"][:2] == ("1981-05", "1981-06")


def test_either_of_two_days_is_both() -> None:
    assert values("The launch is now set for Dec. 20 or 21.")["Dec. 20 or 21"][:2] == (
        "2024-12-20",
        "2024-12-21",
    )


def test_two_months_joined_by_and_are_two_dates() -> None:
    found = values("The strike shut schools this past December and January.", date(2019, 2, 21))
    assert found["December"][:2] == ("2018-12", "2018-12")
    assert found["January"][:2] == ("2019-01", "2019-01")
    found = values("Between March and June the river ran dry.")
    assert "Between March and June" in found


def test_this_past_month_is_the_latest_one() -> None:
    found = values("At the party's congress this past May, she won.", date(2020, 10, 19))
    assert found["May"][0] == "2020-05"


def test_born_and_founded_cue_a_year_and_a_laws_year_is_no_date() -> None:
    assert values("The poet was born 1940 in Muscat.")["1940"][0] == "1940"
    assert values("He sought to amend the Harbours Act of 1869, which set fees.") == {}


def test_years_counted_from_the_last_year_named() -> None:
    found = values("The troops left in 2011 and returned three years later.")
    assert found["three years later"][0] == "2014"
    found = values("She was elected in 2002 and became minister the next year.")
    assert found["the next year"][0] == "2003"
    assert "the next year" not in values("Sales grew in 2019 and should grow over the next year.")
    assert "a year later" not in values("In 2019 it opened. A year later on May 3 it shut.")


def test_a_month_in_a_sentence_about_a_past_year_takes_that_year() -> None:
    found = values("In the 2016 race, she campaigned until June, and quit.")
    assert found["June"][0] == "2016-06"
    found = values("The city plans 300 km of rail by 2045 under a plan approved in February.")
    assert found["February"][0] == "2024-02"


def test_into_a_weekday_is_still_ahead() -> None:
    found = values("Warnings apply from tonight into Tuesday morning.", date(2024, 5, 22))
    assert found["Tuesday"][0] == "2024-05-28"


def test_the_end_of_the_year_in_a_quotation_is_left_out() -> None:
    assert values('She said: "We will not get there before the end of the year."') == {}


def test_a_weekday_after_a_told_period_is_its_day_in_that_period() -> None:
    text = (
        "From May 10 to 12, the town hosted its kite fair. Last year it drew 900 people. "
        "A workshop on tails was held on Saturday afternoon."
    )
    assert values(text)["Saturday"][0] == "2024-05-11"
    # (a single day told since moves the story on: the weekday is the latest one again)
    text = "From May 10 to 12, the fair ran. On May 20 it rained. It closed on Saturday."
    assert values(text)["Saturday"][0] == "2024-05-18"


def test_a_long_sentence_about_a_past_year_keeps_it_for_its_months() -> None:
    text = (
        "In the 2016 race, the senator kept his campaign going against the party's favourite "
        "for roughly two months longer than expected by most of his own staff, until June, "
        "and did not endorse her until July."
    )
    found = values(text)
    assert found["June"][0] == "2016-06"
    assert found["July"][0] == "2016-07"


def test_holidays_by_their_bare_name_after_a_cue_and_the_moving_ones() -> None:
    found = values("The minister wants the costs by Christmas. He agreed.", date(2025, 11, 20))
    assert found["Christmas"][0] == "2025-12-25"
    assert values("Christmas trees sold out before Christmas shopping began.") == {}
    found = values("They lost to the Hawks on Thanksgiving Day.", date(2025, 12, 8))
    assert found["Thanksgiving Day"][0] == "2025-11-27"
    found = values("Shops will shut over Easter, the union said.", date(2025, 3, 1))
    assert found["Easter"][0] == "2025-04-20"
    assert values("Her hobby grew from a love for Halloween.") == {}


def test_first_months_of_a_year_and_a_bare_half() -> None:
    found = values("The line carried 9 million riders in the first eight months of this year.")
    assert found["the first eight months of this year"][:2] == ("2024-01", "2024-08")
    found = values("Orders should hold up through the first half, she said.", date(2026, 2, 1))
    assert found["the first half"][:2] == ("2026-01", "2026-06")


def test_quarters_in_a_game_report_are_periods_of_play() -> None:
    text = (
        "The Owls won 24-17. Their quarterback threw two touchdowns before halftime. "
        "Their tackle was hurt in the second quarter and did not return."
    )
    assert "the second quarter" not in values(text)


def test_the_week_of_a_day_and_the_week_ended_on_it() -> None:
    found = values("Hearings may start as soon as the week of October 21.")
    assert found["the week of October 21"][:2] == ("2024-10-21", "2024-10-27")
    found = values("Stocks fell in the week ended May 17, the agency said.")
    assert found["the week ended May 17"][:2] == ("2024-05-11", "2024-05-17")


def test_a_weekday_naming_a_kind_of_day_is_no_date() -> None:
    assert values("The Sunday trade ban hurt the big stores.") == {}
    assert values("The port added Sunday shifts to clear the boxes.") == {}
    assert "Sunday" in values("On Sunday opening hours were cut.")


def test_turning_attention_to_a_weekday_looks_ahead() -> None:
    found = values("The champions now turn their attention to Tuesday's cup tie.")
    assert found["Tuesday"][0] == "2024-05-28"


def test_from_a_weekday_opening_a_sentence_is_ahead_without_a_past_verb() -> None:
    assert values("From Monday, towns must cut their use.")["Monday"][0] == "2024-05-27"
    assert values("From Monday, fares rose.")["Monday"][0] == "2024-05-20"


def test_close_and_end_in_the_present_schedule_a_weekday() -> None:
    assert values("Polls close at 8pm Tuesday.")["Tuesday"][0] == "2024-05-28"
    assert values("The talks did not end Tuesday.")["Tuesday"][0] == "2024-05-21"


def test_a_bare_holiday_in_quoted_words_is_left_out() -> None:
    assert values("He told me: 'We will have a budget before Christmas.' I believe him.") == {}


def test_a_hedge_between_since_or_until_and_a_year_keeps_it_a_date() -> None:
    found = values("The gang has raided clinics since at least 2019.")
    assert found["2019"][:2] == ("2019", "2019")
    assert "2027" in values("The town put off its plans until at least 2027.")
    assert "2025" in values("Talks could drag on until as late as 2025.")


def test_an_accounting_period_runs_up_to_the_month_it_ends_in() -> None:
    found = values("For the year ended March 2024, sales rose by a fifth.")
    assert found["the year ended March 2024"][:2] == ("2023-04", "2024-03")
    found = values("In the six months to September 2023, profit fell.")
    assert found["the six months to September 2023"][:2] == ("2023-04", "2023-09")
    found = values("Exports hit a record in the 12 months to April, the board said.")
    assert found["the 12 months to April"][:2] == ("2023-05", "2024-04")
    assert values("The ferry ran from January to March.")["from January to March"][:2] == (
        "2024-01",
        "2024-03",
    )


def test_a_year_told_in_the_sentence_does_not_push_a_month_past_publication() -> None:
    found = values("One truck was pushed to the 2027 model year, and a van was shelved in April.")
    assert found["April"][:2] == ("2024-04", "2024-04")
    found = values("In the 2016 election, he ran until June.")
    assert found["June"][:2] == ("2016-06", "2016-06")


def test_days_later_are_not_counted_from_a_byline() -> None:
    text = "Thief nabbed\nPublished May 20, 2024, 9:14 a.m.\n\nHe came back two days later."
    assert "two days later" not in values(text)
    text = "Thief nabbed\nPublished May 20, 2024, 9:14 a.m. ET\n\nHe came back two days later."
    assert "two days later" not in values(text)
    text = "On May 2, the river rose.\n\nTwo days later, the dam broke."
    assert values(text)["Two days later"][:2] == ("2024-05-04", "2024-05-04")


def test_a_headline_infinitive_dates_a_weekday_ahead() -> None:
    text = "RELATED\nStorm to reach the coast on Monday\nTown council to vote Tuesday\n"
    found = values(text)
    assert found["Monday"][0] == "2024-05-27"
    assert found["Tuesday"][0] == "2024-05-28"
    assert values("Fans flocked to see the team on Monday\n")["Monday"][0] == "2024-05-20"
    assert values("He tried to escape on Monday.")["Monday"][0] == "2024-05-20"


def test_a_fiscal_year_follows_the_convention_the_text_names() -> None:
    found = values("The lender earned ₹96 crore in FY24, up from ₹70 crore.")
    assert found["FY24"][:2] == ("2023-04", "2024-03")
    found = values("Japan's ministry counted 80 cases in fiscal 2023, a record.")
    assert found["fiscal 2023"][:2] == ("2023-04", "2024-03")
    found = values("Bangladesh set aside Tk 900 crore in fiscal 2022-23 for rice.")
    assert found["fiscal 2022-23"][:2] == ("2022-07", "2023-06")
    assert values("The firm lost $4 million in fiscal 2023.")["2023"][:2] == ("2023", "2023")
    # the US federal government's run October to September, named for the year they end in
    found = values("The U.S. Forest Service treated 2 million acres in fiscal year (FY) 2023.")
    assert found["fiscal year (FY) 2023"][:2] == ("2022-10", "2023-09")
    found = values("Congress must fund the federal government for FY 2025.")
    assert found["FY 2025"][:2] == ("2024-10", "2025-09")
    # ... and "calendar year 2023" is the year
    assert values("Exports rose in calendar year 2023.")["2023"][:2] == ("2023", "2023")


def test_nine_eleven_is_the_day_of_the_attacks() -> None:
    found = values("The group planned the 9/11 attacks, the court heard.")
    assert found["9/11"][:2] == ("2001-09-11", "2001-09-11")
    assert "9/11" not in values("Check-in opens 9/11-9/14 at the fair.")


def test_a_date_written_in_figures_is_a_day() -> None:
    # (PUB: 2024-05-24) dots put the day first, a leading four-digit year the year first
    assert values("Updated 21.05.2024 10:12")["21.05.2024"][:2] == ("2024-05-21", "2024-05-21")
    assert values("Published 2024.05.22 09:00")["2024.05.22"][:2] == ("2024-05-22", "2024-05-22")
    # slashes: a part above 12 is the day; else the order that lands near publication
    found = values("Posted 24/05/24 at 9h10 and revised 27/05/24")
    assert found["24/05/24"][:2] == ("2024-05-24", "2024-05-24")
    assert found["27/05/24"][:2] == ("2024-05-27", "2024-05-27")
    assert values("Filed 05/03/2024")["05/03/2024"][:2] == ("2024-05-03", "2024-05-03")
    assert values("Filed 03/05/2024")["03/05/2024"][:2] == ("2024-05-03", "2024-05-03")
    # far from publication, the order the text's other dates use, else month first
    assert values("Deed signed 03/04/2011.")["03/04/2011"][:2] == ("2011-03-04", "2011-03-04")
    found = values("Deeds signed 25/12/2010 and 03/04/2011.")
    assert found["03/04/2011"][:2] == ("2011-04-03", "2011-04-03")
    # no version numbers, fractions, scores or parts of a path
    found = values("Build v1.2.2024 shipped; see /2024/05/20/ and odds of 3/4/5 or 2.5.10.")
    assert not [d for d in found if d[:1].isdigit() and d != "2024"]


def test_two_months_sharing_a_year_are_one_period() -> None:
    found = values("Forecasters expect snow in January and February 2025 across the plateau.")
    assert found["January and February 2025"][:2] == ("2025-01", "2025-02")
    assert "January" not in found


def test_the_first_days_weeks_and_months_of_a_year() -> None:
    found = values("Inspectors made 40 seizures in the first seven days of 2023.")
    assert found["the first seven days of 2023"][:2] == ("2023-01-01", "2023-01-07")
    found = values("Sales rose in the first two weeks of this year.")
    assert found["the first two weeks of this year"][:2] == ("2024-01-01", "2024-01-14")
    found = values("Exports fell in the first six months of 2023.")
    assert found["the first six months of 2023"][:2] == ("2023-01", "2023-06")


def test_a_weekday_ending_a_title_case_headline_is_a_day() -> None:
    text = "Home | News\n\nGrain Prices Climb Sharply Tuesday\n\nWheat futures rose in Chicago."
    assert values(text)["Tuesday"][:2] == ("2024-05-21", "2024-05-21")
    # a name still: a club's, or one the prose makes of the day
    assert "Wednesday" not in values("Rovers Hold Sheffield Wednesday\n\nIt ended 1-1.")
    text = "Fans Cheer Rovers Wednesday\n\nThe fans of Rovers Wednesday sang."
    assert "Wednesday" not in values(text)


def test_a_month_ending_a_headline_line_is_a_date() -> None:
    # (the next line's capital is no surname: "June Carter" stays a name)
    text = (
        "Ferry fares to rise from September\n\nThe operator said on Monday that prices will go up."
    )
    assert values(text)["September"][:2] == ("2024-09", "2024-09")
    assert "June" not in values("She sang with June Carter for years.")


def test_a_month_in_capitals_with_its_year_is_a_date_line() -> None:
    assert values("UPDATED 21 MAY 2024 | 10:41")["21 MAY 2024"][:2] == ("2024-05-21", "2024-05-21")
    assert values("TOP 5 MAR THE WEEKEND") == {}


def test_a_timeline_entry_opens_with_its_year() -> None:
    text = "Bridge timeline\n• 2009: Council approves the plan\n• 2015: Work begins\n"
    assert {"2009", "2015"} <= set(values(text))
    assert values("2001: A Space Odyssey is on tonight\n").get("2001") is None


def test_the_second_week_of_a_month_is_that_month() -> None:
    # (its days depend on the day a week starts on; the first week is days 1 to 7)
    found = values("The fair opened in the third week of April.")
    assert found["the third week of April"] == ("2024-04", "2024-04", "month")
    assert values("It shut in the first week of April.")["the first week of April"][:2] == (
        "2024-04-01",
        "2024-04-07",
    )


def test_a_date_a_line_apart_lends_no_year() -> None:
    body = (
        "Caption: the minister at a summit, Monday, Oct. 5, 2020.\n"
        "OSLO — The minister announced on December 29 that talks had ended."
    )
    assert values(body, date(2022, 1, 12))["December 29"][0] == "2021-12-29"
    # in the same paragraph, a story told in order keeps its year
    body = "The army moved on November 15, 2017. He resigned on November 21."
    assert values(body, date(2022, 1, 12))["November 21"][0] == "2017-11-21"


def test_looked_to_be_is_no_plan() -> None:
    body = "The hosts looked to be in control early in Saturday's final."
    assert values(body, date(2024, 6, 17))["Saturday"][0] == "2024-06-15"
    assert (
        values("The final is to be played on Saturday.", date(2024, 6, 17))["Saturday"][0]
        == "2024-06-22"
    )


def test_today_glossed_with_its_date_is_that_date() -> None:
    found = values("The board votes today (Tuesday, March 3) on the budget.", date(2026, 3, 4))
    assert "today" not in found
    assert found["Tuesday, March 3"][0] == "2026-03-03"


def test_a_pages_call_to_act_today_is_no_date() -> None:
    assert not values("Sign up for our briefing today and get the news first!")
    assert values("The council meets today.")["today"][0] == PUB.isoformat()


def test_a_year_as_the_subject_after_a_verb_of_saying() -> None:
    found = values("The grower tells Brightwater 2027 should be a better season.")
    assert found["2027"] == ("2027", "2027", "year")
    assert not values("Police said 2000 were arrested.")


def test_a_participle_after_would_is_no_past_verb() -> None:
    body = "Officials said crews would inspect damaged bridges from Monday."
    assert values(body, date(2026, 11, 27))["Monday"][0] == "2026-11-30"
    assert values("Police arrested suspects on Monday.", date(2026, 11, 27))["Monday"][0] == (
        "2026-11-23"
    )
