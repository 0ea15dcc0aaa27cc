"""Quotes: speakers that a sentence without a verb of saying makes plain (a verb of stance
whose complement the quotation is, a long title before a colon, a description set before a
name) and a "he" or "she" after a sentence that names somebody else only in its object. Each
on sentences we wrote; an empty speaker beats a wrong one."""

from __future__ import annotations

from briefing.facts import extract_facts


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_facts(body).quotes]


def test_the_subject_of_a_verb_of_stance_speaks_its_complement() -> None:
    body = 'Governor Tom Hadley lauded his predecessor Ann Ostrova as a "tireless voice for the valley."'
    assert speakers(body) == ["Tom Hadley"]
    body = (
        "Mayor Ana Reyes, speaking after the vote on Tuesday, attacked the budget as "
        '"a gift to developers."'
    )
    assert speakers(body) == ["Ana Reyes"]
    body = 'Coach Lena Brandt praised the squad\'s "refusal to give up when it mattered."'
    assert speakers(body) == ["Lena Brandt"]


def test_no_named_subject_of_the_verb_of_stance_no_speaker() -> None:
    assert speakers('Critics lauded the plan as a "bold step forward for the town."') == [None]
    body = 'The plan was lauded by Mayor Ana Reyes as a "bold step forward for the town."'
    assert speakers(body) == [None]


def test_a_description_set_before_the_name_of_the_subject() -> None:
    body = (
        "The watchdog group the Centre for Public Integrity has called it "
        '"a plain case of favouritism to one firm."'
    )
    assert speakers(body) == ["Centre for Public Integrity"]


def test_a_long_title_and_a_name_before_a_colon_label_the_words() -> None:
    body = (
        "Deputy Director of the Port Authority for Planning and Works Lydia Farrow: "
        '"I read the memo with dismay."'
    )
    assert speakers(body) == ["Lydia Farrow"]


def test_a_name_in_the_object_only_is_no_rival_for_the_next_he() -> None:
    for middle in (
        "met with Governor Ian Crewe on Friday.",
        "paid tribute to Ian Crewe.",
        "endorsed his old rival, Ian Crewe.",
        "agreed with Ian Crewe on the cost of the new bridge.",  # a topic, no clause
        "remarked to the head of the visiting delegation, Ian Crewe, that the town cared.",
        "told Ian Crewe that the town cared.",
    ):
        body = f'Mayor Tom Hadley {middle} "The bridge will be built at last," he said.'
        assert speakers(body) == ["Tom Hadley"], middle


def test_a_name_that_does_something_of_its_own_stays_a_rival() -> None:
    for middle in (
        "met with Governor Ian Crewe, who spoke first.",
        "was greeted by Governor Ian Crewe.",
        "thanked firefighter Ian Crewe.",
        "met with Governor Ian Crewe after he won the vote.",  # a clause of his own
    ):
        body = f'Mayor Tom Hadley {middle} "The bridge will be built at last," he said.'
        assert speakers(body) == [None], middle


def test_the_sender_a_document_names_speaks_what_it_reads() -> None:
    body = (
        "Mayor Ana Reyes wrote to every clinic on Monday. The letter signed by Mayor Ana Reyes "
        'read "Every clinic must stay open until the storm passes."'
    )
    assert speakers(body) == ["Ana Reyes"]
    body = 'A letter from Ana Reyes said "Every clinic must stay open until the storm passes."'
    assert speakers(body) == ["Ana Reyes"]
    body = 'The memo from Acme Corp reads, in part: "Every clinic must stay open until Friday."'
    assert speakers(body) == ["Acme Corp"]


def test_a_document_from_somebody_else_or_an_outlet_names_nobody() -> None:
    body = 'A statement from the family of Tomas Reed read: "He was a kind and gentle man."'
    assert speakers(body) == [None]
    body = 'A report from the BBC read: "The plant will not reopen before the spring."'
    assert speakers(body) == [None]


def test_the_subject_of_the_second_main_clause_speaks() -> None:
    body = (
        "The owners cut the staff in March, something the union regretted, and Mr Ivo Tarrant "
        'had said they hoped to "bring the mill back to its old glory."'
    )
    assert speakers(body) == ["Ivo Tarrant"]
    body = (
        "Governor Tom Hadley threatened the station's licence last year, after it refused his "
        'adverts, and he accused the station of "outright fraud and theft."'
    )
    assert speakers(body) == ["Tom Hadley"]


def test_he_in_the_second_clause_with_another_man_named_before_is_unclear() -> None:
    body = (
        "Governor Tom Hadley met Ian Crewe last year, after the vote, and he accused the "
        'station of "outright fraud and theft."'
    )
    assert speakers(body) == [None]


def test_the_owner_of_an_opinion_set_off_by_an_aside_speaks_what_it_reads() -> None:
    body = (
        "Kestrel Energy lost its appeal on Monday. The decision of Kestrel Energy, released on "
        'Tuesday, read in part, "We accept the ruling and will pay the fine in full."'
    )
    assert speakers(body) == ["Kestrel Energy"]


def test_a_document_that_is_the_subject_speaks_through_a_participle() -> None:
    body = (
        "An email by Ana Reyes contradicts her public statements, as she writes to her staff "
        'about the budget, saying, "Cut whatever you must, but keep the clinics open."'
    )
    assert speakers(body) == ["Ana Reyes"]


def test_a_participle_opening_the_sentence_has_the_main_clauses_subject() -> None:
    body = (
        'Calling the offer "just another empty promise", union leader Marta Sousa told '
        "reporters the strike would go on."
    )
    assert speakers(body) == ["Marta Sousa"]
    body = (
        'Saying "the river will rise again before the spring", Mayor Tom Hadley warned the '
        "town to prepare."
    )
    assert speakers(body) == ["Tom Hadley"]


def test_a_participle_opening_the_sentence_without_a_verb_of_saying_after() -> None:
    # (Read only when a verb of saying follows: the clause may be about something else.)
    body = 'Calling the offer "just another empty promise", Marta Sousa left the room early.'
    assert "Marta Sousa" not in speakers(body)


def test_the_subject_after_fronted_phrases_of_time_and_circumstance() -> None:
    body = (
        "The next day, with the river still rising, Mayor Tom Hadley gave a speech declaring "
        'the town "ready for the worst of the floods."'
    )
    assert speakers(body) == ["Tom Hadley"]
