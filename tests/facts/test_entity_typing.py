"""Entity candidates and typing on invented text: initials, offices, credit lines, the model."""

from __future__ import annotations

from briefing.facts import extract_facts
from briefing.facts.credits import credit_ranges
from briefing.facts.entity_types import LABELS, load_model


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_facts(text).people}


def test_middle_initials_and_suffixes_stay_in_the_name() -> None:
    people = _people("The study was led by Orlen T. Vasko and Elena J. K. Dunst last year.")
    assert {"Orlen T. Vasko", "Elena J. K. Dunst"} <= set(people)
    people = _people("Patrick W. Carr Jr. spoke first. Later Carr left the room.")
    assert list(people) == ["Patrick W. Carr Jr."]


def test_an_initial_at_a_sentence_end_does_not_join_the_next_sentence() -> None:
    facts = extract_facts("The fleet was built before World War I. The Ostrander yard closed.")
    names = [p.name for p in facts.people] + [o.name for o in facts.organisations]
    assert not any("I. The" in name for name in names)


def test_an_office_before_a_name_is_a_role_and_its_place_a_place() -> None:
    facts = extract_facts("The talks were led by US Secretary of State Dorin Velasko on Monday.")
    assert {p.name: p.role for p in facts.people} == {"Dorin Velasko": "US Secretary of State"}
    assert [p.name for p in facts.places] == ["United States"]
    facts = extract_facts("Later, First Minister of Scotland Edda Marrow spoke to the crowd.")
    assert [p.name for p in facts.people] == ["Edda Marrow"]
    assert "Scotland" in [p.name for p in facts.places]


def test_a_known_body_before_a_name_is_split_from_it() -> None:
    facts = extract_facts("Former envoy to the United Nations Tessa Quillon wrote on Tuesday.")
    assert [p.name for p in facts.people] == ["Tessa Quillon"]
    assert "United Nations" in [o.name for o in facts.organisations]


def test_a_family_name_first_is_not_taken_for_a_place_before_a_name() -> None:
    assert set(_people("Kim Jong Un met Kim Jong Il's widow.")) >= {"Kim Jong Un"}


def test_a_role_word_swallowed_into_the_name_becomes_the_role() -> None:
    assert _people("Scientist Lorna Pekkala led the team.") == {"Lorna Pekkala": "Scientist"}
    assert _people("Co-author Pavel Brandt said the result held.") == {"Pavel Brandt": "Co-author"}


def test_credit_lines_name_no_one_in_the_story() -> None:
    text = (
        "Mayor Ana Quell opened the bridge on Monday, Quell said.\n\n"
        "Crowds on the quay. Image: Karl Mertensen (flickr).\n\n"
        "Reporting by Tom Vandry; Editing by Nina Ostrowa"
    )
    assert list(_people(text)) == ["Ana Quell"]
    assert credit_ranges(text)


def test_an_author_and_an_editor_line_name_no_one_in_the_story() -> None:
    text = (
        "Author: Mira Kostenko\nEdited by: Tom Hallam\n\n"
        "Drones hit the depot overnight, Governor Petro Lysak said."
    )
    assert list(_people(text)) == ["Petro Lysak"]


def test_reporting_by_in_running_text_is_not_a_credit_line() -> None:
    assert not credit_ranges("Reporting by the agency showed that Ana Quell won.")


def test_the_model_ships_and_scores_every_label() -> None:
    model = load_model()
    assert model is not None and model.labels == LABELS
    probs = model.probabilities(["bias", "head:org", "n1:said"])
    assert set(probs) == set(LABELS) and abs(sum(probs.values()) - 1.0) < 1e-9


def test_the_model_types_a_name_the_rules_leave_alone() -> None:
    text = (
        "Shares of Veltrona fell after Veltrona Labs reported a loss. Analysts at Veltrona Labs "
        "said the company would cut jobs."
    )
    orgs = [o.name for o in extract_facts(text).organisations]
    assert "Veltrona Labs" in orgs
    assert not _people(text)


def test_a_dateline_place_is_kept_whatever_the_model_says() -> None:
    facts = extract_facts("OSTRAVA, Czech Republic - Workers walked out on Friday.")
    assert "Ostrava" in [p.name for p in facts.places]


def test_article_features_see_word_classes_around_a_name() -> None:
    from briefing.facts.chunks import lower_words
    from briefing.facts.type_features import article_features

    body = (
        "Zentrix said it would cut jobs. Zentrix's chief executive left. A Zentrix analyst agreed."
    )
    spans = [(m, m + 7) for m in (0, 32, 66)]
    feats = article_features(body, spans, ["Zentrix"], lower_words(body))
    assert {"said:it", "n1c:say", "poss:role", "det:role", "count:3"} <= feats


def test_name_features_mark_ordinary_words_in_a_name() -> None:
    from briefing.facts.gazetteer import load_gazetteer
    from briefing.facts.lexicon import given_names
    from briefing.facts.type_features import name_features

    gaz, given = load_gazetteer(), given_names()
    assert "cw:all" in name_features("Coastal Survey", (), gaz, given)
    assert "cw:none" in name_features("Dorin Velasko", (), gaz, given)


def test_a_name_that_decides_alone_is_typed_without_reading_its_context(monkeypatch) -> None:
    from briefing.facts import entity_types

    text = (
        "Prime Minister Dorin Velasko of Norway met Halcyon Labs in Oslo on Monday. "
        "Velasko said the Kerrow plant would reopen, Halcyon Labs said."
    )
    read: list[str] = []
    original = entity_types._article_part

    def counting(builder, candidate):  # noqa: ANN001, ANN202
        read.append(candidate.name)
        return original(builder, candidate)

    monkeypatch.setattr(entity_types, "_article_part", counting)
    monkeypatch.setattr(entity_types, "SKIP_GAP", None)
    every = extract_facts(text)
    read_every = len(read)
    read.clear()
    monkeypatch.setattr(entity_types, "SKIP_GAP", 2.0)
    assert extract_facts(text).to_json() == every.to_json()
    assert len(read) < read_every


def test_ordinary_words_after_a_known_body_are_not_a_person() -> None:
    text = "The Norway Geological Survey and Norway Dorin Velasko met on Monday."
    names = [p.name for p in extract_facts(text).people]
    assert "Geological Survey" not in names
    assert "Dorin Velasko" in names


def test_an_acronym_the_text_never_spells_out_is_typed_by_the_model() -> None:
    # The rules make every unknown all-caps word an organisation; the model reads its use.
    def orgs(text: str) -> list[str]:
        return [o.name for o in extract_facts(text).organisations]

    assert (
        orgs(
            "The group campaigns for LGBT rights in the city. "
            "Members of the local LGBT community marched on Sunday."
        )
        == []
    )
    assert orgs("Kestrel told NPR that the plan was fair. NPR reported the deal on Monday.") == [
        "NPR"
    ]


def test_us_and_local_offices_before_a_name_are_titles() -> None:
    assert "Selena Tovar" in _people(
        "Newly elected Assemblywoman Selena Tovar said the plan was fair."
    )
    quotes = extract_facts(
        "Legislator Tanya Chee spoke to the press after the speech: "
        '"I urge her to step down if she cannot govern the city."'
    ).quotes
    assert [q.speaker for q in quotes] == ["Tanya Chee"]


def test_bill_opens_a_name_after_a_title_but_closes_a_law() -> None:
    assert "Bill Kessel" in _people('"We are ready," said Sheriff Bill Kessel.')
    facts = extract_facts("The Finance Bill passed on Monday. The Housing Bill Committee met.")
    assert facts.people == []
