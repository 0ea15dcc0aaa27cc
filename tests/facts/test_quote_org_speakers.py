"""Quotes spoken by organisations (issue 13): the organisation's own name with what it is,
a second quotation of the same reported clause; each on sentences we wrote."""

from __future__ import annotations

from briefing.facts import extract_facts


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_facts(body).quotes]


def test_an_organisation_named_with_what_it_is_speaks() -> None:
    # "His X team said", "the X club said": the team, the club is the organisation
    body = (
        "Jan Meert crashed in the feed zone on Tuesday.\n\n"
        'His Velta Racing team said he was "awake and joking" and had been taken to hospital.'
    )
    assert speakers(body) == ["Velta Racing"]
    body = (
        "Karl Ooms fell later. The Velta Racing team said he was "
        '"sore but fine after the fall" on Tuesday.'
    )
    assert speakers(body) == ["Velta Racing"]


def test_a_second_verb_of_the_same_subject_keeps_the_speaker() -> None:
    # `said it was "A" and would work with officials "B"`: both are the subject's words
    body = (
        'The Haulage Guild said it was "unhappy with the result" and would work with '
        'officials "to stop any new loophole."'
    )
    assert speakers(body) == ["Haulage Guild", "Haulage Guild"]
    body = (
        'Harbour manager Tom Reilly said in a statement that he was "unhappy with the result" '
        'and would work with officials "to stop any new loophole."'
    )
    assert speakers(body) == ["Tom Reilly", "Tom Reilly"]
    # `said A was "..." and that B would be "..."`: the reported clause goes on
    body = (
        'The Water Board said repairs were "expected to end within three days" and that '
        'supply to the valley would be "slowly restored over the weekend."'
    )
    assert speakers(body) == ["Water Board", "Water Board"]


def test_a_named_subject_between_the_quotations_is_not_the_same_verb() -> None:
    # "... and Mayor Ruth Dale would ...": another subject, not the first speaker's verb
    body = (
        'The Haulage Guild said it was "unhappy with the result" and Mayor Ruth Dale would '
        'work with officials "to stop any new loophole."'
    )
    assert speakers(body)[1] != "Haulage Guild"


def test_an_unnamed_spokesperson_described_by_the_organisation_speaks_for_it() -> None:
    # GUIDELINES: a statement by an unnamed spokesperson of a named organisation is its own
    body = (
        "Kestrel Foods chief executive Dana Whitlow said sales had fallen. A company "
        'spokeswoman said the plant would "stay open for now" in spite of the losses.'
    )
    assert speakers(body) == ["Kestrel Foods"]


def test_a_described_ministry_is_not_the_last_organisation_to_speak() -> None:
    # "the ministry" names no ministry here: not the company quoted before
    body = (
        'Kestrel Foods said the plant would "stay open for now" in spite of the losses.\n\n'
        "Health Minister Paolo Renzi visited the hospital. The ministry said in a statement "
        'that the outbreak was "under control for the moment".'
    )
    assert speakers(body) == ["Kestrel Foods", None]


def test_a_peak_body_or_watchdog_is_the_organisation_the_sentence_before_names() -> None:
    body = (
        "Citrus Growers Australia chief executive Rhys Kettle said the industry was watching "
        "closely. In a statement, the peak body said the outbreak was "
        '"the biggest threat to market access in years".'
    )
    assert speakers(body) == ["Citrus Growers Australia"]


def test_hit_inside_the_reported_clause_is_no_frame_of_its_own() -> None:
    # "forces had hit "targets"": the ministry's claim, not words of "its forces"
    body = (
        "Russia's Defense Ministry claimed that its forces had hit "
        '"military-industrial facilities" overnight.'
    )
    assert speakers(body) == ["Defense Ministry"]


def test_malaysian_and_east_african_styles_are_no_part_of_the_speakers_name() -> None:
    # "Datuk", "Puan", "Ir" (an engineer), "Hon", "Mzee" (an elder), "Retiree": the name is
    # what follows; a speaker named with them was a wrong name
    body = (
        'Datuk Amran Said Hussin said the drains were "never built for this much rain". '
        'Puan Nurul Aina Rahim said: "The water came in through the kitchen door." '
        'Ir Faizal Omar Kassim said the new pumps would "double what we can move in an hour". '
        'Mzee Okello Ssebuufu said: "We have seen floods before, but not like this." '
        'Hon Grace Namuli Kasozi said farmers "cannot wait another season for the road". '
        'Retiree Lim Bee Hoon said: "I moved my rice sacks up to the top shelf."'
    )
    assert speakers(body) == [
        "Amran Said Hussin",
        "Nurul Aina Rahim",
        "Faizal Omar Kassim",
        "Okello Ssebuufu",
        "Grace Namuli Kasozi",
        "Lim Bee Hoon",
    ]


def test_the_malay_given_name_nor_stays_on_the_name() -> None:
    body = (
        'The mayor, Dr Nor Azlina Kamarudin, said the drains were "never built for this much '
        'rain".\n\nCouncillor Nor Hayati Osman said: "We need more pumps before the monsoon '
        'comes."'
    )
    assert speakers(body) == ["Nor Azlina Kamarudin", "Nor Hayati Osman"]


def test_an_organisations_spokesperson_in_a_city_speaks_for_it() -> None:
    body = (
        "The World Bank approved a loan for the grid in 2025. A World Bank spokesperson in "
        'Nairobi said the bank "continues to work with the authorities" on the plan.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["World Bank"]


def test_the_spokesperson_after_an_organisations_spokesperson_told_an_outlet() -> None:
    body = (
        "Real Madrid have no plans to sign a new goalkeeper, a Real Madrid spokesperson told "
        'a radio station. "The coach trusts the squad. Nothing will happen in January," the '
        "spokesperson said."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Real Madrid"]


def test_the_spokesperson_after_two_organisations_voices_is_nobody() -> None:
    body = (
        "Neither club would confirm the fee, a Real Madrid spokesperson and a Chelsea "
        'spokesperson told reporters. "Nothing will happen in January," the spokesperson said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]


def test_the_city_based_company_is_the_company_named_before() -> None:
    # "Phoenix" in "the Phoenix-based company" only modifies the company: no speaker itself.
    body = (
        "Corvell Health, a pharmacy chain with 900 stores, has confirmed that hackers stole "
        "the data of 3.4 million patients.\n\nIn a filing on Wednesday, the Phoenix-based "
        'company said an "unauthorized third party" accessed its network in March.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Corvell Health"]


def test_a_spokesperson_after_a_request_for_comment_speaks_for_that_organisation() -> None:
    body = (
        "Growers say the water cuts will close farms.\n\n"
        "We reached out to the Walnut Council of Oregon. A spokesperson sent us a statement "
        'saying "growers are adapting with remarkable speed."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Walnut Council of Oregon"]


def test_a_spokesperson_after_a_sentence_naming_two_bodies_is_nobody() -> None:
    body = (
        "Growers say the water cuts will close farms.\n\n"
        "We reached out to the Walnut Council of Oregon and the Hazelnut Growers Bargaining "
        'Association. A spokesperson said "growers are adapting with remarkable speed."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]


def test_an_organisation_named_as_an_example_is_never_the_company() -> None:
    # "lenders such as Halcyon Network": an example, never what "the company" stands for
    # (here the lender itself is not found as an organisation: nobody, not the example).
    body = (
        "Corvell Finance halted all withdrawals on Thursday, reviving memories of the collapse "
        "of lenders such as Halcyon Network.\n\n"
        'In a post on its website, the company said it had acted "to protect all users."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] in ([None], ["Corvell Finance"])


def test_the_company_after_a_sentence_with_an_example_is_its_subject() -> None:
    body = (
        "Corvell Holdings Inc., a Singapore-based lender, halted all withdrawals on Thursday, "
        "reviving memories of the collapse of lenders such as Halcyon Network.\n\n"
        'In a post on its website, the company said it had acted "to protect all users."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Corvell Holdings Inc."]


def test_the_office_after_an_office_named_as_the_subject_is_that_office() -> None:
    # "The Coastal Survey Office says ...": "the office" next is that body; after a sentence
    # whose subject is no office it stays empty.
    body = (
        "The Coastal Survey Office says the dunes moved four metres this winter. "
        'A storm could breach them "within a single tide," the office said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Coastal Survey Office"]
    body = (
        "Engineers say the dunes moved four metres this winter. "
        'A storm could breach them "within a single tide," the office said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
