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


_TRICKY = [
    "Shares fell 5%, to US$ 12.5 million, and HK$3bn; Rs. 40 and Rs20 rupees.",
    "It cost €1,200,000 (£900m) or 3.5 million dollars; 1,2345 and 12,345.6 km.",
    "Scores of 3-2, 20-year-old, 2024-05-01, ٣ people and ２ workers, x5 and 5x.",
    "$5$6 USD7 EUR 8 GBP9 CHF 10 50 per cent 7 percentage points 9percent",
    "six workers, a dozen men and twenty-two tonnes; 40 km/h, 300 teu, 12 hours.",
]


@pytest.mark.parametrize("body", _TRICKY)
def test_digit_anchored_matching_equals_a_full_scan(body: str) -> None:
    """Most figure patterns are tried only where a number can start; that must find exactly
    what scanning the whole body finds."""
    from briefing.facts import figures as f

    def spans(matches) -> list[tuple[tuple[int, int], dict]]:
        return [(m.span(), m.groupdict()) for m in matches]

    numbers = [m.start() for m in f._FIGURE_START.finditer(body)]
    for pattern in (f.MONEY_AFTER, f.PERCENT, f.QUANTITY_DIGITS):
        assert spans(f._matches_at(pattern, body, numbers)) == spans(pattern.finditer(body))


def test_a_money_figure_phrase_ends_before_a_preposition() -> None:
    from briefing.facts import extract_facts

    texts = [f.text for f in extract_facts("He took $300,000 in bribes from builders.").figures]
    assert texts == ["$300,000 in bribes"]


def test_a_year_inside_a_name_or_a_code_is_no_count() -> None:
    assert by_text("The council cited the 1998 Water Resources Act.") == {}
    assert by_text("The 2031-kZT virus spread fast.") == {}
    assert "2000 Syrian refugees" in by_text("Some 2000 Syrian refugees arrived.")


def test_two_counts_unless_it_refers_to_a_named_pair() -> None:
    assert [f.text for f in find_figures("The blast killed two people and hurt nine.")] == [
        "two people"
    ]
    assert find_figures("Later the two ministers shook hands.") == []


def test_dozens_and_percentages_in_words() -> None:
    found = [(f.text, f.value) for f in find_figures("Guards seized two dozen rifles.")]
    assert found == [("two dozen rifles", 24.0)]
    found = [(f.text, f.unit) for f in find_figures("Fares rose more than ten percent.")]
    assert found == [("ten percent", "%")]


def test_an_earthquake_magnitude_is_a_figure() -> None:
    body = "A magnitude 6.1 quake hit, then a 4.8-magnitude aftershock; 5.2 on the Richter scale."
    assert [(f.text, f.value) for f in find_figures(body)] == [
        ("magnitude 6.1", 6.1),
        ("4.8-magnitude", 4.8),
        ("5.2 on the Richter scale", 5.2),
    ]


def test_currency_codes_and_short_scales_before_an_amount() -> None:
    body = "The studio made $42M, the port NOK 210 million, the mill R$ 3.5 million and ₹96 crore."
    found = [(f.text, f.unit, f.value) for f in find_figures(body)]
    assert found == [
        ("$42M", "USD", 42e6),
        ("NOK 210 million", "NOK", 210e6),
        ("R$ 3.5 million", "BRL", 3.5e6),
        ("₹96 crore", "INR", 96e7),
    ]
    assert find_figures("The PHP 7 release and Plan B 2 were late.") == []


def test_thousands_set_off_by_spaces() -> None:
    body = "The co-op sold 38 000 tonnes to 2 400 buyers. In 2023 150 farmers joined."
    found = [(f.text, f.value) for f in find_figures(body)]
    assert found == [("38 000 tonnes", 38000.0), ("2 400 buyers", 2400.0), ("150 farmers", 150.0)]


def test_a_unit_glued_to_its_number() -> None:
    body = "The 162km stage ends on an 11mm rail at 31°C, with gusts of 90km/h."
    found = [(f.text, f.value) for f in find_figures(body)]
    assert found == [("162km", 162.0), ("11mm", 11.0), ("31°C", 31.0), ("90km/h", 90.0)]
    assert find_figures("She raised 5m in May.") == []  # (a glued "m" may be millions)


def test_a_labels_number_is_no_count() -> None:
    assert find_figures("Agency Region 4 staff cleared Route 9 crossings.") == []
    assert [f.text for f in find_figures("About 40 staff cleared 9 crossings.")] == [
        "40 staff",
        "9 crossings",
    ]


def test_spans_of_time_are_figures() -> None:
    found = by_text("The clerk was jailed for 28 years and her brother for 15 months.")
    assert found["28 years"] == (28.0, "years")
    assert found["15 months"] == (15.0, "months")
    assert by_text("The ferry strike lasted eleven days.")["eleven days"] == (11.0, "days")


def test_ages_points_and_stretches_of_the_calendar_are_no_spans_of_time() -> None:
    assert not by_text("The 55-year-old, aged 40 years then, is 31 weeks pregnant.")
    assert not by_text("Four days into the strike, the vote was three weeks away.")
    assert not by_text("Sales over the past five years and the first six months fell.")
    assert not by_text("It was the club's first title in 15 years.")
    # ("past" without "the" is beyond them; "last" a verb)
    assert by_text("The law bans it past six weeks.")["six weeks"] == (6.0, "weeks")
    assert by_text("Works will last 36 months.")["36 months"] == (36.0, "months")


def test_light_years_are_a_distance() -> None:
    assert by_text("The cluster lies 2.6 billion light years away.")["2.6 billion light years"] == (
        2.6e9,
        "light years",
    )


def test_a_figure_repeated_is_listed_once_at_its_first_mention() -> None:
    figures = find_figures("Pipes were cut for six weeks. Six weeks is too long, said 40 people.")
    assert [f.text for f in figures] == ["six weeks", "40 people"]


def test_a_count_of_times_is_a_figure() -> None:
    found = by_text("The pump failed 11 times, and prices are 2.6 times higher.")
    assert found["11 times"] == (11.0, "times")
    assert found["2.6 times"] == (2.6, "times")


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("Growers got Sh23 per kilo.", "Sh23 per kilo", 23.0, "shillings"),
        ("The levy raised Shs4.2 billion.", "Shs4.2 billion", 4.2e9, "shillings"),
        ("Paddy sold at Tk 45 a kilo.", "Tk 45 a kilo", 45.0, "BDT"),
        ("The state set aside RM120mil.", "RM120mil", 120e6, "MYR"),
        ("Profit reached Dh2.8 billion.", "Dh2.8 billion", 2.8e9, "AED"),
        ("The pipeline cost JD62 million.", "JD62 million", 62e6, "JOD"),
        ("Each household pays Nu 500.", "Nu 500", 500.0, "BTN"),
        ("The fund holds KD 16 million.", "KD 16 million", 16e6, "KWD"),
    ],
)
def test_currencies_as_their_own_outlets_write_them(
    body: str, text: str, value: float, unit: str
) -> None:
    assert by_text(body)[text] == (value, unit)


def test_currency_letters_without_a_number_are_no_money() -> None:
    assert by_text("Shares of RM rose. JD Vance spoke to 2 reporters.") == {
        "2 reporters": (2.0, "reporters")
    }


def test_a_page_count_of_comments_is_no_figure() -> None:
    assert not by_text("The pool reopens in May.\n14 Comments\nMore stories")
    assert not by_text("POSTED May 2, 2025 | 3 Comments")
    assert by_text("The board received 1,200 comments from the public.") == {
        "1,200 comments": (1200.0, "comments")
    }


@pytest.mark.parametrize(
    ("body", "text", "unit"),
    [
        ("The handset has 12GB of memory and a 6,000mAh cell.", "12GB", "gb"),
        ("The handset has 12GB of memory and a 6,000mAh cell.", "6,000mAh", "mah"),
        ("Each sack is a 25-kilogramme bag of maize.", "25-kilogramme", "kilogramme"),
        ("The field now pumps 3.2 million bpd.", "3.2 million bpd", "bpd"),
        ("Patients took 250 mg twice a day.", "250 mg", "mg"),
        ("Gusts reached 31 m/s at the pier.", "31 m/s", "m/s"),
        ("A 132-kilovolt line feeds the town.", "132-kilovolt", "kilovolt"),
        ("She holed a 25-foot putt.", "25-foot", "foot"),
        ("They plan a seven-storey block.", "seven-storey", "storey"),
        ("The firm leased a 2,500-square-foot unit.", "2,500-square-foot", "square-foot"),
        ("Tickets cost about 900 baht each.", "900 baht", "THB"),
        ("The works cost 41.5 billion tenge.", "41.5 billion tenge", "KZT"),
        ("A fine of up to 300 złoty applies.", "300 złoty", "PLN"),
        ("Traders paid 1,100 birr per quintal.", "1,100 birr per quintal", "ETB"),
    ],
)
def test_units_and_currencies_trade_papers_use(body: str, text: str, unit: str) -> None:
    assert by_text(body)[text][1] == unit


def test_a_count_runs_over_its_modifiers_to_its_noun() -> None:
    found = by_text("Crews put up 4,000 new street signs and 12 solar farm sites opened.")
    assert "4,000 new street signs" in found
    assert "12 solar farm sites" in found
    # a plural noun ends the count; a ranking and an age are no count
    assert "1,500 tenants" in by_text("The 1,500 tenants received letters.")
    assert not by_text("She named the 10 most promising young writers.")
    assert not by_text("A 64-year-old school caretaker says so.")


@pytest.mark.parametrize(
    ("body", "text", "value", "unit"),
    [
        ("Petrol now costs N1,250 per litre.", "N1,250 per litre", 1250.0, "NGN"),
        ("Fertiliser sells at K18 000 a bag.", "K18 000 a bag", 18000.0, "kwacha"),
        ("The grant is worth P2.3 billion.", "P2.3 billion", 2.3e9, "PHP"),
        ("The utility owes R3.4-billion.", "R3.4-billion", 3.4e9, "ZAR"),
        ("The budget is NT$12.5 billion.", "NT$12.5 billion", 12.5e9, "TWD"),
        ("It pledged J$30 million.", "J$30 million", 30e6, "JMD"),
        ("Riders pay Rwf2,500 a day.", "Rwf2,500 a day", 2500.0, "RWF"),
        ("Growers got US$1,65 per kg.", "US$1,65 per kg", 1.65, "USD"),
        ("The payout is 8.4p a share.", "8.4p a share", 8.4, "pence"),
        ("Milk fell to 34.5p/litre.", "34.5p/litre", 34.5, "pence"),
        ("Crews kept a 21-day watch.", "21-day watch", 21.0, "day"),
        ("They opened an 18-seat bar.", "18-seat bar", 18.0, "seat"),
        ("It shipped one million tonnes.", "one million tonnes", 1e6, "tonnes"),
        ("Nearly half a million fled.", "half a million", 5e5, "million"),
        ("One in four adults smokes.", "One in four", 0.25, "rate"),
        ("Four of the ferries were idle.", "Four of the ferries", 4.0, "ferries"),
        ("Police held 12 of them.", "12 of them", 12.0, "them"),
    ],
)
def test_money_counts_shares_and_parts_in_their_own_words(
    body: str, text: str, value: float, unit: str
) -> None:
    assert by_text(body)[text] == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "body",
    [
        "Staff wore N95 masks and a K9 unit searched the 1080p footage.",
        "A 30-year-old, a two-time winner and a five-star hotel.",
        "A two-legged robot hired a three-wheeler.",
        "She won a third term; the second half was dull; about half agreed.",
        "Article 4 of the treaty applies.",
        "Thousands of people marched.",
    ],
)
def test_no_figure_in_codes_ages_kinds_ordinals_or_rough_counts(body: str) -> None:
    assert by_text(body) == {}


def test_a_range_is_one_figure_and_a_repeat_is_none() -> None:
    found = by_text("It may take $40M-$45M, or 5%-8% of sales; $2.10 a share, then $2.10 again.")
    assert set(found) == {"$40M-$45M", "5%-8%", "$2.10 a share"}
    assert set(by_text("Fares rose from $3 to $4.")) == {"$3", "$4"}


def test_a_bare_number_in_thousands_is_a_count() -> None:
    found = by_text("A crowd of 24,318 watched. Okafor polled 51,907, Brandt 48,220.")
    assert set(found) == {"24,318", "51,907", "48,220"}
    assert found["24,318"] == (24318.0, "count")
    # not a percentage, an age or a part of a code
    assert set(by_text("Sales grew 1,400%; a 2,000-year-old oak; code 4,512-7.")) == {"1,400%"}


def test_a_toll_of_dead_injured_or_missing_is_a_count() -> None:
    found = by_text("The flood left 23 dead and 9 missing; at least 40 injured.")
    assert {"23 dead", "9 missing", "40 injured"} <= set(found)
    assert set(by_text("The blast left four people wounded.")) == {"four people"}
