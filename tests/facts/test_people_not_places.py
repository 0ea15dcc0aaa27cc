"""Names taken for people that their context makes something else, and lone given names
joined to the full name the classifier found (invented texts)."""

from __future__ import annotations

from briefing.facts import extract_facts


def _people(body: str) -> dict[str, list[str]]:
    return {p.name: p.mentions for p in extract_facts(body).people}


def _places(body: str) -> list[str]:
    return [p.name for p in extract_facts(body).places]


def test_names_listed_after_zones_such_as_are_places() -> None:
    body = (
        "Fines were collected across the city on Monday. Zones such as Velakkam, Porunthi "
        "Vale, Marudhur and Kottaiyur have paid but have not filed complaints."
    )
    assert _people(body) == {}
    assert {"Velakkam", "Porunthi Vale", "Marudhur", "Kottaiyur"} <= set(_places(body))


def test_ordinary_words_before_an_award_word_are_no_person() -> None:
    body = (
        "The university held its awards on Friday. Amara Jennings, of the School of Nursing, "
        "won Researcher of the Year, and Tobias Lindqvist won Emerging Researcher of the Year."
    )
    assert set(_people(body)) == {"Amara Jennings", "Tobias Lindqvist"}


def test_a_name_listed_among_places_only_is_a_place() -> None:
    body = (
        "The fishermen, who came from Dakar but also from Mbaye Ndour, Thies and Kaolack, "
        "denounced the quotas."
    )
    assert _people(body) == {}
    assert "Mbaye Ndour" in _places(body)
    body = "The council of Sliema, Rabat, Qormi and Dar Xemxi met on Friday."
    assert _people(body) == {}
    assert "Dar Xemxi" in _places(body)


def test_a_person_listed_with_places_keeps_a_given_name() -> None:
    body = "Delegates from Kenya, Uganda and Tobias Lindqvist of the World Bank met on Monday."
    assert "Tobias Lindqvist" in _people(body)
    assert "Tobias Lindqvist" in _people("In Paris, Tobias Lindqvist said the talks had failed.")


def test_a_lone_given_name_joins_the_one_full_name_it_opens() -> None:
    found = _people(
        "In the final, top seed Noorulain Haider of Lahore beat Sofia Marchetti 11-7, 11-9, "
        "11-4. Noorulain, who turned 22 this year, said she was tired."
    )
    assert found == {
        "Noorulain Haider": ["Noorulain Haider", "Noorulain"],
        "Sofia Marchetti": ["Sofia Marchetti"],
    }


def test_a_lone_surname_joined_by_and_to_a_person_is_one() -> None:
    found = _people("Mikkelsen scored late. Pavel Antonov and Larocque assisted on the goal.")
    assert "Larocque" in found
    # (not a place listed after a word of where, nor one a bare comma sets before a person)
    body = "Permits were issued for peaks including Lhotse, Makalu and Ama Dablam this spring."
    assert "Makalu" not in _people(body)
    body = "Down the road at Brindlebury, Nick Dimitriou and his partner grow citrus."
    assert set(_people(body)) == {"Nick Dimitriou"}


def test_the_bhutanese_district_administrators_style_is_no_part_of_the_name() -> None:
    found = _people(
        "Dasho Dzongdag Pema Dorji said the district would submit the plan. "
        '"Farmers will be paid on the spot," Dasho Dzongdag said.'
    )
    assert list(found) == ["Pema Dorji"]


def test_a_stage_name_in_capitals_between_the_names() -> None:
    found = _people(
        "For the rapper Dominic “DOMO SXCRAZY” Quell, performing is therapy. Quell said so."
    )
    assert found == {"Dominic “DOMO SXCRAZY” Quell": ["Dominic “DOMO SXCRAZY” Quell", "Quell"]}


def test_a_word_before_a_big_citys_name_makes_no_person() -> None:
    body = "The boards have a pin code, a ward number and Vanakkam Chennai logo."
    assert _people(body) == {}
    assert "Jack London" in _people("Residents praised the novelist Jack London on Friday.")


def test_a_noun_ending_the_line_before_does_not_make_a_name_a_body() -> None:
    body = (
        "Ministers discuss ceasefire\n\nGo to the photo bank\n\nForeign Minister Anton Leskov "
        "spoke by phone on Tuesday. Leskov said talks went well."
    )
    assert _people(body) == {"Anton Leskov": ["Anton Leskov", "Leskov"]}


def test_the_pronoun_after_a_transcripts_speaker_is_no_numeral() -> None:
    body = (
        "Tell us about yourself.\n\nMarek Dolan I am a professor of community health. Dolan "
        "said so. King Henry I was crowned in 1100."
    )
    assert set(_people(body)) == {"Marek Dolan", "Henry I"}


def test_an_indefinite_pronoun_in_brackets_is_no_one() -> None:
    body = "Tom rode the route twice. (Everybody complains about the cobbles.) Tom said so."
    assert "Everybody" not in _people(body)


def test_a_name_that_only_names_a_disease_is_no_one() -> None:
    body = (
        "Nearly 7 million Americans are living with Brandauer's disease, the Brandauer's "
        "Association estimates, said Dr Lena Ruiz."
    )
    assert list(_people(body)) == ["Lena Ruiz"]


def test_the_word_after_a_bodys_head_and_of_is_no_speaker() -> None:
    body = (
        "Record number of summits as the spring season winds down\n"
        "Department of Tourism says royalty collection rose 8%; five climbers died this season\n"
        "Staff Report\nKathmandu, May 28\n\n"
        "As many as 400 climbers stood atop the mountain this spring, the highest number ever "
        "recorded, according to the Department of Tourism.\n\nOf them, 239 were foreigners, the "
        "department said."
    )
    assert _people(body) == {}


def test_common_given_names_the_lists_missed_open_a_name() -> None:
    assert list(_people("Astros: OF Wes Dunmore (left hamstring strain) ran the bases.")) == [
        "Wes Dunmore"
    ]
    body = "Dominic Vargas (incumbent) | R | 118,903 | 61.4%\nRenata Holm | D | 74,762 | 38.6%"
    assert set(_people(body)) == {"Dominic Vargas", "Renata Holm"}


def test_a_style_and_a_given_name_join_the_full_name_they_open() -> None:
    found = _people(
        "Sugar Corporation chief executive Ratu Semi Vakadewa said the mill would run. "
        '"We expect no stoppages," Ratu Semi said.'
    )
    assert found == {"Ratu Semi Vakadewa": ["Ratu Semi Vakadewa", "Ratu Semi"]}


def test_a_given_name_that_is_an_english_word_too_stays_in_the_name() -> None:
    found = _people('"We cordoned off the area," said Raja Imran Qazi of the police.')
    assert list(found) == ["Raja Imran Qazi"]


def test_a_compounds_first_half_before_a_hanging_hyphen_is_no_one() -> None:
    body = (
        "About 40 volunteers had fished the river, said Kjell Haugland, leader of the local "
        "club, Voss Jeger- og Fiskarlag. Haugland said more would come."
    )
    assert list(_people(body)) == ["Kjell Haugland"]


def test_a_name_after_a_bodys_head_word_is_the_body_named_after_them() -> None:
    facts = extract_facts(
        "Her father, a surgeon, is the former director of the Hospital Pablo Tobón Uribe in "
        "Medellín. Scientist Rebecca Falconer said the results were clear."
    )
    assert [p.name for p in facts.people] == ["Rebecca Falconer"]
    assert "Hospital Pablo Tobón Uribe" in [o.name for o in facts.organisations]
