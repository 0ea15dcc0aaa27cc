"""A quotation that is a paragraph of its own after the sentence that brings its speaker in:
the lead-in's subject speaks even when a present-tense verb of saying names an outlet next
("X tells Acme Radio ..."). All sentences are invented."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_the_subject_who_tells_an_outlet_is_the_speaker_not_the_outlet() -> None:
    body = (
        "Dairy farmer Colm Ruddle tells Reuters the season should look much like the "
        "last one.\n\n"
        "“We are short of storage and short of hands to change very much this year.”\n\n"
        "He says the herd will stay the same size."
    )
    assert quotes(body) == [
        ("Colm Ruddle", "We are short of storage and short of hands to change very much this year.")
    ]


def test_a_time_between_the_subject_and_said_before_a_colon_keeps_the_speaker() -> None:
    body = (
        "Harbour master Ines Calder yesterday said:\n\n"
        "“Our thoughts are with the crew and their families. We will find out what happened.”\n\n"
        "Anyone who saw the collision is asked to call."
    )
    assert quotes(body) == [
        (
            "Ines Calder",
            "Our thoughts are with the crew and their families. We will find out what happened.",
        )
    ]


def test_he_after_a_club_subject_is_the_person_of_the_joined_clause() -> None:
    body = (
        "Harrowgate Rovers kept up their run and Declan Fairweather was thrilled with the "
        'win. He said: "I am very proud of them. We played at a very high pace all day."'
    )
    assert quotes(body) == [
        ("Declan Fairweather", "I am very proud of them. We played at a very high pace all day.")
    ]


def test_he_stays_unknown_when_the_joined_clause_speaks_of_another_man() -> None:
    body = (
        "Harrowgate Rovers kept up their run and Declan Fairweather hugged his captain. "
        'He said: "I am very proud of them. We played at a very high pace all day."'
    )
    assert quotes(body) == [
        (None, "I am very proud of them. We played at a very high pace all day.")
    ]


def test_a_stage_name_in_capitals_between_the_names_is_part_of_the_speakers_name() -> None:
    body = (
        "For Leeds drummer Marcus “KID VOLT” Ashdown, touring is a kind of therapy. He had "
        "dates booked all summer.\n\n"
        "“Overnight, every single one of them was gone,” he says."
    )
    facts = extract_facts(body)
    assert [p.name for p in facts.people] == ["Marcus “KID VOLT” Ashdown"]
    assert quotes(body) == [
        ("Marcus “KID VOLT” Ashdown", "Overnight, every single one of them was gone,")
    ]


def test_the_former_coach_is_the_manager_just_quoted_not_another_office() -> None:
    body = (
        "Rovers manager Petr Valenta called the winner 'a lucky goal'. Valenta, however, was "
        'not impressed and called the goal a "fluke" after the match. "We started well and '
        'surprised them early on," the former Brno coach said.'
    )
    assert quotes(body)[-1] == ("Petr Valenta", "We started well and surprised them early on,")


def test_the_coach_after_a_manager_stays_unknown() -> None:
    body = (
        "Rovers manager Petr Valenta called the winner 'a lucky goal'. Valenta, however, was "
        'not impressed and called the goal a "fluke" after the match. "We started well and '
        'surprised them early on," the coach said.'
    )
    assert quotes(body)[-1] == (None, "We started well and surprised them early on,")


def test_the_name_after_and_opening_a_clause_of_its_own_speaks() -> None:
    body = (
        'There was a suspicion of offside in the second goal and Ferrand said: "If we talk '
        'about that goal, it was not football, it was handball."'
    )
    assert quotes(body) == [
        ("Ferrand", "If we talk about that goal, it was not football, it was handball.")
    ]


def test_a_name_after_and_in_a_relative_clause_is_no_speaker() -> None:
    body = (
        'The man who attacked Hollis and Ferrand said: "If we talk about that goal, it was '
        'not football, it was handball."'
    )
    assert quotes(body)[0][0] is None


def test_a_song_named_between_a_description_and_an_appositive_is_no_quote() -> None:
    body = (
        "The set ended with the numbing closer “Made Of Glass And Rain,” a 17-minute wall of "
        "feedback and strobe lights. The singer left without a word."
    )
    assert quotes(body) == []


def test_a_whole_sentence_after_a_colon_is_a_quote_even_from_nobody_named() -> None:
    body = (
        "One farmer, leaving the hall shortly before midnight, summed up the mood: "
        '"They had made up their minds."\n\nThe board meets again in May.'
    )
    assert quotes(body) == [(None, "They had made up their minds.")]


def test_a_long_lead_in_ending_in_a_colon_still_gives_its_subject_the_quote() -> None:
    body = (
        "Its chief executive Anna Lindqvist, who took the job in March after eight years at "
        "a rival carrier, framed the spend as a long-term bet on a market where broadband "
        'remains below 30%:\n\n"People look at the market and see risk. We see customers."'
    )
    assert quotes(body) == [
        ("Anna Lindqvist", "People look at the market and see risk. We see customers.")
    ]


def test_a_description_before_a_colon_names_the_one_it_describes() -> None:
    body = (
        "Its president, Mateo Quiroga Ruiz, said 300 containers were stuck on trucks.\n\n"
        'The 61-year-old farmer did not hide his frustration: "The fruit does not wait. '
        'Every day we lose, it loses value."'
    )
    assert quotes(body) == [
        ("Mateo Quiroga Ruiz", "The fruit does not wait. Every day we lose, it loses value.")
    ]


def test_of_two_men_the_one_the_quotation_names_is_its_topic_not_its_speaker() -> None:
    body = (
        "Tomas Brandt scored on his debut, and Ivo Ferrand was happy with the result. "
        'He said: "I am happy for Tomas. It was a difficult week for all of us."'
    )
    assert quotes(body) == [
        ("Ivo Ferrand", "I am happy for Tomas. It was a difficult week for all of us.")
    ]


def test_of_two_men_neither_speaks_when_the_quotation_names_neither() -> None:
    body = (
        "Tomas Brandt scored on his debut, and Ivo Ferrand was happy with the result. "
        'He said: "I am happy. It was a difficult week for all of us."'
    )
    assert quotes(body)[0][0] is None


def test_a_company_named_in_a_long_relative_clause_is_no_rival_for_the_company() -> None:
    body = (
        "Varma Power Ltd, which operates the Hellir plant for Nordvik Energy Group supplying "
        "hot water to some 30,000 people on the peninsula, said the plant would keep running "
        'with a crew of six. "The barriers are in place and we have confidence in them," the '
        "company said in a statement."
    )
    assert quotes(body)[0][0] == "Varma Power Ltd"


def test_a_name_ending_in_an_initial_is_still_the_subject_before_its_appositive() -> None:
    body = 'Marta W., 34, said the rent had doubled. "We cannot stay here any longer," she said.'
    assert quotes(body) == [("Marta W.", "We cannot stay here any longer,")]


def test_he_opening_a_clause_after_but_frames_the_quote() -> None:
    body = (
        "Tomas Brandt was charged on Monday. His sister begged him to take the boy to a "
        'doctor, but he replied "I am not able to do that".'
    )
    assert quotes(body) == [("Tomas Brandt", "I am not able to do that")]


def test_a_pull_quote_on_its_own_line_is_the_words_of_whoever_says_them_below() -> None:
    body = (
        "Band rejects reissue plan\n\n"
        "“We are certainly not announcing anything.”\n\n"
        "Fans were surprised on Monday.\n\n"
        "“We are certainly not announcing anything, as we had no idea these were coming out,” "
        "Ruby Tides said in a statement."
    )
    assert quotes(body) == [
        ("Ruby Tides", "We are certainly not announcing anything."),
        (
            "Ruby Tides",
            "We are certainly not announcing anything, as we had no idea these were coming out,",
        ),
    ]


def test_a_quotation_left_open_before_prose_ends_with_its_own_paragraph() -> None:
    body = (
        "“We will win this fight,” Maria Okafor said. “Whatever it takes.\n\n"
        "The strike began on Monday.\n\n"
        "“It is over,” Tom Reddy said."
    )
    assert quotes(body) == [
        ("Maria Okafor", "We will win this fight,"),
        ("Maria Okafor", "Whatever it takes."),
        ("Tom Reddy", "It is over,"),
    ]


def test_a_lone_straight_mark_after_a_question_opens_no_quotation() -> None:
    body = (
        'The caller asked: Can you get back on board? No extinguishers?" Is the boat '
        "burning?\n\nThe captain later said there were no locked doors.\n\n"
        'Officials said the search "will go on for days."'
    )
    assert [text for _, text in quotes(body)] == ["will go on for days."]


def test_two_single_curly_marks_typed_for_double_ones_are_one_mark() -> None:
    body = (
        "Strike goes on\n\nThe port closed on Monday. Maria Okafor said: ‘‘We will win this "
        "fight, whatever it takes.’’"
    )
    assert quotes(body) == [("Maria Okafor", "We will win this fight, whatever it takes.")]


def test_a_named_document_before_its_appositive_is_no_quote_but_a_short_cry_is() -> None:
    body = (
        "The five governors signed what they called the “Harbour Declaration,” a four-page "
        "letter rejecting the plan. The crowd waited outside. “Thank You So Much,” a fan of "
        "the band said."
    )
    assert quotes(body) == [(None, "Thank You So Much,")]


def test_a_song_title_with_a_short_word_in_lower_case_is_no_quote() -> None:
    body = 'Her stage name came from a song called "Night after Night," so it would fit a sign.'
    assert quotes(body) == []


def test_a_campaign_named_before_its_noun_and_a_film_starred_in_are_no_quotes() -> None:
    body = (
        'The union launched its "Fair Pay Now" campaign on Tuesday. Maria Okafor, who '
        'starred in "The Long Way Home," said the strike would go on. Protesters chanted '
        '"Fair pay now!" outside the port.'
    )
    assert quotes(body) == [(None, "Fair pay now!")]
