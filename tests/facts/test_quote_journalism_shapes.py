"""Quotes in shapes real news copy writes and the frames first missed, each on sentences we
wrote: a quotation opened with two apostrophes, an appositive left open before the verb, a
named reporter's own report, and "he said" after a subject "of" a place who said something
about another man."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_two_apostrophes_open_a_quotation_a_double_mark_closes() -> None:
    body = (
        "Tomas Lindqvist won the final in four sets on Sunday. After his victory, he said "
        "''I know how long the town waited for this cup, and I hope everybody enjoyed it.\"\n"
    )
    assert quotes(body) == [
        (
            "Tomas Lindqvist",
            "I know how long the town waited for this cup, and I hope everybody enjoyed it.",
        )
    ]


def test_an_open_appositive_before_a_present_tense_verb_names_the_speaker() -> None:
    body = (
        "The rivers report was published on Friday.\n\n"
        'Marta Ekdahl, an author of the report says, "We hope it will show people that the '
        'rivers are in trouble."\n'
    )
    assert [s for s, _ in quotes(body)] == ["Marta Ekdahl"]


def test_a_name_in_a_fronted_phrase_is_not_the_speaker_of_an_open_appositive() -> None:
    # The spokesman speaks, not the person met: the name is no subject.
    body = 'After meeting Marta Ekdahl, a spokesman said, "We will return next week to finish it."'
    assert [s for s, _ in quotes(body)] == [None]


def test_a_named_reporter_reports_his_own_words() -> None:
    body = (
        "A small tremor shook the valley on Tuesday.\n\n"
        "Herald reporter Dana Whitfield, who was in the town at the time, reported: "
        '"I felt the floor move for a few seconds. Nothing fell over."\n'
    )
    assert [s for s, _ in quotes(body)] == ["Dana Whitfield"]


def test_an_outlet_reporting_a_clause_gives_nobody_its_words() -> None:
    body = (
        "Herald reporter Dana Whitfield reported that the plant would close "
        '"by the end of the summer at the latest."\n'
    )
    assert [s for s, _ in quotes(body)] != ["Dana Whitfield"]


def test_a_man_named_in_what_a_subject_of_a_place_said_is_no_rival_for_he() -> None:
    body = (
        'Senator Paul Brennan of Ohio said Governor Mark Ellison had taken "the right path" '
        "by using the speech to reach out to farmers.\n\n"
        '"The choice is now clearly with the other party," he said. "Will they help us?"\n'
    )
    assert [s for s, _ in quotes(body)] == ["Paul Brennan"] * 3


def test_a_company_named_before_a_role_is_not_the_speaker() -> None:
    # "The Hoshi Motors chief executive" is a person: never the company itself.
    body = (
        '"I am very sorry for the faults our buyers have suffered," said Kenji Morita.\n\n'
        "The Hoshi Motors chief executive acknowledged that trust in the company had been "
        'shaken, and said he takes "full responsibility" for the problems.\n'
    )
    assert "Hoshi Motors" not in [s for s, _ in quotes(body)]


def test_a_company_spokesman_still_speaks_for_the_company() -> None:
    body = (
        "Acme Industries presented its results on Monday.\n\n"
        'The Acme spokesman said the plant would "stay open for now at least."\n'
    )
    assert [s for s, _ in quotes(body)] == ["Acme Industries"]


def test_quoted_words_further_on_in_a_reported_clause_are_the_reporters_subjects() -> None:
    body = (
        "Finnish President Aino Kallio returned from Japan and Korea on Sunday.\n\n"
        "She said Japan committed a trade package, including \u201cmachinery, spare parts, "
        "rail cars and more,\u201d while Korea offered support \u201cworth two billion euros.\u201d\n"
    )
    assert [s for s, _ in quotes(body)] == ["Aino Kallio", "Aino Kallio"]


def test_a_verb_of_saying_between_two_quotations_ends_the_reported_clause() -> None:
    body = (
        "Finnish President Aino Kallio returned from Japan on Sunday.\n\n"
        'She said the trade package was "the best in a decade," though a rival in parliament '
        'called it "a waste of public money."\n'
    )
    assert quotes(body)[1][0] != "Aino Kallio"


def test_a_person_also_calling_an_object_by_a_quoted_word_says_it() -> None:
    body = (
        "Finnish President Aino Kallio returned from Japan on Sunday.\n\n"
        "Kallio also called \u201chistoric\u201d a decision by Japan to \u201cbuild ships "
        "together with Finnish yards.\u201d\n"
    )
    assert quotes(body) == [
        ("Aino Kallio", "historic"),
        ("Aino Kallio", "build ships together with Finnish yards."),
    ]


def test_a_thing_also_called_by_a_name_is_no_quotation() -> None:
    body = 'The Saimaa canal, also called "the blue road" by boatmen, opens in May.'
    assert quotes(body) == []


def test_an_organisations_own_report_gives_its_words() -> None:
    body = (
        "Acme Polling surveyed 2,000 voters in March.\n\n"
        'The Acme Polling report said turnout would be "the highest in twenty years."\n'
    )
    assert [s for s, _ in quotes(body)] == ["Acme Polling"]


def test_an_outlets_report_is_not_its_words_but_its_editorial_is() -> None:
    report = 'The Herald report said the plant would "stay open for now at least."'
    editorial = 'The Herald editorial said the debate was "a dull evening for everyone."'
    assert [s for s, _ in quotes(report)] == [None]
    assert [(s or "").endswith("Herald") for s, _ in quotes(editorial)] == [True]


def test_a_definite_description_in_a_relative_clause_names_the_one_it_fits() -> None:
    body = (
        "Premier Owen Hale clashed with opposition leader Martin Cole on Wednesday.\n\n"
        "Hale questioned Cole's record of backing party leader Ian Fraser, whom the premier "
        'characterized as a "reckless tax-raising politician" of the old school.\n'
    )
    assert [s for s, _ in quotes(body)] == ["Owen Hale"]


def test_a_description_after_a_subordinator_is_not_the_speaker() -> None:
    # "when the incident occurred" is no relative clause naming the words: the subject
    # before it speaks.
    body = (
        "Fourteen-year-old Zoe Barnes, on the top deck when the incident occurred, said the "
        'roof fell in and "everyone started screaming at once."\n'
    )
    assert [s for s, _ in quotes(body)] == ["Zoe Barnes"]


def test_who_before_a_description_opens_a_relative_clause_it_is_the_subject_of() -> None:
    body = (
        "Premier Owen Hale clashed with opposition leader Martin Cole on Wednesday.\n\n"
        "Hale questioned Cole's record of backing party leader Ian Fraser, who the premier "
        'characterized as an "NRA-funded politician" of the old school.\n'
    )
    assert quotes(body) == [("Owen Hale", "NRA-funded politician")]


def test_a_capitalised_name_of_two_words_is_still_no_fragment() -> None:
    body = 'Owen Hale said the "Harbour Line" would reopen in May after the repairs.'
    assert quotes(body) == []
