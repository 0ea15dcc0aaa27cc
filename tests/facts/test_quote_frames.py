"""Quotes: more speaker frames of issue 13, each on invented sentences; a speaker is named
only when the sentence structure supports it."""

from __future__ import annotations

from briefing.facts import extract_facts


def quotes(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_facts(body).quotes]


def test_a_verb_and_its_object_are_not_titles_before_a_name() -> None:
    # "won the ... award": the subject is the winner, not the award named after the verb.
    body = (
        "Tomasz Wieczorek, the Kestrel Rovers striker, scored twice on Sunday. "
        "Tomasz Wieczorek won the Golden Boot Trophy award. "
        'He said, "The first half felt good for all of us out there."'
    )
    assert quotes(body) == [
        ("Tomasz Wieczorek", "The first half felt good for all of us out there.")
    ]


def test_according_to_a_statement_released_by_someones_office() -> None:
    body = (
        "Storms flooded the valley on Tuesday. According to a statement released by Governor "
        'Alan Pryce\'s office, "the state will cover the repairs in full."'
    )
    assert quotes(body) == [("Alan Pryce", "the state will cover the repairs in full.")]
    body = 'According to a statement from Kestrel Energy, "the plant will reopen next spring."'
    assert quotes(body) == [("Kestrel Energy", "the plant will reopen next spring.")]


def test_according_to_its_own_document_the_subject_speaks() -> None:
    body = (
        "According to its press release, Kestrel Energy was "
        '"suspending all drilling until further notice."'
    )
    assert quotes(body) == [("Kestrel Energy", "suspending all drilling until further notice.")]
    # "his" cannot be an organisation: no speaker (the words, quoted with their own stop,
    # are still somebody's: a quote nobody is named for).
    body = (
        "According to his press release, Kestrel Energy was "
        '"suspending all drilling until further notice."'
    )
    assert quotes(body) == [(None, "suspending all drilling until further notice.")]


def test_an_organisation_speaker_keeps_its_whole_name() -> None:
    body = (
        "The National Hockey Association met on Friday. According to a statement from the "
        'National Hockey Association, "every game this week is called off."'
    )
    assert [s for s, _ in quotes(body)] == ["National Hockey Association"]


def test_a_surname_left_unlinked_speaks_for_the_one_person_bearing_it() -> None:
    # Spelled without its accent, the surname is found as a person of its own.
    body = (
        "President Oskar Vandermölen met the envoys in the capital. Later, Vandermolen told "
        'reporters: "We will not give up the northern valleys."'
    )
    assert quotes(body) == [("Oskar Vandermölen", "We will not give up the northern valleys.")]
    # Two people bear it: which one spoke is not known.
    body = (
        "Oskar Vandermölen and his sister Ilse Vandermölen met the envoys. Later, Vandermolen "
        'told reporters: "We will not give up the northern valleys."'
    )
    assert quotes(body) == [(None, "We will not give up the northern valleys.")]


def test_pronoun_two_sentences_back_when_nobody_else_fits() -> None:
    body = (
        "Maria Lindqvist opened the new library on Monday. The building cost four million "
        'crowns. "It was a good day for the town," she said.'
    )
    assert quotes(body) == [("Maria Lindqvist", "It was a good day for the town,")]
    # A woman named in between cannot be "he".
    body = (
        "Tomas Reed won the race on Monday. Ana Silva came second. "
        '"It was a good day for the team," he said.'
    )
    assert quotes(body) == [("Tomas Reed", "It was a good day for the team,")]


def test_pronoun_two_sentences_back_stays_empty_when_another_may_be_meant() -> None:
    for between in (
        "His coach cried.",  # a person described, not named
        "Her husband cut the ribbon.",
        "Ana Silva hugged him.",  # the pronoun's sex in between
        "The crowd cheered for Mark Olsen.",  # another man
        "The crowd cheered for Kim Berg.",  # a name of either sex
    ):
        body = (
            f"Tomas Reed won the race on Monday. {between} "
            '"It was a good day for the team," he said.'
        )
        assert quotes(body)[0][0] is None, between


def test_kin_or_role_with_a_possessive_names_the_one_person_introduced_so() -> None:
    crash = "Paul Hensley was killed in the crash on Friday. "
    line = '"He was the kindest man I ever knew," his brother said.'
    body = crash + "His brother Alan Hensley arrived on Sunday. " + line
    assert quotes(body)[0][0] == "Alan Hensley"
    # The possessor is not the brother ("Hensley's brother, Alan").
    body = crash + "Hensley's brother, Alan, flew in from Oslo. " + line
    assert quotes(body)[0][0] == "Alan"
    # Nobody introduced as a brother, or two of them: empty.
    assert quotes(crash + line)[0][0] is None
    body = (
        "Paul Hensley, whose brother Alan Hensley survived, was killed. Mark Olsen, whose "
        'brother Tim Olsen died, spoke too. "He was kind to everyone," his brother said.'
    )
    assert quotes(body)[0][0] is None
    # "her lawyer" is not the one introduced as "his lawyer".
    charged = "Paul Hensley was charged. His lawyer, Anne Kemp, spoke to reporters. "
    body = charged + '"My client denies every charge," his lawyer said.'
    assert quotes(body)[0][0] == "Anne Kemp"
    body = charged + '"My client denies every charge," her lawyer said.'
    assert quotes(body)[0][0] is None


def test_a_role_belongs_to_the_name_it_stands_beside_not_the_next_one() -> None:
    # "Judge Ann Wells sentenced Paul Hensley": the judge is Wells, not Hensley.
    body = (
        "Judge Ann Wells sentenced Paul Hensley to ten years. "
        '"He showed no remorse at any point," the judge said.'
    )
    assert quotes(body) == [("Ann Wells", "He showed no remorse at any point,")]
    body = (
        'Paul Hensley was sentenced to ten years. "He showed no remorse at any point," '
        "the judge said."
    )
    assert quotes(body) == [(None, "He showed no remorse at any point,")]


def test_a_relative_clause_on_a_fronted_phrase_is_skipped_with_it() -> None:
    body = (
        "In Westmark, which was due to vote on Tuesday, Governor Alan Pryce postponed the "
        'election. In a statement on Twitter, he wrote, "We cannot ask voters to risk their '
        'health."'
    )
    assert quotes(body) == [("Alan Pryce", "We cannot ask voters to risk their health.")]


def test_a_name_and_its_verb_alone_after_a_closed_quote() -> None:
    body = (
        "Speaker Nora Pell also named the new managers. "
        '"The people deserve the truth, and the law demands a trial." Nora Pell said. '
        "The House must still vote."
    )
    assert quotes(body)[0][0] == "Nora Pell"
    # A name that starts a sentence of its own with more than a verb is no frame.
    body = 'The crowd waited. "The people deserve the truth and a trial." Nora Pell arrived.'
    assert quotes(body) == [(None, "The people deserve the truth and a trial.")]


def test_pronoun_after_a_sentence_about_a_persons_thing() -> None:
    lead = "Actor Brendan Hale's appearance at the show came straight from filming in Chile."
    line = ' He quipped "I still have dust in my shoes."'
    assert quotes(lead + line) == [("Brendan Hale", "I still have dust in my shoes.")]
    # Another man named there, or the thing being a person ("Hale's brother"): empty.
    other = lead.replace("in Chile", "with Tom Reed")
    assert quotes(other + line)[0][0] is None
    kin = "Actor Brendan Hale's brother came straight from filming in Chile."
    assert quotes(kin + line)[0][0] is None


def test_who_said_after_a_name_and_its_appositive() -> None:
    body = (
        "The research was led by Mark Hollis, a professor at the University of Westmark, "
        'who said "There is a lot of argument about what local management can do."'
    )
    assert quotes(body)[0][0] == "Mark Hollis"
    # "who" after an organisation, or after a phrase that is not an appositive: empty.
    body = (
        "Mark Hollis praised the plan of Kestrel Energy, who said "
        '"There is a lot of argument about what local management can do."'
    )
    assert quotes(body)[0][0] is None


def test_an_acronym_in_brackets_after_a_title() -> None:
    body = (
        "Member of Parliament (MP) Yvette Coles of the Labour Party added, "
        '"The minister is trying to use the Queen to take power."'
    )
    assert quotes(body)[0][0] == "Yvette Coles"


def test_an_organisation_speaking_of_itself_by_its_head_word_keeps_the_quote() -> None:
    body = (
        "The Supreme Court of Westmark is led by Judge Ann Wells. The summary of the ruling "
        'read in part: "This Court has concluded that the order was unlawful and void."'
    )
    assert quotes(body)[0][0] == "Supreme Court of Westmark"
    # Its distinctive word in the quote makes it the quote's topic: no speaker.
    body = 'Kestrel Energy opened a new plant. "Kestrel has broken every promise it made," it said.'
    assert quotes(body)[0][0] is None


def test_a_surname_inside_a_longer_word_of_the_quote_is_not_the_name() -> None:
    body = 'Tomas Lee spoke to reporters. "We need more sleep and fewer meetings," he said.'
    assert quotes(body) == [("Tomas Lee", "We need more sleep and fewer meetings,")]


def test_he_said_of_a_quote_about_a_woman_is_not_the_person_of_unknown_sex_before() -> None:
    # Dana may be a man or a woman: the quote speaks of a "her", the speaker is a "he".
    body = 'Dana Whitlock resigned on Monday. "Her departure is a loss for the state," he said.'
    assert quotes(body)[0][0] is None
    # The one already speaking goes on about somebody else.
    body = (
        'Dana Whitlock called the deal a "political trap" on Monday. She explained, '
        '"By signing it, he has given away the harbour."'
    )
    assert [s for s, _ in quotes(body)] == ["Dana Whitlock", "Dana Whitlock"]


def test_went_on_to_say_or_add() -> None:
    body = (
        "Political scholar Kelly Dittmar spoke first. Dittmar went on to add, "
        '"If we want parity, we need more women in both parties."'
    )
    assert quotes(body)[0][0] == "Kelly Dittmar"
    body = (
        'Former coach John Bracewell was calm. "They have used the same lines for years", '
        "he went on to say."
    )
    assert quotes(body)[0][0] == "John Bracewell"


def test_a_verb_of_saying_that_opens_the_sentence() -> None:
    body = 'Remarked biologist Tierra Curry, "This reprieve is a thank-you from the butterflies."'
    assert quotes(body)[0][0] == "Tierra Curry"


def test_read_a_statement_from_someones_office() -> None:
    body = (
        '"We will fight this ruling in every court," read a statement from Senator Dana '
        "Whitlock's office."
    )
    assert quotes(body)[0][0] == "Dana Whitlock"
    # A statement of nobody named: empty.
    body = '"We will fight this ruling in every court," read the statement.'
    assert quotes(body)[0][0] is None


def test_mr_or_mrs_picks_the_one_bearer_of_a_shared_surname() -> None:
    lead = "Daniel Marsh and Louise Marsh were sentenced on Friday. "
    line = '"I love my children very much," {} said.'
    assert quotes(lead + line.format("Mrs Marsh"))[0][0] == "Louise Marsh"
    assert quotes(lead + line.format("Mr. Marsh"))[0][0] == "Daniel Marsh"
    assert quotes(lead + line.format("Marsh"))[0][0] is None


def test_two_names_joined_by_and_are_no_one_subject() -> None:
    body = (
        'Kestrel Energy and Nordvik Oil signed the deal. "This is a historic day for the '
        'region," the company said.'
    )
    assert quotes(body)[0][0] is None
    body = (
        'Tomas Reed and his wife Ana Reed left the court. "We are very happy with the '
        'verdict," he said.'
    )
    assert quotes(body)[0][0] is None
    body = 'Tomas Reed left the court and went home. "I am very happy with the verdict," he said.'
    assert quotes(body)[0][0] == "Tomas Reed"


def test_somebody_elses_claim_or_words_before_the_quote_are_not_the_subjects() -> None:
    body = (
        "Senator Dana Whitlock responded to Tomas Reed's claim that "
        '"the budget was written by lobbyists for lobbyists."'
    )
    assert quotes(body)[0][0] is None
    body = (
        "Senator Dana Whitlock recalled her father's words: "
        '"Never trust a budget you did not write yourself."'
    )
    assert quotes(body)[0][0] is None
    # Her own message is hers.
    body = 'Senator Dana Whitlock posted the message: "We will never trust this budget."'
    assert quotes(body)[0][0] == "Dana Whitlock"


def test_said_a_persons_kin_then_the_name() -> None:
    body = '"The budget is short this year," said Tomas Reed\'s wife, Ana Reed.'
    assert quotes(body)[0][0] == "Ana Reed"


def test_quoting_somebody_else_leaves_the_speaker_empty() -> None:
    body = '"The budget is short this year," Senator Dana Whitlock said, quoting Tomas Reed.'
    assert quotes(body)[0][0] is None
    body = '"The budget is short this year," said Senator Dana Whitlock, quoting Tomas Reed.'
    assert quotes(body)[0][0] is None


def test_a_quotation_paragraph_signed_with_a_dash() -> None:
    body = (
        'The senator spoke at length.\n\n"I intend to give that some serious thought."\n\n'
        "—Dana Whitlock\n\nThe vote is next year."
    )
    assert quotes(body)[0][0] == "Dana Whitlock"
    body = '"Women in technical fields are a big change."  — Aparna Garg, Mysore Railway Manager'
    assert quotes(body)[0][0] == "Aparna Garg"
    # A signature under a quote framed in its own sentence does not replace the frame.
    body = (
        'Tomas Reed wrote to her once: "If you cannot do it now, wait for the spring."\n\n'
        "—The mayor of Westmark, Dana Whitlock"
    )
    assert quotes(body)[0][0] == "Tomas Reed"


def test_an_initial_inside_the_name_after_the_verb() -> None:
    body = '"I am saddened to report this loss to the court," wrote Chief Justice John G. Roberts.'
    assert quotes(body)[0][0] == "John G. Roberts"


def test_addressed_the_public_before_a_colon() -> None:
    body = (
        'Governor John Bel Edwards addressed the public: "No one should take this storm lightly."'
    )
    assert quotes(body)[0][0] == "John Bel Edwards"


def test_a_pronoun_after_a_fronted_phrase_without_a_comma() -> None:
    body = (
        "Senator Dana Whitlock spoke at a rally. On the live television she said, "
        '"The old harbour will never close again."'
    )
    assert quotes(body)[0][0] == "Dana Whitlock"


def test_an_office_description_is_not_the_speaker_who_holds_another_office() -> None:
    body = (
        "The director of Westmark's Amnesty office, Mariela Bosch, said the president had "
        '"heard the demands of women." The archbishop said "We need to pray that life wins."'
    )
    assert [s for s, _ in quotes(body)] == ["Mariela Bosch", None]
    # The same office, or a role that is no office ("study author"), may be the speaker.
    body = (
        '"We knew it all along," said Karen Alley, the institute\'s director. '
        'The director added, "We did not know how much."'
    )
    assert [s for s, _ in quotes(body)] == ["Karen Alley", "Karen Alley"]


def test_a_title_after_a_possessive_is_not_a_quote() -> None:
    body = (
        '"The bill is dead for this year," Senator Dana Whitlock told CNN\'s "State of the Union."'
    )
    assert quotes(body) == [("Dana Whitlock", "The bill is dead for this year,")]
    # Words that are no title stay a quote.
    body = 'Senator Dana Whitlock called it the city\'s "worst budget in living memory."'
    assert quotes(body) == [("Dana Whitlock", "worst budget in living memory.")]


def test_a_statement_from_an_organisation_is_its_words() -> None:
    body = 'A statement from Kestrel Energy said: "The plant will reopen next spring."'
    assert quotes(body)[0][0] == "Kestrel Energy"
    # A statement from somebody's family is not the words of the one it is named after.
    body = 'A statement from the family of Tomas Reed said: "He was a kind and gentle man."'
    assert quotes(body)[0][0] is None


def test_a_person_described_by_a_word_before_a_colon() -> None:
    body = 'Senator Dana Whitlock was blunt: "This budget is dead on arrival."'
    assert quotes(body)[0][0] == "Dana Whitlock"
    for lead in (
        "The verdict was clear:",  # no person
        "Senator Dana Whitlock's message was clear:",  # her message, not her
        "Senator Dana Whitlock was arrested:",  # something done to her
    ):
        found = quotes(f'{lead} "This budget is dead on arrival."')
        assert not found or found[0][0] is None, lead


def test_a_name_in_title_case_is_not_a_quote() -> None:
    body = 'A fire was reported in the "Kiss & Ride" section of the car park, the police said.'
    assert quotes(body) == []
    body = (
        'Act No. 12, also known as the "Radio Licence Law", states "no person shall '
        'operate a station without a licence."'
    )
    assert [t for _, t in quotes(body)] == ["no person shall operate a station without a licence."]


def test_words_on_a_sign_or_banner_are_not_a_quote() -> None:
    body = 'Marchers carried a banner saying "keep the harbour open for all of us".'
    assert quotes(body) == []
    body = 'A "Where is the mayor? Bring back the ferry" sign was held up by a marcher.'
    assert quotes(body) == []


def test_a_persons_clause_ending_in_a_colon_before_the_quote() -> None:
    body = (
        "Mayor Ilse Varga disagreed with the council's findings: "
        '"The flood plan protects nobody east of the river."'
    )
    assert quotes(body) == [("Ilse Varga", "The flood plan protects nobody east of the river.")]
    # words the subject heard, read or was asked, and a clause of someone else: no speaker
    for body in (
        'Mayor Ilse Varga was asked about the flood plan: "Will it protect the east bank?"',
        'Mayor Ilse Varga received a petition: "We want the east bank protected this winter."',
        'Mayor Ilse Varga arrived and the crowd roared: "We want the east bank safe before the winter comes back."',
    ):
        assert [speaker for speaker, _ in quotes(body)] == [None], body
    # no verb: a transcript's label, not a clause
    body = (
        "Civilian Deputy Undersecretary of the Navy for Supply Ilse Varga: "
        '"I read with disgust the article on the new frigates."'
    )
    assert [speaker for speaker, _ in quotes(body)] in ([None], ["Ilse Varga"])


def test_a_sentence_adverb_before_the_subject_is_skipped() -> None:
    for adverb in ("Namely", "Additionally", "Nevertheless"):
        body = (
            "Mayor Ilse Varga opened the bridge on Monday. "
            f'{adverb}, Mayor Varga said on Tuesday, "The east bank will be safe this winter."'
        )
        assert [speaker for speaker, _ in quotes(body)] == ["Ilse Varga"], adverb


def test_an_aside_between_the_auxiliary_and_the_verb() -> None:
    # "X has, in a statement, urged ...": the aside is no part of the subject
    body = (
        "The Transport Ministry has, in a statement, urged drivers to "
        '"remember that the lives of other people depend on you."'
    )
    assert [q[0] for q in quotes(body)] == ["Transport Ministry"]


def test_called_on_somebody_to_frames_the_appeal() -> None:
    # "X called on drivers to "..."": X's appeal
    body = 'The Transport Ministry called on drivers to "remember that other lives depend on you."'
    assert [q[0] for q in quotes(body)] == ["Transport Ministry"]
    body = (
        "The Transport Ministry has, in a statement, called on drivers to "
        '"remember that the lives of other people depend on you."'
    )
    assert [q[0] for q in quotes(body)] == ["Transport Ministry"]


def test_a_pronoun_opening_a_subordinate_clause_is_the_main_subject() -> None:
    # "X was dropped after he described Y as "..."": X
    body = (
        "Tom Harlow was dropped by the station in 2007 after he described the rival team as "
        '"a bunch of lazy cowards."'
    )
    assert [q[0] for q in quotes(body)] == ["Tom Harlow"]
    # another man named before the pronoun: unclear
    body = (
        "Tom Harlow was dropped by Sam Osei in 2007 after he described the rival team as "
        '"a bunch of lazy cowards."'
    )
    assert [q[0] for q in quotes(body)] in ([], [None])


def test_referred_to_as_frames_the_subjects_words() -> None:
    body = (
        "Tom Harlow was dropped by the station in 2007 after he referred to the rival team as "
        '"a bunch of lazy cowards." He later apologised.'
    )
    assert [q[0] for q in quotes(body)] == ["Tom Harlow"]
    # `X called it "A", and on Twitter referred to it as "B"`: X again
    body = (
        'Mayor Dana Whitlock repeatedly called the audit a "witch hunt", and on Twitter '
        'referred to the report as "The Harbour Hoax".'
    )
    assert [q[0] for q in quotes(body)] == ["Dana Whitlock", "Dana Whitlock"]
    # a one-word characterisation after "as" with nobody named is no utterance
    body = (
        "The embassy said the man died on Friday. Local officials referred to him as "
        '"Norwegian-American." The ministry did not comment.'
    )
    assert quotes(body) == []


def test_a_fronted_past_participle_is_skipped_before_the_subject() -> None:
    # "Known as a loud critic, X was dropped after he referred to ...": X
    body = (
        "Known as a loud critic of the league, Tom Harlow was dropped by the station in 2007 "
        'after he referred to the rival team as "a bunch of lazy cowards."'
    )
    assert [q[0] for q in quotes(body)] == ["Tom Harlow"]


def test_a_voice_noun_of_the_body_before_the_name() -> None:
    # "speaker of the assembly X wrote": X, who speaks for the assembly
    body = (
        "The council met on Monday. Offering his condolences, speaker of the assembly Tom "
        'Harlow wrote on Facebook: "He served the town for forty years and never asked for thanks."'
    )
    assert [q[0] for q in quotes(body)] == ["Tom Harlow"]
    # "a critic of the mayor X": the critic is somebody else
    body = (
        "The council met on Monday. Offering his condolences, a critic of the mayor Tom "
        'Harlow wrote on Facebook: "He served the town for forty years and never asked for thanks."'
    )
    assert [q[0] for q in quotes(body)] != ["Tom Harlow"]


def test_a_noun_of_a_verbs_form_after_a_determiner_is_not_the_verb() -> None:
    # "X denounced the claims as a "..."": "claims" is a noun here, "denounced" the verb
    body = 'Former governor Tom Harlow denounced the claims as a "national embarrassment".'
    assert quotes(body) == [("Tom Harlow", "national embarrassment")]


def test_a_titled_name_and_a_colon_opening_the_paragraph_labels_the_quote() -> None:
    # an exchange set out as "Title of the Body Name: "..."": that person's words
    body = (
        "The following exchange was read into the record.\n\nMinister of the Interior Tom "
        'Harlow: "We will not close the border this winter, whatever they say."\n\nA letter to '
        'Tom Harlow: "You must close the border before the winter comes, or we will."\n'
    )
    assert [q[0] for q in quotes(body)] == ["Tom Harlow", None]


def test_labelling_a_plural_possessors_comments_as() -> None:
    # "labelling the Australians' comments as "a yawn"": British spelling, and "comments"
    # after a plural possessive is a noun
    body = (
        "New Zealand batsman Tom Harlow went further, labelling the Australians' comments "
        'as "a yawn".'
    )
    assert quotes(body) == [("Tom Harlow", "a yawn")]


def test_underlined_and_mentioned_frame_quotes() -> None:
    body = (
        "Mayor Dana Whitlock underlined that the town would be "
        '"very happy if the province were to reconsider its whole approach".'
    )
    assert [q[0] for q in quotes(body)] == ["Dana Whitlock"]
    # words on a banner that "mentioned" them are nobody's
    body = 'The train had banners on it which mentioned "Harbour Day Celebration of the Workers".'
    assert quotes(body) == []


def test_a_nickname_inside_the_speakers_name_does_not_end_the_frame() -> None:
    body = (
        '"We built the plant our customers asked for," chief executive Margaret "Peg" '
        "Harlowe said on Friday. The firm makes seats."
    )
    assert [(q.speaker, q.text[:9]) for q in extract_facts(body).quotes] == [
        ('Margaret "Peg" Harlowe', "We built ")
    ]
    body = (
        'The council opposes the plan, and its director, Thomas "Tommy" Brackley, said that '
        '"caps on prices treat the symptom and not the disease."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ['Thomas "Tommy" Brackley']


def test_said_in_written_evidence_is_said_not_written() -> None:
    body = (
        "The union's head, Wendy Coltrane, said in written evidence that the rules were "
        '"a burden on every small shop in the county".'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Wendy Coltrane"]


def test_an_ambassador_to_a_country_is_a_title_before_the_speakers_name() -> None:
    body = (
        "Canadian Ambassador to Norway Helen Brightwater said the airline had "
        '"carried weapons for a hostile state," and the ban followed.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Helen Brightwater"]


def test_a_camp_named_with_a_pro_prefix_is_the_speakers_affiliation() -> None:
    body = (
        "Lawmaker Joyce Tamsin from the pro-Brussels camp said at a briefing: "
        '"The behaviour of my colleagues was an insult to every voter in the chamber."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Joyce Tamsin"]


def test_said_the_manager_of_a_body_then_the_name_is_the_named_person() -> None:
    body = (
        '"The old town cannot take the crowds for free," explained the manager of Portvale '
        "Tourism, Inés Carrasco Oyarzún, in an interview. The levy starts in May."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Inés Carrasco Oyarzún"]


def test_said_the_mayor_of_a_city_then_its_state_names_no_speaker() -> None:
    body = '"We will fix the roads this year," said the mayor of Springfield, Illinois, on Monday.'
    assert [q.speaker for q in extract_facts(body).quotes] == [None]


def test_said_the_officer_in_charge_then_a_name_with_a_particle() -> None:
    body = (
        '"It was a scheme that took food from the children," said the police delegate in '
        "charge of the case, Tiago Moreira de Albuquerque, at a press conference."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Tiago Moreira de Albuquerque"]


def test_said_then_a_name_with_a_nickname_names_the_whole_person() -> None:
    body = (
        '"We started in a garage in East Austin," said Wesley "Wes" Okafor, co-founder of '
        "the firm. It employs 40 people."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ['Wesley "Wes" Okafor']


def test_a_stance_verb_and_its_object_as_frame_the_subjects_words() -> None:
    body = 'Opposition Leader Dana Whitcombe dismissed the budget as "a deathbed conversion."'
    assert [q.speaker for q in extract_facts(body).quotes] == ["Dana Whitcombe"]


def test_said_the_capitalised_office_then_its_holder_names_the_holder() -> None:
    body = (
        '"Order! The chamber will hear the answers," said the Speaker, Sir Alistair Penhale, '
        "who has heard it all before."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Alistair Penhale"]


def test_for_a_person_the_quoted_view_is_theirs() -> None:
    # "For X, the plan "..."": the view of the person the fronted "For" names.
    body = (
        "The council backed the bypass on Monday.\n\n"
        "For transport researcher Dr. Ines Albrecht-Moyo of the Lowfield Institute, the plan "
        '"moves the jam two miles down the road."'
    )
    assert [(q.speaker, q.text) for q in extract_facts(body).quotes] == [
        ("Ines Albrecht-Moyo", "moves the jam two miles down the road.")
    ]


def test_for_a_person_with_a_verb_of_saying_after_is_not_that_frame() -> None:
    body = (
        "For Ines Albrecht-Moyo, the council said the plan would "
        '"move the jam two miles down the road."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] in ([], [None])


def test_indicated_and_reminded_report_words() -> None:
    body = (
        "The Lowfield Water Board indicated that the repairs would be finished "
        '"before the end of the spring."\n\n'
        "Police Chief Dana Whitlock-Osei reminded residents that "
        '"no bank will ever ask for your PIN by phone."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [
        "Lowfield Water Board",
        "Dana Whitlock-Osei",
    ]


def test_said_a_name_of_a_lower_case_affiliation_is_that_name() -> None:
    body = (
        "The fine was the largest this year.\n\n"
        '"We have not seen a leak this size in a decade," said regional director Marte '
        "Lindqvist-Aas of the agency's northern office in Tromsø."
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Marte Lindqvist-Aas"]


def test_a_name_in_its_own_script_in_brackets_then_an_affiliation() -> None:
    body = (
        "Lawmakers debated the rail budget on Tuesday.\n\n"
        "Legislator Lin Wei-ting (林韋廷) of the Green Party, who represents Taitung, said the "
        'ministry had been "sitting on the plan for two years" and asked for a vote.'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Lin Wei-ting"]


def test_who_after_a_name_of_an_organisation_after_a_fronted_phrase() -> None:
    body = (
        "The board approved the plant on a 4-1 vote.\n\n"
        "Also speaking in favor was Dana Whitlock-Osei of the Lowfield Business Alliance, who "
        'called the vote "a test of whether the county is open for business."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Dana Whitlock-Osei"]


def test_blunt_when_asked_then_a_colon_is_the_subjects_quote() -> None:
    body = (
        "Rovers turned down a bid for their striker.\n\n"
        "Rovers chairman Tomas Albrecht-Moyo was blunt when asked about the offer on Friday: "
        '"He is not for sale in January. Full stop."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Tomas Albrecht-Moyo"]


def test_said_a_special_agent_in_charge_names_the_agent() -> None:
    body = (
        "Four people were charged in a billing fraud.\n\n"
        '"These defendants turned a health program into a bank account," said FBI Dayton '
        "Special Agent in Charge Marisol Okafor-Lind.\n\n"
        "Special Agent in Charge Derek Whitcombe of the Office of Inspector General said the "
        'case showed "how quickly a script can become a prescription."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == [
        "Marisol Okafor-Lind",
        "Derek Whitcombe",
    ]


def test_which_the_titled_official_described_as_names_that_official() -> None:
    body = (
        "Director General of the Tea Authority, Selam Woldemariam, opened the auction on "
        "Monday.\n\nA lot of green tea sold for 900 birr per kilogram, which the Director "
        'General described as "a historic price for a small grower."'
    )
    assert [q.speaker for q in extract_facts(body).quotes] == ["Selam Woldemariam"]


def test_a_clause_of_the_subjects_own_before_a_colon_names_the_speaker() -> None:
    """A manner with what it is about, an answer "when asked", a time clause with nobody
    else in it, names in a list: still one clause of the subject's before the quote."""
    lead = "The island got a new ferry on Monday.\n\n"
    for frame, speaker in (
        ("Harbour master Tomas Brennick was blunt about the delays:", "Tomas Brennick"),
        ("Union leader Mara Ostfeld did not hold back when asked about the plan:", "Mara Ostfeld"),
        ("Pilot Jonas Herrick was candid about the first week, when the boat ran late:", "Jonas Herrick"),
        ("Director Lena Korhonen then described the storms that hit Ulvik, Brekke and Voss:\n\n", "Lena Korhonen"),
        ("Senior pilot and former mayor Jonas Herrick, interviewed on radio, summed it up:", "Jonas Herrick"),
        ("Union leader Mara Ostfeld had a simple message for the owners:", "Mara Ostfeld"),
    ):  # fmt: skip
        body = f'{lead}{frame} "We lost a whole season to the weather."'
        assert [q.speaker for q in extract_facts(body).quotes] == [speaker], frame
    for frame in (
        "Skipper Ada Renwick smiled and her brother took the microphone:",  # a second subject
        "Skipper and owner Ada Renwick smiled and her brother took the microphone:",
        "Ferry owner Piet Laan sat down after the mayor announced:",  # another's speech
        "Ferry owner Piet Laan listened as Mayor Ida Wenn spoke:",  # another person
        "Harbour master Tomas Brennick was told by the owners:",  # a passive
    ):
        found = extract_facts(f'{lead}{frame} "We lost a whole season to the weather."').quotes
        assert [q.speaker for q in found] in ([], [None]), frame
