"""People: canonical names, roles and mention linking."""

from __future__ import annotations

from briefing.facts import extract_facts


def people(body: str) -> dict[str, tuple[str | None, list[str]]]:
    return {p.name: (p.role, p.mentions) for p in extract_facts(body).people}


def test_surname_and_title_mentions_link_to_the_full_name() -> None:
    found = people(
        "Russian President Vladimir Putin visited the site. Later, President Putin spoke. "
        "Putin said the launch went well."
    )
    assert list(found) == ["Vladimir Putin"]
    role, mentions = found["Vladimir Putin"]
    assert role == "Russian President"
    assert mentions == ["Vladimir Putin", "Putin"]


def test_role_before_and_after_the_name() -> None:
    found = people(
        "Kremlin spokesman Dmitry Peskov declined to comment. "
        "Marc Janssens, the union's chief negotiator, said talks would resume."
    )
    assert found["Dmitry Peskov"][0] == "Kremlin spokesman"
    assert found["Marc Janssens"][0] == "union's chief negotiator"


def test_family_name_first_people_stay_apart() -> None:
    found = people("Kim Jong Un met officials. His father, Kim Jong Il, ruled before him.")
    assert {"Kim Jong Un", "Kim Jong Il"} <= set(found)


def test_two_smiths_stay_apart_and_a_lone_surname_goes_to_the_nearest() -> None:
    body = (
        "John Smith, 52, denied fraud. Peter Smith, 38, a broker, also appeared. "
        "Smith told the court he was innocent."
    )
    facts = extract_facts(body)
    by_name = {p.name: p for p in facts.people}
    assert {"John Smith", "Peter Smith"} <= set(by_name)
    last = body.rindex("Smith told")
    assert (last, last + 5) in by_name["Peter Smith"].spans
    assert (last, last + 5) not in by_name["John Smith"].spans


def test_particles_and_hyphens_stay_in_names() -> None:
    found = people(
        "Mathieu van der Poel said he was tired. Jean-Louis Debré said little. "
        "Crown Prince Mohammed bin Salman arrived. Ursula von der Leyen said no."
    )
    assert {
        "Mathieu van der Poel",
        "Jean-Louis Debré",
        "Mohammed bin Salman",
        "Ursula von der Leyen",
    } <= set(found)


def test_surname_tail_with_particle_links_back() -> None:
    found = people("Eoin Ó Broin asked a question. Ó Broin said rents had risen.")
    assert list(found) == ["Eoin Ó Broin"]
    assert "Ó Broin" in found["Eoin Ó Broin"][1]


def test_capitalised_phrases_without_evidence_are_not_people() -> None:
    found = people(
        "The Supreme Court met in London. Shares in Nordvik Shipping ASA rose. "
        "The Red Sea crisis and the Premier League season continued."
    )
    assert found == {}


def test_mention_spans_point_at_the_text() -> None:
    body = 'Prime Minister Keir Starmer spoke. Starmer said: "We will act."'
    (person,) = extract_facts(body).people
    assert person.name == "Keir Starmer"
    assert [body[a:b] for a, b in person.spans] == ["Keir Starmer", "Starmer"]


def test_its_role_names_the_organisation_just_named() -> None:
    found = people(
        "The water company Aigües de Barcelona, which supplies the metropolitan area, said it "
        "would send reports to 1.5 million customers in June. Its spokesperson, Marc Roig, said "
        "leaks had been cut."
    )
    assert found["Marc Roig"][0] == "Aigües de Barcelona spokesperson"


def test_possessive_pronoun_is_dropped_when_the_owner_is_unclear() -> None:
    found = people(
        "Pilots at the Port of Velden stopped work on Thursday.\n\n"
        "The port authority said the walkout would cost about €2.4 million a day. "
        "Its director, Tomas Wren, called the stoppage premature. "
        "Michael Cohen, his former lawyer, testified. Her brother, Borna Derakhshani, spoke."
    )
    assert found["Tomas Wren"][0] == "director"
    assert found["Michael Cohen"][0] == "former lawyer"
    assert found["Borna Derakhshani"][0] == "brother"


def test_no_role_starts_with_a_possessive_pronoun() -> None:
    from pathlib import Path

    from briefing.facts.roles import POSSESSIVES

    root = Path(__file__).resolve().parents[2] / "sample_data"
    for path in sorted(root.rglob("*")):
        if path.suffix not in {".txt", ".md"}:
            continue
        for person in extract_facts(path.read_text(encoding="utf-8")).people:
            first = (person.role or "x").split()[0].lower()
            assert first not in POSSESSIVES, f"{path.name}: {person.name} ({person.role})"


def test_a_lone_organisation_head_word_is_not_a_person() -> None:
    facts = extract_facts(
        "Mara Lindgren, secretary of the Velden Pilots' Guild, said the rota was unsafe. "
        '"We will not back down," Lindgren said. Guild, said a statement, had voted. '
        "Council, said the notice, had met. "
        "Souhail Alouini, a member of Parliament, said no. Parliament, said Alouini, was split."
    )
    names = [p.name for p in facts.people]
    assert names == ["Mara Lindgren", "Souhail Alouini"]
    assert "Velden Pilots' Guild" in [o.name for o in facts.organisations]


def test_a_party_word_before_a_name_is_not_part_of_it() -> None:
    facts = extract_facts("Democrat Anna Kowalczyk said on Monday that the bill would pass.")
    assert [(p.name, p.role) for p in facts.people] == [("Anna Kowalczyk", "Democrat")]
    assert facts.people[0].spans[0] == (9, 23)


def test_an_ordinary_word_before_a_modifier_is_not_part_of_the_role():
    from briefing.facts.roles import role_before

    body = "The plan costs more than the version finance minister Clara Weiss presented."
    assert role_before(body, body.index("Clara")) == "finance minister"
    body = "The federal employment minister Jonas Falk spoke."
    assert role_before(body, body.index("Jonas")) == "federal employment minister"


def test_a_word_before_the_name_is_dropped_when_the_text_writes_the_name_without_it() -> None:
    found = people(
        "The pardons included Democrat Rod Varney, a former mayor. "
        "Rod Varney was jailed in 2012. Varney thanked his lawyers."
    )
    assert list(found) == ["Rod Varney"]
    assert "Democrat Rod Varney" in found["Rod Varney"][1]


def test_a_party_word_before_the_name_is_cut_before_the_model_types_it() -> None:
    """The type model reads "Chuck Ferrand", not "Democrat Chuck Ferrand" (which it took for
    something else once "Democrat" stood alone elsewhere), and the party word alone is no
    mention of him; a lower-case word is never the start of a name ("bin Taimur")."""
    facts = extract_facts(
        'Democrat Chuck Ferrand, the Senate minority leader, told KRVN Dorsey "was a fair '
        'man," and left.\n\nAnna Lowe, the most senior Democrat on the panel, stepped in.'
    )
    ferrand = next(p for p in facts.people if p.name == "Chuck Ferrand")
    assert "Democrat" not in ferrand.mentions
    assert [q.speaker for q in facts.quotes] == ["Chuck Ferrand"]
    found = people("The palace was built by Sultan Said bin Taimur in the 1950s.")
    assert list(found) == ["Said bin Taimur"]


def test_a_surname_that_is_a_site_word_stays_in_a_persons_name() -> None:
    facts = extract_facts("Senator Maria Hill of Tarvik, Washington, voted against the bill.")
    assert [p.name for p in facts.people] == ["Maria Hill"]
    assert "Maria Hill" not in [p.name for p in facts.places]
    facts = extract_facts("Megan Hill said she would vote against it.")
    assert [p.name for p in facts.people] == ["Megan Hill"]
    facts = extract_facts("The march reached Castle Hill on Monday.")
    assert [p.name for p in facts.places] == ["Castle Hill"]


def test_a_name_listed_with_a_person_is_a_person() -> None:
    found = people(
        "Goals came from Mateus Pirlo and Kofi Mensah-Bonsu, while Arvid Tollefsen saw red."
    )
    assert list(found) == ["Mateus Pirlo", "Kofi Mensah-Bonsu", "Arvid Tollefsen"]
    assert people("The Harbour Board and Kofi Mensah-Bonsu agreed.") == {
        "Kofi Mensah-Bonsu": (None, ["Kofi Mensah-Bonsu"])
    }


def test_a_company_in_apposition_is_no_speaker() -> None:
    facts = extract_facts("Zentrix said it would cut jobs. The firm, Zentrix, employs 400 people.")
    assert facts.people == []
    assert [o.name for o in facts.organisations] == ["Zentrix"]


def test_an_ordinary_word_before_two_name_words_is_cut() -> None:
    found = people("Podcaster Spike Halvorsen joined the ticket in May. Halvorsen said so.")
    assert list(found) == ["Spike Halvorsen"]
    found = people("Ethiopians Dejene Abera and Tola Girma won medals.")
    assert "Dejene Abera" in found


def test_a_sentence_opening_adverb_is_not_part_of_a_name() -> None:
    found = people(
        "President Donald Tarrant spoke on Monday. Afterwards Tarrant left. "
        "Hunter Tarrant, his son, stayed."
    )
    assert "Afterwards Tarrant" not in found
    assert "Hunter Tarrant" in found


def test_a_plural_role_before_a_list_of_names_makes_them_people() -> None:
    found = people("Actors Jerry Vallin and Brigit Tarrow attended the premiere.")
    assert list(found) == ["Jerry Vallin", "Brigit Tarrow"]
    assert found["Jerry Vallin"][0] == "Actors"


def test_an_office_with_no_title_word_before_a_name_does_not_fail() -> None:
    # The words before "Professor Burrows" are an office with no title word in it; the
    # role-prefix look-up read one word past them and every entity of the article was lost.
    found = people("It went to the Court of Appeals for the D.C. Professor Burrows said so.")
    assert any(name.endswith("Burrows") for name in found)


def test_abbreviated_titles_give_the_role_spelt_out() -> None:
    found = people(
        "Gov. Dana Price said the review would start. Lt. Gov. Ann Croft agreed, and "
        "Sen. Tom Baird voted no. Mr. Paul Innes, a resident, said nothing."
    )
    assert found["Dana Price"][0] == "Governor"
    assert found["Ann Croft"][0] == "Lieutenant Governor"
    assert found["Tom Baird"][0] == "Senator"
    assert found["Paul Innes"][0] != "Mr."  # a courtesy title names no office


def test_a_role_after_the_name_may_name_where_the_person_works() -> None:
    found = people(
        '"The numbers are worse than we feared," said Oliver Grant, an analyst at Fenwick '
        "Securities. Mary Hale, a spokesman for the ministry, agreed. Tom Reed, in his "
        "first year, said nothing."
    )
    assert found["Oliver Grant"][0] == "analyst at Fenwick Securities"
    assert found["Mary Hale"][0] == "spokesman for the ministry"
    assert found["Tom Reed"][0] is None  # no role noun before the preposition


def test_a_photographer_in_a_caption_credit_is_not_a_person_of_the_story() -> None:
    found = people(
        "Smoke rises over the hills near Estepona. (Jorge Guerrero/AFP via Getty Images)\n\n"
        "Juanma Moreno, the regional president, said it was complicated.\n"
        "A firefighter rests.\nAnna Bell/Reuters\n"
    )
    assert set(found) == {"Juanma Moreno"}


def test_a_state_after_a_politicians_name_is_not_a_person() -> None:
    facts = extract_facts(
        "Senator Mitch McConnell, Republican of Kentucky, said it was fine. "
        "Georgia said she would go."
    )
    assert {person.name for person in facts.people} == {"Mitch McConnell", "Georgia"}
    assert "Kentucky" in {place.name for place in facts.places}


def test_reporters_credited_at_the_end_are_not_people_of_the_story() -> None:
    found = people(
        "Maria Lopez said the vote was close.\n\n"
        "Associated Press writer Tom Baird in Boston contributed to this report.\n\n"
        "— With assistance from Erik Wasson.\n\nContributing: Dana Price, USA TODAY"
    )
    assert set(found) == {"Maria Lopez"}
    # "contributed" in running text credits nobody
    assert "Ann Lee" in people("The study, to which Ann Lee contributed data, was published.")


def test_a_speech_verb_before_a_role_is_not_part_of_it() -> None:
    found = people('"The bridge is failing," wrote engineer Paul Hedges in a report.')
    assert found["Paul Hedges"][0] == "engineer"


def test_a_role_set_off_after_one_word_makes_it_a_person() -> None:
    # a surname that is also a place, and one known to no list: both people by their role
    text = (
        "Fire at depot\n\nThe roof fell in on Sunday.\n\nKennedy, a neighbour who filmed the "
        'fire, said he heard "three loud bangs".\n\nHill, the committee\'s vice-chair, said '
        'the Treasury should act. She said: "Otherwise it will be raided again."'
    )
    found = people(text)
    assert found["Kennedy"][0] == "neighbour"
    assert found["Hill"][0] == "committee's vice-chair"
    facts = extract_facts(text)
    assert [p.name for p in facts.places] == []
    assert [q.speaker for q in facts.quotes] == ["Kennedy", "Hill"]
    # a surname already named in full stays that person's ("Kanye West" ... "West, a ...")
    text = (
        "Run\n\nThe party nominated rapper Kanye West on Monday. West, a candidate himself, "
        "said he would run."
    )
    assert list(people(text)) == ["Kanye West"]


def test_a_title_of_several_words_stays_whole() -> None:
    for text in (
        "Title\n\nThe firm grew, said Chief Executive Bart Lemmens on Monday.",
        'Title\n\nIt grew. "We moved," Chief Executive Bart Lemmens said.',
    ):
        assert people(text)["Bart Lemmens"][0] == "Chief Executive"
    # after a quotation closed by a comma, the next capital opens no sentence
    text = (
        'Title\n\nThe chief investment strategist agreed. "Customers are holding off," '
        "Chief Financial Officer Renata Solis told analysts."
    )
    assert people(text)["Renata Solis"][0] == "Chief Financial Officer"


def test_a_role_before_a_name_stops_at_a_preposition() -> None:
    text = "Title\n\nShe took over in 2022 after founder Dev Rao stepped down."
    assert people(text)["Dev Rao"][0] == "founder"


def test_british_ranks_and_a_barristers_rank_are_no_part_of_the_name() -> None:
    text = (
        "Title\n\nRees was jailed. Rees's lawyer, Catrin Morgan KC, said her client would "
        'appeal. Det Insp Owain Jenkins of South Wales Police said: "This was a long inquiry."'
    )
    found = people(text)
    assert found["Catrin Morgan"][0] == "Rees's lawyer"
    assert found["Owain Jenkins"][0] == "Detective Inspector"
    assert "Catrin Morgan KC" not in [o.name for o in extract_facts(text).organisations]


def test_a_place_after_in_stays_a_place_before_an_appositive() -> None:
    text = (
        "Findings\n\nPresenting findings in Andenes, the board's chair, Magnus Strand, said a seal "
        "had failed. A site near Andenes was searched."
    )
    facts = extract_facts(text)
    assert "Andenes" in [p.name for p in facts.places]
    assert "Andenes" not in [p.name for p in facts.people]


def test_more_professions_are_roles() -> None:
    text = (
        "Title\n\nThe critic Anders Lie praised it. Her husband, the painter Olav Brekke, died. "
        "It was built by entrepreneur Brock Pierce."
    )
    found = people(text)
    assert found["Anders Lie"][0] == "critic"
    assert found["Olav Brekke"][0] == "painter"
    assert found["Brock Pierce"][0] == "entrepreneur"


def test_one_of_a_kind_of_people_makes_a_person() -> None:
    text = (
        "Obit\n\nShe studied in Trondheim before joining the office of Sverre Fehn, then one of "
        "Norway's most admired architects."
    )
    assert list(people(text)) == ["Sverre Fehn"]


def test_an_appositive_role_before_whose() -> None:
    text = (
        "Obit\n\nMargit Haugland, the architect whose low timber buildings transformed the "
        "harbour of Bergen in the 1970s, died on Monday."
    )
    assert people(text)["Margit Haugland"][0] == "architect"


def test_a_title_opening_a_sentence_stays_with_the_name() -> None:
    text = (
        "Floods\n\nThe chief executive spoke first.\n\nChief Minister Himanta Deka reviewed "
        "the situation and announced Rs 50 crore for relief."
    )
    assert people(text)["Himanta Deka"][0] == "Chief Minister"
    amounts = [f.text for f in extract_facts(text).figures]
    assert any(a.startswith("Rs 50 crore") for a in amounts)


def test_a_transcripts_speaker_label_keeps_its_person() -> None:
    text = (
        "Interview\n\nFemke de Vries leads the coastal programme at Deltares, the Dutch water "
        "research institute.\n\nQ: What did you find?\n\nDe Vries: That it will hold, for now."
        "\n\nQ: Is the government listening?\n\nDe Vries: Much more than ten years ago."
    )
    facts = extract_facts(text)
    assert [p.name for p in facts.people] == ["Femke de Vries"]
    assert [o.name for o in facts.organisations] == ["Deltares"]


def test_a_word_alone_with_an_age_after_it_is_a_person() -> None:
    text = "T\n\n“We were surprised,” Lopez, 52, said on Monday, “but not shocked.”"
    facts = extract_facts(text)
    assert [p.name for p in facts.people] == ["Lopez"]
    assert [q.speaker for q in facts.quotes] == ["Lopez", "Lopez"]


def test_an_honorific_name_takes_the_office_after_it() -> None:
    text = "T\n\nOfficials agreed. Dr Kerry Chant, the state's chief health officer, said so."
    assert people(text)["Kerry Chant"][0] == "state's chief health officer"


def test_police_ranks_by_their_initials() -> None:
    text = (
        "T\n\nPC Daniel Hart responded. DCI Sarah Lund led it. Italian foreign minister "
        "Luigi Di Maio spoke."
    )
    found = people(text)
    assert found["Daniel Hart"][0] == "Police Constable"
    assert found["Sarah Lund"][0] == "Detective Chief Inspector"
    assert "Luigi Di Maio" in found


def test_cited_authors_are_people() -> None:
    text = (
        "T\n\nDesk research on the role (e.g. Hartsell-Gundy et al., 2015; Mulligan, 2016; "
        "also Williams, 2010) helped. The plant opened in Ohio, 2015; it closed later."
    )
    assert list(people(text)) == ["Hartsell-Gundy", "Mulligan", "Williams"]


def test_a_peoples_adjective_and_a_dashed_closing_credit_name_nobody() -> None:
    text = (
        "T\n\nThe channel said Qatari and Egyptian mediators were making progress on a deal. "
        "UN humanitarian chief Tom Fletcher said 120 trucks had entered.\n\n"
        "– Sara Haddad in Jerusalem contributed –"
    )
    assert list(people(text)) == ["Tom Fletcher"]


def test_former_stays_in_the_role() -> None:
    text = "T\n\nFormer Treasury Secretary Lawrence Summers warned on X. He met former President Barack Obama."
    found = people(text)
    assert found["Lawrence Summers"][0] == "former Treasury Secretary"
    assert found["Barack Obama"][0] == "former President"


def test_det_con_is_a_rank_before_the_name_but_con_edison_is_a_company() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts('Det Con Rhys Powell said: "We hope so."')
    assert [(p.name, p.role) for p in facts.people] == [("Rhys Powell", "Detective Constable")]
    facts = extract_facts("Con Edison said power was restored.")
    assert not facts.people and [o.name for o in facts.organisations] == ["Con Edison"]


def test_a_name_with_a_middle_initial_is_a_person_whatever_the_given_name() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts("For the respondents: Kirk M. Bart and Celeste Pollock.")
    assert "Kirk M. Bart" in {p.name for p in facts.people}
    facts = extract_facts("The officer, Thad R. Winslow Jr., was not hurt.")
    assert [p.name for p in facts.people] == ["Thad R. Winslow Jr."]


def test_a_nickname_in_quotation_marks_is_part_of_the_name_and_a_mention() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        'Margaret "Peggy" Albright, a civil rights lawyer, died on Sunday. Her death was '
        "confirmed by her son, Daniel Albright. Peggy had worked in Memphis."
    )
    people = {p.name: p.mentions for p in facts.people}
    assert people['Margaret "Peggy" Albright'][1:] == ["Peggy"]
    assert "Daniel Albright" in people
    facts = extract_facts(
        'Edward Lodewijk "Eddie" Van Halen died on Tuesday. Eddie Van Halen was 65.'
    )
    assert [p.name for p in facts.people] == ['Edward Lodewijk "Eddie" Van Halen']
    assert not facts.quotes  # ("Eddie" is no quotation)


def test_a_persons_name_before_a_possessive_is_the_person_not_the_whole_run() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts("He did something like this, with Lawrence Lessig's Free Culture.")
    assert [p.name for p in facts.people] == ["Lawrence Lessig"]
    # a place named for its owner stays whole
    facts = extract_facts("The film opened at Grauman's Egyptian Theatre in Hollywood.")
    assert "Egyptian Theatre" not in {p.name for p in facts.places}


def test_a_body_then_a_name_in_one_run_is_the_body_and_the_person() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "The CEO of the Refugee Council Enver Solomon told Sky News it was wrong."
    )
    assert [p.name for p in facts.people] == ["Enver Solomon"]
    assert "Refugee Council" in {o.name for o in facts.organisations}
    facts = extract_facts("Talks with the United Arab Emirates resumed.")
    assert not facts.people and [p.name for p in facts.places] == ["United Arab Emirates"]


def test_a_team_sheet_in_a_match_report_lists_people() -> None:
    from briefing.facts import extract_facts

    report = (
        "Leeds beat Hull KR 20-18 in the league. Lachie Miller fielded a kick after half-time "
        "and the winger scored a try; the goal-kicker missed a penalty.\n\n"
        "Leeds: Miller; Handley, Newman, Smith, Hurrell; Croft, Sinfield. Interchanges: "
        "O'Connor, Donaldson, Edgell, Sutcliffe."
    )
    people = {p.name: p.mentions for p in extract_facts(report).people}
    assert people["Lachie Miller"] == ["Lachie Miller", "Miller"]
    assert {"Handley", "Hurrell", "Sinfield", "O'Connor", "Sutcliffe"} <= set(people)
    # a list of capitalised words outside a match report names nobody
    facts = extract_facts("Countries: France, Germany, Italy, Spain, Portugal, Greece.")
    assert not facts.people


def test_a_team_sheet_with_its_formation_and_a_short_bench_lists_people() -> None:
    from briefing.facts import extract_facts

    report = (
        "Harbour Town beat Millbrook 2-0 in the league; the striker scored before half-time "
        "and the goalkeeper kept a clean sheet.\n\n"
        "Harbour Town (4-4-2): Tennant; Albery, Quorn, Hesketh, Lumb; Dowell, Pratchett "
        "(Yelland 70), Fenwick, Corrie; Ashdown, Mallory.\n"
        "Subs not used: Brackley, Tuffnell, Oakes.\n"
    )
    people = {p.name for p in extract_facts(report).people}
    assert {"Tennant", "Pratchett", "Yelland", "Mallory", "Brackley", "Oakes"} <= people


def test_portuguese_and_french_honorifics_are_no_part_of_the_name() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts("We stayed with Dona Fernanda Alves, who fed us. Madame Leclerc agreed.")
    assert {p.name for p in facts.people} == {"Fernanda Alves", "Leclerc"}


def test_a_nickname_joins_the_name_it_opens_even_after_an_ordinary_word() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "Jo Jorgensen picked Podcaster Spike Cohen as her running mate. Later, "
        'Jeremy "Spike" Cohen, a podcast host, said Cohen would campaign.'
    )
    assert [p.name for p in facts.people if "Cohen" in p.name] == ['Jeremy "Spike" Cohen']


def test_a_name_suffix_ends_a_run_before_another_title() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "Justice Clarence Thomas dissented, joined by Justice Samuel A. Alito Jr. Justice Neil "
        "M. Gorsuch did not take part. He fought for Martin Luther King Jr. Day."
    )
    assert {p.name for p in facts.people} >= {"Samuel A. Alito Jr.", "Neil M. Gorsuch"}
    assert "Jr." not in {m for p in facts.people for m in p.mentions}


def test_a_works_title_after_its_kind_names_nobody() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        "The Booker Prize-winning novelist Arundhati Roy will publish her first memoir, Mother "
        "Mary Comes to Me, in September. In the book, Roy says Mary Roy founded a school."
    )
    assert {p.name for p in facts.people} == {"Arundhati Roy", "Mary Roy"}
    assert not facts.organisations


def test_a_local_bodys_officer_is_a_person_and_the_body_a_place() -> None:
    facts = extract_facts(
        "Roads were closed on Monday.\n\nHalford County Executive Dana Prewitt declared an "
        "emergency, and Brisco County Sheriff Lyle Amos asked drivers to stay home. New York "
        "City Mayor Eric Adams sent ploughs."
    )
    roles = {p.name: p.role for p in facts.people}
    assert roles == {
        "Dana Prewitt": "Halford County Executive",
        "Lyle Amos": "Brisco County Sheriff",
        "Eric Adams": "New York City Mayor",
    }
    assert {"Halford County", "Brisco County", "New York City"} <= {p.name for p in facts.places}
    assert not facts.organisations


def test_west_african_honorifics_are_not_part_of_the_name() -> None:
    facts = extract_facts(
        "Queues returned on Monday.\n\nAlhaji Musa Garba Yakubu, a fuel marketer, said supply "
        "was short. Hajiya Amina Sule agreed."
    )
    assert {p.name for p in facts.people} == {"Musa Garba Yakubu", "Amina Sule"}


def test_a_family_name_written_first_is_kept_after_an_honorific() -> None:
    facts = extract_facts(
        "Trains will run from Monday.\n\nCommuters welcomed it. Madam Tan Siew Lian, 58, said "
        "she had waited for years. Mr Goh Wei Ming agreed."
    )
    assert {p.name for p in facts.people} == {"Tan Siew Lian", "Goh Wei Ming"}


def test_a_name_after_a_title_of_an_office_takes_the_whole_office_as_role() -> None:
    facts = extract_facts(
        "Senior Minister of State for Transport Lim Kok Wah said the line would open. Prime "
        "Minister of Ruritania Anton Belic agreed."
    )
    roles = {p.name: p.role for p in facts.people}
    assert roles == {
        "Lim Kok Wah": "Senior Minister of State for Transport",
        "Anton Belic": "Prime Minister of Ruritania",
    }
    assert not facts.organisations


def test_modern_and_international_given_names_make_a_name() -> None:
    facts = extract_facts(
        "Play resumed on Monday. Mathews edged a full delivery to Aiden Markram at second slip, "
        "and Kagiso Rabada took two more wickets before Wanindu Hasaranga was caught."
    )
    assert {"Aiden Markram", "Kagiso Rabada", "Wanindu Hasaranga"} <= {p.name for p in facts.people}


def test_a_sentence_after_an_abbreviation_and_a_date_after_a_name_end_a_run() -> None:
    facts = extract_facts(
        "The team played at Constitution Hall in Washington D.C. The six-member team won. We "
        "spoke with LibriVox founder Hugh Tallis Sunday, May 28, 2006. Sheffield Wednesday, "
        "2-1 winners, went top."
    )
    assert [p.name for p in facts.people] == ["Hugh Tallis"]
    assert "Sheffield Wednesday" in {o.name for o in facts.organisations}
    assert all(not p.name.endswith("The") for p in facts.places)


def test_a_byline_at_the_top_names_no_person() -> None:
    facts = extract_facts(
        "By Priya Ramaswamy and Tom Okafor\n\nLONDON (Reuters) - Copper rose on Wednesday, "
        'said Ewa Kowalczyk, an analyst. "Demand is back," she said.'
    )
    assert [p.name for p in facts.people] == ["Ewa Kowalczyk"]


def test_an_age_after_a_name_opening_with_a_city_makes_a_person() -> None:
    facts = extract_facts(
        'Brent Hollis, 38, pleaded guilty on Monday. Hollis apologized. "I regret it," he '
        "said. Prosecutor Mat Heck Jr. said the plea spared the family."
    )
    roles = {p.name: p.role for p in facts.people}
    assert roles == {"Brent Hollis": None, "Mat Heck Jr.": "Prosecutor"}
    assert [q.speaker for q in facts.quotes] == ["Brent Hollis"]


def test_initials_without_full_stops_stay_in_the_name() -> None:
    facts = extract_facts(
        "The bank chairman C S Setty said rates would hold on Friday. Former Prime Minister "
        "H D Deve Gowda agreed."
    )
    assert {p.name for p in facts.people} == {"C S Setty", "H D Deve Gowda"}


def test_a_council_member_is_a_person_and_equities_a_company() -> None:
    facts = extract_facts(
        "The shop closes on Sunday. Its landlord, Bedford Equities, said in a statement that "
        'rents had risen. Council Member Lincoln Restler called it "a loss". Mr. Restler '
        "will push for a bill."
    )
    assert {p.name: p.role for p in facts.people} == {"Lincoln Restler": "Council Member"}
    assert {o.name for o in facts.organisations} == {"Bedford Equities"}
    assert [q.speaker for q in facts.quotes] == ["Lincoln Restler"]


def test_a_judge_with_a_barristers_rank_after_the_name() -> None:
    facts = extract_facts(
        'Sentencing him on Friday, Judge Michael Chambers KC said it had been "a senseless, '
        'cowardly attack". Catrin Morgan KC, prosecuting, agreed.'
    )
    assert {p.name: p.role for p in facts.people} == {
        "Michael Chambers": "Judge",
        "Catrin Morgan": None,
    }
    assert [q.speaker for q in facts.quotes] == ["Michael Chambers"]


def test_a_relative_named_by_one_name_after_the_kin_word() -> None:
    facts = extract_facts(
        "Mr Hussain's wife, Samira, said in a statement that her children \"ask every night "
        'when Daddy is coming home". She opened the shop with her late husband, Stanislaw, '
        "in 1994."
    )
    roles = {p.name: p.role for p in facts.people}
    assert roles.items() >= {"Samira": "wife", "Stanislaw": "husband"}.items()
    assert [q.speaker for q in facts.quotes] == ["Samira"]


def test_a_rugby_team_sheet_with_initials_and_a_captains_mark() -> None:
    facts = extract_facts(
        "Ireland 27 Scotland 20\n\nMack Fenlon scored early, and the fly-half kicked two "
        "penalties before a scrum near the line.\n\nIreland: P Devlin; M Fenlon, R Tallon, "
        "E Brady, C Moran; C Fitzgerald, N McGrath; D Hurley, S O'Rourke (capt), T Farrelly."
    )
    people = {p.name: set(p.mentions) for p in facts.people}
    assert people["Mack Fenlon"] == {"Mack Fenlon", "M Fenlon"}
    assert {"P Devlin", "C Moran", "S O'Rourke", "T Farrelly"} <= set(people)


def test_a_surname_written_without_its_accents_is_the_same_person() -> None:
    found = people(
        "Interior Minister Joachim Brudziński visited the site. Brudzinski said the rescue "
        "would go on through the night."
    )
    assert list(found) == ["Joachim Brudziński"]
    assert "Brudzinski" in found["Joachim Brudziński"][1]


def test_words_that_open_a_sentence_about_oneself_are_no_part_of_a_name() -> None:
    found = people("I'm Rich Bowen and I run the project. Bowen said it was fine.")
    assert list(found) == ["Rich Bowen"]
    assert "I'm" not in found["Rich Bowen"][1]


def test_a_party_or_hyphenated_role_word_is_cut_from_a_name() -> None:
    assert list(people("Democrat Spearman voted no. Spearman later said it was wrong.")) == [
        "Spearman"
    ]
    assert list(people("Co-developer Jing Wang recounted the first trial in the lab.")) == [
        "Jing Wang"
    ]


def test_a_name_in_a_compound_after_the_is_a_persons() -> None:
    facts = extract_facts("The Bernie Sanders-backed candidate lost the primary.")
    assert [p.name for p in facts.people] == ["Bernie Sanders"]
    assert not facts.organisations


def test_shia_and_catholic_honorifics_are_no_part_of_the_name() -> None:
    found = people(
        "Sayyid Ali Hosseini Khamenei, the Supreme Leader of Iran, ordered mourning. The law "
        "was criticised by archbishop Monsenor Jorge Eduardo Scheinig."
    )
    assert set(found) == {"Ali Hosseini Khamenei", "Jorge Eduardo Scheinig"}


def test_a_person_before_a_known_body_in_one_run_is_a_person() -> None:
    facts = extract_facts("She attacked him during the Brett Kavanaugh Supreme Court hearing.")
    assert [p.name for p in facts.people] == ["Brett Kavanaugh"]
    assert [o.name for o in facts.organisations] == ["Supreme Court"]


def test_a_captions_credit_word_ends_the_name_before_it() -> None:
    facts = extract_facts(
        "Student Ahmed Mohamed Image: Twitter / Barack Obama.\n\nMohamed brought the clock.\n\n"
        "Whistleblower Edward Snowden.Image: Wikimedia."
    )
    assert {p.name for p in facts.people} == {"Ahmed Mohamed", "Barack Obama", "Edward Snowden"}


def test_a_name_with_an_its_apposition_is_no_person() -> None:
    facts = extract_facts(
        "Internet Explorer held 70 percent of the market. Mozilla Firefox, its main rival, "
        "has been gaining users."
    )
    assert not facts.people


def test_a_football_line_up_with_substitutions_lists_every_player() -> None:
    body = (
        "Kerrow: Brandt; Holt, Vance, Okafor, Lind; Marsh, Dunne (Petrov 78), Ebbe; "
        "Saarinen, Colley, Rask (Tovey 70).\n\nSubs not used: Quill, Amos.\n\n"
        "Booked: Dunne, Vance.\n\nGoals: Colley 23, Rask 61.\n\nReferee: Martin Acre."
    )
    found = people(body)
    for name in ("Brandt", "Dunne", "Petrov", "Rask", "Tovey", "Saarinen", "Martin Acre"):
        assert name in found, name


def test_a_regent_or_a_member_between_a_body_and_a_name_is_a_title() -> None:
    found = people(
        "Karang Regent Dadang Sutisna declared an emergency. Yesh Atid MK Orna Levi, a "
        "reservist, spoke. Labour MSP Fiona Drummond said the ferry was late."
    )
    assert set(found) == {"Dadang Sutisna", "Orna Levi", "Fiona Drummond"}
    assert found["Dadang Sutisna"][0] == "Karang Regent"


def test_a_party_named_with_an_ordinary_word_opens_a_sentence_before_its_member() -> None:
    facts = extract_facts(
        "Patients go to the health centre in town.\n\n"
        "Centre Party MP Hanna Mäkelä, who represents the district, said she would act."
    )
    assert [p.name for p in facts.people] == ["Hanna Mäkelä"]
    assert "Centre Party" in {o.name for o in facts.organisations}


def test_a_nickname_in_single_quotation_marks_joins_the_name() -> None:
    facts = extract_facts(
        "Among them was Delroy 'Shorty' Campbell, a farmer from the hills. "
        "It was Campbell's 'Big' day, his neighbour said."
    )
    assert [(p.name, p.mentions) for p in facts.people] == [
        ("Delroy 'Shorty' Campbell", ["Delroy 'Shorty' Campbell", "Campbell"])
    ]


def test_a_single_name_described_by_age_job_and_home_is_a_person() -> None:
    found = people(
        "The ministry said so.\n\nHarsono, a 58-year-old motorcycle taxi driver from Cibodas "
        "village, said he had lost everything."
    )
    assert found["Harsono"][0] == "58-year-old motorcycle taxi driver from Cibodas village"


def test_a_players_position_before_the_name_is_a_role() -> None:
    found = people(
        "The Hawks won the game with a late field goal and a touchdown.\n\n"
        "Hawks: CB Terrell Joiner (hamstring) left in the second quarter. WR Cole Pemby "
        "was ruled out."
    )
    assert found["Terrell Joiner"][0] == "CB" and found["Cole Pemby"][0] == "WR"
    assert not any(name.startswith(("CB ", "WR ")) for name in found)


def test_a_relative_named_at_a_sentences_end_or_after_their_is_a_person() -> None:
    found = people("He watched the race on a screen with his wife, Sinead.")
    assert found == {"Sinead": ("wife", ["Sinead"])}
    found = people("Their son, Oisin, was born in May.")
    assert found == {"Oisin": ("son", ["Oisin"])}
    assert people("He flew home with his wife, Paris. It was late.") == {}


def test_an_honourable_name_set_off_after_a_place_is_no_role_of_the_place() -> None:
    facts = extract_facts(
        "Farmers in Harwood went hungry.\n\nCustos of Harwood, the Honourable Dr Mavis "
        "Quarrie-Bent, urged farmers to form groups."
    )
    assert [p.name for p in facts.people] == ["Mavis Quarrie-Bent"]
    assert "Harwood" in {p.name for p in facts.places}


def test_a_race_reports_horses_are_no_people_and_its_jockeys_are() -> None:
    facts = extract_facts(
        "Lord Fenwick won the chase on Friday. The 7-4 market leader Harbour Belle was second "
        "and Tin Kettle, a 16-1 shot, was third. Harbour Belle's trainer Nora Quill was upset.\n\n"
        "Result: 1 Lord Fenwick (N Brackley) 11-2, 2 Harbour Belle (D Whelm) 7-4 fav, "
        "3 Tin Kettle (T Cotterill) 16-1."
    )
    names = {p.name for p in facts.people}
    assert {"Nora Quill", "N Brackley", "D Whelm", "T Cotterill"} <= names
    assert not {"Harbour Belle", "Tin Kettle"} & names
    assert not facts.places


def test_the_party_style_comrade_is_not_part_of_the_name() -> None:
    facts = extract_facts(
        "Sales resumed on Monday.\n\nDeputy minister Cde Tafadzwa Nyoni said the board would "
        'meet. "We have heard you," he told the growers.'
    )
    assert {p.name for p in facts.people} == {"Tafadzwa Nyoni"}
    assert [q.speaker for q in facts.quotes] == ["Tafadzwa Nyoni"]


def test_a_players_lower_case_handle_is_part_of_the_name() -> None:
    facts = extract_facts('The captain, Joakim "zvex" Brandt, 24, said the team was ready.')
    assert {p.name for p in facts.people} == {'Joakim "zvex" Brandt'}
    # an English word in quotation marks between two capitalised words is no handle
    facts = extract_facts('The agency Reuters "this" Monday reported a fall in prices.')
    assert not any('"' in p.name for p in facts.people)


def test_a_county_warden_is_a_title_before_the_name() -> None:
    facts = extract_facts(
        'Harbour County Warden Glenn T. Ashby said there had been "no offers at all".'
    )
    assert {p.name for p in facts.people} == {"Glenn T. Ashby"}
    assert [q.speaker for q in facts.quotes] == ["Glenn T. Ashby"]


def test_the_holder_of_an_office_with_a_list_of_portfolios_is_named_without_them() -> None:
    from briefing.facts import extract_facts

    text = (
        "Minister for Culture, Tourism and Civil Aviation Hemant Pradhan will attend. "
        "Minister of Trade and Industry Wirote Saengchan agreed. The mayor of Harwick, Andrés "
        "Felipe Orozco Puello, spoke."
    )
    names = {p.name for p in extract_facts(text).people}
    assert {"Hemant Pradhan", "Wirote Saengchan", "Andrés Felipe Orozco Puello"} <= names
    assert not any(n.startswith(("Industry", "Civil", "Felipe")) for n in names)


def test_comrade_before_a_name_is_no_part_of_it() -> None:
    from briefing.facts import extract_facts

    text = (
        "Deputy minister Cde Tafara Mukoni toured the floors. The union's president, Comrade "
        "Ebuka Obi, agreed. Cde Mukoni left at noon.\n\nFollow Harbour Weekly on WhatsApp\n"
    )
    people = {p.name: p.mentions for p in extract_facts(text).people}
    assert set(people) == {"Tafara Mukoni", "Ebuka Obi"}
    assert "Mukoni" in people["Tafara Mukoni"]


def test_a_town_or_county_before_its_mayor_or_warden_is_a_place() -> None:
    from briefing.facts import extract_facts

    text = (
        "Harrowby County Warden Bruce A. Morrow said council had offered money. Telmos Mayor "
        "Michalis Dimakis said the plants had failed."
    )
    facts = extract_facts(text)
    assert {p.name for p in facts.people} == {"Bruce A. Morrow", "Michalis Dimakis"}
    assert {"Harrowby County", "Telmos"} <= {p.name for p in facts.places}


def test_a_players_handle_in_lower_case_between_given_name_and_surname() -> None:
    from briefing.facts import extract_facts

    text = (
        'Team captain Mikkel "mkk" Tofte, 29, praised the coach. "We practiced it," Tofte said. '
        'The side won behind Rafael "rafinha" Sousa and Jaylen "Juice" Thorpe. He told Reuters '
        '"this" Monday that it was over.'
    )
    people = {p.name: p.mentions for p in extract_facts(text).people}
    assert set(people) == {'Mikkel "mkk" Tofte', 'Rafael "rafinha" Sousa', 'Jaylen "Juice" Thorpe'}
    assert "Tofte" in people['Mikkel "mkk" Tofte']


def test_a_japanese_name_written_family_name_first() -> None:
    from briefing.facts import extract_facts

    text = "Police say Sasaki Tokuo suffered injuries to his face. Chess star Hikaru Nakamura won."
    assert {p.name for p in extract_facts(text).people} == {"Sasaki Tokuo", "Hikaru Nakamura"}


def test_a_make_after_an_age_with_an_article_or_possessive_is_no_person() -> None:
    from briefing.facts import extract_facts

    text = (
        "Someone who drives a 20-year-old Opel to work is no polluter, said Stan Bednarek, who "
        "would sell his 23-year-old Fiat Seicento first. The 23-year-old Alcaraz won."
    )
    assert {p.name for p in extract_facts(text).people} == {"Stan Bednarek", "Alcaraz"}


def test_a_name_set_off_after_a_bodys_noun_is_no_person() -> None:
    facts = extract_facts(
        "Its young farmers' wing, Jeunes Paysans, laid on coaches from Lyon. The count came "
        "from the local traders' association, Ribera Comerç. Jobs grew, according to the "
        "state's development agency, Wirtschaftsförderung Thüringen."
    )
    assert not facts.people
    assert {"Jeunes Paysans", "Ribera Comerç", "Wirtschaftsförderung Thüringen"} <= {
        o.name for o in facts.organisations
    }
    # (a given name, an honorific or a member's place in the body keep a person)
    facts = extract_facts(
        "A spokeswoman for the agency, Maria Lopez, said it would appeal. A spokesman for the "
        "company, Mr Hale, agreed. A PhD student on the team, Putu Arsawan, logged the dives."
    )
    assert {"Maria Lopez", "Hale", "Putu Arsawan"} <= {p.name for p in facts.people}


def test_two_name_words_and_a_generations_suffix_are_a_person() -> None:
    found = people(
        "The last was a 40-yard run by running back Tavon Rudderby Jr., and they led at the "
        "half. Jace Ellery-Voss III completed 19 of 28 passes."
    )
    assert {"Tavon Rudderby Jr.", "Jace Ellery-Voss III"} <= set(found)
    # (ordinary words before the numeral name a thing: a war, a game)
    assert not people("He served in World War II. Grand Theft Auto IV sold well.")


def test_a_district_attorney_named_for_a_county_is_a_person_and_the_county_a_place() -> None:
    facts = extract_facts("Kelby District Attorney Aurelio M. Benz's office said it was closed.")
    assert "Aurelio M. Benz" in {p.name for p in facts.people}
    assert "Kelby" in {p.name for p in facts.places}


def test_a_given_name_alone_after_a_possessive_and_a_relatives_word_is_a_person() -> None:
    facts = extract_facts(
        "At the farm, Amrit Kaur Sidhu and her husband Jaswinder lost their crop. "
        '"My late wife, Edith, helped here first," he said. Our neighbour Tavish, he put in '
        "solar last year. Her son Tuesday was a joke; my friend Paris is a city."
    )
    found = {p.name: p.role for p in facts.people}
    assert found["Jaswinder"] == "husband"
    assert found["Edith"] == "wife"
    assert found["Tavish"] == "neighbour"
    assert "Tuesday" not in found and "Paris" not in found


def test_a_relatives_given_name_that_opens_a_longer_name_joins_that_person() -> None:
    facts = extract_facts(
        "He is survived by his wife, Odile, and two sons. Odile Marchand, a teacher, said he "
        "loved the sea."
    )
    assert [p.name for p in facts.people] == ["Odile Marchand"]


def test_a_towns_office_after_a_site_word_opens_a_person_not_a_site() -> None:
    facts = extract_facts(
        "Fort Halden Mayor Jeni Ortiz-Bray called the result a win. Port Selwyn Governor Amos "
        "Kera agreed. They met at Fort Chief Plaza."
    )
    assert {p.name for p in facts.people} == {"Jeni Ortiz-Bray", "Amos Kera"}
    assert "Fort Chief Plaza" in {p.name for p in facts.places}


def test_a_member_of_an_assembly_named_once_is_a_person_and_the_assembly_a_body() -> None:
    facts = extract_facts(
        "Member of Althingi Sunna Eldjarn of the Reform party said the quota was too low."
    )
    assert [p.name for p in facts.people] == ["Sunna Eldjarn"]
    assert "Althingi" in {o.name for o in facts.organisations}


def test_a_name_that_ends_in_an_initial_keeps_its_full_stop() -> None:
    facts = extract_facts(
        "Readers wrote in at once.\nBy Tomasz K. on Thursday\nThe oil light came on again, "
        "Tomasz K. wrote. The talk was about Malcolm X and his speeches."
    )
    names = {p.name for p in facts.people}
    assert "Tomasz K." in names and "Malcolm X" in names


def test_a_name_with_an_english_word_for_a_surname_after_a_bodys_head_is_split_off() -> None:
    facts = extract_facts(
        "President of the Pointe Fisherfolk Association Tariq Ali Khan said the base was "
        "needed. The Harbour Vendors Association Anil Brown said no."
    )
    assert {p.name for p in facts.people} == {"Tariq Ali Khan", "Anil Brown"}
    assert {o.name for o in facts.organisations} == {
        "Pointe Fisherfolk Association",
        "Harbour Vendors Association",
    }


def test_the_name_a_person_is_known_by_after_their_age_is_theirs() -> None:
    facts = extract_facts(
        "Two traders, Ramesh Doodnath, 51, who is known as Sonny, and his son Ravi Doodnath, "
        "24, were robbed."
    )
    people = {p.name: p.mentions for p in facts.people}
    assert set(people) == {"Ramesh Doodnath", "Ravi Doodnath"}
    assert "Sonny" in people["Ramesh Doodnath"]


def test_a_generations_suffix_set_off_by_a_comma_stays_in_the_name() -> None:
    facts = extract_facts(
        "District Attorney Cyril R. Vanbeek, Jr. announced the charges. Rob Downe, Jr., the "
        "actor, said he was pleased."
    )
    assert {p.name for p in facts.people} == {"Cyril R. Vanbeek, Jr.", "Rob Downe, Jr."}


def test_a_title_and_name_after_a_bodys_noun_are_a_person_not_the_body() -> None:
    facts = extract_facts(
        'Announcing the deal, group CEO Khalid Al-Mansoori said: "We are ready." The rights '
        "group Harbour Watch said it would study the plan."
    )
    assert {p.name for p in facts.people} == {"Khalid Al-Mansoori"}
    assert "Harbour Watch" in {o.name for o in facts.organisations}


def test_a_weekday_after_a_full_name_is_the_date_not_the_name() -> None:
    facts = extract_facts(
        "Leaders met with President Laurent Gbagba Monday, offering him a deal. Fans gathered "
        'for the Super Bowl Sunday party, and the band played "Council Estate Sunday".'
    )
    assert {p.name for p in facts.people} == {"Laurent Gbagba"}
    assert "Council Estate" not in {p.name for p in facts.places}


def test_an_office_written_with_a_hyphen_is_a_title_before_the_name() -> None:
    facts = extract_facts(
        "WHO Director-General Tadesse Alemu Worku said the news was good. Auditor-General "
        "Sarah Pill said the accounts were late."
    )
    assert {p.name for p in facts.people} == {"Tadesse Alemu Worku", "Sarah Pill"}


def test_the_ordinary_words_after_a_name_in_a_title_case_headline_are_no_part_of_it() -> None:
    facts = extract_facts(
        "Administrator Pruett Updates List of Cleanup Sites Targeted for Immediate Action\n\n"
        "Agency Administrator Scott Pruett said the sites needed action before the river rose again "
        "this spring.\n\n"
        "Sabine Wren from Star Wars: Rebels\n"
    )
    assert {p.name for p in facts.people} == {"Scott Pruett", "Sabine Wren"}


def test_a_presidents_surname_that_is_an_ordinary_word_is_still_a_person() -> None:
    facts = extract_facts("While President Bush toured the site, the Guard cleared roads.")
    assert [(p.name, p.role) for p in facts.people] == [("Bush", "President")]


def test_an_office_for_a_field_then_a_name_is_the_holders_role() -> None:
    facts = extract_facts(
        "U.N. High Commissioner for Human Rights Navi Pellay issued a statement. Minister for "
        "Foreign Affairs Penny Wang agreed, and a spokesperson for President Rodrigo Dutarte "
        "declined to comment."
    )
    roles = {p.name: p.role for p in facts.people}
    assert set(roles) == {"Navi Pellay", "Penny Wang", "Rodrigo Dutarte"}
    assert roles["Navi Pellay"] == "Commissioner for Human Rights"
    assert roles["Rodrigo Dutarte"] == "President"


def test_a_headline_name_followed_by_a_verb_and_a_possessive_is_the_same_person() -> None:
    facts = extract_facts(
        "Brit Andy Marrow Wins Men's Title at Wimbledon\n\nAndy Marrow of Britain holds the "
        "trophy after the final."
    )
    assert [p.name for p in facts.people] == ["Andy Marrow"]


def test_a_title_in_the_plural_before_a_list_of_names() -> None:
    found = people("Labour MPs Hattie Brandt and Owen Tulloch voted against the bill.")
    assert set(found) == {"Hattie Brandt", "Owen Tulloch"}
    facts = extract_facts("Labour MPs Hattie Brandt and Owen Tulloch spoke.")
    assert [o.name for o in facts.organisations] == ["Labour Party"]


def test_special_agent_in_charge_is_a_title() -> None:
    found = people("Special Agent In Charge Jana Rowley of the FBI said the case was closed.")
    assert list(found) == ["Jana Rowley"]
    facts = extract_facts(
        "Ben Ostrow, Special Agent in Charge, Department of Housing and Rural Affairs-Office "
        "of Inspector General, joined the announcement."
    )
    assert [p.name for p in facts.people] == ["Ben Ostrow"]
    assert facts.places == []
    assert [o.name for o in facts.organisations] == ["Department of Housing and Rural Affairs"]


def test_a_lone_name_before_who_is_a_person_and_a_later_appositive_gives_the_role() -> None:
    found = people("Kovalenko, who met the minister at the palace, did not comment.")
    assert list(found) == ["Kovalenko"]
    found = people(
        "Yesterday the minister Wirando was stabbed. Wirando, who was visiting the town, "
        "survived. The president named Wirando, a former general, to the post in 2016."
    )
    assert found["Wirando"][0] == "former general"
