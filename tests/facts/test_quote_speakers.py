"""Quotes: speakers found through reported clauses, descriptions and appositions (issue 13),
each on sentences we wrote; a wrong speaker is worse than none."""

from __future__ import annotations

from briefing.facts import extract_facts


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in extract_facts(body).quotes]


def test_a_passive_verb_in_the_reported_clause_is_not_the_frame() -> None:
    # "X said staff were being asked to ..." : X speaks, not whoever asked the staff.
    body = (
        "Opposition transport spokesman Grant Whitcombe said commuters were being asked to "
        '"pay more for the same traffic jams on the bridge".'
    )
    assert speakers(body) == ["Grant Whitcombe"]
    body = (
        "Defence minister Paul Hendricks said his department had been told to find savings "
        '"wherever the frigate programme allows it".'
    )
    assert speakers(body) == ["Paul Hendricks"]
    # "added to" a body of evidence is no verb of saying: the frame is "said"
    body = (
        "Dr. Marta Ilves, a geologist who was not involved, said the findings added to "
        '"a growing pile of evidence that the shelf is thinning".'
    )
    assert speakers(body) == ["Marta Ilves"]
    # words said to the subject, with no infinitive: not the subject's
    body = 'Nuno Barros said he was told: "You will never work in this town again."'
    assert speakers(body) != ["Nuno Barros"]


def test_a_pronoun_subject_after_but_or_a_fronted_phrase() -> None:
    # "But he warned ...": the pronoun is the sentence's subject, and "he" after it is the
    # same person.
    body = (
        "Dr. Tobias Lindgren said the survey showed how little was known about the reef. "
        "But he warned that the fishing quota would be raised in the spring.\n\n"
        '"It would be a sad joke to map a reef and then watch it die," he said.'
    )
    assert speakers(body) == ["Tobias Lindgren"]
    body = (
        "Dr. Tobias Lindgren said the survey showed how little was known about the reef. "
        "On Monday, he warned that the quota would be raised in the spring.\n\n"
        '"It would be a sad joke to map a reef and then watch it die," he said.'
    )
    assert speakers(body) == ["Tobias Lindgren"]
    # another person of that sex named in the sentence: unclear
    body = (
        "Dr. Tobias Lindgren said the survey showed how little was known about the reef. "
        "But he met Piotr Nowak, the fisheries minister, on Monday.\n\n"
        '"It would be a sad joke to map a reef and then watch it die," he said.'
    )
    assert speakers(body) == [None]


def test_an_office_in_title_case_set_off_before_the_name() -> None:
    # "Liberal Democrat MP for Bath North, X, said": the office's words are titles.
    body = (
        'Labour MP for Kettleby North, Helen Carver, said the closure was "a disgrace". '
        '"Families will now drive 30 miles for a scan," she said.'
    )
    assert speakers(body) == ["Helen Carver", "Helen Carver"]
    body = (
        'Minister for Fisheries, Oskar Lindahl, said the quota was "a step in the right '
        'direction for the coast".'
    )
    assert speakers(body) == ["Oskar Lindahl"]
    # two names set off by commas: no office, and never the second one
    body = 'Anna Berg, Tom Hale, said the council had been "treated as an afterthought by all".'
    assert speakers(body) != ["Tom Hale"]


def test_a_spokesman_for_an_organisation_described_by_its_kind() -> None:
    # "a spokeswoman for the operator": the organisation the sentence before is about.
    body = (
        "Skerry Ferries confirmed on Monday that its new vessel needs more work on its engines. "
        'A spokeswoman for the operator said it would be handed over in "the first quarter '
        'of next year".'
    )
    assert speakers(body) == ["Skerry Ferries"]
    # the one organisation the sentence before names, when it is not its subject
    body = (
        "Shares in Norvale Mining fell 12 per cent after a copper forecast was cut. "
        'A spokeswoman for the miner said the downgrade reflected "temporary disruption" at '
        "its main site."
    )
    assert speakers(body) == ["Norvale Mining"]
    # the head word in the organisation's name ("the health board")
    body = (
        "The pharmacist worked for the Kestrel Valley University Health Board until 2022. "
        'A spokesman for the health board said it had "strengthened its controls" since then.'
    )
    assert speakers(body) == ["Kestrel Valley University Health Board"]
    # two organisations named: which one is unclear
    body = (
        "Kestrel Energy and Norvale Mining signed the deal. "
        'A spokesman for the company said it had "learned hard lessons from the spill".'
    )
    assert speakers(body) == [None]


def test_an_epithet_for_the_person_just_named() -> None:
    # "the Swede said", "the two-time champion told": the person the sentence before is about
    body = (
        "Tomas Lindqvist kept his world title in Lahti with a jump of 142 metres. "
        '"The wind was kind to me today, and I took it," the Swede said.'
    )
    assert speakers(body) == ["Tomas Lindqvist"]
    assert [p.name for p in extract_facts(body).people] == ["Tomas Lindqvist"]  # not "Swede"
    body = (
        "Faith Wanjiru broke the course record in Rotterdam on Sunday. "
        '"I was not thinking about the record until the last kilometre," the two-time '
        "champion told reporters."
    )
    assert speakers(body) == ["Faith Wanjiru"]
    body = (
        "Alex de Laune, who was broken only once, admitted he had let a chance slip. "
        '"I had him at love-30 and I did not take it," the Australian said.'
    )
    assert speakers(body) == ["Alex de Laune"]
    # another person in the sentence before, or another called so: unclear
    body = (
        "Alex de Laune lost to Matteo Ravelli in three sets. "
        '"I had him at love-30 and I did not take it," the Australian said.'
    )
    assert speakers(body) == [None]
    body = (
        "The Australian Ben Ruddock went out in the first round. Alex de Laune reached the "
        'final. "I had him at love-30 and I did not take it," the Australian said.'
    )
    assert speakers(body) != ["Alex de Laune"]


def test_sam_is_no_mans_name_alone() -> None:
    # Sam is Samuel or Samantha: "she" may stand for a Sam.
    body = (
        '"We have done everything the inspectors asked of us," said Sam Okafor, the hospital\'s '
        'chief executive. "The inspection found no risk to patients," she added.'
    )
    assert speakers(body) == ["Sam Okafor", "Sam Okafor"]


def test_an_office_set_off_before_a_name_is_no_person() -> None:
    # "the Home Secretary, X, said": X speaks; "Home Secretary" is nobody's name.
    body = (
        'The Home Secretary, Priya Mansell, said: "We will not tolerate this." '
        'She later told the broadcaster the plans would be "tough but fair".'
    )
    facts = extract_facts(body)
    assert [p.name for p in facts.people] == ["Priya Mansell"]
    assert [q.speaker for q in facts.quotes] == ["Priya Mansell", "Priya Mansell"]


def test_west_african_honorifics_are_not_part_of_the_name() -> None:
    # "Alhaji Musa Danjuma": the speaker is Musa Danjuma, as with "Mr".
    body = (
        "The marketers' vice-president, Alhaji Musa Danjuma, said members were "
        '"buying dear and selling dear". "Nobody here is happy to raise prices," Danjuma said.'
    )
    facts = extract_facts(body)
    assert [p.name for p in facts.people] == ["Musa Danjuma"]
    assert [q.speaker for q in facts.quotes] == ["Musa Danjuma", "Musa Danjuma"]
    body = 'Alhaja Kudirat Bello, who sells fabric, said: "Customers are not buying this month."'
    assert speakers(body) == ["Kudirat Bello"]
    body = 'Otunba Segun Adeyemi, a community leader, said the market was "dead on arrival".'
    assert speakers(body) == ["Segun Adeyemi"]


def test_single_marks_for_speech_in_a_text_that_also_writes_double_ones() -> None:
    # a paragraph of speech in single marks, framed by "she said", beside double marks
    body = (
        'The operator said the ship would sail in "the first quarter of next year".\n\n'
        "Morag Lennie, who chairs the island's ferry group, said patience had run out.\n\n"
        "'We were promised this boat in 2018,' she said. 'Every year we hear the same line, "
        "and every year the hotels pay the price.'"
    )
    assert [(q.speaker, q.text[:20]) for q in extract_facts(body).quotes] == [
        (None, "the first quarter of"),
        ("Morag Lennie", "We were promised thi"),
        ("Morag Lennie", "Every year we hear t"),
    ]
    # scare quotes and apostrophes in single marks, no frame: nothing
    body = (
        '"It is over," he said.\n\n'
        "The team's 'new era' began on Monday, and the members' union called it 'a shambles'."
    )
    assert [q.text for q in extract_facts(body).quotes] == ["It is over,"]


def test_words_named_in_a_relative_clause_are_its_subjects() -> None:
    # "what she called "..."": the sentence's subject, whom "she" stands for
    body = 'Senator Ruth Calder attacked the bill, which she called "a gift to polluters".'
    assert speakers(body) == ["Ruth Calder"]
    body = (
        "The Ghana Labour Congress gave the government until Friday to reverse the rise or "
        'face what it called "appropriate action".'
    )
    assert speakers(body) == ["Ghana Labour Congress"]
    body = 'Mayor Ilse Varga condemned what Governor Tom Hale described as "a reckless plan".'
    assert speakers(body) == ["Tom Hale"]
    # a pronoun that cannot be the subject, a group, or one word: no speaker, or no quote
    body = 'The report, which she called "deeply flawed and unfair", was published on Monday.'
    assert speakers(body) == [None]
    body = 'The minister defended what critics have called "a tax on the poor".'
    assert speakers(body) == [None]
    body = 'The plan was met with what Kestrel Radio called "fury" from local residents.'
    assert speakers(body) == []


def test_an_age_for_the_one_person_a_profile_names() -> None:
    # a profile: one person named, then "says the 41-year-old" paragraphs later
    body = (
        "When Grace Okafor-Lund opened her repair shop in 2019, the bank told her to expect "
        "losses.\n\n"
        "Six years on, the shop employs seven mechanics and runs free classes.\n\n"
        '"I did not have a plan so much as a stubbornness," says the 41-year-old.'
    )
    assert speakers(body) == ["Grace Okafor-Lund"]
    # an age written before for somebody unnamed, or two people named: nobody
    body = (
        "A 41-year-old man was hurt when Grace Okafor-Lund's van hit a wall.\n\n"
        "The road was closed for an hour.\n\n"
        '"I did not see the wall until it was far too late," says the 41-year-old.'
    )
    assert speakers(body) == [None]
    body = (
        "Grace Okafor-Lund and Tom Hale opened the shop in 2019.\n\n"
        "Six years on, it employs seven mechanics.\n\n"
        '"I did not have a plan so much as a stubbornness," says the 41-year-old.'
    )
    assert speakers(body) == [None]


def test_she_added_goes_on_from_the_quote_before() -> None:
    # another woman named since, saying nothing: "she added" is unclear
    body = (
        '"We will appeal," said Maria Lopez, the union\'s lawyer. Anna Hayes, who led the '
        'strike, was in court. "It is not over," she added.'
    )
    assert speakers(body) == ["Maria Lopez", None]
    # only a man named since: she is the lawyer who spoke
    body = (
        '"We will appeal," said Maria Lopez, the union\'s lawyer. The ruling was a blow to '
        'Peter Hayes, who had led the strike. "It is not over," she added.'
    )
    assert speakers(body) == ["Maria Lopez", "Maria Lopez"]
    # the one named since said something: she goes on
    body = (
        '"We will appeal," said Maria Lopez, the union\'s lawyer. Anna Hayes, who led the '
        'strike, told reporters the members were angry. "It is not over," she added.'
    )
    assert speakers(body) == ["Maria Lopez", "Anna Hayes"]


def test_a_newspaper_named_like_a_people_is_no_epithet() -> None:
    # "the Australian reported": the paper, never the person the sentence before is about
    body = (
        "Prime Minister Tom Hale visited the mine on Monday. "
        '"The government has abandoned the miners," the Australian reported.'
    )
    assert speakers(body) == [None]
    body = (
        "Tom Hale won the title on Sunday. "
        '"I was lucky today and everyone knows it," according to the Australian.'
    )
    assert speakers(body) == [None]


def test_words_the_reporting_subject_was_told_are_not_its_own() -> None:
    # "X said she had been told to "..."": words X heard, not X's
    body = 'Nadia Berg said she had been told to "keep quiet and wait for the review".'
    assert speakers(body) != ["Nadia Berg"]


def test_an_attribution_set_off_inside_the_sentence() -> None:
    # "The lake is still warm, meteorologist X told WGRZ, which is "...""
    body = (
        "The lake is still about 52 degrees, meteorologist Jenna Kowal told the station, "
        'which is "basically fuel for these snow bands" as cold air crosses it.'
    )
    assert speakers(body) == ["Jenna Kowal"]
    body = (
        "His daughter, and a member of the party, Mira Sen wrote, "
        '"Last year was one of the happiest days for me and for my whole family."'
    )
    assert speakers(body) == ["Mira Sen"]
    # a clause with a verb before the comma, or the name after the quote: not set off
    body = 'Smith, who hates Tom Jones, told reporters the plan was "a total and utter disgrace".'
    assert speakers(body) == [None]
    body = (
        'Ruth Calder called the plan a "national embarrassment" for the city, while the '
        "director of the campaign, Tom Hale, declared victory."
    )
    assert speakers(body) != ["Tom Hale"]


def test_a_peoples_noun_before_a_name_is_not_part_of_it() -> None:
    # "Briton Jack Draper" is Jack Draper (the run was nobody, or "Dutchman Wout Kramer")
    body = "Spaniard Carlos Alcaraz beat Briton Jack Draper in Madrid on Sunday."
    assert [p.name for p in extract_facts(body).people] == ["Carlos Alcaraz", "Jack Draper"]
    body = (
        "The striker has scored nine goals in 11 games. "
        '"I am just enjoying my football right now," Dutchman Wout Kramer said.'
    )
    assert speakers(body) == ["Wout Kramer"]


def test_said_a_relative_then_a_one_word_name() -> None:
    # an obituary's "said her daughter, Ellen": the one named after the description
    body = (
        "Joan Merrow, 88, died at home on Sunday. She taught for 40 years. "
        '"She never gave up on a single child," said her daughter, Ellen.'
    )
    assert speakers(body) == ["Ellen"]
    # a short utterance after it, the speaker going on
    assert [q.text for q in extract_facts(body + ' "Not one."').quotes][1:] == ["Not one."]


def test_an_ap_party_and_state_tag_after_the_name() -> None:
    # "Rep. X, D-Calif., said": the tag's full stop ends no clause (the quote was lost)
    for tag in ("D-Calif.", "R-Fla.", "D-N.Y."):
        body = f'"We are not going anywhere," Rep. Dana Price, {tag}, said at a news conference.'
        assert speakers(body) == ["Dana Price"], tag


def test_a_second_quote_after_a_second_verb_of_the_same_subject_keeps_the_speaker() -> None:
    body = (
        'Premier Lena Holt tweeted "Deeply sorry for the delays" and offered "thanks to the '
        'crews who worked through the night."'
    )
    assert speakers(body) == ["Lena Holt", "Lena Holt"]
    body = (
        'Historian Ruth Martin says the founders built this "high wall" to "keep rival '
        'families out of the council."'
    )
    assert speakers(body) == ["Ruth Martin", "Ruth Martin"]
    # a new subject with its own verb of saying between them is not coordination
    body = (
        'Lena Holt called the plan "reckless and late" and the mayor said it was "a fair '
        'compromise for everyone."'
    )
    assert speakers(body)[0] == "Lena Holt" and speakers(body)[1] != "Lena Holt"


def test_verbs_of_opinion_and_attack_frame_a_quote() -> None:
    body = (
        'Lawyer Piet Brandt has doubts about the case. "The council can rest easy," Brandt '
        'opines, "since nobody will appeal the ruling."'
    )
    assert speakers(body) == ["Piet Brandt", "Piet Brandt"]
    body = (
        "Mayor Lena Kell spoke twice. In a later speech, Kell assailed the plan as the "
        '"darkest and most wasteful budget in our history."'
    )
    assert speakers(body) == ["Lena Kell"]


def test_an_indian_honorific_is_not_part_of_the_speakers_name() -> None:
    body = (
        "The gathering was organised by Swami Chakrapani, who heads a Hindu group. "
        'Chakrapani said, "The virus came because people eat animals."'
    )
    facts = extract_facts(body)
    assert [p.name for p in facts.people] == ["Chakrapani"]
    assert speakers(body) == ["Chakrapani"]


def test_a_barristers_rank_after_a_role_and_a_name() -> None:
    # "Prosecutor X KC" opening a sentence: the role is cut off, X is a person who spoke
    body = (
        "The trial ended on Friday. Prosecutor Dana Whitlock KC said the tenants were "
        '"left without heat for the whole of a hard winter" by the firm.'
    )
    assert speakers(body) == ["Dana Whitlock"]
    # a name after a title may open with a city's name and end in a site word
    body = (
        "The trial ended on Friday. Judge Norwich Hall KC said they had "
        '"shown no regard at all for the tenants in their care".'
    )
    assert speakers(body) == ["Norwich Hall"]


def test_she_after_an_unnamed_person_is_not_the_last_speaker() -> None:
    # "One of the victims ... She said": the victim, whom nobody names, not the prosecutor
    body = (
        'Prosecutor Ada Lind said the tenants were "left in the cold all winter long". '
        "\n\nOne of the victims agreed to be named. She said she did it to show others "
        '"there is no shame in speaking up".'
    )
    assert speakers(body) == ["Ada Lind", None]


def test_reacted_on_a_platform_before_the_quote() -> None:
    # "X reacted on Twitter, "..."": the words X posted
    body = (
        "The drummer died on Sunday at 80. Dana Whitlock of the Rolling Pins also reacted "
        'on Twitter, "Sad news today, I remember playing with him when we were young."'
    )
    assert speakers(body) == ["Dana Whitlock"]
    # a colon after what X reacted to: X
    body = 'Dana Whitlock reacted to the ruling of the court: "This is a good day for all of us."'
    assert speakers(body) == ["Dana Whitlock"]


def test_an_aside_naming_the_reports_source_between_verb_and_quote() -> None:
    # "X said — as reported by Y — "..."": X's words, Y only the source
    body = (
        "President Dana Whitlock said — as reported by the Daily Courier — "
        '"The old mill will no longer be a museum. Its status will change."'
    )
    assert speakers(body) == ["Dana Whitlock"]
    body = (
        "Mayor Tomas Berg said, as quoted by the Northern Ledger, "
        '"We will not close the harbour this winter."'
    )
    assert speakers(body) == ["Tomas Berg"]


def test_the_owner_of_a_statement_or_a_website_speaks() -> None:
    # `"A," reads Judge X's statement, "B"`: both the judge's
    body = (
        "The ruling came on Friday.\n\n"
        '"Old rules may once have justified the ban on night fishing," reads Judge Ann '
        'Tallis\'s statement, "but the lake is not what it was."'
    )
    assert speakers(body) == ["Ann Tallis", "Ann Tallis"]
    # "Part of the judge's statement reads "..."": the judge, named before
    body = (
        "Judge Ann Tallis ruled on Friday. Part of the judge's statement reads "
        '"the lake could well take more boats than it did in the past".'
    )
    assert speakers(body) == ["Ann Tallis"]
    # "The Halcyon Foundation's website said: "..."": the foundation
    body = (
        "The Halcyon Foundation published a report on Monday. The Halcyon Foundation's "
        'website said: "There is no cure for it, whatever the remedies sold online claim."'
    )
    assert speakers(body) == ["Halcyon Foundation"]
    # an outlet's report quotes others: not the outlet's words
    body = (
        "The Daily Courier's report said: \"There is no cure for it, whatever the remedies "
        'sold online claim."'
    )
    assert speakers(body) == [None]


def test_a_time_opening_the_sentence_without_a_comma() -> None:
    # "This Wednesday minister X stressed ..., saying "..."": X is the subject
    body = (
        "This Wednesday Foreign Minister Petros Kalamaras stressed the need for approval "
        'by the agency, saying "It is not only a great temple of the city but a symbol for '
        'us all".'
    )
    assert speakers(body) == ["Petros Kalamaras"]
    body = (
        "Last week the harbour board met Mayor Tomas Berg. On Monday Berg rejected the plan, "
        'saying "We will not close the harbour this winter, whatever the board says".'
    )
    assert speakers(body) == ["Tomas Berg"]


def test_a_name_told_the_world_via_a_platform_after_the_quote() -> None:
    # `"...!" X told the world on Thursday via Twitter.`: a sentence of the name, its verb
    # and where it was said, alone after the quote
    body = (
        "The leaders meet on Saturday.\n\n"
        '"Our forest is burning. Literally. Let us talk about it first!" Marc Duval told '
        "the world on Thursday via Twitter."
    )
    assert speakers(body) == ["Marc Duval"]
    # a sentence of its own that reports something else is no frame of the quote before
    body = (
        "The leaders meet on Saturday.\n\n"
        '"Our forest is burning. Literally. Let us talk about it first!" Marc Duval said '
        "the summit would be too late."
    )
    assert speakers(body) == [None]


def test_an_order_by_a_person_announced_by_an_organisation() -> None:
    # "The Navy announced an order by Admiral X directing units to "..."": X's words, not
    # the Navy's
    body = (
        "The Harbour Guard has announced an order by Harbour Guard Commandant Admiral Dana "
        'Whitlock directing units nearby to "join the police in the search for the missing '
        'crew."'
    )
    assert speakers(body) == ["Dana Whitlock"]
    # a report from an outlet about somebody's words: not the outlet's
    body = (
        "Tomas Berg posted a report from The Ledger about the mayor's "
        '"very short-lived plan for the harbour" on Monday.'
    )
    assert speakers(body) != ["Ledger"]


def test_told_by_an_agent_in_the_passive() -> None:
    # "she was told by minister X of "..."": X's words
    body = (
        "President Dana Whitlock visited the site on Monday. In a meeting that day she was "
        'told by Emergencies Minister Tomas Berg of "perhaps forty people under the rubble", '
        "while the search went on."
    )
    assert speakers(body) == ["Tomas Berg"]


def test_a_second_participle_after_and_has_its_own_subject() -> None:
    # `with X calling it "A" and Y calling the process "B"`: B is Y's, never X's
    body = (
        "Republicans attacked the inquiry, with Ann Tallis of Ohio calling it "
        '"rushed" and Tomas Berg of Iowa calling the process "a blatant and obvious coup '
        'against the president".'
    )
    assert speakers(body) == ["Ann Tallis", "Tomas Berg"]
    # a second subject nobody names: nobody, not the first
    body = (
        "Republicans attacked the inquiry, with Ann Tallis of Ohio calling it "
        '"rushed" and one of her colleagues calling the process "a blatant and obvious coup '
        'against the president".'
    )
    assert speakers(body)[1] is None
    # a second verb of the same subject after "and" is no new subject
    body = (
        'Mayor Tomas Berg called the protest an act of "open disorder" and put more '
        'weight on maintaining "calm and order."'
    )
    assert speakers(body) == ["Tomas Berg", "Tomas Berg"]


def test_characterised_as_frames_a_fragment() -> None:
    # "X characterised the deaths as "crushing"": X's word, as after "described ... as"
    body = 'Mayor Dana Whitlock characterised the floods as "crushing" on Monday.'
    assert speakers(body) == ["Dana Whitlock"]
    body = 'The Harbour Board characterized the delay as "a serious breach of the contract".'
    assert speakers(body) == ["Harbour Board"]


def test_a_fronted_phrase_without_a_comma_before_the_subject() -> None:
    # "In the filing itself Acme also made this point, writing "..."": Acme is the subject
    body = (
        "Nordvik Motors told the Ledger it would cooperate. In the filing itself Nordvik "
        'Motors also made this point, writing "In addition, we have told the state agencies."'
    )
    assert speakers(body) == ["Nordvik Motors"]
    # a fronted clause, or a name that is the object of a preposition in the fronted
    # phrase, is not the subject: "it" is not Nordvik
    for fronted in (
        "After talks with Nordvik Motors failed",
        "In a deal with Nordvik Motors earlier",
    ):
        body = (
            f"Acme Foods spoke on Monday. {fronted}, the firm closed the plant. "
            '"We will now close the other plant in the spring," it said.'
        )
        assert speakers(body) != ["Nordvik Motors"], fronted
    # a name inside the fronted phrase is not the subject ("her Twitter account")
    body = (
        "In a statement posted to her Twitter account before the vote, Secretary Dana "
        'Whitlock affirmed her will, writing, "We need certainty, and we will get it."'
    )
    assert speakers(body) == ["Dana Whitlock"]


def test_a_bracket_after_the_subject_of_the_sentence_before() -> None:
    # "X (her works) told of ... . "...": the quote after a sentence whose subject spoke
    body = (
        "At the panel, speakers shared their advice. Comic artist Dana Whitlock (Blue Harbour, "
        "The Tin Fox) told of being forced to rethink her life after years of praise. "
        '"In my first stint, I did not get any work at all."'
    )
    assert speakers(body) == ["Dana Whitlock"]


def test_a_pronoun_after_a_quote_of_its_own_sentence() -> None:
    # `"...," said X, the minister; he described it as "..."`: X, though another man was the
    # subject two sentences back
    body = (
        "According to Chief Inspector Piotr Nowak, fourteen people died. Nowak further said "
        "ninety were hurt. Some victims were flown to the capital.\n\n"
        '"We will use the full force of the law against them," said Tomas Berg, the Defence '
        'Secretary; he described the attacks as a "cowardly act" and urged calm.'
    )
    assert speakers(body) == ["Tomas Berg", "Tomas Berg"]
    # another man named between: unclear
    body = (
        "According to Chief Inspector Piotr Nowak, fourteen people died. Nowak further said "
        "ninety were hurt. Some victims were flown to the capital.\n\n"
        '"We will use the full force of the law against them," said Tomas Berg to Piotr '
        'Nowak; he described the attacks as a "cowardly act" and urged calm.'
    )
    assert speakers(body)[1:] in ([], [None])


def test_a_description_subject_before_an_auxiliary() -> None:
    # "The president did not concede ..., and vowed to keep fighting "..."": the president
    body = (
        "President Dana Whitlock spoke on Monday. The president did not concede defeat, and "
        'vowed to keep fighting "the good fight" in the courts.'
    )
    assert speakers(body) == ["Dana Whitlock"]
    # a description that names nobody in the article: nobody
    body = (
        "President Dana Whitlock spoke on Monday. The minister did not concede defeat, and "
        'vowed to keep fighting "the good fight" in the courts.'
    )
    assert speakers(body) in ([], [None])


def test_took_to_a_platform_to_say() -> None:
    # "X took to Twitter on Monday to say: "..."": X's post
    body = 'Mayor Dana Whitlock took to Twitter on Monday to say: "We will not close the harbour."'
    assert speakers(body) == ["Dana Whitlock"]
    # somebody else asked to say it: not the subject's words
    body = 'Mayor Dana Whitlock asked her deputy to say: "We will not close the harbour."'
    assert speakers(body) != ["Dana Whitlock"]


def test_it_read_after_a_document_the_subject_sent() -> None:
    # "X sent a letter to residents. "...," it read.": the letter's words are X's
    body = (
        "The council met on Monday. Mayor Dana Whitlock sent a letter to residents. "
        '"We will not close the harbour this winter," it read.'
    )
    assert speakers(body) == ["Dana Whitlock"]
    body = (
        "The council met on Monday. Mayor Dana Whitlock sent a letter to residents. "
        'It read: "We will not close the harbour this winter."'
    )
    assert speakers(body) == ["Dana Whitlock"]
    # a letter the subject received is somebody else's
    body = (
        "The council met on Monday. Mayor Dana Whitlock received a letter from residents. "
        '"We will not let you close the harbour this winter," it read.'
    )
    assert speakers(body) == [None]
    # an organisation names itself inside its own statement: still its words
    body = (
        "The Harbour Rowing Federation released a statement about the crash on Sunday. "
        'It read, "The Harbour Rowing Federation has always condemned every form of violence."'
    )
    assert speakers(body) == ["Harbour Rowing Federation"]


def test_a_fronted_participle_then_the_subject_and_a_colon() -> None:
    # "However, addressing the leaders, X proposed: "..."": X, not the participle's frame
    body = (
        "Tomas Berg spoke in the capital on Monday.\n\nHowever, addressing the world's leaders, "
        'Berg proposed: "I ask all the presidents of the world to take our advice".'
    )
    assert speakers(body) == ["Tomas Berg"]
    # words somebody else asked for are not the subject's
    body = (
        "Tomas Berg spoke in the capital on Monday.\n\nHowever, addressing the world's leaders, "
        'Berg was asked: "Will you take our advice, all of you?"'
    )
    assert speakers(body) != ["Tomas Berg"]


def test_a_place_in_an_organisations_appositive_is_not_the_head() -> None:
    # "The NFU, Norway's largest farm union, said ...": the union, not Norway
    body = (
        "Farmers blocked the roads on Monday. The NFU, Norway's largest farm union, said "
        'the protest would go on "for as long as it takes".'
    )
    assert speakers(body) == ["NFU"]


def test_a_name_in_the_appositive_of_a_quoted_subject_is_no_rival() -> None:
    # "X, an adviser to Y, said it was "...". "...," she said": X, who spoke just before
    body = (
        "The talks resumed on Monday.\n\nIn the capital, Dana Whitlock, an adviser to Prime "
        'Minister Tomas Berg, said a full withdrawal was "the first and the last item" on the '
        'list. "Without it, nothing else on the table means anything," she said.'
    )
    assert speakers(body) == ["Dana Whitlock", "Dana Whitlock"]
    # not quoted before: the other name stays a rival
    body = (
        "The talks resumed on Monday.\n\nIn the capital, Dana Whitlock, an adviser to Prime "
        "Minister Tomas Berg, said a full withdrawal was the first item on the list. "
        '"Without it, nothing else on the table means anything," she said.'
    )
    assert speakers(body) in (["Dana Whitlock"], [None])


def test_they_that_issued_a_statement_after_an_organisation() -> None:
    # "Acme criticised the move. They released a statement which said, "..."": Acme
    body = (
        "On Friday the Lakeside Fishing Board (LFB) also opposed the plan, asking for the old "
        "pier to be kept. They released a statement which said, "
        '"Boats have tied up at that pier for two hundred years, and they should go on doing so".'
    )
    assert speakers(body) == ["Lakeside Fishing Board"]
    # a person named in that sentence: "they" may be people, so nobody
    body = (
        "The Harbour Commission met Dana Whitlock on Thursday to discuss the pier. They "
        'released a statement which said, "The pier bears deep meaning to the people of the '
        'town".'
    )
    assert speakers(body) == [None]


def test_a_short_military_rank_neither_names_nor_ends_the_sentence() -> None:
    body = (
        '"We will continue to act against any threat," army spokesman Rear Adm. Daniel Hagari '
        "says in a televised briefing. Maj. Gen. Liu Wei said the drill was routine."
    )
    facts = extract_facts(body)
    assert {p.name for p in facts.people} == {"Daniel Hagari", "Liu Wei"}
    assert speakers(body) == ["Daniel Hagari"]


def test_talked_of_frames_a_fragment() -> None:
    # "X talked of Y's "...": X's words
    body = (
        '"She was the best teacher I ever had," said the head, Tomas Berg. Berg talked of her '
        '"countless hours with the weakest readers" on Monday.'
    )
    assert speakers(body) == ["Tomas Berg", "Tomas Berg"]


def test_an_affiliation_with_an_abbreviation_still_names_the_speaker() -> None:
    # "X of the U.S. Office ... said": the full stops of "U.S." end no clause of the phrase
    body = (
        "Inspector Derrick T. Bolander of the U.S. Office of Fraud Control said in a statement "
        'that the scheme showed "how fast a phone script becomes a prescription".'
    )
    assert speakers(body) == ["Derrick T. Bolander"]
    body = (
        'Agent Mara Quist of the U.S. Coast Guard said: "We searched the bay all night and '
        'found nothing."'
    )
    assert speakers(body) == ["Mara Quist"]
    # a real full stop still ends the phrase: the quote's speaker is not named before it
    body = 'The agent spoke of the U.S. Coast Guard. "We searched all night," a diver said.'
    assert speakers(body) == [None]


def test_a_bare_weekday_fronts_the_sentence_of_the_antecedent() -> None:
    # "Wednesday, X endorsed Y.": the weekday is fronted, X is the subject "he" points to
    body = (
        "Wednesday, the day he left the race, Tom Aldridge endorsed his old rival, Sam Pike. "
        '"Two months ago," he said, "I ran to win."'
    )
    assert speakers(body) == ["Tom Aldridge", "Tom Aldridge"]
    body = 'Friday morning, Lena Ruiz met Ana Soto. "We agreed on nothing," she said.'
    assert speakers(body) == [None]  # two women: "she" is unclear


def test_an_organisation_with_where_it_sits_is_the_speaker() -> None:
    # "a spokesperson for ORG in PLACE said", "ORG in PLACE said": the place does not hide
    # the organisation
    body = (
        "A spokesperson for the Danish Embassy in Quito said staff were "
        '"following the situation hour by hour."'
    )
    assert speakers(body) == ["Danish Embassy"]
    body = 'The Green Party in Tasmania, in its statement, said she was a "tireless worker".'
    assert speakers(body) == ["Green Party"]


def test_a_titles_acronym_after_a_body_noun_opens_a_persons_name() -> None:
    """ "group CEO X", "party MP X": the body noun before is the title's, not the name's."""
    for title, noun in (("CEO", "group"), ("CFO", "company"), ("MP", "opposition party")):
        body = (
            "The ferry firm named a new head on Monday.\n\n"
            f'Announcing it, {noun} {title} Marten Olsberg said: "She knows our ports."'
        )
        facts = extract_facts(body)
        assert [q.speaker for q in facts.quotes] == ["Marten Olsberg"], title
        assert [p.name for p in facts.people] == ["Marten Olsberg"], title
        assert not facts.organisations or "Olsberg" not in facts.organisations[0].name


def test_an_mp_for_a_constituency_set_off_before_the_name_opens_the_subject() -> None:
    """ "Green Party (GP) MP for the Dunmore constituency, X, criticised ...": the office
    with its seat's noun is the title before X, so a "He said" next is X."""
    body = (
        "The farm scheme was cut on Monday.\n\n"
        "Opposition Green Party (GP) MP for the Dunmore constituency, Arlen Sowerby, also "
        'criticised the cut. He said local farms were "being punished for their success".'
    )
    assert speakers(body) == ["Arlen Sowerby"]


def test_director_general_is_a_title_before_the_name() -> None:
    """ "WHO Director-General X said": the title and its body are not part of X's name."""
    for lead in ("WHO Director-General", "Harbour Agency Director-General"):
        facts = extract_facts(f'{lead} Kari Mo said the deal was "a fair one for all".')
        assert [q.speaker for q in facts.quotes] == ["Kari Mo"], lead
        assert [p.name for p in facts.people] == ["Kari Mo"], lead


def test_a_title_case_dateline_before_the_subject_is_skipped() -> None:
    """ "Bergen – The chairman of X, Y, said": the subject is the chairman Y, not X; a name
    before the dash is never skipped as a dateline."""
    tail = (
        "The chairman of the Harbour Users Council, Norwegian captain Lars Hovden, said on "
        'Friday that the plan would ensure a "smooth, calm atmosphere" for the boats.'
    )
    for dateline in ("Bergen – ", "Bergen, Norway (NTB) – ", "BERGEN - "):
        body = f"Harbour talks\n\nTalks resumed on Monday.\n\n{dateline}{tail}"
        assert speakers(body) == ["Lars Hovden"], dateline
    body = (
        "Harbour talks\n\nLars Hovden – The plan is dead – said on Friday that the plan "
        'would ensure a "smooth, calm atmosphere" for the boats.'
    )
    assert speakers(body) == [None]


def test_a_description_before_any_verb_of_saying_is_the_subject() -> None:
    """ "The captain pointed out that ... "..."": the description before "pointed out",
    "stressed", "recalled" is the subject, and the quote after is the one it describes."""
    for verb in ("pointed out", "stressed", "recalled"):
        body = (
            "Harbour talks\n\nThe captain of the ferry, Tor Dahl, arrived on Monday. "
            f"The captain {verb} that the young are a priority. "
            '"Right from the first months, the council has put the young first."'
        )
        assert speakers(body) == ["Tor Dahl"], verb
    body = (
        "Harbour talks\n\nTor Dahl arrived on Monday. The captain pointed out that the young "
        'are a priority. "Right from the first months, the council has put the young first."'
    )
    assert speakers(body) == [None]  # nobody was called the captain


def test_he_after_though_or_although_is_the_main_clauses_subject() -> None:
    """ "X has shared few details of the plan, which collapsed in 2010, though he said ...":
    the clause of "said" opens at the last subordinator before it."""
    lead = "Leaders discussed the latest proposal from Harbour Secretary Piet Laan. "
    for middle in (
        "Laan has shared few details of the plan, though he said",
        "Laan has shared few details of the plan, which collapsed in 2010, although he said",
    ):
        body = f'{lead}{middle} the two sides had narrowed their gap "very significantly."'
        assert speakers(body) == ["Piet Laan"], middle
    body = (
        f"{lead}Laan has shared few details of the plan, though Mayor Ida Wenn said the two "
        'sides had narrowed their gap "very significantly."'
    )
    assert speakers(body) == ["Ida Wenn"]


def test_and_inside_an_appositive_is_no_second_name() -> None:
    """ "X, a track and field athlete from Norway, agreed ...": "and" joins two nouns of the
    appositive, not X and another name; "X and Y agreed" is still two subjects."""
    lead = "Piet Laan won the final in Bergen.\n\n"
    quote = '"It is important to have a harbour that works for everyone," she said.'
    body = f"{lead}Sgt. Mira Kolstad, a track and field athlete from Norway, agreed with Laan.\n\n{quote}"
    assert speakers(body) == ["Mira Kolstad"]
    body = f"{lead}Mira Kolstad and Ida Wenn agreed with Laan.\n\n{quote}"
    assert speakers(body) == [None]


def test_a_practitioners_trade_is_not_part_of_the_speakers_name() -> None:
    """ "Glaciologist X Y", "Cartographer X Y": no given name ends like a science's or a
    trade's practitioner, so the speaker is X Y."""
    for trade in ("Glaciologist", "Cartographer", "Statistician", "Astrophysicist"):
        body = (
            f"Glaciers\n\n{trade} Petra Vogel explains why the figure matters. Asked later, "
            'Vogel laughed. "Yes, it matters," she said.'
        )
        assert speakers(body) == ["Petra Vogel"], trade


def test_a_bodys_long_acronym_in_brackets_before_a_title_and_name() -> None:
    """ "Rural Growers Network (Rugronet) national director X said ...": the bracketed short
    name, however long, is an aside of the body before X's title; X is the subject."""
    body = (
        "Farm subsidy under fire\n\nThe programme was criticised on Monday.\n\n"
        "Rural Growers Network (Rugronet) national director Mirela Tonkin said the scheme, "
        "which began in 2020, should be reviewed.\n\n"
        '"The scheme eats a tenth of the budget, but yields have not improved," she said.'
    )
    assert speakers(body) == ["Mirela Tonkin"]


def test_a_unit_named_by_an_ordinal_is_the_speakers_affiliation() -> None:
    """ "said Staff Sgt. X of the 1st Battalion, 138th Infantry Regiment": the unit is the
    soldier's affiliation, as "of Acme" is, so X speaks."""
    lead = "Harbour drill\n\nSoldiers trained at the harbour last week.\n\n"
    for body in (
        '"The drill went well," said Staff Sgt. Ida Wenn of the 1st Battalion, 138th Infantry '
        "Regiment.",
        'Sgt. Ida Wenn of the 82nd Airborne Division said the drill "went well for everyone".',
    ):
        assert speakers(lead + body) == ["Ida Wenn"], body


def test_a_director_after_a_site_word_is_an_office_not_a_site() -> None:
    """ "Port Director X", "Fort Worth Director X": a site word then a director and a name
    is an officer, who speaks; not a site called "Port Director X"."""
    for title in ("Port Director", "Fort Worth Director"):
        body = (
            "Harbour seizures up\n\nOfficers seized 300 kilograms of plants last month.\n\n"
            f'"These seizures protect our farms," said {title} Ida Wenn.'
        )
        facts = extract_facts(body)
        assert [q.speaker for q in facts.quotes] == ["Ida Wenn"], title
        assert [p.name for p in facts.people] == ["Ida Wenn"], title
