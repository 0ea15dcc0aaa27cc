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
    verb in lower case, never a capitalised name, and never inside a longer word."""
    from briefing.facts.speech import QUOTE_VERBS, STANCE_VERBS
    from briefing.facts.speech import VERB as _VERB

    for verb in QUOTE_VERBS | STANCE_VERBS:
        found = _VERB.search(f"Ms Ruiz {verb}, then left.")
        assert found is not None and found.group() == verb
        assert _VERB.search(f"the {verb.capitalize()} Act") is None  # "United States", "Reports"
        assert _VERB.search(f"x{verb}") is None
        # ("wrote backx": "wrote" is a verb of its own, "wrote back" is not matched)
        longer = _VERB.search(f"{verb}x")
        assert longer is None or (" " in verb and longer.group() != verb)


def test_more_verbs_of_saying_frame_a_quote() -> None:
    assert quotes('"We were never told about the risks," Dana Whitlock testified on Tuesday.') == [
        ("Dana Whitlock", "We were never told about the risks,")
    ]
    assert quotes('"Only on a clear day," quipped Jonas Brandt, the ferry captain.') == [
        ("Jonas Brandt", "Only on a clear day,")
    ]


def test_the_statement_read_speaks_for_whoever_issued_it() -> None:
    body = (
        'Nordvik Shipping issued a statement on Monday. "We regret the delay to our customers,"'
        " the statement read."
    )
    assert quotes(body) == [("Nordvik Shipping", "We regret the delay to our customers,")]


def test_pronoun_with_two_people_in_the_previous_sentence_stays_empty() -> None:
    body = 'Marta Ruiz met Tomas Berg in Oslo on Monday. "We agreed on nothing at all," he said.'
    assert quotes(body) == [(None, "We agreed on nothing at all,")]


def test_the_person_a_quote_is_about_is_not_its_speaker() -> None:
    body = 'Police arrested Jon Varga on Friday. "Jon Varga is a danger to the public," an officer said.'
    assert quotes(body) == [(None, "Jon Varga is a danger to the public,")]


def test_a_name_inside_the_quote_is_never_the_speaker() -> None:
    body = '"I told Peter Lund to leave the room at once," she said.'
    assert quotes(body) == [(None, "I told Peter Lund to leave the room at once,")]


def test_a_poll_wording_has_no_speaker() -> None:
    body = (
        'A poll asked Americans whether "the economy is getting better for families like theirs".'
    )
    assert all(speaker is None for speaker, _ in quotes(body))


def test_the_outlet_told_is_not_the_speaker() -> None:
    body = 'Ada Moreno told the Daily Courier: "We will appeal the ruling next week."'
    assert quotes(body) == [("Ada Moreno", "We will appeal the ruling next week.")]


def test_ap_closing_marks() -> None:
    body = "“We are ready for the storm,'' Mayor Ines Castillo said. “It will pass by Sunday,’’ she added."
    assert quotes(body) == [
        ("Ines Castillo", "We are ready for the storm,"),
        ("Ines Castillo", "It will pass by Sunday,"),
    ]


def test_short_complete_utterance_is_a_quote_when_attributed() -> None:
    assert quotes('"That\'s perfect," Lena Hart said.') == [("Lena Hart", "That's perfect,")]


def test_quote_after_a_sentence_whose_subject_speaks() -> None:
    body = 'Karl Otten warned of further delays. "The cranes are not ready and nobody knows when."'
    assert quotes(body) == [("Karl Otten", "The cranes are not ready and nobody knows when.")]


def test_description_that_fits_nobody_named_stays_empty() -> None:
    body = (
        "Health Minister Ruth Vogel spoke first. The local transport minister said, "
        '"The trains will run again on Monday."'
    )
    assert quotes(body) == [(None, "The trains will run again on Monday.")]


def test_description_of_the_current_speaker() -> None:
    body = (
        '"We knew," said study author Karen Alley. The professor added, "We did not know how much."'
    )
    assert quotes(body) == [
        ("Karen Alley", "We knew,"),
        ("Karen Alley", "We did not know how much."),
    ]


def test_surname_shared_by_two_people_names_nobody_unless_linked_to_the_first() -> None:
    body = (
        'Donald Pratt and Ivana Pratt arrived. "We will sell the hotel to the first serious buyer,"'
        " Pratt said."
    )
    assert all(speaker != "Ivana Pratt" for speaker, _ in quotes(body))


def test_a_surname_whose_given_name_is_misspelt_once_is_one_person() -> None:
    # "Kristin Wilkins" and later "Kristen Wilkins": one letter apart, one person
    body = (
        "Curator Kristin Wilkins opened the show. Kristen Wilkins said the prints came from "
        'a private donor. "He wanted to be rich and famous and he made his choices," Wilkins said.'
    )
    assert [s for s, _ in quotes(body)][-1] in ("Kristin Wilkins", "Kristen Wilkins")
    # two given names further apart are two people: nobody
    body = (
        "Curator Karin Wilkins opened the show. Kristen Wilkins said the prints came from "
        'a private donor. "He wanted to be rich and famous and he made his choices," Wilkins said.'
    )
    assert [s for s, _ in quotes(body)][-1] is None


def test_role_and_apposition_before_the_name() -> None:
    body = 'The mayor of Lund, Erik Sand, wrote on Twitter: "The roads are closed until Friday."'
    assert quotes(body) == [("Erik Sand", "The roads are closed until Friday.")]
    body = 'His lawyer, Amira Said, told the court: "My client has done nothing wrong at all."'
    assert quotes(body) == [("Amira Said", "My client has done nothing wrong at all.")]


def test_speaker_run_goes_on_into_the_next_quote() -> None:
    body = '"The plan is simple," Ola Dahl said. "We build the dam first and the road after."'
    assert [s for s, _ in quotes(body)] == ["Ola Dahl", "Ola Dahl"]


def test_quote_left_open_runs_into_the_next_paragraph_to_its_closing_mark() -> None:
    body = 'Vera Lind spoke. "We will not pay this year.\n\nNor next year," Vera Lind said.'
    ((speaker, text),) = quotes(body)
    assert speaker == "Vera Lind" and text.startswith("We will") and text.endswith("next year,")


def test_one_frame_for_two_quotes() -> None:
    body = (
        'The paper quoted Michael Holm, a former fire chief, as saying "the port is full" and '
        '"no ship can dock today".'
    )
    assert [s for s, _ in quotes(body)] == ["Michael Holm", "Michael Holm"]


def test_spoke_and_a_stance_verb_with_its_object_frame_a_quote() -> None:
    body = 'Senator Maria Lopez spoke on local radio, "This is going to cost us the harbour."'
    assert quotes(body) == [("Maria Lopez", "This is going to cost us the harbour.")]
    body = (
        'Mayor Pavel Novak, also on Twitter, defended his decision, "As I said, the bridge stays."'
    )
    assert quotes(body) == [("Pavel Novak", "As I said, the bridge stays.")]


def test_a_colon_after_a_long_clause_still_frames_the_quote() -> None:
    body = (
        "One of the authors, biologist Sara Quist, told the Evening Post the results suggested "
        'a pattern: "Somehow these birds remember the route."'
    )
    assert quotes(body) == [("Sara Quist", "Somehow these birds remember the route.")]


def test_attribution_inside_the_previous_sentence() -> None:
    body = (
        "Strong winds made the crossing hard, Mark Ilves said, adding it took all his strength. "
        '"It is an exercise for the arms and the back."'
    )
    assert quotes(body) == [("Mark Ilves", "It is an exercise for the arms and the back.")]


def test_roles_joined_by_and_before_the_name() -> None:
    body = 'Longtime writer and performer Rob Hale tweeted: "He was a rebel and a friend to all."'
    assert quotes(body) == [("Rob Hale", "He was a rebel and a friend to all.")]


def test_a_document_speaks_for_whoever_issued_it() -> None:
    body = (
        "The White House issued a proclamation on Friday. The proclamation said "
        '"the outbreak constitutes a national emergency".'
    )
    assert quotes(body) == [("White House", "the outbreak constitutes a national emergency")]


def test_pronoun_later_in_the_same_sentence_is_the_current_speaker() -> None:
    body = (
        '"It is a good sign," said Ryan Cole of the Space Centre. "Overall," he continued, '
        '"the water improves the odds."'
    )
    assert [s for s, _ in quotes(body)] == ["Ryan Cole", "Ryan Cole", "Ryan Cole"]


def test_a_capitalised_name_is_never_read_as_a_verb() -> None:
    body = (
        "Professor Ann Wiley of Lund University declared gun ownership rates in the United "
        'States to be "the strongest single predictor of the trend".'
    )
    assert quotes(body) == [("Ann Wiley", "the strongest single predictor of the trend")]


def test_fronted_phrase_and_possessive_title_before_the_speaker() -> None:
    body = (
        "Prime Minister Tom Reed spoke in Wellington. "
        'Of the public process, he said, "In the end I will have one vote like everyone."'
    )
    assert quotes(body) == [("Tom Reed", "In the end I will have one vote like everyone.")]
    body = (
        "Discussing the boats in a statement, Norway's Prime Minister, Ola Berg said, "
        '"We are in contact with all relevant parties."'
    )
    assert quotes(body) == [("Ola Berg", "We are in contact with all relevant parties.")]


def test_with_x_saying_names_x() -> None:
    body = (
        "The report quoted critics such as campaigner Caitlin Dunne, with Dunne stating: "
        '"People fleeing danger need this scheme to work."'
    )
    assert quotes(body) == [("Caitlin Dunne", "People fleeing danger need this scheme to work.")]


def test_in_the_words_of_an_apposed_name() -> None:
    body = 'In the words of the Crown prosecutor, Mark Tedd, QC, "The child suffered for months."'
    assert quotes(body) == [("Mark Tedd", "The child suffered for months.")]


def test_a_summary_that_reads_speaks_for_the_body_named_before() -> None:
    body = (
        "The Supreme Court of Norway is led by Justice Toril Moe. The summary of the decision "
        'read in part: "This Court has already concluded that the order was unlawful."'
    )
    assert quotes(body) == [
        ("Supreme Court of Norway", "This Court has already concluded that the order was unlawful.")
    ]


def test_second_quote_of_a_coordinated_verb_takes_the_one_subject() -> None:
    body = (
        'The Foreign Ministry gave its "deepest sympathies" and said the cases were given '
        '"intense attention at the highest levels".'
    )
    assert quotes(body)[-1] == ("Foreign Ministry", "intense attention at the highest levels")


def test_a_relative_clause_between_two_quotes_goes_on_with_the_description() -> None:
    # `She described him as "A" who was "B" and "C"`: one speaker for the three
    body = (
        'Museum director Ana Lopez said "Tom has been a treasure for this town." She described '
        'him as "a patient teacher and a stubborn friend" who was "one of the finest painters '
        'the valley has known" and "always curious about what comes next".'
    )
    assert [q[0] for q in quotes(body)] == ["Ana Lopez"] * 4


def test_pronoun_after_a_quote_refers_to_its_own_sentence_subject() -> None:
    body = (
        '"We owe nobody a war," said Ada Jorgensen. Blankenhip concurred: '
        '"We need to stop policing the world", he argued.'
    )
    assert quotes(body)[-1] == (None, "We need to stop policing the world")


def test_a_group_that_includes_a_name_is_not_that_person() -> None:
    body = (
        "Fifty former officials, including former directors John Brennan and Leon Panetta, "
        'signed a letter saying the report "has all the marks of a foreign operation."'
    )
    assert quotes(body) == [(None, "has all the marks of a foreign operation.")]


def test_a_term_in_quotation_marks_is_not_a_quote() -> None:
    assert quotes('Eugene Volk writes that the term "natural born citizen" came from law.') == []
    assert quotes('Ada Berg, the so-called "queen of the curve", spoke first.') == []


def test_the_organisation_after_a_speaker_is_not_the_speaker() -> None:
    # Whether or not the person is found, the quote never goes to the organisation named
    # after them ("X of NASA spoke ...").
    body = 'Bill Gerstenmaier of NASA spoke of the work: "It is fun working with a new partner."'
    [(speaker, text)] = quotes(body)
    assert text == "It is fun working with a new partner."
    assert speaker in (None, "Bill Gerstenmaier")


def test_a_comma_after_a_name_is_an_apposition_not_the_end_of_a_fronted_phrase() -> None:
    body = (
        "In the blog post Chris Wright, the Chief Technology Officer of Red Hat said Red Hat was "
        '"shifting our investment fully to the new project".'
    )
    assert all(speaker != "Red Hat" for speaker, _ in quotes(body))


def test_an_attributed_fragment_is_a_quote() -> None:
    # tests/gold/GUIDELINES.md: a word or two in quotation marks that the sentence gives to
    # somebody are that person's words.
    assert quotes('Senator Maria Lopez later called the governor "a coward" at a rally.') == [
        ("Maria Lopez", "a coward")
    ]
    body = 'Tom Brandt called the budget "lousy" and said he would vote against it.'
    assert quotes(body) == [("Tom Brandt", "lousy")]
    body = 'Greek minister Nikos Pappas called the deal "null and void" and "plainly absurd".'
    assert quotes(body) == [("Nikos Pappas", "null and void"), ("Nikos Pappas", "plainly absurd")]


def test_a_short_term_nobody_is_said_to_use_is_no_quote() -> None:
    assert quotes('Critics fear a "brain drain" from the valley towns.') == []
    assert quotes('The "Harbor Line" opened on time, said Mayor Ruth Ames.') == []
    # A passive names the one spoken about, not the speaker.
    assert quotes('Mayor Tom Hale was called "a disgrace" by the protesters.') == []


def test_accusing_and_branding_frame_the_accusers_words() -> None:
    body = 'President Carla Mendes accused the newspaper of "lying".'
    assert quotes(body) == [("Carla Mendes", "lying")]
    body = 'Senator Tom Hale branded the bill "a betrayal of voters".'
    assert quotes(body) == [("Tom Hale", "a betrayal of voters")]


def test_a_title_with_of_the_or_to_the_before_the_name() -> None:
    body = 'Secretary of the Treasury Janet Yellen said: "We will act to protect the economy."'
    assert quotes(body) == [("Janet Yellen", "We will act to protect the economy.")]
    body = 'Envoy to the European Union Tom Hale said, "The talks went well for everyone."'
    assert quotes(body) == [("Tom Hale", "The talks went well for everyone.")]


def test_a_person_named_in_the_phrase_speaks() -> None:
    body = 'A university student named Chen said, "Even in the rain, we came out."'
    assert quotes(body) == [("Chen", "Even in the rain, we came out.")]


def test_according_to_the_outlet_is_not_the_speaker_when_the_sentence_names_one() -> None:
    body = (
        'Senator Maria Lopez called the ruling a "betrayal of every voter here," according to '
        "the Daily Courier."
    )
    assert quotes(body) == [("Maria Lopez", "betrayal of every voter here,")]


def test_a_name_that_modifies_a_noun_is_not_the_speaker() -> None:
    body = (
        "Senator Tom Hale spoke first. The Hale campaign criticised the debate rules, accusing "
        'the organisers of "rigging the whole evening."'
    )
    assert quotes(body) == [(None, "rigging the whole evening.")]


def test_a_phrase_or_term_in_marks_is_not_a_quote_whatever_stands_between() -> None:
    body = 'Professor Ann Volk says the 1920 treaty phrase "subject to the crown" meant little.'
    assert quotes(body) == []


def test_the_person_a_story_is_about_is_not_a_role_nobody_named() -> None:
    # "the judge" after a sentence about the defendant: not the defendant.
    body = 'Tom Hale was sentenced on Friday. "This is a sad day for justice," the judge said.'
    assert quotes(body) == [(None, "This is a sad day for justice,")]
    body = 'Ann Berg interviewed Tom Hale. "I regret nothing at all," the mayor said.'
    assert quotes(body) == [(None, "I regret nothing at all,")]


def test_somebody_of_or_for_a_person_is_not_that_person() -> None:
    body = 'The lawyer for Ana Ruiz said "she is innocent of every charge."'
    assert quotes(body) == [(None, "she is innocent of every charge.")]
    body = 'Critics of Tom Hale say his policies are "a disaster for farmers".'
    assert quotes(body) == [(None, "a disaster for farmers")]
    # ... but a spokesman for an organisation speaks for it.
    body = 'A spokesman for Norvale Bank said: "We will not comment on ongoing cases."'
    assert quotes(body) == [("Norvale Bank", "We will not comment on ongoing cases.")]


def test_words_of_somebody_else_read_out_are_not_the_readers() -> None:
    body = 'Tom Hale read a letter from Ana Ruiz: "I am sorry for everything I did."'
    assert quotes(body) == [(None, "I am sorry for everything I did.")]
    body = 'Tom Hale recalled the words of Ana Ruiz: "Never give up on the town."'
    assert quotes(body) == [(None, "Never give up on the town.")]


def test_a_passive_agent_before_as_is_the_speaker() -> None:
    body = 'Ana Ruiz has been described by the Harbour Gazette as a "squirrel whisperer".'
    assert quotes(body) == [("Harbour Gazette", "squirrel whisperer")]


def test_a_pronoun_after_a_clause_about_a_thing() -> None:
    body = (
        "Prime minister Jonas Berg spoke to the press on Monday. "
        '"We expect no deal this year," he said. The dispute is the "main obstacle" between '
        "the two countries, he added."
    )
    assert quotes(body) == [
        ("Jonas Berg", "We expect no deal this year,"),
        ("Jonas Berg", "main obstacle"),
    ]


def test_called_as_a_verb_does_not_make_its_object_the_subject() -> None:
    body = (
        "Governor Tom Hale spoke first. Senator Ann Berg replied. "
        'Berg called Hale\'s plan reckless. "We will stop it in the Senate," she said.'
    )
    assert quotes(body) == [("Ann Berg", "We will stop it in the Senate,")]


def test_it_is_never_the_outlet_that_reports_the_statement() -> None:
    body = 'CNN obtained a letter from Norvale Bank. "We regret the decision deeply," it said.'
    assert quotes(body) == [(None, "We regret the decision deeply,")]
    body = 'Norvale Bank cut 300 jobs. "We regret the decision deeply," it said.'
    assert quotes(body) == [("Norvale Bank", "We regret the decision deeply,")]
    # An outlet that spoke the quote before is still "it".
    body = (
        '"The border talks have failed again," said the Harbour News Agency. '
        '"Punishment will follow soon," it added.'
    )
    assert [s for s, _ in quotes(body)] == ["Harbour News Agency"] * 2


def test_the_subject_after_a_relative_word_or_a_fronted_aside_in_dashes() -> None:
    body = (
        'Tom Hale later called Berg "a crook" at a rally, a remark that ministry spokeswoman '
        'Ann Ruiz described as "plainly wrong".'
    )
    assert quotes(body) == [("Tom Hale", "a crook"), ("Ann Ruiz", "plainly wrong")]
    body = (
        "Prime Minister Tom Hale has repeatedly stated that the town must act. On May 13 — two "
        'days after the ruling — he said he remained "cautiously optimistic" a deal would come.'
    )
    assert quotes(body) == [("Tom Hale", "cautiously optimistic")]
    # Not an aside that merely holds "that" or "which".
    body = 'A spokesman for Norvale Bank, which runs the mall, blamed "a fault in the grid".'
    assert quotes(body) == [("Norvale Bank", "a fault in the grid")]


def test_describes_itself_as() -> None:
    body = 'The Green Union describes itself as standing for "clean rivers and fair wages".'
    assert quotes(body) == [("Green Union", "clean rivers and fair wages")]


def test_a_subject_who_speaks_in_a_clause_of_the_sentence_before() -> None:
    body = (
        "Actor Tom Hale broke news when he revealed that a sequel is planned. "
        '"We are talking to the studio at the moment."'
    )
    assert quotes(body) == [("Tom Hale", "We are talking to the studio at the moment.")]
    body = (
        "Actor Tom Hale met Ann Berg when she revealed that a sequel is planned. "
        '"We are talking to the studio at the moment."'
    )
    assert quotes(body) == [(None, "We are talking to the studio at the moment.")]


def test_a_name_inside_a_relative_clause_that_is_not_its_subject() -> None:
    body = (
        'The Harbour Guard Corps, which includes the Quds Unit, declared that the raid was "a '
        'cowardly crime".'
    )
    assert all(speaker != "Quds Unit" for speaker, _ in quotes(body))


def test_an_unnamed_speaker_ends_the_run_of_the_speaker_before() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        '"She did the right thing," tweeted opposition leader Raj Menon.\n\n'
        'The prime minister\'s office said in a statement that it "respects her decision". '
        'The statement read: "The government will cooperate fully with the inquiry."'
    )
    speakers = {quote.text.strip("“”\"'"): quote.speaker for quote in facts.quotes}
    assert speakers["She did the right thing,"] == "Raj Menon"
    assert speakers["The government will cooperate fully with the inquiry."] is None


def test_an_age_and_a_role_point_to_the_one_person_called_so() -> None:
    text = (
        "Gerald Manning, chief executive of Midland Grid, testified for hours. Senator Paula "
        "Ruiz asked the questions. Asked whether he would resign, the 61-year-old executive "
        'said: "That is for the board to decide."'
    )
    assert quotes(text) == [("Gerald Manning", "That is for the board to decide.")]
    # somebody's age is given and it is another: nobody
    text = text.replace("Gerald Manning,", "Gerald Manning, 58,")
    assert quotes(text) == [(None, "That is for the board to decide.")]


def test_the_statement_read_gives_the_words_to_who_issued_it() -> None:
    text = (
        '"Nobody asks the cities," said Ray Dunbar, a farmer. The Bureau of Reclamation said in '
        'a statement that it supported the cuts. "Shared sacrifice is the only path forward," '
        "the statement read."
    )
    assert quotes(text)[-1] == (
        "Bureau of Reclamation",
        "Shared sacrifice is the only path forward,",
    )


def test_said_the_role_then_the_name_gives_the_named_person() -> None:
    text = (
        'Leeds won 2-1. "We showed character today," said the Leeds manager, Ian Pritchard. '
        '"Nobody gave us a chance here."'
    )
    assert [q[0] for q in quotes(text)] == ["Ian Pritchard", "Ian Pritchard"]


def test_a_named_affiliation_and_a_possessive_role_subject() -> None:
    text = (
        "River found\n\nThe team was led by glaciologist Ingrid Solberg of the University of "
        "Tromsø. Ms. Solberg's co-author, Prof. Marcus Feld of ETH Zurich, cautioned that the "
        'age was uncertain. "It could be thousands of years old, or millions," he wrote.'
    )
    facts = extract_facts(text)
    assert [p.name for p in facts.people] == ["Ingrid Solberg", "Marcus Feld"]
    assert facts.people[0].role == "glaciologist"
    assert "ETH Zurich" in [o.name for o in facts.organisations]
    assert [q.speaker for q in facts.quotes] == ["Marcus Feld"]


def test_single_quotation_marks_as_a_house_style() -> None:
    text = (
        "Talks to end the dispute collapsed after the RMT union rejected an 'insulting' offer.\n\n"
        "Mick Lynch, the union's general secretary, said: 'We came to negotiate in good faith. "
        "They came with nothing.'\n\n"
        "The workers' union met in the '90s. 'It is for the employers and the unions to settle "
        "this,' Transport Secretary Louise Haigh told the BBC."
    )
    assert quotes(text) == [
        ("Mick Lynch", "We came to negotiate in good faith. They came with nothing."),
        ("Louise Haigh", "It is for the employers and the unions to settle this,"),
    ]
    # with double marks in the text, single ones are quotes inside quotes, left alone
    text = "\"He told me 'no' twice,\" said Ann Kemp, a teacher."
    assert quotes(text) == [("Ann Kemp", "He told me 'no' twice,")]


def test_a_name_after_a_fronted_phrase_that_ends_in_a_name_is_the_subject() -> None:
    text = "T\n\nIn a letter to Tom Hale, Ana Silva wrote: “Your time is up.”"
    assert quotes(text) == [("Ana Silva", "Your time is up.")]
    text = "T\n\nIn the post Chris Wright, the CTO, said: “We are done.”"
    assert quotes(text) == [("Chris Wright", "We are done.")]


def test_a_name_modifying_a_role_is_a_description_of_a_person() -> None:
    text = (
        "T\n\n“Warm water is attacking the shelves,” said study co-author Karen Alley. "
        "The Wooster professor added, “These effects matter.”"
    )
    assert [q[0] for q in quotes(text)] == ["Karen Alley", "Karen Alley"]
    text = "T\n\nThe Biden campaign said it was “very confident” of the result."
    assert [q[0] for q in quotes(text)] in ([], [None])


def test_a_quotation_over_paragraphs_is_one_text_without_the_repeated_mark() -> None:
    text = (
        "Farmers reacted with anger. ``They keep asking us to give up more,'' said Ray Dunbar, "
        "a farmer. ``Nobody asks Denver to stop watering lawns.\n\n``My father farmed this "
        "ground,'' he said."
    )
    found = quotes(text)
    assert found[-1] == (
        "Ray Dunbar",
        "Nobody asks Denver to stop watering lawns. My father farmed this ground,",
    )


def test_said_a_name_then_a_bodys_role_is_the_name() -> None:
    from briefing.facts import extract_facts

    facts = extract_facts(
        '"We chose a Norwegian rocket for good reasons," said Jon Eide, Polarsyn\'s chief '
        'executive. "Mads knows what he wants, and he wanted a project," said his agent, '
        "Henrik Lund of Nordstjerne Sports Management."
    )
    assert [q.speaker for q in facts.quotes] == ["Jon Eide", "Henrik Lund"]


def test_the_name_of_a_work_in_apposition_is_no_quote() -> None:
    # "his event, "Storm the Castle, They Cannot Stop All of Us",": a name, nobody's words
    body = (
        'Tomas Berg says his event, "Storm the Castle, They Cannot Stop All of Us", was '
        "posted as a joke."
    )
    assert extract_facts(body).quotes == []
    # a sentence quoted after the noun is still a quote
    body = (
        'Tomas Berg described his event, "We will all meet at the gate and walk in '
        'together", as a joke.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Tomas Berg"]


def test_a_title_case_quote_after_said_the_group_is_still_a_quote() -> None:
    body = '"We have been here before," said the group, "And We Will Not Back Down Now."'
    assert len(extract_facts(body).quotes) == 2


def test_a_short_fronted_phrase_before_a_quote_of_its_own_sentence() -> None:
    # "During the premiere, "..."": still a quote of its own after its speaker's sentence
    body = (
        "Lead actor Sam Osei talked about how the show had been overlooked for years. During "
        'the premiere, "I felt like a guest at my own party, after twenty years of small parts."'
    )
    assert [q[0] for q in quotes(body)] == ["Sam Osei"]
    # a fronted phrase that names somebody else: not the subject before
    body = (
        "Lead actor Sam Osei talked about how the show had been overlooked for years. For "
        'director Maria Ruiz, "it was the worst night of my whole career on the stage, and I '
        'have had many."'
    )
    assert [q[0] for q in quotes(body)] != ["Sam Osei"]


def test_and_a_second_verb_after_a_quote_of_a_non_reporting_verb() -> None:
    # `X lauded Y's "A" and claimed the nominee "B"`: X's, as "lauded" reports no clause
    body = (
        'Tom Harlow lauded Sam Osei\'s "ability to bring people together" and claimed the '
        'nominee "has a backbone superior to most men in this town."'
    )
    assert quotes(body)[-1][0] == "Tom Harlow"
    # `X said Y sang "A" and told "B"`: Y may be the one who told
    body = (
        'Tom Harlow said Sam Osei sang "Harbour Lights" and told the crowd "we will be back in '
        'four years, stronger than before."'
    )
    assert quotes(body)[-1][0] is None


def test_a_preposition_between_two_quotes_of_one_frame() -> None:
    # `X said the victims were "A" in an "B"`: one frame for both
    body = (
        'Mayor Dana Whitlock said the crew were "brave young people starting out in life" in '
        'an "appalling tragedy" for the town.'
    )
    assert [q[0] for q in quotes(body)] == ["Dana Whitlock", "Dana Whitlock"]


def test_and_an_auxiliary_passive_between_two_quotes_of_one_frame() -> None:
    # `X said the victims were "A" and had been used "B"`: X for both
    body = (
        'Prosecutor Dana Whitlock said the victims were "easy to manipulate" and had been used '
        '"to cover the thefts".'
    )
    assert [q[0] for q in quotes(body)] == ["Dana Whitlock", "Dana Whitlock"]


def test_a_word_or_two_framed_without_a_named_speaker_is_a_quote() -> None:
    # tests/gold/GUIDELINES.md: attributed words are a quote even when nobody is named.
    body = 'Doctors said the patient had only "mild bruising" after the fall.'
    assert quotes(body) == [(None, "mild bruising")]
    body = 'The airline apologised on Friday, blaming "staff shortages" for the delays.'
    assert quotes(body) == [(None, "staff shortages")]
    # A noun phrase after an article or a number, or what a thing is called, is a term.
    assert quotes('Engineers said the valve was a "pressure relief" design.') == []
    assert quotes('Rangers said they had found 40 "ghost nets" on the reef.') == []
    assert quotes('Residents said it was called "dry mile" by everyone.') == []
    # A word the text explains in brackets right after it is a term it glosses.
    body = 'Prosecutors said she had urged him to shun "gadje" (outsiders) at the market.'
    assert quotes(body) == []
    body = 'Prosecutors said she had urged him to shun "gadje" at the market.'
    assert quotes(body) == [(None, "gadje")]


def test_a_partial_quotation_without_a_frame_is_a_quote() -> None:
    # Three words or more in lower case inside the reporter's sentence: somebody's words
    # when their own stop is inside the marks, they speak in the first person, or a verb
    # of saying is close.
    body = 'The bridge will stay shut "until every bolt has been checked." Traffic is diverted.'
    assert quotes(body) == [(None, "until every bolt has been checked.")]
    body = 'The coach arrived late, "after the worst drive of my life" on the coast road.'
    assert quotes(body) == [(None, "after the worst drive of my life")]
    body = 'The truck was moving "slowly and without its lights" when it hit the wall, police said.'
    assert quotes(body) == [(None, "slowly and without its lights")]
    # Not a term in lower case with none of those marks.
    assert quotes('The town adopted a "zero waste by design" plan in May.') == []


def test_a_quote_going_on_after_a_frame_with_no_name_is_kept() -> None:
    # The second quotation opens the sentence after the first one's frame: the same
    # speaker's words going on, even when nobody is named for them.
    body = 'A commuter waited by the gate. "Is the train coming?" she asked. "Not again."'
    assert quotes(body) == [(None, "Is the train coming?"), (None, "Not again.")]


def test_a_quotation_inside_a_quotation_in_straight_marks_is_one_quote() -> None:
    body = (
        'Mayor Ruth Ames wrote: "The council says the "temporary" closure is over. '
        'It is not, and the library stays shut."'
    )
    assert quotes(body) == [
        (
            "Ruth Ames",
            'The council says the "temporary" closure is over. '
            "It is not, and the library stays shut.",
        )
    ]
    # Two quotations side by side stay two.
    body = 'Ruth Ames called the plan "slow" and "costly" at the meeting.'
    assert [text for _, text in quotes(body)] == ["slow", "costly"]


def test_a_headline_quotes_in_single_marks() -> None:
    # A text in double marks whose headline quotes in single ones, as headlines do.
    body = (
        "Ferry cancelled again: 'We are stuck on this island'\n"
        "By Ana Reyes\n\n"
        'Islanders waited all day. "Nobody told us anything," said Tom Hale, a fisherman.\n\n'
        "Related\n\n"
        "\"Ferry cancelled again: 'We are stuck on this island'\""
    )
    assert quotes(body) == [
        (None, "We are stuck on this island"),
        ("Tom Hale", "Nobody told us anything,"),
    ]
    # A title in a headline is no quote.
    body = (
        "'The Quiet Shore' Tops Box Office\n\nThe film took $12m, \"a fine start,\" said Ana Reyes."
    )
    assert quotes(body) == [("Ana Reyes", "a fine start,")]


def test_a_name_in_quotation_marks_is_no_quote() -> None:
    # After an article and an adjective, after "called", or quoted twice: a name.
    body = 'Mayor Ruth Ames said the city would hold a citywide "Clean Streets Week" in May.'
    assert quotes(body) == []
    body = 'Ruth Ames said the plan, called "Green Harbor Now", starts on Monday.'
    assert quotes(body) == []
    body = (
        'Ruth Ames said the theme is "Streets for All". Critics said "Streets for All" '
        "would cost too much."
    )
    assert quotes(body) == []


def test_a_partial_quotation_in_a_sentence_saying_according_to_whom_is_a_quote() -> None:
    body = (
        'The boat was found "drifting without its crew" off the cape, according to the coastguard.'
    )
    assert quotes(body) == [(None, "drifting without its crew")]


def test_the_words_on_a_banner_of_a_named_group_are_no_quote() -> None:
    body = 'Marchers carried a banner from Clean Rivers Now saying "stop the sewage dumping".'
    assert quotes(body) == []


def test_british_style_single_marks_with_a_few_double_ones() -> None:
    # Single marks frame the quotations; a double-marked term does not make the text's
    # single marks apostrophes.
    body = (
        "Health minister Sarah Collins defended the plan.\n\n"
        "'Nobody wants longer waits,' she said. 'The money has to come from somewhere.'\n\n"
        "Opposition leader Mark Dunn called the plan 'reckless'.\n\n"
        "'It will not survive the winter,' said Dunn, whose party has promised a \"full review\"."
    )
    assert quotes(body) == [
        ("Sarah Collins", "Nobody wants longer waits,"),
        ("Sarah Collins", "The money has to come from somewhere."),
        ("Mark Dunn", "reckless"),
        ("Mark Dunn", "It will not survive the winter,"),
    ]


def test_a_single_marked_quotation_over_paragraphs_is_one_quote() -> None:
    body = (
        "Health minister Sarah Collins defended the plan.\n\n"
        "'We have looked at every option.\n\n"
        "'Nobody wants longer waits,' she said."
    )
    assert quotes(body) == [
        ("Sarah Collins", "We have looked at every option. Nobody wants longer waits,")
    ]


def test_a_block_quotation_whose_inner_paragraphs_open_no_mark_is_one_quote() -> None:
    body = (
        "The Port Authority said in a statement:\n\n"
        '"We have reviewed the report.\n\n'
        "The board accepts its findings.\n\n"
        'Operations will resume on Friday."\n\n'
        "The port has been closed since May."
    )
    assert quotes(body) == [
        (
            "Port Authority",
            "We have reviewed the report. The board accepts its findings. "
            "Operations will resume on Friday.",
        )
    ]


def test_a_word_or_two_opening_an_interrupted_quotation_is_a_quote() -> None:
    body = (
        'Engineers tested the valve for a year. "Our design" co-author Ana Reyes said on '
        'Monday "has cut leaks by half."'
    )
    assert quotes(body) == [("Ana Reyes", "Our design"), ("Ana Reyes", "has cut leaks by half.")]
    # Not a name quoted at a sentence's start with no quotation going on after it.
    body = '"Blue Line" trains will run late, Ana Reyes said on Monday.'
    assert quotes(body) == []


def test_a_partial_quotation_in_capitals_with_its_own_stop_is_a_quote() -> None:
    body = 'The mayor dismissed the audit as "Pure political theatre." Her office agreed.'
    assert quotes(body) == [(None, "Pure political theatre.")]
    # A title in capitals is no quote.
    assert quotes('Critics panned the film "The Long Night Of Ash." Few saw it.') == []


def test_an_organisation_with_its_acronym_and_a_relative_clause_speaks() -> None:
    # The name, its acronym in brackets, then an appositive set off by commas, then the verb.
    body = (
        "The Northern Harbour Alliance (NHA), which sent 40 monitors, said the count had gone "
        '"smoothly and without incident".'
    )
    assert quotes(body) == [("Northern Harbour Alliance", "smoothly and without incident")]


def test_a_known_body_named_with_of_is_one_speaker() -> None:
    body = 'The Economic Community of West African States said the vote was "calm and orderly".'
    assert quotes(body) == [("Economic Community of West African States", "calm and orderly")]


def test_an_unnamed_official_from_a_named_organisation_speaks_for_it() -> None:
    body = (
        "The line closed at dawn. An official from Gravel Transit Company stated: "
        '"We are working with the police."'
    )
    assert quotes(body) == [("Gravel Transit Company", "We are working with the police.")]
    # Of a person's office, or of nobody named: nobody the text names.
    body = (
        "Mayor Lena Ortiz spoke first. An official from Ortiz's office stated: "
        '"We are working with the police."'
    )
    assert quotes(body) == [(None, "We are working with the police.")]


def test_a_name_ending_in_ing_opening_the_sentence_is_its_subject() -> None:
    # "Boeing" is no fronted participle ("Speaking to reporters, ..."): the sentence's subject.
    body = (
        "The Daily Ledger asked Boeing about the jet. Boeing gave no details about the jet, "
        'telling the Ledger the company "extends its deepest sympathies to the families of '
        'the crew."'
    )
    assert quotes(body) == [
        ("Boeing", "extends its deepest sympathies to the families of the crew.")
    ]


def test_a_sentence_opened_by_in_a_statement_quotes_its_subject() -> None:
    # Whatever its verb, the subject issued the statement the sentence quotes, even where
    # the statement names its issuer ("the Harbour Authority will ...").
    body = (
        "In a statement released on Friday, the Harbour Authority justified the closure as "
        '"temporary" in nature: "The Harbour Authority will reopen the quay once the wall '
        'is safe."'
    )
    assert quotes(body) == [
        ("Harbour Authority", "temporary"),
        ("Harbour Authority", "The Harbour Authority will reopen the quay once the wall is safe."),
    ]


def test_as_somebody_put_it_after_a_quotation_names_its_speaker() -> None:
    body = (
        'The Supreme Court heard the case in May. For three days the port "ground to a '
        'standstill" — as the Supreme Court ruling put it — while the strike went on.'
    )
    assert quotes(body) == [("Supreme Court", "ground to a standstill")]
    body = (
        'Mayor Lena Ortiz toured the site. The old pier was "a hazard to every boat in the '
        'bay," as Ortiz put it.'
    )
    assert quotes(body) == [("Lena Ortiz", "a hazard to every boat in the bay,")]
    body = 'The old pier was "a hazard to every boat in the bay," as one fisherman put it.'
    assert quotes(body) == [(None, "a hazard to every boat in the bay,")]


def test_a_papers_title_in_its_reference_is_no_quote() -> None:
    for body in (
        'Reference: Mbeki T, et al "Salt intake and blood pressure in older adults: a cohort '
        'study" Heart 2025.',
        'Reference: Mbeki T, et al. "Salt intake and blood pressure in older adults: a cohort '
        'study" Heart 2025.',
    ):
        assert quotes(body) == []


def test_transport_scotland_is_an_organisation_that_speaks() -> None:
    body = 'Transport Scotland, which owns the ferries, said the delay was "deeply vexing".'
    assert quotes(body) == [("Transport Scotland", "deeply vexing")]


def test_the_words_a_sign_in_the_window_read_are_nobodys_quote() -> None:
    body = (
        "The builder's office on Main Street was locked on Monday, and a sign in the window "
        'read "Closed for stocktaking until further notice." Nobody answered the phone.'
    )
    assert extract_facts(body).quotes == []


def test_a_quotation_that_fills_a_bracket_is_a_gloss_not_speech() -> None:
    """'police brutality ("abusos da policia")': the original words of the phrase before,
    in brackets, are nobody's quotation; a bracketed sentence that quotes somebody is."""
    body = (
        "Anyone who sees police brutality (\u201cabusos da policia por toda parte\u201d) should "
        "call 129, Piet Laan said. Ida Wenn spoke at the Harbour Office (\u201cKontoret for "
        "Havn og Fiske i Bergen\u201d) on Monday."
    )
    assert extract_facts(body).quotes == []
    body = "(\u201cWe will win this fight for the harbour,\u201d Ida Wenn said.)"
    assert [q.speaker for q in extract_facts(body).quotes] == ["Ida Wenn"]


def test_a_first_person_quote_after_its_subjects_sentence_is_theirs() -> None:
    # The sentence before names one person as its subject (no verb of saying): a quotation
    # in the first person that is a sentence of its own is that person speaking of herself.
    body = (
        "Actress Lena Marsh joined the cast in its second year. "
        'Bored with the part, she left after one season. "I wanted more than two lines an episode."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Lena Marsh"]
    # Another person in that sentence, or no first person in the quote: nobody is guessed.
    body = (
        "Actress Lena Marsh joined the cast in its second year. "
        'She left after one season with Tom Reyes. "I wanted more than two lines an episode."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
    body = (
        "Actress Lena Marsh joined the cast in its second year. "
        'She left after one season. "The part was written for somebody else entirely."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
    # The sentence after the quote speaks of somebody else: perhaps theirs, so nobody.
    for after in ("Her husband wept as she spoke.", "Tom Reyes, her agent, agrees."):
        body = (
            "Actress Lena Marsh joined the cast in its second year. "
            f'She left after one season. "I wanted more than two lines." {after}'
        )
        assert all(q.speaker is None for q in extract_facts(body).quotes), after


def test_first_person_words_in_a_frameless_sentence_go_on_with_the_speaker_before() -> None:
    # The sentence has no frame and names nobody: words in the first person there are the
    # speaker's before, still the one in view.
    body = (
        '"I wanted accuracy over comfort," costume maker Rosa Delgado told us. The suit '
        '"gets very hot, so I have to drink a lot of water" during long days.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Rosa Delgado"] * 2
    # Another person named there, a "he" for a woman, no first person, or a label: nobody.
    for sentence in (
        'Her partner Tom Reyes says the suit "gets very hot, so I have to drink a lot".',
        'He says the suit "gets very hot, so I have to drink a lot of water".',
        'The suit "gets very hot and heavy after an hour in the sun".',
        'Event manager: "I have to keep the fans away from the stage door."',
        'A neighbour disagreed: the suit "gets hot, but I hate the noise more".',
        'One resident thinks the suit "gets hot, so I keep my distance".',
    ):
        body = '"I wanted accuracy over comfort," costume maker Rosa Delgado told us. ' + sentence
        assert extract_facts(body).quotes[-1].speaker != "Rosa Delgado", sentence


def test_a_quote_paragraph_goes_on_with_the_speaker_the_paragraph_before_ends_on() -> None:
    # The paragraph before ends on its subject's words: the quote that opens the next one,
    # with no frame of its own, is that speaker's; after a heading (no stop) nobody's.
    body = (
        "The council met on Monday. Mayor Ana Ruiz said the budget was unrealistic.\n\n"
        '"We cannot afford this. The numbers do not add up at all."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Ana Ruiz"]
    body = (
        "Mayor Ana Ruiz speaks at the council meeting on Monday\n\n"
        '"We cannot afford this. The numbers do not add up at all."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [None]
