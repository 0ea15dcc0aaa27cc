"""Quotes whose own sentence names the speaker in less usual shapes: a time between the
subject and its verb, and the other frames of the same sentence added with it. Every
sentence here is invented."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_a_time_between_the_subject_and_its_verb() -> None:
    for when in ("on Monday", "this week", "last week", "yesterday", "on Monday also"):
        body = (
            f"Mines Minister Elago Pendeni {when} told The Windhoek Post that the cabinet would "
            'approve the deal "in the first quarter of next year", after the study.'
        )
        assert quotes(body) == [("Elago Pendeni", "in the first quarter of next year")], when
    # A time that is part of a name is not stripped away from it.
    body = 'The Sunday Tribune reported that the mayor would "resign before the summer is out."'
    assert quotes(body)[0][0] is None


def test_a_passive_with_no_auxiliary_gives_the_agents_words() -> None:
    body = (
        "The satellite data show a pattern described by the Marine Gazette as "
        '"rather hectic and kind of confused" over the week.'
    )
    assert quotes(body) == [("Marine Gazette", "rather hectic and kind of confused")]


def test_an_organisations_which_clause_speaks() -> None:
    body = (
        "Norway holds the chair of the Nordic Fisheries Council, or NFC, which said last "
        'week that the quota dispute threatens the region\'s "trust and good faith."'
    )
    assert quotes(body) == [("Nordic Fisheries Council", "trust and good faith.")]
    # A "which" clause about a place is nobody's voice.
    body = (
        "The ferry sails to Ravnsborg, which said last week that the storm threatens "
        'the harbour\'s "trust and good faith."'
    )
    assert quotes(body)[0][0] is None


def test_a_thing_that_threatens_is_no_speaker() -> None:
    # The verb of saying is the subject's "said"; "threatens" has a thing for its subject.
    body = (
        "Mayor Ana Ruiz said on Friday that the closure threatens the town's "
        '"whole way of life, from the school to the bakery."'
    )
    assert quotes(body)[0][0] == "Ana Ruiz"


def test_a_long_reported_clause_still_gives_the_reporters_words() -> None:
    body = (
        "Baltrans Shipping said in a customer advisory that cargo bound for Bremerhaven would "
        "be discharged in Gdansk and forwarded on another of its ships, the Nordic Petrel, "
        '"with an expected delay of seven to ten days".'
    )
    assert quotes(body) == [("Baltrans Shipping", "with an expected delay of seven to ten days")]
    # The verb of a subordinate clause before the main one frames nothing after its comma.
    body = (
        "When Mayor Ana Ruiz wrote that the council plans to close the library on Sundays "
        "from next spring, the Ravnsborg Times printed a note "
        '"checking the figures" beside the letter.'
    )
    assert all(s is None for s, _ in quotes(body))


def test_a_document_posted_online_by_its_issuer() -> None:
    body = (
        "According to a memo posted online by Senator Rhoda Quimby, the committee "
        '"will not meet again until the spring."'
    )
    assert quotes(body) == [("Rhoda Quimby", "will not meet again until the spring.")]


def test_an_inverted_frame_through_a_name_with_a_comma() -> None:
    # The comma inside "University of California, Davis" does not end the speaker's phrase.
    body = (
        '"She was the finest botanist I have ever known," said University of California, '
        "Davis's dean, Pradeep Kumar."
    )
    assert quotes(body) == [("Pradeep Kumar", "She was the finest botanist I have ever known,")]


def test_an_aside_set_off_by_dashes_before_the_quote() -> None:
    body = (
        "Harbour Speaker Jonah Birchwood commented on the matter — which the Gazette noted "
        'as an unusual step — "It is plain that the purpose of this is to stop the debate."'
    )
    assert quotes(body) == [
        ("Jonah Birchwood", "It is plain that the purpose of this is to stop the debate.")
    ]


def test_speaking_to_somebody_between_the_subject_and_its_verb() -> None:
    body = (
        "Prime Minister Andreas Kostakis speaking to the Atlantic Council think tank called "
        'the border deal "null and void" and "geographically ridiculous".'
    )
    assert quotes(body) == [
        ("Andreas Kostakis", "null and void"),
        ("Andreas Kostakis", "geographically ridiculous"),
    ]


def test_a_pronoun_after_a_fronted_clause_is_that_clauses_subject() -> None:
    body = (
        "But when Dr. Anton Pell, the surgeon on duty, finally arrived, he said the ward had "
        '"no beds left for anybody at all."'
    )
    assert quotes(body) == [("Anton Pell", "no beds left for anybody at all.")]
    # A clause whose subject is not the person ("When police stopped X") names nobody.
    body = (
        "When police stopped Anton Pell on the bridge, he said the car had "
        '"never been driven by anybody else."'
    )
    assert quotes(body)[0][0] is None
    # Nor when the pronoun's sex does not fit the clause's subject.
    body = (
        "When Dr. Anna Pell finally arrived, he said the ward had "
        '"no beds left for anybody at all."'
    )
    assert quotes(body)[0][0] is None


def test_a_gerund_object_is_not_the_frames_verb() -> None:
    body = (
        "Governor Greg Abbey said that while all were important, he considered addressing "
        'property taxes the "number one issue" of the session.'
    )
    assert quotes(body) == [("Greg Abbey", "number one issue")]


def test_an_offices_jurisdiction_after_the_name() -> None:
    body = (
        "“Today’s sentence shows that fraud does not pay,” said U.S. Attorney Dana Whitfield "
        "for the Northern District of Texas."
    )
    assert quotes(body) == [("Dana Whitfield", "Today’s sentence shows that fraud does not pay,")]
    body = (
        "U.S. Attorney Dana Whitfield for the Western District of Ohio said the sentence "
        "“shows that fraud does not pay.”"
    )
    assert quotes(body) == [("Dana Whitfield", "shows that fraud does not pay.")]


def test_a_pronoun_after_a_time_in_a_second_clause() -> None:
    body = (
        "Ana Ruiz did not respond to a request for comment, but in a 2021 interview she said "
        "the program “was built to fail.”"
    )
    assert quotes(body) == [("Ana Ruiz", "was built to fail.")]
    # The pronoun must fit the first clause's subject.
    body = (
        "Ana Ruiz did not respond to a request for comment, but in a 2021 interview he said "
        "the program “was built to fail.”"
    )
    assert quotes(body)[0][0] is None


def test_a_post_on_a_social_network_that_reads() -> None:
    body = "Ana Ruiz’s post on Facebook read: “The police beat everyone they could reach.”"
    assert quotes(body) == [("Ana Ruiz", "The police beat everyone they could reach.")]


def test_the_person_named_in_a_whose_clause_speaks() -> None:
    body = (
        "Acme Mining, whose chief executive Jane Dole said last week that the mine "
        '"will reopen by spring", has laid off 300 workers.'
    )
    assert quotes(body) == [("Jane Dole", "will reopen by spring")]


def test_a_naming_verbs_object_is_not_somebody_elses_words() -> None:
    for body in (
        'Mayor Ana Ruiz hit back, calling the claims "completely baseless and untrue".',
        'Mayor Ana Ruiz called the allegations "completely baseless and untrue".',
    ):
        assert quotes(body) == [("Ana Ruiz", "completely baseless and untrue")], body


def test_more_verbs_of_stance_and_their_objects() -> None:
    for body in (
        'Mayor Ana Ruiz praised the "remarkable resilience of the people of the valley".',
        'Mayor Ana Ruiz thanked the volunteers for "their remarkable resilience".',
        'Mayor Ana Ruiz criticized the board for "failing the people of the valley".',
        'Mayor Ana Ruiz voiced "serious concerns about the safety of the dam".',
    ):
        assert quotes(body)[0][0] == "Ana Ruiz", body


def test_somebody_a_cause_makes_speak() -> None:
    body = 'Backlash from the remark led Joe Biden to say "I should not have been so cavalier."'
    assert quotes(body) == [("Joe Biden", "I should not have been so cavalier.")]
    body = 'The criticism prompted Joe Biden to tweet: "I should not have been so cavalier."'
    assert quotes(body) == [("Joe Biden", "I should not have been so cavalier.")]
    # Urged to speak is not having spoken.
    body = 'Aides urged Joe Biden to say "I should not have been so cavalier."'
    assert quotes(body)[0][0] != "Joe Biden"


def test_a_colon_lead_in_with_an_organisation_or_a_present_tense() -> None:
    quote = '"We were never told the water was unsafe to drink."'
    for lead, speaker in (
        ("The Harlow Water Authority disagreed with the findings:", "Harlow Water Authority"),
        ("Ana Ruiz, a nurse who lives near the plant, remembers the day well:", "Ana Ruiz"),
        ("Ana Ruiz, for her part, remains hopeful:", "Ana Ruiz"),
    ):
        body = f"Residents said the plant had leaked for years. {lead} {quote}"
        assert quotes(body)[0][0] == speaker, lead
    # An organisation named inside the subject is not the subject.
    body = (
        "Earlier this week, an official government Twitter account made the following "
        f"announcement: {quote}"
    )
    assert quotes(body)[0][0] is None


def test_guards_on_the_new_frames() -> None:
    # A title after "thanked ... for" is nobody's words.
    body = 'Mayor Ana Ruiz thanked the band for "Sweet Harbour Blues", her favourite song.'
    assert all(s is None for s, _ in quotes(body))
    # "he" after a clause that names a role besides its subject may be that role's holder.
    body = 'When Kim Lee met the mayor, he said the town was "ready for a fresh start."'
    assert quotes(body)[0][0] is None


def test_according_to_a_document_whose_clause_names_somebody() -> None:
    body = (
        "According to a memo posted online by Senator Juan Dalmau, the Senate cancelled its "
        'hearing because Governor Pedro Pierluisi did "...not recognize the authority of the '
        'Senate."'
    )
    assert quotes(body)[0][0] == "Juan Dalmau"
    # Without a document, the person named in the clause may be the one quoted: nobody.
    body = (
        "According to Senator Juan Dalmau, the Senate cancelled its hearing because Governor "
        'Pedro Pierluisi did "not recognize the authority of the Senate."'
    )
    assert quotes(body)[0][0] is None


def test_words_attributed_to_a_person() -> None:
    body = (
        "There is a wonderful quote attributed to Albert Einstein — "
        '"If we knew what we were doing, it would not be called research."'
    )
    assert quotes(body)[0][0] == "Albert Einstein"
    body = (
        "The line, often attributed to Mark Twain, reads: "
        '"The reports of my death are greatly exaggerated."'
    )
    assert quotes(body)[0][0] == "Mark Twain"


def test_the_inner_clauses_subject_of_a_participle_after_by() -> None:
    body = (
        "In her essay, where Ana Ruiz begins by asserting that "
        '"no two languages are identical in meaning," the argument is clear.'
    )
    assert quotes(body)[0][0] == "Ana Ruiz"
    body = (
        'The board met on Monday, and Ana Ruiz responded by saying the plan was "dead on arrival."'
    )
    assert quotes(body)[0][0] == "Ana Ruiz"
