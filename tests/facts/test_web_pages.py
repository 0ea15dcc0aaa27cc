"""Shapes of scraped broadcast and wire pages (sentences we wrote): date words glued to a name,
sign-off credits, page furniture, buildings named by a body's words, weekdays read by the
event they date."""

from __future__ import annotations

from datetime import date

from briefing.facts import extract_facts

PUB = date(2026, 3, 11)  # a Wednesday


def _facts(text: str):  # noqa: ANN202 - a test helper
    return extract_facts(text, published=PUB)


def _names(items) -> list[str]:  # noqa: ANN001
    return [x.name for x in items]


def test_a_weekday_after_a_bodys_name_is_the_date() -> None:
    f = _facts(
        "The budget plan reached Congress Wednesday, and her rivals spoke in Parliament Thursday."
    )
    assert _names(f.organisations) == ["Congress", "Parliament"]
    assert {d.text: d.start for d in f.dates} == {
        "Wednesday": "2026-03-11",
        "Thursday": "2026-03-05",
    }


def test_a_weekday_after_a_persons_name_is_no_part_of_the_name() -> None:
    f = _facts(
        "Envoys met embattled Harbor Commissioner Oskar Halvorsen Tuesday, offering him a "
        "deal. Halvorsen declined."
    )
    assert _names(f.people) == ["Oskar Halvorsen"]


def test_a_month_before_a_days_number_is_no_part_of_the_place() -> None:
    f = _facts("Tom Berrick lifts the trophy at a club in Glasgow Aug. 3, 2025.")
    assert "Glasgow" in _names(f.places)
    assert "Glasgow Aug" not in _names(f.places) + _names(f.organisations)


def test_all_opens_a_clubs_name_after_the() -> None:
    f = _facts("The final was played at the All England Club, where Tom Berrick beat Ivan Soler.")
    assert "All England Club" in _names(f.organisations)


def test_a_name_before_a_past_participle_is_the_name() -> None:
    f = _facts(
        "Some 40 million viewers watched the Carla Mendes-moderated forum. Mendes asked first."
    )
    assert _names(f.people) == ["Carla Mendes"]


def test_a_headlines_adjective_title_makes_no_person() -> None:
    f = _facts(
        "Farmers Prepare for Major Tractor Protest\n\nMajor Tom Walsh said the roads would close.\n"
    )
    assert _names(f.people) == ["Tom Walsh"]


def test_a_title_case_headline_glues_no_words_onto_a_name() -> None:
    f = _facts(
        "An official website of the harbour board of the city of Malmö in southern Sweden.\n\n"
        "Harbor Chief Lindqvist Updates List of Docks Targeted for Repair\n\n"
        "Heavy Storm Hits Portugal as Rivers Burst Their Banks\n\nPorts and Harbor Security (PHS)\n\n"
        "Harbor chief Tove Lindqvist on Monday named the docks at West Harbor that will be "
        "rebuilt first. The work will take three years, Lindqvist said.\n"
    )
    assert _names(f.people) == ["Tove Lindqvist"]
    assert "Portugal" in _names(f.places)
    assert not [n for n in _names(f.places) + _names(f.organisations) if "List" in n]
    assert not [n for n in _names(f.organisations) if "Security" in n]  # (a section's title)


def test_a_section_label_over_a_paragraph_names_nothing() -> None:
    f = _facts(
        "Harbor crews rebuilt the north pier this spring, the port said on Monday in a "
        "statement.\n\nCustomer Service:\n\nThe port opened a new help desk for ferry "
        "passengers, and it answered four thousand calls in May.\n\nThe Harbor Pilots\nHarbor "
        "pilots guided 300 ships into the port this year, a record for the town of Tema.\n\n"
        "Rocket Raccoon\n\nDockers dressed as Beast Boy\n"
    )
    assert _names(f.organisations) == []
    assert "Rocket Raccoon" in _names(f.people)  # (a caption among others, no label)


def test_a_month_used_as_a_month_is_no_person() -> None:
    f = _facts("The tremor followed a larger quake in April. Experts said April's quake caused it.")
    assert _names(f.people) == []


def test_a_leader_listed_after_a_country_stays_a_person() -> None:
    f = _facts(
        "President Tom Hale met Benin President Boni Yayi and Cote d'Ivoire President Alassane "
        "Ouattara.\n\nHale sat with Presidents Boni Yayi of Benin and Alassane Ouattara of Ivory Coast."
    )
    assert "Alassane Ouattara" in _names(f.people)
    assert "Alassane Ouattara" not in _names(f.places)


def test_sign_off_sentences_name_no_one_in_the_story() -> None:
    f = _facts(
        "Leaders met in Lima this week. For VOA, Nadia Ortel has more from the Peruvian capital.\n\n"
        "Talks ended early. Now what? VOA's Peter Dunmore reports.\n\n"
        "The mayor, Ana Ruiz, said Lima reports the most cases."
    )
    assert _names(f.people) == ["Ana Ruiz"]
    assert "Voice of America" in _names(f.organisations)


def test_a_reporters_lead_in_inside_a_sentence_names_no_one_in_the_story() -> None:
    f = _facts(
        "The harbour was quiet. But as VOA correspondent Dana Whitlock reports, that is not "
        "enough to calm traders. NPR's Colm Brady reports that unions are divided. The strike "
        "spread north, as Ines Varga reports for VOA.\n\nFrom Lisbon, VOA's Peter Dunmore "
        "reports.\n\nUnion leader Marta Soares said talks would resume. Soares reports that "
        "members are angry."
    )
    assert _names(f.people) == ["Marta Soares"]
    assert _names(f.organisations) == ["Voice of America", "NPR"]
    f = _facts("WHO's Ana Ruiz reports that cases rose. Ruiz said the rise would slow.")
    assert _names(f.people) == ["Ana Ruiz"]  # (named again: a source, no reporter)


def test_page_furniture_names_nothing() -> None:
    f = _facts(
        "News / Europe\n\nTalks Open in Oslo\n\nLeaders from Norway met on Monday.\n\nXS\nSM\nMD\nLG\n"
    )
    assert _names(f.places) == ["Oslo", "Norway"]
    assert _names(f.organisations) == []


def test_a_licence_line_and_the_sites_text_in_another_language_name_nothing() -> None:
    f = _facts(
        "Ferry berth opens in Tallinn\n\nMayor Liis Kask opened the berth on Monday. The "
        "Creative Commons licence of the photos was questioned.\n\nCreative Commons - CC BY "
        "4.0\n\nDeixe sua opinião sobre a qualidade do conteúdo\n\nFazer uma Denúncia Fazer "
        "uma Reclamação Fazer uma Sugestão Fazer uma Solicitação\n"
    )
    assert _names(f.people) == ["Liis Kask"]
    assert [(o.name, len(o.spans)) for o in f.organisations] == [("Creative Commons", 1)]


def test_a_newsletters_name_in_the_offer_of_it_is_no_organisation() -> None:
    f = _facts(
        "The harbour board approved the plan on Monday, its chair Liis Kask said.\n\n"
        "Sign up for our Harbour Daily newsletter\n\nSign up for our free Ferry Watch "
        "newsletter\n"
    )
    assert _names(f.organisations) == ["Ferry Watch"]  # (an outlet's own name may stand there)


def test_a_breadcrumb_under_the_byline_names_nothing() -> None:
    f = _facts(
        "Ferry berth opens\nThe port's new berth takes larger ships\nBy Tove Sundqvist\n"
        "December 7, 2026\nHarbour Weekly News / Ports\n\nThe berth opened in Tallinn on "
        "Monday, mayor Liis Kask said.\n"
    )
    assert _names(f.organisations) == []


def test_the_sections_place_alone_on_the_first_line_names_nothing_else_named() -> None:
    f = _facts(
        "Europe\nFerry Strike Spreads to Baltic Ports\nBy VOA News\n\nDockers in Tallinn walked out.\n"
    )
    assert _names(f.places) == ["Tallinn"]
    f = _facts("Estonia\nFerry Strike Spreads\n\nDockers in Tallinn, Estonia, walked out.\n")
    assert _names(f.places) == ["Estonia", "Tallinn"]


def test_buildings_rooms_and_courts_are_places() -> None:
    f = _facts(
        "The two leaders met in the Oval Office, then in the Cabinet Room, before a dinner at the "
        "National Archives building. Thousands gathered on the West Lawn of the U.S. Capitol. "
        "Later Tom Berrick played on Centre Court."
    )
    places = _names(f.places)
    for name in (
        "Oval Office",
        "Cabinet Room",
        "National Archives",
        "U.S. Capitol",
        "Centre Court",
    ):
        assert name in places
    assert _names(f.organisations) == []


def test_a_bodys_short_name_before_its_panels_name_is_one_body() -> None:
    f = _facts(
        "The U.N. Intergovernmental Panel on Climate Change met in Oslo. The Intergovernmental "
        "Panel on Climate Change is made up of scientists."
    )
    assert len(f.organisations) == 1


def test_a_weekday_that_people_prepare_for_is_ahead() -> None:
    f = _facts("Protesters are preparing for a massive rally Sunday in the capital.")
    assert [(d.text, d.start) for d in f.dates] == [("Sunday", "2026-03-15")]


def test_a_weekday_of_a_source_after_from_is_past() -> None:
    f = _facts("The death toll from Friday's attacks stands at 40, officials say.")
    assert [(d.text, d.start) for d in f.dates] == [("Friday", "2026-03-06")]


def test_a_place_after_a_capitalised_compass_word_and_of() -> None:
    f = _facts(
        "The quake struck 20 kilometers Northwest of Pine Hollow and 9 miles South of Ridgecrest."
    )
    assert "Pine Hollow" in _names(f.places)


def test_dc_after_washington_is_the_same_place() -> None:
    f = _facts("Nancy Hale spoke on Capitol Hill in Washington, D.C., on Monday.")
    assert [p.name for p in f.places if "D.C." in p.name or p.name == "D.C."] == [
        "Washington, D.C."
    ]
    assert "D.C." not in _names(f.places)


def test_a_rooms_short_name_is_the_full_ones() -> None:
    f = _facts(
        "The talks took place in the White House Cabinet Room rather than the Oval Office. "
        "Hale left the Cabinet Room early."
    )
    assert "Cabinet Room" not in _names(f.places)
    assert "White House Cabinet Room" in _names(f.places)


def test_two_spellings_of_a_given_name_are_one_person() -> None:
    f = _facts(
        "Backers of Egyptian President Mohamed Farouk clashed with police. Posters showed "
        "President Mohammed Farouk in Cairo."
    )
    assert _names(f.people) == ["Mohamed Farouk"]


def test_a_year_between_a_name_and_its_event_is_a_date() -> None:
    f = _facts("Voters turned out for the U.S. 2024 presidential election.")
    assert [(d.text, d.start) for d in f.dates] == [("2024", "2024")]


def test_a_name_of_a_body_that_says_is_a_person() -> None:
    f = _facts(
        "Police have been silent since the attacks.\n\nYunus Zakaria Bello of Kano's Center for "
        "Civic Technology says officers switched to plain clothes."
    )
    assert _names(f.people) == ["Yunus Zakaria Bello"]


def test_a_scheduled_events_day_told_in_the_present_is_ahead() -> None:
    f = _facts(
        "The envoy told reporters that Monday's meeting is a chance for leaders to ask for help."
    )
    assert [(d.text, d.start) for d in f.dates] == [("Monday", "2026-03-16")]
    f = _facts("Officials said Monday's attack is the worst this year.")
    assert ("Monday", "2026-03-09") in [(d.text, d.start) for d in f.dates]


def test_an_outlet_in_a_sign_off_shape_stays_an_organisation() -> None:
    f = _facts("Talks ended early. Associated Press has more from the capital.")
    assert "Associated Press" in _names(f.organisations)


def test_a_bylines_outlet_is_an_organisation_and_its_people_no_one() -> None:
    for byline, outlet in (
        ("By VOA News", "Voice of America"),
        ("By Jen Alvarado, HarbourLine Staff", "HarbourLine"),
        ("By Riverside Times Sports", "Riverside Times Sports"),
        ("By Harbor Forces Press Service", "Harbor Forces Press Service"),
    ):
        f = _facts(f"Harbour Plan Approved\n{byline}\nMarch 3, 2026\n\nThe council met.\n")
        assert _names(f.organisations) == [outlet]
        assert _names(f.people) == []
    f = _facts("Harbour Plan Approved\nBy Jennifer Post and Tom McKenzie\n\nThe council met.\n")
    assert _names(f.organisations) == [] and _names(f.people) == []


def test_weapon_systems_in_capitals_are_no_organisations() -> None:
    f = _facts(
        "The aid package includes HIMARS munitions and ATACMS missiles, officials in Kyiv said."
    )
    assert _names(f.organisations) == []
