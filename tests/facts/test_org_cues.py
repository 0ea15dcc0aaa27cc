"""Organisations named by how the text speaks of them, on invented text: web sites by their
domain names, X the network, what is based somewhere, a spokesperson's or an executive's
body, and a company's short form without its trade word."""

from __future__ import annotations

from briefing.facts import extract_facts


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_facts(text).organisations]


def test_a_capitalised_domain_name_is_an_organisation() -> None:
    text = "Rooms were booked through Stayfinder.com, and the owner told HarbourNews.nl so."
    assert _orgs(text) == ["Stayfinder.com", "HarbourNews.nl"]
    text = "The story first ran in Danish on Nordlys.GL and, later, on Vozes.com.br."
    assert _orgs(text) == ["Nordlys.GL", "Vozes.com.br"]


def test_an_address_or_a_missing_space_is_no_domain_name() -> None:
    assert not _orgs("Write to desk@HarbourNews.nl or see www.Stayfinder.com/rooms today.")
    assert not _orgs("The vote was held in Norway.In the end, it passed.")


def test_x_is_the_network_where_posts_and_accounts_are() -> None:
    text = "Mayor Ilse Varga wrote in a post on X that the bridge would reopen on Friday."
    assert _orgs(text) == ["X"]
    assert _orgs("The Harbour Board said on its X account that work would resume.") == [
        "Harbour Board",
        "X",
    ]
    assert "X" in _orgs("Share this:\nFacebook\nWhatsApp\nX\n")
    assert "X" in _orgs("Share this: Facebook | X | Email")


def test_x_alone_or_in_other_names_is_no_network() -> None:
    text = "Patient X was flown to Malmo for X-rays after Malcolm X Day, on X Games tickets."
    assert "X" not in _orgs(text)


def test_x_where_a_statement_is_posted_is_not_the_company_that_speaks() -> None:
    text = (
        "Corvane Labs was fined on Monday. In a post on X, the company said it would "
        '"fight this in court."'
    )
    assert extract_facts(text).quotes[0].speaker == "Corvane Labs"


def test_what_is_based_somewhere_is_a_company_whatever_name_opens_it() -> None:
    text = "Analysts at Bermuda-based Marlow Re expect prices to rise, said Ana Pires."
    facts = extract_facts(text)
    assert "Marlow Re" in [o.name for o in facts.organisations]
    assert "Marlow Re" not in [p.name for p in facts.people]
    text = "The deal was signed by Texas-based Colton Hayes and a local bank."
    assert "Colton Hayes" in _orgs(text)


def test_a_spokespersons_body_is_an_organisation_unless_a_person() -> None:
    text = "A spokesperson for Fisheries Tasmania said inspectors would visit farms."
    assert _orgs(text) == ["Fisheries Tasmania"]
    text = "A spokeswoman for Kay Ivey said the governor would sign the bill."
    assert not _orgs(text)


def test_a_former_executive_at_a_one_word_name_names_a_company() -> None:
    text = "She is a former executive at Norvique in Belgium, the board said."
    assert "Norvique" in _orgs(text)


def test_a_companys_short_form_drops_its_trade_word() -> None:
    text = (
        "Stockholm-based Lindberg Coastal Properties sold the tower. A spokesperson for "
        "Lindberg Coastal said the firm was pleased."
    )
    assert _orgs(text) == ["Lindberg Coastal Properties"]


def test_a_foreign_names_acronym_keeps_the_letters_of_its_small_words() -> None:
    text = "Power provider Énergie du Sahel (EDS) said on Friday that EDS would raise supply."
    facts = extract_facts(text)
    assert [o.name for o in facts.organisations] == ["Énergie du Sahel"]
    assert not facts.people
    text = "The study looked at End of Life (EOL) care in rural clinics."
    assert "End of Life" not in _orgs(text)


def test_a_church_mill_or_student_centre_where_something_happens_is_a_place() -> None:
    facts = extract_facts("They were married on Saturday at Grace Episcopal Church.")
    assert [p.name for p in facts.places] == ["Grace Episcopal Church"]
    assert not facts.organisations
    facts = extract_facts("Breakdowns at the Rewa Sugar Mill have slowed the crushing season.")
    assert [p.name for p in facts.places] == ["Rewa Sugar Mill"]
    facts = extract_facts("The town hall will be held in the Marlow Student Center on Monday.")
    assert [p.name for p in facts.places] == ["Marlow Student Center"]
    text = "The Rewa Methodist Church said it would open its doors to families."
    assert _orgs(text) == ["Rewa Methodist Church"]


def test_a_currency_code_before_an_amount_ends_a_companys_name() -> None:
    text = (
        "The regulator fined the fish farmer Fjordlaks Havbruk AS NOK 2.5 million on Monday. "
        "Fjordlaks Havbruk said it would appeal. Fines reach OMR500 for a first offence."
    )
    assert _orgs(text) == ["Fjordlaks Havbruk AS"]


def test_a_companys_short_form_may_leave_out_what_follows_its_ampersand() -> None:
    text = (
        "Regulators cut Mesa Power's request. Mesa Power & Light had asked for more, and "
        "Mesa Power said it would appeal."
    )
    assert _orgs(text) == ["Mesa Power & Light"]


def test_a_superintendency_or_an_authority_goes_on_across_of() -> None:
    text = "The National Superintendency of Mining and Energy Administration said output rose."
    assert _orgs(text) == ["National Superintendency of Mining and Energy Administration"]


def test_a_body_of_two_places_after_the_is_one_name() -> None:
    text = "Cashew was sold on Saturday by the Masasi and Nanyamba Cooperative Union in Mtwara."
    assert "Masasi and Nanyamba Cooperative Union" in _orgs(text)


def test_a_ship_by_its_flag_or_set_off_after_a_fleet_is_no_body() -> None:
    text = (
        "All 14 crew of the Panama-flagged Baltic Tern were safe. Cargo will go on another of "
        "its ships, the Baltic Skua. The Baltic Tern is the second ship to burn this year."
    )
    facts = extract_facts(text)
    assert not facts.organisations
    assert [p.name for p in facts.places] == ["Panama"]


def test_the_sources_a_roundup_names_in_brackets_are_outlets() -> None:
    text = (
        "Rovers want £20m for the winger. (Evening Courier)\n\n"
        "Town have opened talks with the forward. (El Diario Norte)\n\n"
        "The keeper is close to a new deal. (File)\n"
    )
    assert _orgs(text) == ["Evening Courier", "El Diario Norte"]
    assert not _orgs("The minister spoke on Monday. (Updated)\n")


def test_a_short_form_may_leave_out_two_closing_company_words() -> None:
    text = (
        "The site would be built by Cedar Loop Partners LLC, a developer.\n\nA representative "
        "of Cedar Loop, Jenna Holm, said the company would use less water."
    )
    assert _orgs(text) == ["Cedar Loop Partners LLC"]
    text = "Brask Chemical Co. will split in two.\n\nShares of Brask Chemical fell 6.8 percent."
    assert _orgs(text) == ["Brask Chemical Co."]


def test_a_programme_is_a_scheme_unless_a_body_runs_under_that_name() -> None:
    text = "Hawkers who finish the Stall Starters Programme run by SkillsBridge get a grant."
    assert "Stall Starters Programme" not in _orgs(text)
    text = "Food came from the World Food Programme and the Agency for the Space Programme."
    assert _orgs(text) == ["World Food Programme", "Agency for the Space Programme"]


def test_a_district_that_runs_a_service_is_a_body() -> None:
    text = (
        "Voters backed a levy for the Redcliff School District and the Alder Creek Water District."
    )
    assert _orgs(text) == ["Redcliff School District", "Alder Creek Water District"]


def test_a_town_council_named_in_its_own_language_is_a_body() -> None:
    facts = extract_facts("Tavira Câmara has approved a 15% cut in the water sent to golf courses.")
    assert [o.name for o in facts.organisations] == ["Tavira Câmara"]
    assert not facts.people
