"""Names the classifier may take for people that the sentence says are bodies (invented text):
a kind of body right before the name, one set off after it, an agency's short name after its
full one, a staff role and a name after it, and what only a body does ("said in its report")."""

from __future__ import annotations

from briefing.facts import extract_facts
from briefing.facts.draft import Draft
from briefing.facts.people_as_bodies import _cued, _outlet_or_employer


def _kinds(text: str) -> tuple[list[str], list[str]]:
    facts = extract_facts(text)
    return [p.name for p in facts.people], [o.name for o in facts.organisations]


def _cue(text: str, name: str) -> bool:
    at = text.index(name)
    return _cued(text, (at, at + len(name)), True)


def test_a_kind_of_body_before_the_name() -> None:
    people, orgs = _kinds(
        "Demand will double by 2030, according to a study by consultancy Walter P. Brenner."
    )
    assert "Walter P. Brenner" in orgs and "Walter P. Brenner" not in people
    assert _cue("Its clients include platform Zapcart and two banks.", "Zapcart")


def test_a_post_or_a_clause_after_the_noun_is_no_cue() -> None:
    assert not _cue("Police arrested the site's alleged operator Tomas Quill.", "Tomas Quill")
    assert not _cue("It was the firm Quill founded in 1998.", "Quill")


def test_a_kind_of_body_set_off_after_the_name() -> None:
    text = "Voltaro and Brisca, two of the largest scooter firms in the city, will add stations."
    assert _cue(text, "Brisca")
    assert _cue("Tessa, the news agency, reported the fire.", "Tessa")
    assert not _cue("Tessa, the agency's editor, reported the fire.", "Tessa")


def test_a_list_the_phrase_is_one_item_of_is_no_cue() -> None:
    text = "He said he liked Feld, the network, and its cartoons, but would cut its funding."
    assert not _cue(text, "Feld")


def test_an_agencys_name_set_off_after_its_noun() -> None:
    text = "The works are half done, said a statement carried by the state news agency, Tessa."
    assert _cue(text, "Tessa")
    text = "A spokesman for the agency, Tessa Dunn, said the works were half done."
    assert not _cue(text, "Tessa Dunn")


def test_a_staff_role_and_a_name_after_the_name() -> None:
    people, orgs = _kinds("A crash for Williams driver Ana Ruiz brought out the safety car.")
    assert "Williams" in orgs and people == ["Ana Ruiz"]


def test_what_only_a_body_says() -> None:
    people, orgs = _kinds(
        "Prairie Grain said in its weekly report that most fields had been cut. "
        "Breuer said on Friday that its milk price would not change."
    )
    assert "Prairie Grain" in orgs and "Breuer" in orgs
    assert not {"Prairie Grain", "Breuer"} & set(people)


def test_the_name_a_kind_of_body_goes_by() -> None:
    assert _cue("The combined firm, to be known as Hollis Varga, opens in May.", "Hollis Varga")
    assert not _cue("A man named Hollis Varga opened the door.", "Hollis Varga")
    # (the words the cue needs are looked for once an article, "rebranded as" among them)
    _, orgs = _kinds("The old lender, rebranded as Fenwick Orr, reopened its branches.")
    assert "Fenwick Orr" in orgs


def test_the_vessels_of_a_fleet_set_off_are_ships() -> None:
    facts = extract_facts("The tanker will go on one of its vessels, the Baltic Skua, in May.")
    assert not facts.organisations and not facts.people


def test_what_only_a_body_has() -> None:
    people, _ = _kinds(
        "Cyngor Elwy's cabinet member for housing, Rhian Pugh, said the homes would be built."
    )
    assert "Cyngor Elwy" not in people and "Rhian Pugh" in people


def _told(text: str, name: str) -> bool:
    at = text.index(name)
    return _outlet_or_employer(text, Draft("person", name, None, [name], [(at, at + len(name))]))


def test_whom_a_speaker_tells_as_an_outlet() -> None:
    assert _told("A resident told Gondar Standard the water had gone.", "Gondar Standard")
    assert not _told("A resident told Gondar Weller the water had gone.", "Gondar Weller")


def test_a_body_whose_spokesperson_speaks() -> None:
    people, orgs = _kinds(
        "Outages hit 4,000 homes on Monday night. A spokesperson for Velcor said crews would "
        "work through the night. Velcor apologised."
    )
    assert orgs == ["Velcor"] and not people
    assert not _told("It was Velcor who called a spokesperson.", "Velcor")


def test_a_players_club_before_the_player() -> None:
    assert _cue("Hollins striker Ana Ruiz scored twice.", "Hollins")


def test_a_statement_that_it_acted_and_its_employees_make_a_body() -> None:
    people, orgs = _kinds(
        "Brandis said in a statement that it had suspended purchases from the supplier."
    )
    assert orgs == ["Brandis"] and people == []
    people, orgs = _kinds("Employees at Dentrix said they had not been paid since March.")
    assert orgs == ["Dentrix"] and people == []
    # a person with a given name may say what "it" did
    people, _ = _kinds("Ann Brandis said in a statement that it had been a long week.")
    assert people == ["Ann Brandis"]
