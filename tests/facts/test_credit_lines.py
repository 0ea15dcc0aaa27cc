"""Credit lines and furniture of republished and aggregated pages (sentences we wrote): a byline
set as a name over an outlet, a bulleted "Written by", a funder's credit, an aggregator's age
stamp, an outlet's series blurb, a keyword to text, a reading-time label."""

from __future__ import annotations

from datetime import date

from briefing.facts import extract_facts

PUB = date(2026, 3, 11)


def _facts(text: str):  # noqa: ANN202 - a test helper
    return extract_facts(text, published=PUB)


def _names(items) -> list[str]:  # noqa: ANN001
    return [x.name for x in items]


def test_a_name_over_an_outlet_in_the_head_is_a_byline() -> None:
    f = _facts(
        "Council delays vote on ferry fares\n\nDana Whitlow\nHarbor Tribune\n\n"
        "The Greystone council delayed its vote on ferry fares, Mayor Colm Birch said."
    )
    assert "Dana Whitlow" not in _names(f.people)
    assert "Colm Birch" in _names(f.people)


def test_a_bulleted_written_by_line_is_a_credit() -> None:
    f = _facts(
        "Why the ferry vote matters\n\n  • Written by Dana Whitlow, Senior Fellow\n\n"
        "Mayor Colm Birch wants the fares frozen for a year."
    )
    assert _names(f.people) == ["Colm Birch"]


def test_the_people_of_a_funders_credit_made_the_piece() -> None:
    f = _facts(
        "This story was supported by the Harbor Fund's Coastal Desk, where Dana Whitlow is a "
        "fellow. Mayor Colm Birch wants the fares frozen."
    )
    assert _names(f.people) == ["Colm Birch"]


def test_an_age_stamp_alone_on_a_line_is_no_date() -> None:
    f = _facts(
        "Ferry fares frozen\n\n1 year 6 months ago\n\n"
        "The council froze the fares two months ago, Mayor Colm Birch said."
    )
    assert [d.text for d in f.dates] == ["two months ago"]


def test_a_series_named_in_its_blurb_is_no_organisation() -> None:
    f = _facts(
        "The Harbor Ledger Files is an ongoing reporting project. The Coastal Accountability "
        "Project is a nonprofit newsroom, and the Greystone Port Authority set the fares."
    )
    names = _names(f.organisations)
    assert "Harbor Ledger Files" not in names
    assert "Greystone Port Authority" in names


def test_a_keyword_to_text_is_no_organisation() -> None:
    f = _facts(
        'Or text "EPA" to 555-0100 to get the next story on the agency. The Greystone Port Authority '
        "set the fares."
    )
    assert _names(f.organisations) == ["Greystone Port Authority"]


def test_a_reading_time_label_is_no_organisation() -> None:
    f = _facts(
        "Fares frozen\nReading Time: 3 minutes\n\nThe Greystone Port Authority froze the fares."
    )
    assert _names(f.organisations) == ["Greystone Port Authority"]


def test_an_outlets_product_in_an_offer_without_newsletter_is_no_organisation() -> None:
    f = _facts(
        "Ferry fares rose, according to PortPulse's tracker. The mayor spoke to PortPulse.\n\n"
        "Sign up for PortPulse Daily\n"
    )
    assert _names(f.organisations) == ["PortPulse"]
    # (alone, the offer may name the outlet itself)
    f = _facts("Mayor Colm Birch froze the fares.\n\nSubscribe to The Quay Daily\n")
    assert _names(f.organisations) == ["Quay Daily"]


def test_a_headline_of_title_case_sentences_glues_no_words_onto_a_name() -> None:
    f = _facts(
        "Harbor Board\n\nFerry Riders in Greystone Waited Years for New Boats. The Board "
        "Spent the Money Elsewhere.\n\nRiders in Greystone have waited since 2019 for the "
        "new boats that the Harbor Board promised them, its records show."
    )
    assert _names(f.organisations) == ["Harbor Board"]


def test_a_bylines_affiliation_stays_an_organisation() -> None:
    f = _facts(
        "Why the ferry vote matters\n\n  • Written by Dana Whitlow, Senior Fellow, Greystone "
        "University\n\nMayor Colm Birch wants the fares frozen for a year."
    )
    assert _names(f.people) == ["Colm Birch"]
    assert _names(f.organisations) == ["Greystone University"]


def test_the_outlet_a_republished_page_credits_is_an_organisation() -> None:
    f = _facts(
        "Mayor Colm Birch froze the ferry fares on Monday.\n\n"
        "This article was originally published on Seawatchly\n\n"
        "Read the full article on Seawatchly"
    )
    assert _names(f.organisations) == ["Seawatchly"]


def test_a_bylines_job_alone_on_a_line_is_no_organisation() -> None:
    f = _facts(
        "Squash: Khan wins Harbor Open title\nOur Staff Correspondent\nPublished December 1, "
        "2026\n\nPESHAWAR: Top seed Ali Khan won the Harbor Open on Sunday, beating Omar Shah "
        "in four games."
    )
    assert "Staff Correspondent" not in _names(f.organisations)


def test_a_government_sites_banner_makes_no_organisation_of_official() -> None:
    f = _facts(
        "US flag Official website of the Department of Harbor Safety\n\n"
        "Ferry inspections resume\n\nInspectors of the Department of Harbor Safety resumed "
        "checks of the Greystone ferries on Monday, the department said."
    )
    assert _names(f.organisations) == ["Department of Harbor Safety"]


def test_a_bylines_name_then_its_date_on_a_line_of_its_own_is_a_credit() -> None:
    body = (
        "Small venues in peril\n\nArtists have nowhere to perform.\n\nMarta Quillan Oct 8, 2020\n\n"
        "For the rapper Dev Okafor, performing is therapy, he said."
    )
    assert [p.name for p in extract_facts(body).people] == ["Dev Okafor"]


def test_the_photographer_after_a_copyright_owner_is_a_credit() -> None:
    body = (
        "Ministers discuss ceasefire\n\n© Newswire / Pavel Orlov / Go to the photo bank\n\n"
        "Foreign Minister Anton Leskov spoke by phone on Tuesday. Leskov said talks went well."
    )
    assert "Pavel Orlov" not in [p.name for p in extract_facts(body).people]
