"""Broadcasters named by call letters and channel, all-caps words that name nothing, and clubs
in match reports told by their referee and team-mates, and hospitals someone works at, on
invented text."""

from __future__ import annotations

from briefing.facts import extract_facts


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_facts(text).organisations]


def test_call_letters_keep_their_channel() -> None:
    text = "Fire Chief Dana Olsen told KQRT 9 News that the roof fell in."
    assert _orgs(text) == ["KQRT 9 News"]
    text = "Renters told WKLZ 4 they had paid twice. WKLZ 4 visited the office."
    assert _orgs(text) == ["WKLZ 4"]


def test_a_count_after_initials_is_no_channel() -> None:
    text = "Across the KVLA 12 teams played on Saturday, and KVLA said scores rose."
    assert "KVLA 12" not in _orgs(text)


def test_a_weekday_in_capitals_opening_a_dateline_is_no_body() -> None:
    text = "MONDAY, July 1 (Harbor Health News) -- Heat topped 110 degrees in the valley."
    assert "MONDAY" not in _orgs(text)


def test_a_referee_and_team_mates_make_a_match_report() -> None:
    text = (
        "Riverton were held to a 1-1 draw with Stoke, and manager Ben Hale said the referee "
        "missed a handball before the goal.\n\n"
        "Stoke boss Tom Pell praised his team-mates."
    )
    assert "Stoke" in _orgs(text)


def test_a_hospital_someone_works_at_is_the_body() -> None:
    text = (
        "Dr. Ana Velt, a pediatric pulmonologist at Riverside Children's Hospital in Oak Lawn, "
        "testified on Monday. Nine were taken to Marlow General Hospital."
    )
    facts = extract_facts(text)
    assert "Riverside Children's Hospital" in [o.name for o in facts.organisations]
    assert "Marlow General Hospital" in [p.name for p in facts.places]
    text = "Dr. Sal Ruiz, of the emergency department at Fenwick Medical Center, said so."
    assert _orgs(text) == ["Fenwick Medical Center"]


def test_a_byline_in_capitals_with_an_address_is_no_body() -> None:
    text = "Senators meet\n\nBy DANA MERRIT — campus@ledger.org\n\nThe senate met on Monday."
    assert _orgs(text) == []


def test_letters_before_a_number_sign_are_no_body() -> None:
    text = "The senate passed SR #12 on Monday and sent HB#5 back to committee."
    assert _orgs(text) == []


def test_a_title_ending_in_a_role_is_no_body() -> None:
    text = "Mr Kofi Aidoo, the Ranking Member on the committee, called the price unfair."
    assert _orgs(text) == []
    text = "The court ruled on Monday, the Supreme Court of Justice said."
    assert _orgs(text) == ["Supreme Court of Justice"]


def test_a_town_a_player_signed_from_is_the_club() -> None:
    text = (
        "Villa led after a goal from Osei, the winger signed from Brighton in the summer. "
        "The striker missed a penalty before half-time, and the referee booked two defenders."
    )
    assert "Brighton" in _orgs(text)


def test_a_town_with_a_plural_verb_in_a_match_report_is_the_club() -> None:
    text = (
        "Leeds have rejected a bid for their goalkeeper, and the striker wants a move. "
        "The midfielder scored in the derby."
    )
    assert "Leeds" in _orgs(text)


def test_sides_on_a_results_line_are_teams() -> None:
    text = (
        "The quarterback threw two touchdown passes and the linebacker had a sack as the "
        "Hawks won the quarterfinal.\n\n"
        "Other quarterfinal scores\n"
        "Class 3A: Bishop Mallory 19, Oak Ridge 6\n"
        "Class 2A: Wendel Park 27, Harlan Gate 24 (OT)\n"
    )
    orgs = _orgs(text)
    for team in ("Bishop Mallory", "Oak Ridge", "Wendel Park", "Harlan Gate"):
        assert team in orgs
    assert extract_facts(text).people == []


def test_currency_time_zone_and_month_letters_are_no_body() -> None:
    text = (
        "(Agency) - ROME, NOV 24 - The fund signed a loan worth KD 16 million. Growers paid "
        "2,800 CFA francs a kilo, up from GH¢3,000, and clerks asked bribes of K5 000.\n"
        "30 November 2026, MVT 14:20"
    )
    assert not {"NOV", "KD", "CFA", "GH", "K5", "MVT"} & set(_orgs(text))


def test_a_newspaper_someone_talks_to_keeps_its_the() -> None:
    text = "Speaking to The Citizen yesterday, farmer Ali Nampe said prices fell."
    assert _orgs(text) == ["The Citizen"]
    text = "Oskar Berg told The Local. He said power would return by Friday."
    assert _orgs(text) == ["The Local"]


def test_an_agency_in_brackets_after_a_datelines_day_is_the_outlet() -> None:
    text = (
        "Lake level rises after rains\n\n"
        "TEHRAN, Dec. 1 (HNA) – The water level of the lake has risen by 18 cm, an official "
        "said.\n\nHNA/5834712\n\nRelated News"
    )
    assert "HNA" in _orgs(text)
    text = (
        "Harbor News Agency (HARNA)\n\nKUWAIT, Nov 29 (HARNA) -- The fund signed a loan on "
        "Sunday, it told HARNA."
    )
    assert _orgs(text) == ["Harbor News Agency"]


def test_an_event_is_no_body() -> None:
    text = "Rossi won the KLM Finals in Riyadh on Sunday."
    assert "KLM Finals" not in _orgs(text)


def test_a_known_company_before_its_product_and_number() -> None:
    text = "Two satellites went up on a SpaceX Falcon 9 from Florida in April."
    assert _orgs(text) == ["SpaceX"]
    text = "The Reuters Institute 2024 report found trust fell."
    assert _orgs(text) == ["Reuters Institute"]


def test_a_known_name_ending_in_s_keeps_it() -> None:
    text = "Officials said that Moody's had downgraded the university's bonds in August."
    assert _orgs(text) == ["Moody's"]


def test_a_name_after_an_industry_noun_is_a_company() -> None:
    text = (
        "The chief executive of the Dutch processor Valkmolen, Pieter Vos, said margins fell. "
        "He said Valkmolen had cut its debt."
    )
    assert _orgs(text) == ["Valkmolen"]
    assert [p.name for p in extract_facts(text).people] == ["Pieter Vos"]
