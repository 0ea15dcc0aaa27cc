"""A speaker named by a description that points back to a person named before ("the
governor said"): the one person the text gave that office, else nobody."""

from __future__ import annotations

from briefing.facts import extract_facts


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_facts(body).quotes]


def test_a_place_in_an_office_before_the_name_keeps_the_office() -> None:
    # "Prime Minister of Portugal X", "The governor of Bavaria, X,": the place is part of
    # the office, so "the prime minister" and "the governor" point back to X
    body = (
        "Prime Minister of Portugal Lena Moravec announced a new housing plan on Monday. "
        "Builders welcomed the plan. The prime minister had earlier called the housing "
        'shortage "a national emergency".'
    )
    assert speakers(body) == ["Lena Moravec"]
    body = (
        "The governor of Bavaria, Lena Moravec, opened the new bridge on Monday with Tom "
        'Reyes. Builders welcomed the plan. "This bridge will serve three generations," the '
        "governor said."
    )
    assert speakers(body) == ["Lena Moravec"]
    # nobody is given the office: still nobody
    body = (
        "Lena Moravec of Bavaria opened the new bridge on Monday with Tom Reyes. Builders "
        'welcomed the plan. "This bridge will serve three generations," the governor said.'
    )
    assert speakers(body) == [None]


def test_the_head_of_a_place_described_by_another_word_for_a_head() -> None:
    # "The mayor of X, Y, ... "...," wrote the city leader": the one head of a place named
    body = (
        "The mayor of Lisbon, Rui Tavares, celebrated the vote on Tuesday. "
        '"Today the city takes care of its past," wrote the city leader.'
    )
    assert speakers(body) == ["Rui Tavares"]
    body = (
        "Tom Reyes of the port authority welcomed the plan. The head of the Northern Region, "
        "Ana Silva, said the region would build two new docks. "
        '"We will be ready by 2028," the governor said.'
    )
    assert speakers(body) == ["Ana Silva"]
    # another body's leader is somebody else
    body = (
        "The mayor of Lisbon, Rui Tavares, celebrated the vote on Tuesday. "
        '"Today the city takes care of its past," wrote the opposition leader.'
    )
    assert speakers(body) == [None]
    # two heads named: which one is unclear
    body = (
        "The mayor of Lisbon, Rui Tavares, met Ana Silva on Monday. The head of the Northern "
        "Region, Ana Silva, said the region would build two new docks. "
        '"We will be ready by 2028," the governor said.'
    )
    assert speakers(body) == [None]
    # the subject before is no head of anything
    body = (
        "Port engineer Ana Silva said the region would build two new docks. "
        '"We will be ready by 2028," the governor said.'
    )
    assert speakers(body) == [None]


def test_a_lawmaker_described_by_another_word_for_a_lawmaker() -> None:
    # "Parliamentarian X ... "...," the Galle District MP said"
    body = (
        "Parliamentarian Nimal Perera told Parliament on Friday that the crisis was avoidable. "
        '"The trains could have run on time," the Galle District MP said.'
    )
    assert speakers(body) == ["Nimal Perera"]
    # the subject before is not the lawmaker named earlier
    body = (
        "Lawmaker Nimal Perera asked for a debate. Union leader Kasun Silva told reporters "
        'on Friday that the strike would go on. "The trains could have run on time," the '
        "Galle District MP said."
    )
    assert speakers(body) == [None]


def test_the_doer_of_the_verb_the_description_comes_from() -> None:
    # "trained by X ... the trainer added": X is the trainer
    body = (
        "Silver Gale is trained in Kildare by Sean Doyle, who watched the race with his wife. "
        "The colt had been ill in March, and Doyle said he had talked about retiring him with "
        'owner Tom Reyes. "We gave him one more go and he paid us back," the trainer added.'
    )
    assert speakers(body) == ["Sean Doyle"]
    # two trainers named so: which one is unclear
    body = (
        "Silver Gale is trained in Kildare by Sean Doyle. The runner-up is trained by Mary "
        'Keane. "We gave him one more go and he paid us back," the trainer added.'
    )
    assert speakers(body) == [None]


def test_the_one_person_named_acting_in_the_sentence_before() -> None:
    # the only person the text has named, the acting subject of the sentence before
    body = (
        "As the rain came down on Saturday night, Nell Ashcombe stopped mid-song and laughed.\n\n"
        '"I can\'t see a single one of you," the Leeds singer told the crowd.'
    )
    assert speakers(body) == ["Nell Ashcombe"]
    # a quote that speaks of somebody as he or she is about that person, not by them
    body = (
        "Walter Grigg opened the bakery in 1971 and ran it for fifty years.\n\n"
        '"He knew every customer by name," the pastor said.'
    )
    assert speakers(body) == [None]
    # a subject who undergoes or dies does not speak next
    body = 'Walter Grigg was hit by a van on Monday. "I never saw him," the driver said.'
    assert speakers(body) == [None]
    body = 'Walter Grigg died on Monday. "We did all we could," the nurse said.'
    assert speakers(body) == [None]
    # somebody else named before: which one is unclear
    body = (
        "Nell Ashcombe played after Tom Reyes. As the rain came down, Nell Ashcombe stopped "
        'mid-song and laughed.\n\n"I can\'t see a single one of you," the Leeds singer told '
        "the crowd."
    )
    assert speakers(body) == [None]


def test_a_police_rank_by_its_initials_before_a_surname() -> None:
    # "DSP Samuels said": the Deputy Superintendent of Police named before
    body = (
        "Deputy Superintendent of Police Owen Marsh said 34 thefts were reported in May. "
        'Farmers met on Friday. "Thieves know when prices go up," DSP Marsh said.'
    )
    assert speakers(body) == ["Owen Marsh"]
    facts = extract_facts('ASP Dinesh Perera said the road would reopen on "Monday at noon".')
    assert [(p.name, p.role) for p in facts.people] == [
        ("Dinesh Perera", "Assistant Superintendent of Police")
    ]


def test_a_custos_and_a_trainer_are_roles() -> None:
    body = (
        "Custos Rotulorum of Manchester, the Honourable Dr Lorna Keane, urged farmers to form "
        'groups. "The days of every man for himself are over," the custos said.'
    )
    assert speakers(body) == ["Lorna Keane"]
    facts = extract_facts("Lambourn trainer Hugh Fenwick said the horse was sound.")
    assert [(p.name, p.role) for p in facts.people] == [("Hugh Fenwick", "Lambourn trainer")]


def test_the_spokesperson_goes_on_for_the_organisation_just_quoted() -> None:
    body = (
        '"We do not comment on individual cases," a Vodafone spokesperson said. The '
        'spokesperson added that the company "would review the complaint".'
    )
    assert speakers(body) == ["Vodafone", "Vodafone"]
    # another organisation named since: which one's spokesperson is unclear
    body = (
        '"We do not comment on individual cases," a Vodafone spokesperson said. Ofcom opened '
        'an inquiry. The spokesperson added that the company "would review the complaint".'
    )
    assert speakers(body) == ["Vodafone", None]


def test_a_name_asked_about_does_not_take_over_from_the_speaker() -> None:
    body = (
        '"We gave everything and it is cruel to lose like that," Dan Pell said. Asked about '
        "Sean Rooke, the Newcastle manager said the midfielder had apologised. "
        '"He knows he was wrong," the former Burnley boss added.'
    )
    assert speakers(body) == ["Dan Pell", "Dan Pell"]
    # a name that acts in the sentence between does take over: nobody
    body = (
        '"We gave everything and it is cruel to lose like that," Dan Pell said. Sean Rooke '
        'apologised to the team. "He knows he was wrong," the former Burnley boss added.'
    )
    assert speakers(body) == ["Dan Pell", None]


def test_a_description_the_sentence_before_gives_to_somebody_else() -> None:
    # "... asked the governor for help": the governor is another, not the head X
    body = (
        "The mayor of Lisbon, Rui Tavares, said on Monday that the city had spent a great deal "
        "on new trams and rails before it asked the governor for help. "
        '"We agreed on nothing," the governor said.'
    )
    assert speakers(body) == [None]
    body = (
        "As the rain came down on Saturday, Nell Ashcombe stopped mid-song and laughed, and "
        'then the crowd cheered a singer from Leeds. "I can\'t see a single one of you," the '
        "singer told the crowd."
    )
    assert speakers(body) == [None]


def test_the_minister_after_a_title_with_initials_is_that_minister() -> None:
    # "Minister of Water H.E. X": the initials' stops do not cut the title off the name.
    body = (
        "Floods covered 9,000 hectares of rice in the north.\n\n"
        "Minister of Water Resources and Irrigation H.E. Sok Vannak visited the district on "
        "Sunday and pledged seed for a second crop.\n\n"
        '"We will not abandon our farmers," the minister said, according to a statement.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Sok Vannak"]


def test_the_executive_after_according_to_a_manager_is_that_manager() -> None:
    body = (
        "The terminal handled 1.5 million containers this year, according to its general "
        "manager, Mr. Tomas Okafor-Lind.\n\n"
        '"We reached in eleven months what we planned for twelve," the executive said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Tomas Okafor-Lind"]


def test_the_woman_after_according_to_a_man_is_nobody() -> None:
    body = (
        "The terminal handled 1.5 million containers this year, according to its general "
        "manager, Mr. Tomas Okafor-Lind.\n\n"
        '"We wait three days for every truck," the woman said.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
