"""Credit lines of the article itself name no one in the story: bylines in either case and
the author's notes outlets print under a story."""

from __future__ import annotations

from briefing.facts import extract_facts


def _people(text: str) -> list[str]:
    return [p.name for p in extract_facts(text).people]


def test_a_lower_case_byline_names_no_one_in_the_story() -> None:
    text = "Harbour plan approved\nby Henrik Tamm\n6/30/2025\n\nThe plan passed, mayor Liis Kask said.\n"
    assert _people(text) == ["Liis Kask"]


def test_an_authors_note_names_no_one_in_the_story() -> None:
    text = (
        "The council approved the plan on Tuesday by nine votes to four, after a debate that "
        "ran past midnight, mayor Liis Kask said. Work on the new ferry berth is due to start "
        "in the spring and to last about two years, with the harbour open throughout.\n\n"
        "Jen Ortiz covers transport for the Ledger.\n\n"
        "Write to Oskar Lind at oskar.lind@ledger.example\n\n"
        "Mara Quist is the Ledger's Europe correspondent, based in Brussels.\n\n"
        "Follow Tomas Berg on X"
    )
    assert _people(text) == ["Liis Kask"]


def test_the_same_shapes_in_the_story_still_name_people() -> None:
    text = (
        "Nadia Rahim covers the budget talks for the ministry, her aide Omar Said said.\n\n"
        "Aid worker Lena Fors is a former reporter.\n"
    )
    names = _people(text)
    assert "Omar Said" in names and "Lena Fors" in names


def test_an_authors_note_keeps_its_places_and_an_outlet_without_the() -> None:
    text = (
        "The council approved the plan on Tuesday by nine votes to four, after a debate that "
        "ran past midnight, mayor Liis Kask said. Work on the new ferry berth is due to start "
        "in the spring and to last about two years, with the harbour open throughout.\n\n"
        "Mara Quist is Harbour Ledger's Europe correspondent, based in Brussels."
    )
    facts = extract_facts(text)
    assert [p.name for p in facts.people] == ["Liis Kask"]
    assert {"Brussels", "Europe"} <= {p.name for p in facts.places}


def test_photo_credits_after_a_dash_glued_to_a_caption_or_in_the_plural() -> None:
    text = (
        "Ferry berth opens\nBy Oskar Lind\nPhotographs by Tove Sundqvist\n\n"
        "Workers stand at the new berth on Monday. - Photo by Kerwin Baptiste\n\n"
        "The mayor opens the berthImage: Anneke Vos/dpa/picture alliance\n\n"
        "The berth opened on Monday, mayor Liis Kask said."
    )
    assert _people(text) == ["Liis Kask"]


def test_a_byline_without_by_next_to_its_time_stamp_names_no_one_in_the_story() -> None:
    text = (
        "Harbour plan approved after long debate\nThe council voted nine to four\n"
        "Oskar Lindqvist, Senior Harbour Reporter\nPublished: May 3, 2026 | Updated: 10:12 AM\n\n"
        "The plan passed, mayor Liis Kask said. You can reach Oskar Lindqvist on Signal.\n"
    )
    assert _people(text) == ["Liis Kask"]
    text = "Ferry berth opens\nTove Sundqvist · Harbour News · Posted: Apr 2, 2026\n\nIt opened, Liis Kask said."
    assert _people(text) == ["Liis Kask"]


def test_a_name_alone_on_a_line_without_a_time_stamp_is_no_byline() -> None:
    text = "Ferry berth opens\nLiis Kask\n\nThe mayor opened the berth, Liis Kask said on Monday."
    assert _people(text) == ["Liis Kask"]


def test_a_hosts_byline_in_a_transcript_and_an_outlets_head_line_keep_their_names() -> None:
    text = (
        "Ferry berth opens\nHeard on Morning Harbour\nTove Sundqvist\nMay 3, 2026\n\n"
        "TOVE SUNDQVIST, HOST:\n\nThe berth opened today.\n"
    )
    assert _people(text) == ["Tove Sundqvist"]
    text = (
        "Ferry berth opens\nHARBOUR WEEKLY-NEWS\nMay 3, 2026\n\nThe berth opened, Liis Kask said."
    )
    assert _people(text) == ["Liis Kask"]


def test_an_authors_note_on_when_they_joined_names_no_one_in_the_story() -> None:
    text = (
        "The council approved the plan on Tuesday by nine votes to four, after a debate that "
        "ran past midnight, mayor Liis Kask said. Work on the new ferry berth is due to start "
        "in the spring and to last about two years, with the harbour open throughout.\n\n"
        "Kari Holm joined the Ledger in 2021 and covers transport and housing."
    )
    assert _people(text) == ["Liis Kask"]


def test_a_byline_with_a_colon_and_a_translators_credit_name_no_one_in_the_story() -> None:
    text = (
        "Library to close\nBy: Dana Whitlock\nPosted 5:52 PM, Nov 17, 2026\n\n"
        "The council voted to close the library, council member Harold Benning said.\n\n"
        "This article was first published in Spanish. Translated by Marisol Ibarra.\n"
    )
    assert _people(text) == ["Harold Benning"]


def test_the_bylines_names_in_the_authors_own_note_below_name_no_one_in_the_story() -> None:
    text = (
        "Why the river deal matters\nDecember 3, 2026\nBy Lena Okonkwo-Hart and Pedro Salgado\n\n"
        "The agreement signed on Monday gives the two towns a share of the water, and it says "
        "how the share is to be measured.\n\n"
        '"It is a start," said Mayor Joan Pettigrew of Riverton.\n\n'
        "Lena Okonkwo-Hart is a senior fellow at the Institute. Pedro Salgado is a research "
        "associate based in Lima.\n"
    )
    assert _people(text) == ["Joan Pettigrew"]


def test_editors_and_translators_credits_and_a_byline_in_capitals_name_no_one() -> None:
    text = (
        "Harbour towns brace for storm\nBY MARÍA ESTÉVEZ\nMarch 3, 2026 | 12:04 AM\n\n"
        "The storm reached the coast on Monday, Mayor Anna Berg said.\n\n"
        "Editors: Hanna Moreau / Lise Dubois\nTranslator: Pavel Novak\nEditor: Mikko Rantanen\n"
    )
    assert _people(text) == ["Anna Berg"]


def test_a_labelled_byline_or_one_in_accented_capitals_next_to_its_stamp_names_no_one() -> None:
    text = (
        "Glacier retreat speeds up\nInterview: Tomas Lindqvist\n3 March 2026 - 10:00\n\n"
        "The ice thinned fast this year, glaciologist Anna Berg said."
    )
    assert _people(text) == ["Anna Berg"]
    text = (
        "Glacier retreat speeds up\nÞórdís Eiríksdóttir\n3. mars 2026 kl. 14:12\n\n"
        "The ice thinned fast this year, glaciologist Anna Berg said."
    )
    assert _people(text) == ["Anna Berg"]


def test_authors_listed_in_the_head_of_a_page_without_by_name_no_one_in_the_story() -> None:
    text = (
        "Harbor Vote Declared Final\n\nMusa Bello, Grace Okafor\n\nThe electoral board declared "
        "the harbor vote final on Tuesday, chairman Kwesi Appiah said. Turnout was high in "
        "every district of the port city and its suburbs.\n"
    )
    assert _people(text) == ["Kwesi Appiah"]
    text = (
        "New Ferry Berth Opens in Tema\n\n  • Peter Mensah\n\nThe berth at Tema opened on "
        "Monday. (Peter Mensah/VOA)\nHarbor chief Kwesi Appiah said the berth would double "
        "trade.\n"
    )
    assert _people(text) == ["Kwesi Appiah"]


def test_a_name_listed_in_the_head_and_named_again_in_the_story_stays_a_person() -> None:
    text = (
        "Harbor Vote Declared Final\n\nMusa Bello, Grace Okafor\n\nThe electoral board declared "
        "the harbor vote final on Tuesday, chairman Musa Bello said. Turnout was high, Bello "
        "said.\n"
    )
    assert _people(text)[0] == "Musa Bello"  # (the line is no byline: it is left as it was)


def test_a_summarised_articles_writer_and_a_closing_report_credit_name_no_one() -> None:
    text = (
        "Town divided over power line\nThe Valley Ledger – English edition\nThursday, December "
        "3, 2026\nSummary of an article by Margit Haldorsen-Vik, translated from French\n\n"
        "More than 300 people crowded into the gym, mayor Liis Kask said.\n\n"
        "—With a report from Tove Sundqvist\n"
    )
    assert _people(text) == ["Liis Kask"]
    text = (
        "Harbour deal signed\n\nA report by Senator Jo Dale, out on Monday, found the deal was "
        "fair.\n\nWith reports from Kabul and Lahore suggesting delays, Tove Sundqvist of the "
        "port board said the ships would wait.\n"
    )
    assert _people(text) == ["Jo Dale", "Tove Sundqvist"]


def test_a_press_releases_contact_lines_name_no_one_in_the_story() -> None:
    text = (
        "Agency Announces Harbor Cleanup Results\n\nThe agency said on Monday that the harbor "
        "cleanup was finished, administrator Liis Kask said in a statement.\n\n"
        "Media Contact: Peter Mensah, 555-201-3344, pmensah@harbor.gov\n"
        "Press contact: Tove Sundqvist\nCONTACT: Grace Okafor, (202) 555-0100\n"
    )
    assert _people(text) == ["Liis Kask"]


def test_agency_courtesy_bracketed_spaced_and_labelled_photo_credits_name_no_one() -> None:
    text = (
        "Harbor Strike Spreads\n\nFILE - Dockers march in Tema, May 2, 2026. (AP Photo/Kwame "
        "Asante, File)\nA crane stands idle. Photo courtesy Kofi Annoh\nDockers rest at the "
        "gate. [Photo: Akosua Frimpong]\nKojo Antwi / VOA\nA tug. Source: Ama Owusu/ERR\n\nThe strike spread to three more "
        "ports on Monday, union leader Liis Kask said in a statement to reporters.\n"
    )
    assert _people(text) == ["Liis Kask"]


def test_a_video_pieces_crew_credits_name_no_one_in_the_story() -> None:
    text = (
        "Harbor Strike Spreads\n\nThe strike spread to three more ports on Monday, union leader "
        "Liis Kask said in a statement to reporters.\n\nCamera: Kwame Asante\nVideographer: "
        "Kofi Annoh\nProducer: Akosua Frimpong\nVideo Editor: Ama Owusu\n"
    )
    assert _people(text) == ["Liis Kask"]


def test_staff_labels_a_byline_in_capitals_and_a_bulleted_author_name_no_one() -> None:
    text = (
        "Glacier loses ice again\nBY MARTA ECHEVERRI\n\n  • Adam Phelps\n\nThe glacier shrank. "
        "Anna Keller said it was bad.\n\nReporter: Did Minister Paul Brandt call you?\n\n"
        "Editors: Julio Andrada / Lucia Marin\nTranslator: Alan Bent\nInterview: Jonas Brandt\n"
    )
    assert sorted(_people(text)) == ["Anna Keller", "Paul Brandt"]


def test_the_outlets_reporter_introduced_in_the_story_is_no_one_in_it() -> None:
    text = (
        "The price of oil rose on Friday. VOA's Barry Wode reports that analysts are puzzled.\n\n"
        "President Harmon lifted the emergency. But as VOA correspondent Gary Tomas reports, "
        "that is not enough.\n\nMarkets fell. From Washington, VOA's Michael Bowmen reports.\n\n"
        "The Guardian reports that Maria Lopez resigned."
    )
    assert sorted(_people(text)) == ["Harmon", "Maria Lopez"]


def test_a_line_of_a_pages_buttons_names_no_one() -> None:
    text = (
        "The plan was approved. Maria Lopez said it was good.\n\n"
        "Make a Complaint Make a Suggestion Make a Request Make a Compliment\n"
    )
    assert _people(text) == ["Maria Lopez"]


def test_a_line_of_reporters_names_under_a_gallerys_captions_names_no_one() -> None:
    text = (
        "Election results announced\n\n"
        + "Voters queued at dawn in many towns across the country to cast ballots. " * 12
        + "\n    • The chairman views results in the capital, March 30, 2015.\n"
        "    Ibrahim Ahmado, Anne Lookwood\n\n    The commission declared the result. Musa "
        "Bello, a voter, said he was glad."
    )
    assert _people(text) == ["Musa Bello"]


def test_a_credit_after_a_bullet() -> None:
    facts = extract_facts(
        "Parties are better off without him\n\n  • Written by Mara Quill, Professorial "
        "Fellow\n\nThe frontbencher Karen Andrus spoke on Tuesday."
    )
    assert [p.name for p in facts.people] == ["Karen Andrus"]


def test_a_bare_byline_above_its_outlets_name() -> None:
    facts = extract_facts(
        "Governor keeps a list of lawmakers who oppose him\n\nMorgana Smyth\nHarbor Tribune\n"
        "View Comments\n\nAUSTIN — Gov. Greg Abbot said he would call out lawmakers."
    )
    assert [p.name for p in facts.people] == ["Greg Abbot"]


def test_a_writers_name_before_an_email_address_is_a_credit() -> None:
    # (no person, and no place in the writer's surname: "Bristol" is a city too)
    text = (
        "Ferry fares rise\n\nNora Bristol nora.bristol@harbour-news.example\n"
        "Fares on the island ferry will rise in May, mayor Liis Kask said on Monday.\n"
    )
    facts = extract_facts(text)
    assert [p.name for p in facts.people] == ["Liis Kask"]
    assert not facts.places
