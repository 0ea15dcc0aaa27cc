"""Quotes: the attribution forms of the issue, speakers resolved to canonical names."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_quote_then_surname_said() -> None:
    body = 'Kremlin spokesman Dmitry Peskov spoke. "We have nothing to add today," Peskov said.'
    assert quotes(body) == [("Dmitry Peskov", "We have nothing to add today,")]


def test_speaker_said_colon_quote() -> None:
    body = 'Russian President Vladimir Putin arrived. Putin said: "We will help them build satellites."'
    assert quotes(body) == [("Vladimir Putin", "We will help them build satellites.")]


def test_said_name_then_role() -> None:
    body = '"The guidance is cautious," said Erik Solberg, an analyst at DNB Markets.'
    assert quotes(body) == [("Erik Solberg", "The guidance is cautious,")]


def test_unnamed_spokesman_speaks_for_the_organisation() -> None:
    body = 'A Fifa spokesman said: "We are aware of the reports and are looking into them."'
    assert quotes(body) == [("FIFA", "We are aware of the reports and are looking into them.")]


def test_pronoun_speaker_is_the_last_person_named() -> None:
    body = 'Lars-Erik Haugen, a hydrologist, agreed. "We plan for half the glacier area," he said.'
    assert quotes(body) == [("Lars-Erik Haugen", "We plan for half the glacier area,")]


def test_quote_running_across_paragraphs_is_one_quote() -> None:
    body = (
        'Dr. Hanne Kristiansen did not hesitate.\n\n"The glacier has lost more ice than ever.\n\n'
        '"The farmers already see it," Kristiansen said.'
    )
    ((speaker, text),) = quotes(body)
    assert speaker == "Hanne Kristiansen"
    assert text.startswith("The glacier") and text.endswith("see it,")


def test_scare_quotes_are_not_quotes() -> None:
    assert quotes('Officials called it "sensitive areas" and a "no deal" scenario.') == []


def test_transcript_label_names_the_speaker() -> None:
    body = 'Bavarian Finance Minister Albert Füracker spoke.\n\nFÜRACKER: "We could not agree on the budget."'
    assert quotes(body) == [("Albert Füracker", "We could not agree on the budget.")]


def test_quote_span_points_at_the_text() -> None:
    body = '"This was just one of those times," Trump said, as Donald Trump left.'
    (quote,) = extract_facts(body).quotes
    assert body[quote.span[0] : quote.span[1]] == quote.text


def test_speech_verb_pattern_matches_each_verb_as_a_whole_word_only() -> None:
    """The verb alternation is grouped by first letter for speed; it must still match every
    verb in any case, and never inside a longer word."""
    from briefing.facts.speech import QUOTE_VERBS, STANCE_VERBS
    from briefing.facts.speech import VERB as _VERB

    for verb in QUOTE_VERBS | STANCE_VERBS:
        for form in (verb, verb.upper(), verb.title()):
            found = _VERB.search(f"Ms Ruiz {form}, then left.")
            assert found is not None and found.group() == form
        assert _VERB.search(f"x{verb}") is None
        assert _VERB.search(f"{verb}x") is None
