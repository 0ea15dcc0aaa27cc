"""Quotes: speaker frames found by probing outlets' quoting styles (issue 13, item 4), each
on a sentence of our own; a speaker is named only when the structure supports it."""

from __future__ import annotations

import re

from briefing.facts import extract_facts
from briefing.facts.quotes import find_quotes


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_said_a_description_then_the_name_in_apposition() -> None:
    # "said one resident, X", "said his sister, X": the one named after the description.
    body = '"We lost everything in a single night," said one resident, Marta Solis.'
    assert quotes(body) == [("Marta Solis", "We lost everything in a single night,")]
    body = (
        "Liam Doyle died on Sunday.\n\n"
        '"He was the kindest man I ever knew," said his sister, Orla Doyle.'
    )
    assert quotes(body) == [("Orla Doyle", "He was the kindest man I ever knew,")]


def test_said_a_description_alone_names_nobody() -> None:
    body = 'Liam Doyle died on Sunday.\n\n"Liam was the kindest boy we knew," his mother said.'
    assert quotes(body) == [(None, "Liam was the kindest boy we knew,")]


def test_the_paper_quoted_someone_as_saying_after_the_quote() -> None:
    body = (
        "Arvid Lunde leads the council.\n\n"
        '"Nobody will be left behind this winter," the newspaper quoted Lunde as saying.'
    )
    assert quotes(body) == [("Arvid Lunde", "Nobody will be left behind this winter,")]


def test_an_outlet_reported_someone_as_saying() -> None:
    body = 'The Harbour Gazette reported Tom Reid as saying "I will not apologise to anyone".'
    assert quotes(body) == [("Tom Reid", "I will not apologise to anyone")]


def test_someone_was_quoted_by_an_outlet_as_saying() -> None:
    body = 'Arvid Lunde was quoted by the Harbour Gazette as saying: "The deal is dead."'
    assert quotes(body) == [("Arvid Lunde", "The deal is dead.")]
    # The one the relative clause is about, not the sentence's subject.
    body = (
        "Arvid Lunde met Dmitry Orlov, who was quoted by the Harbour Gazette as saying: "
        '"The deal is dead."'
    )
    assert quotes(body) == [("Dmitry Orlov", "The deal is dead.")]
    # Two men named before: "he" stays unknown.
    body = (
        "Arvid Lunde met Dmitry Orlov. He was quoted by the Harbour Gazette as saying: "
        '"The deal is dead."'
    )
    assert quotes(body) == [(None, "The deal is dead.")]


def test_his_office_and_its_spokeswoman_speak_for_the_antecedent() -> None:
    body = (
        "Arvid Lunde has denied the claims. "
        '"These reports are false," his office said in a statement.'
    )
    assert quotes(body) == [("Arvid Lunde", "These reports are false,")]
    body = 'Nordvik Energy cut its forecast. "The market is weak," its spokeswoman said.'
    assert quotes(body) == [("Nordvik Energy", "The market is weak,")]
    # Two men before "his office": nobody.
    body = 'Arvid Lunde met Dmitry Orlov. "These reports are false," his office said.'
    assert quotes(body) == [(None, "These reports are false,")]


def test_an_outlet_reporting_words_is_not_their_speaker() -> None:
    body = 'The Harbour Gazette reported that the firm would "review all its options" soon.'
    assert quotes(body) == [(None, "review all its options")]
    body = '"The firm will review all its options," the Harbour Gazette reported.'
    assert quotes(body) == [(None, "The firm will review all its options,")]
    # An outlet speaking for itself is its own speaker.
    body = 'The Harbour Gazette said in a statement: "We stand by our reporting."'
    assert quotes(body) == [("Harbour Gazette", "We stand by our reporting.")]


def test_a_claim_answered_is_the_claimants_words() -> None:
    body = (
        "Arvid Lunde, responding to Dmitry Orlov's claim that the deal was "
        '"dead and buried", said nothing.'
    )
    assert quotes(body) == [(None, "dead and buried")]
    body = 'Arvid Lunde denied claims that he had "lied to parliament" about the deal.'
    assert quotes(body) == [(None, "lied to parliament")]
    # With "said", the claim is the subject of what the speaker says.
    body = 'Arvid Lunde said the claim that he lied was "absurd and insulting".'
    assert quotes(body) == [("Arvid Lunde", "absurd and insulting")]


def test_ones_own_document_quoting_somebody_else() -> None:
    body = (
        "In her ruling, Judge Maria Ortega quoted the defendant's text message: "
        '"I will burn it down."'
    )
    assert quotes(body) == [(None, "I will burn it down.")]
    body = 'In her ruling, Judge Maria Ortega called the law "a relic of another age".'
    assert quotes(body) == [("Maria Ortega", "a relic of another age")]


def test_said_two_people_in_apposition_names_nobody() -> None:
    body = (
        '"This is a historic day for the region," said Karin Voss, who chairs the '
        "association, and Arvid Lunde, the mayor."
    )
    assert quotes(body) == [(None, "This is a historic day for the region,")]
    body = '"It is a historic day," said Karin Voss, the chair of the board, and the mayor.'
    assert quotes(body) == [(None, "It is a historic day,")]
    body = '"It is a historic day," said Karin Voss, the chair, and she left the stage.'
    assert quotes(body) == [("Karin Voss", "It is a historic day,")]


def test_a_sentence_saying_how_the_subject_spoke_before_a_quote() -> None:
    body = 'Asked if he would run again, Arvid Lunde smiled. "Never say never."'
    assert quotes(body) == [("Arvid Lunde", "Never say never.")]
    body = 'Arvid Lunde met Dmitry Orlov. Orlov was blunt. "We were awful and we know it."'
    assert quotes(body) == [("Dmitry Orlov", "We were awful and we know it.")]
    body = 'Karin Voss lost the final. She was blunt. "We were awful and we know it."'
    assert quotes(body) == [("Karin Voss", "We were awful and we know it.")]
    body = 'Karin Voss beat Ana Berg. She was blunt. "We were awful and we know it."'
    assert quotes(body) == []  # (which "she": nobody)
    # Any other sentence before a quote names nobody.
    body = 'Arvid Lunde arrived in Oslo on Monday. "The city is cold."'
    assert quotes(body) == []


def test_an_age_description_with_nobodys_age_given() -> None:
    body = (
        "Defender Marcus Hale signed a new deal with Eastbridge Rovers on Friday.\n\n"
        '"I am delighted to stay at this club," the 29-year-old said.'
    )
    assert quotes(body) == [("Marcus Hale", "I am delighted to stay at this club,")]
    # Another person in the sentence before, or another age given: nobody.
    body = (
        "Arvid Lunde praised Tom Reid on Friday. "
        '"I am delighted to stay at this club," the 29-year-old said.'
    )
    assert quotes(body) == [(None, "I am delighted to stay at this club,")]
    body = 'Marcus Hale, 31, signed on Friday. "I am delighted to stay," the 29-year-old said.'
    assert quotes(body) == [(None, "I am delighted to stay,")]


def test_an_affiliation_with_a_description_before_the_name() -> None:
    body = (
        "Sam Okoro of the campaign group Fair Rent Now said: "
        '"The numbers are bad for every tenant."'
    )
    assert quotes(body) == [("Sam Okoro", "The numbers are bad for every tenant.")]
    # "with his wife X": two people, not an affiliation.
    body = 'Sam Okoro with his wife Anna Okoro said: "We are leaving the city."'
    assert quotes(body) == [(None, "We are leaving the city.")]


def test_a_surname_left_unlinked_is_no_rival_of_its_full_name() -> None:
    # Entity finding may leave "Marin" an entity of its own beside "Inés Marín" (as it
    # does in long texts): the same person, so "she" is hers, not unclear.
    body = (
        'Mayor Inés Marín said on Monday, "The harbour will reopen in May."\n\n'
        "Marin also said the ferry would return. On local radio she said, "
        '"Nobody here will pay more for the crossing."'
    )
    mentions = [
        (m.start(), m.end(), "person", m.group()) for m in re.finditer(r"Inés Marín|Marin", body)
    ]
    got = [(q.speaker, q.text) for q in find_quotes(body, mentions)]
    assert got[-1] == ("Inés Marín", "Nobody here will pay more for the crossing.")


def test_a_statement_released_by_the_subject_which_read() -> None:
    body = (
        "Nordvik Energy released a statement which read, in part, "
        '"We regret the decision and will appeal."'
    )
    assert quotes(body) == [("Nordvik Energy", "We regret the decision and will appeal.")]
    body = (
        'Arvid Lunde met Dmitry Orlov, who issued a statement which read: "The talks have failed."'
    )
    assert quotes(body) == [("Dmitry Orlov", "The talks have failed.")]


def test_somebody_heard_speaking_is_the_speaker() -> None:
    body = 'Arvid Lunde recalled Dmitry Orlov telling him: "We will never sign this deal."'
    assert quotes(body) == [("Dmitry Orlov", "We will never sign this deal.")]
    # Not after any verb: "played for Y saying" is still the subject's.
    body = 'Arvid Lunde played for Dmitry Orlov saying "it was a good fit" for him.'
    assert quotes(body) == [("Arvid Lunde", "it was a good fit")]


def test_the_subject_of_a_subordinate_clause_before_the_verb() -> None:
    body = 'Arvid Lunde\'s comments came after Dmitry Orlov said the deal was "dead in the water".'
    assert quotes(body) == [("Dmitry Orlov", "dead in the water")]
    body = 'Ingrid Falk called the plan "reckless", while Nordvik Energy called it "long overdue".'
    assert quotes(body)[-1] == ("Nordvik Energy", "long overdue")


def test_a_title_with_newly_elected_before_the_name() -> None:
    body = 'Newly elected Councillor Ingrid Falk said, "This is a day for the whole valley."'
    assert quotes(body) == [("Ingrid Falk", "This is a day for the whole valley.")]
    # Any other adverb and participle is a verb: not a title.
    body = 'Arvid Lunde angrily dismissed Dmitry Orlov said, "This is a day for the valley."'
    assert quotes(body) == [(None, "This is a day for the valley.")]


def test_a_fronted_time_phrase_without_a_preposition() -> None:
    body = (
        "A month later, during the third debate, Arvid Lunde defended his plan, saying "
        'that "we are going to build every one of those homes."'
    )
    assert quotes(body) == [("Arvid Lunde", "we are going to build every one of those homes.")]


def test_who_said_without_a_comma() -> None:
    body = (
        'The bill was drafted by Alex Greenwich who said on the floor, "It follows decades '
        'of work from campaigners."'
    )
    assert quotes(body) == [("Alex Greenwich", "It follows decades of work from campaigners.")]


def test_a_clause_after_a_colon_has_its_own_subject() -> None:
    body = (
        "The team noted the risks for the colony: Natasha Gownaris remarked, "
        '"Over the years this team has helped the birds."'
    )
    assert quotes(body) == [("Natasha Gownaris", "Over the years this team has helped the birds.")]


def test_more_verbs_of_saying() -> None:
    body = 'Ingrid Falk also alleged the council was "hiding the true cost of the bridge".'
    assert quotes(body) == [("Ingrid Falk", "hiding the true cost of the bridge")]
    body = '"It was the best night of my life," Ingrid Falk gushed.'
    assert quotes(body) == [("Ingrid Falk", "It was the best night of my life,")]
    body = 'Nordvik Energy further claimed, "The ruling undermines a long-standing principle."'
    assert quotes(body) == [("Nordvik Energy", "The ruling undermines a long-standing principle.")]


def test_a_role_after_and_belongs_to_the_next_name() -> None:
    body = (
        "Mayor Ingrid Falk and Governor Lena Dahl visited the town.\n\n"
        '"We will rebuild every home," the governor said.'
    )
    assert quotes(body) == [("Lena Dahl", "We will rebuild every home,")]


def test_according_to_someone_then_a_partial_quote() -> None:
    body = (
        "According to Helga Marsh, a lecturer at Dunmore College, the plan "
        '"will not survive the winter".'
    )
    assert quotes(body) == [("Helga Marsh", "will not survive the winter")]
    # Somebody else speaking in the clause, or named in it: not the source's words.
    body = 'According to Helga Marsh, the man shouted "you will all pay for this" and fled.'
    assert quotes(body) == [(None, "you will all pay for this")]
    body = 'According to Helga Marsh, Arvid Lunde was "furious about the leak".'
    assert quotes(body) == [(None, "furious about the leak")]


def test_according_to_him_is_read_as_he() -> None:
    body = (
        "Spokesman Yahya Sareen said the group had used ten drones. According to him, it "
        'was done with the help of "honourable people inside the kingdom".'
    )
    assert quotes(body) == [("Yahya Sareen", "honourable people inside the kingdom")]
    body = 'Arvid Lunde met Dmitry Orlov. According to him, the deal was "dead in the water".'
    assert quotes(body) == [(None, "dead in the water")]


def test_a_person_of_the_same_sex_by_a_noun_makes_the_pronoun_unclear() -> None:
    body = 'Lena Dahl met her sister on Monday. "It was the first time in years," she said.'
    assert quotes(body) == [(None, "It was the first time in years,")]
    body = 'Lena Dahl met her husband on Monday. "It was the first time in years," she said.'
    assert quotes(body) == [("Lena Dahl", "It was the first time in years,")]
    # "is a spokesman": the subject itself.
    body = 'Arvid Lunde is a spokesman for the union. "It was a long year," he said.'
    assert quotes(body) == [("Arvid Lunde", "It was a long year,")]


def test_an_outlet_in_the_sentence_before_is_not_who_a_pronoun_means() -> None:
    body = 'Reuters spoke to Ingrid Falk on Monday. "We are running out of water," she said.'
    assert quotes(body) == [("Ingrid Falk", "We are running out of water,")]
    body = 'Nordvik Energy told the BBC it would appeal. "The ruling is wrong in law," it said.'
    assert quotes(body) == [("Nordvik Energy", "The ruling is wrong in law,")]
    # "it" after an outlet may be the letter it obtained, not its sender (nobody).
    body = 'The BBC obtained a letter from Nordvik Energy. "We regret the delay," it said.'
    assert quotes(body) == [(None, "We regret the delay,")]
    # Two people the outlet spoke of: nobody.
    body = (
        "The Harbour Gazette spoke to Tom Reid about Dmitry Orlov. "
        '"He is a liar and always was," he said.'
    )
    assert quotes(body) == [(None, "He is a liar and always was,")]


def test_the_spokeswoman_said_after_she_was_named_so() -> None:
    body = (
        "Ingrid Falk is the ministry's spokeswoman.\n\n"
        '"We will publish the figures on Friday," the spokeswoman said.'
    )
    assert quotes(body) == [("Ingrid Falk", "We will publish the figures on Friday,")]
    # Two spokesmen named: nobody.
    body = (
        "Kremlin spokesman Dmitry Orlov met Arvid Lunde, a spokesman for Nordvik. "
        '"We have nothing to add," the spokesman said.'
    )
    assert quotes(body) == [(None, "We have nothing to add,")]


def test_a_paragraph_ending_in_a_colon_before_a_quote() -> None:
    body = (
        "Ingrid Falk set out the plan in a speech:\n\n"
        '"We will build ten thousand homes in five years."'
    )
    assert quotes(body) == [("Ingrid Falk", "We will build ten thousand homes in five years.")]
    body = (
        "Ingrid Falk received a letter from Tom Reid:\n\n"
        '"Dear Ingrid, we will build ten thousand homes in five years."'
    )
    assert quotes(body) == [(None, "Dear Ingrid, we will build ten thousand homes in five years.")]


def test_a_document_with_a_time_before_by_its_issuer() -> None:
    body = (
        '"The airline carries weapons across the region," according to a tweet on Monday '
        "by Foreign Minister Ingrid Falk."
    )
    assert quotes(body) == [("Ingrid Falk", "The airline carries weapons across the region,")]


def test_a_name_and_its_verb_alone_after_a_closed_quote_with_a_listener() -> None:
    body = '"Thank you, Oslo!" Arvid Lunde shouted to the crowd.'
    assert quotes(body) == [("Arvid Lunde", "Thank you, Oslo!")]
    body = '"We are not leaving this town." Arvid Lunde went to the shop.'
    assert quotes(body) == []


def test_a_name_in_what_the_subject_said_is_no_rival_for_he() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        'Coach Ian Pritchard said the win owed much to Tristan Stubbs. "He was superb," he '
        'said.\n\nIan Pritchard met Tristan Stubbs on Friday. "He was tired," he said.\n\n'
        'Dana Whitlock said the plan was sound, while Tom Berra wrote he had doubts. "It '
        'will fail," he said.'
    )
    speakers = [q.speaker for q in facts.quotes]
    assert speakers == ["Ian Pritchard", None, None]


def test_an_epithet_an_unnamed_speaker_and_a_shadow_role() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        'Tom Verhaegen kept the lead on Monday. Verhaegen played down any weakness. "It was '
        'a hard day," the Belgian said.\n\nA mother of three in Borongan, who asked not to be '
        'named, said her family survived on coconuts. "We drank the water," she said.\n\n'
        "Transport Secretary Rachel Ainsworth faced Oliver Pemberton-Hayes, the shadow "
        'transport secretary. "I will not take lessons," the transport secretary replied.'
    )
    speakers = [q.speaker for q in facts.quotes]
    assert speakers[:2] == ["Tom Verhaegen", None]
    assert "Oliver Pemberton-Hayes" not in speakers
    assert "Belgian" not in {p.name for p in facts.people}


def test_the_company_after_a_sentence_naming_two_companies_is_nobody() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        'Ofwat fined Thames Water £104m on Monday. "We accept the findings," the company '
        "said.\n\nCrestline Fibers, a subsidiary of the Ohio-based Harmon Industrial Group, "
        'said it had shut two lines. "We are heartbroken," the company said.'
    )
    assert [q.speaker for q in facts.quotes] == [None, "Crestline Fibers"]


def test_he_after_a_sentence_whose_source_is_named_by_according_to() -> None:
    # "... according to X. "...," he said": the source is who goes on
    body = (
        "The match was tight. Fitness was a big factor in that according to coach Tom Harlow. "
        '"We have been working hard on our fitness so it was good to get the points," he said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Tom Harlow"]
    # another man named in that sentence: unclear
    body = (
        "The match was tight. According to coach Tom Harlow, Sam Osei was the best player. "
        '"We have been working hard on our fitness so it was good to get the points," he said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
