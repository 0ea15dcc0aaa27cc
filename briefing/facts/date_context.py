"""What the words around a date phrase say about it: the tense of its clause ("will
strike from Thursday" is the next Thursday) and whether a weekday is part of a name
("Sheffield Wednesday"). Used by `briefing.facts.dates`."""

from __future__ import annotations

import re

from briefing.facts.lazy_re import lazy
from briefing.facts.tense_words import following_have, plural_subject
from briefing.facts.weekday_events import prepared_for, scheduled_now, source_day

# Tense cues of a clause, read backwards from a bare weekday or month (the first decides).
_FUTURE_WORDS = frozenset("will 'll ’ll shall won't won’t due upcoming going".split())
# "is scheduled for", "are expected on": future only after a form of "be".
_FUTURE_AFTER_BE = frozenset("scheduled expected set planned slated poised likely".split())
_BE = frozenset("is are 's ’s be am".split())
_ADVERBS = frozenset("now also still already".split())
# A verb of planning or instructing before "to" + verb: what follows is still to happen
# ("plans to vote on Wednesday", "instructed officials to report on Monday").
_PLAN_VERBS = frozenset(
    "plan plans planned planning intend intends intended aim aims aimed hope hopes hoped "
    "expect expects expected anticipated want wants wanted agreed agree agrees decided decide vowed vow "
    "vows promised promise promises pledged pledge pledges threatened threatens prepared "
    "preparing instructed ordered asked urged invited told scheduled set due need needs".split()
)
# Verbs in the present that, with a weekday, tell a schedule or a forecast ("the trial begins
# Monday", "the club faces Arsenal on Saturday", "forecasters predict landfall Saturday").
_SCHEDULED_PRESENT = frozenset(
    "begins starts opens resumes reopens meets faces plays hosts visits travels heads returns "
    "arrives goes closes ends kicks moves predict predicts forecast forecasts expect expects "
    "anticipate anticipates targeting".split()
)
# Their plural forms ("Rovers host Leeds on Tuesday", "the two sides meet on Friday"), which
# are also infinitives: not after "to", "did" or "not" ("did not meet on Tuesday").
_SCHEDULED_PLURAL = frozenset(
    "begin start open close end resume reopen meet face play host visit travel head return "
    "arrive go weigh".split()
)
# A plan in the present, its object before the date ("plans another 14 by the end of its
# financial year in March"); also nouns, so not after a determiner ("the plans in March").
_PLANS_PRESENT = frozenset("plans intends aims targets".split())
# A state in the present that lasts until the date: an end still ahead ("runs until Sunday",
# "remains closed until Friday"); with another word before the date, no cue ("remains in
# custody after his arrest on Sunday").
_ONGOING = frozenset("runs lasts continues remains stays".split())
# A warning or alert for a day is for a day still ahead ("issues amber warning for Thursday");
# not one issued on a day ("issued 14 flood warnings on Monday").
_WARNINGS = frozenset("warning warnings alert alerts".split())
_NOT_A_VERB_AFTER_TO = frozenset(
    "the a an him her them me us it his their its our my your this that these those "
    # a count ("voted seven to four on Tuesday"), not "to" and a verb
    "one two three four five six seven eight nine ten eleven twelve nil".split()
)
# Before "have" as a plain infinitive, not the perfect's auxiliary.
_BEFORE_BARE_HAVE = frozenset("to will shall must should can could may might".split())
_DETERMINERS = frozenset("the a an his her its their this that these those our".split())
# Before a participle that tells a state, not a past event: the verb before them decides.
_BEFORE_PARTICIPLE = frozenset("be been being stay remain stays remains is are".split())
_STRONG_PAST = frozenset("was were had did ago".split())
_BE_PAST = frozenset("was were".split())
# Verbs before "to be" that tell how a thing looked, not what is planned: "looked to be in
# good shape early in Friday's game" is in the past.
_SEEM = frozenset("looked seemed appeared proved looks seems appears proves happened used".split())
# Before a verb of planning, what makes the plan one as it stood ("was planning to", "had
# planned to", "had been scheduled to"): its date is the nearest one, before or after
# publication, as the plan may have been kept or dropped since (tense "near").
_PLANNED_PAST = frozenset("was were had been".split())
# Words whose abbreviation ends with a stop that ends no sentence in news text: months,
# titles, AP's state abbreviations (not "Inc." or "Jr.", which often end one).
_ABBREVIATIONS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gov sen rep gen lt col "
    "sgt capt prof rev supt insp det ala ariz ark calif colo conn del fla ga ill ind kan ky la "
    "md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo".split()
)
# Modal verbs before a verb tell what is still to happen ("tickets can be used on Saturday"),
# unless "have" follows ("may have died on Monday").
_MODALS = frozenset("can may might must should".split())
_UNTIL = frozenset("until till through to".split())
_POSSESSIVE = lazy(r"\w+[’']s\b")  # ("the focus is on Monday's vote": that vote's day)


_PAST_AUXILIARIES = frozenset("was were had".split())
_PAST_WORDS = frozenset(
    "said told went came met took gave made held began left ran won lost saw got fell rose died "
    "struck spoke wrote sent found became kept brought chose drove flew led paid shot sold "
    "stood threw broke caught built bought fought thought knew grew drew blew has have been".split()
)
# (an abbreviation's dots, "U.S.", "a.m.", end no clause) `(?:[A-Za-z]\.){2,}|[\w’']+|[.!?;\n]`,
# written to open with the set of all three branches' first characters and go on by a
# lookbehind on the one read: the engine then skips in C over the spaces and marks between
# words, where the three branches were tried at every character (a third of its cost).
# A stop between digits ("at 7.45pm", "10.30am") ends no clause either: it is part of its word;
# so is a hyphen between letters ("Cunningham-based", "state-owned": adjectives, no past verb).
_CLAUSE_WORD = lazy(
    r"[\w’'.!?;\n](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=[\w’'])[\w’']*(?:(?<=\d)\.(?=\d)[\w’']+|-[\w’']+)*"
    r"|(?<=[.!?;\n]))"
)


# Every word a test of `clause_tense` reads a cue in (and the endings of the others).
_CLAUSE_CUES = (
    _FUTURE_WORDS | _SCHEDULED_PRESENT | _SCHEDULED_PLURAL | _PLANS_PRESENT | _ONGOING | _WARNINGS
    | _MODALS | _FUTURE_AFTER_BE | _STRONG_PAST | _PAST_WORDS
    | frozenset("would could is are least to be who which have if unless extends extend".split())
)  # fmt: skip
_CUE_ENDINGS = ("ed", "held", "made", "shut", "'ll", "’ll")


def clause_tense(body: str, start: int) -> tuple[str | None, bool]:
    """(tense, strong) of the clause before a bare weekday or month: "future" ("will strike
    from Thursday", "is due to meet on Friday", "to be held on"), "past" ("talks ended on
    Monday") or None. Strong cues are auxiliaries; a past verb alone is a weak one."""
    words = _CLAUSE_WORD.findall(body, max(0, start - 120), start)
    if words[-2:-1] in (["and"], ["but"]) and words[-1] == "on" or words[-1:] == ["but"]:
        # "He's always been a cheat, and on Saturday I'm going to expose him": the date opens
        # a clause of its own, whose verb after it tells its tense
        after = _tense_after(body, start)
        if after[0] is not None:
            return after
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in ".!?;\n":
            if word == "." and i > 0 and words[i - 1].lower() in _ABBREVIATIONS:
                continue  # "Sept.", "Gov.", "Calif.": an abbreviation's stop, not a clause's end
            return _opening_tense(body, start, words[i + 1 :])
        lowered = word.lower()
        if lowered not in _CLAUSE_CUES and not lowered.endswith(_CUE_ENDINGS):
            continue  # (most words: no test below can pass)
        previous = words[i - 1].lower() if i > 0 else ""
        if lowered in _FUTURE_WORDS or lowered.endswith(("'ll", "’ll")):  # ("I'll", "we’ll")
            following = [w.lower() for w in words[i + 1 : i + 3]]
            cause = following[:1] == ["to"] and following[1:2] and following[1] in _DETERMINERS
            if lowered == "due" and not cause and previous in _BE_PAST:
                return "near", True  # "was due to stand down in August": a plan as it stood
            if lowered != "due" or not cause:
                return "future", True
            # "due to the shooting in August", "due to a landslide": a cause, not a plan
            continue
        if lowered in _SCHEDULED_PRESENT:
            return "future", False  # "the trial begins Monday", "faces Arsenal on Saturday"
        if lowered in _WARNINGS and i == len(words) - 2 and words[-1].lower() == "for":
            return "future", False  # "issues amber warning for Thursday and Friday"
        if (
            lowered in _WARNINGS
            and words[-1].lower() == "on"
            and any(w.lower() in ("from", "until") for w in words[i + 1 :])
        ):
            return "future", False  # "an amber warning ... from 6pm on Saturday until noon on"
        if lowered in _ONGOING and (words[-1].lower() in _UNTIL or i == len(words) - 1):
            return "future", False  # "runs from 10pm to 6am until Sunday", "continues Thursday"
        if lowered in _PLANS_PRESENT and previous not in _DETERMINERS and word.islower():
            return "future", False  # "plans another 14 stores by March" (not "its plans")
        if (
            lowered in _SCHEDULED_PLURAL
            and word.islower()  # ("the Italian Open final": a name, no verb)
            and plural_subject(words[i - 1] if i > 0 else "")
        ):
            return "future", False
        if lowered == "would":
            return "future", False  # "said the vote would be held on Friday": still to come
        if lowered in ("if", "unless"):
            # "If Thursday's talks fail", "unless the union on Monday accepts": a condition
            # still to be met ("unclear if the meeting on Monday went ahead": its own past)
            comma = body.find(",", start, start + 90)  # (the condition's own clause)
            after = _tense_after(body, start, comma if comma != -1 else start + 90)
            return after if after[0] == "past" else ("future", False)
        if lowered.startswith("extend") and _until_end(words):
            return "future", False  # "has extended a red flag warning through 8 p.m. Thursday"
        if (
            lowered in ("is", "are")  # (or "is open on its website until Thursday")
            and (i == len(words) - 1 or words[-1] == "until" or words[-2:] == [word, "on"])
            and not _POSSESSIVE.match(body, start)
        ):
            return "future", False  # "the final is on Sunday", "the deadline is Friday"
        if (
            lowered == "could"
            and _verb_follows(words, i)
            and words[i + 1] not in ("be", "not", "have", "only", "also")
        ):
            return None, False  # "could develop into a depression by Thursday": its own
            # clause has no tense (not the "said" before it); "could not attend" reads on
        if lowered == "could" and words[i + 1 : i + 2] == ["be"]:
            return "future", False  # "could be activated Tuesday" (not "could not attend")
        if lowered in _MODALS and word.islower():
            if following_have(words, i):
                return "past", False  # "may have died on Monday"
            return "future", False  # "can be used on Tuesday", "should arrive by Friday"
        if lowered == "least" and previous == "at" and i > 1 and words[i - 2].lower() in _UNTIL:
            return "future", True  # "closed until at least Saturday": an end still ahead
        if lowered == "to" and previous == "according":
            return None, False  # "according to a filing on Monday": the source, not the plan
        if lowered == "be" and previous == "to" and (i < 2 or words[i - 2].lower() not in _SEEM):
            return "future", True  # "to be held on August 9" (not "looked to be in control")
        if lowered == "to" and previous in ("is", "are") and _verb_follows(words, i):
            return "future", True  # "the minister is to visit on Friday"
        if lowered == "to" and previous in _BE_PAST and _verb_follows(words, i):
            return "near", True  # "his term was to end in August"
        if (
            lowered == "to"
            and previous in _PLAN_VERBS
            and i > 1
            and words[i - 2].lower() in _PLANNED_PAST
            and _verb_follows(words, i)
        ):
            # "which was planning to hold its primary on Tuesday", "the envoy was expected to
            # join the talks on Thursday"
            return "near", False
        if lowered in _FUTURE_AFTER_BE and (
            previous in _BE or (previous in _ADVERBS and i > 1 and words[i - 2].lower() in _BE)
        ):
            return "future", True  # "is set for", "is now set for"
        if lowered in _FUTURE_AFTER_BE and i == len(words) - 2 and words[-1].lower() == "for":
            # "flights scheduled for Saturday", "talks set for Monday" (unless the clause
            # goes on in the past: "games scheduled for Wednesday were still held")
            comma = body.find(",", start, start + 90)  # (the condition's own clause)
            after = _tense_after(body, start, comma if comma != -1 else start + 90)
            return after if after[0] == "past" else ("future", False)
        if (
            lowered in _FUTURE_AFTER_BE
            and previous == "been"
            and i > 1
            and words[i - 2].lower() in ("has", "have")
        ):
            return "future", True  # "have been planned until December"
        if (
            lowered == "to"
            and i > 0
            and (
                # (not after a past auxiliary: "was expected to pass late Wednesday night")
                previous in _PLAN_VERBS
                and not (previous == "expected" and i > 1 and words[i - 2].lower() in _BE_PAST)
                or (i > 1 and words[i - 2].lower() in _PLAN_VERBS)
                # "instructed ODESC [the committee] to report on Monday": a longer object,
                # when a verb follows "to" (not "happened to him")
                or (
                    i + 1 < len(words)
                    and words[i + 1].islower()
                    and words[i + 1] not in _NOT_A_VERB_AFTER_TO
                    and any(w.lower() in _PLAN_VERBS for w in words[max(0, i - 8) : i - 2])
                )
            )
            # "due to the shooting": a cause, not a plan ("due to meet" is one)
            and not (
                previous == "due" and words[i + 1 : i + 2] and words[i + 1].lower() in _DETERMINERS
            )
        ):
            return "future", False  # "plans to vote on", "instructed officials to report on"
        if lowered == "to" and _verb_follows(words, i) and _headline(body, start):
            return "future", False  # a headline's infinitive: "Heat wave to peak on Friday"
        if lowered in _STRONG_PAST and words[i + 1 : i + 2] != ["until"]:
            return "past", True  # (not "had until December 14 to pay": a deadline)
        if lowered in ("who", "which") and word.islower() and i < len(words) - 1:
            return None, False  # "Wigan, who beat Hull KR on Saturday": its own clause's verb
        if previous in _BEFORE_PARTICIPLE and lowered.endswith(_CUE_ENDINGS):
            continue  # a passive or a state ("will stay closed until"): its auxiliary decides
        if lowered == "have" and previous in _BEFORE_BARE_HAVE:
            continue  # "expect customers to have power back by Friday": not a past
        if lowered in _PAST_WORDS or (
            lowered.endswith("ed")
            and len(lowered) > 4
            and word[0].islower()  # ("United")
            and "-" not in word  # ("state-owned")
            # ("to visit the affected areas on Saturday"; "a trial that entered" is a verb)
            and (previous not in _DETERMINERS or previous == "that")
        ):
            if (
                previous in _PAST_AUXILIARIES
                and lowered not in _FUTURE_AFTER_BE
                and (words[-1].lower() in ("in", "on", "during") or i == len(words) - 1)
            ):
                # "was signed in September", "had attacked in May", "was held March 3-5"
                # (not "had extended the order until May 1": the end of a period still to
                # come)
                return "past", True
            if i == len(words) - 1 and lowered not in ("has", "have", "been", *_FUTURE_AFTER_BE):
                return "past", True  # the verb's own date: "died Sept. 3", "ran Jan. 5-9"
            if any(w.lower() in ("will", "would", "shall") for w in words[max(0, i - 3) : i]):
                continue  # "would visit affected properties from Monday": an adjective
            return "past", False
    return _opening_tense(body, start, words)


_TIME_WORDS = frozenset("a.m. p.m. am pm noon midnight local time".split())


def _headline(body: str, start: int) -> bool:
    """Whether the date at `start` stands in a line without a sentence's end that opens with
    a subject of one to four words and "to" ("Heat wave to peak on Friday")."""
    line_start, line_end = body.rfind("\n", 0, start) + 1, body.find("\n", start)
    line = body[line_start : len(body) if line_end == -1 else line_end].rstrip()
    opening = _CLAUSE_WORD.findall(body, line_start, start)
    to = opening.index("to") if "to" in opening[1:5] else 0
    return (
        to > 0
        and not line.endswith((".", "!", "?", '"', "”", ":"))
        and not any(w in _PAST_WORDS or w.endswith("ed") for w in opening[:to])
    )


def _until_end(words: list[str]) -> bool:
    """Whether the words before a date end with "until", "through" or "to" and a time
    ("through 8 p.m. Thursday"): the date is the end of a period."""
    i = len(words) - 1
    while i >= 0 and (words[i].lower() in _TIME_WORDS or words[i][:1].isdigit()):
        i -= 1
    return i >= 0 and words[i].lower() in _UNTIL


def _verb_follows(words: list[str], i: int) -> bool:
    """Whether a verb (a lower-case word, not a determiner or a number) follows words[i]."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return after.isalpha() and after.islower() and after not in _NOT_A_VERB_AFTER_TO


def _opening_tense(body: str, start: int, words: list[str]) -> tuple[str | None, bool]:
    """The tense of a date in the opening words of its sentence (`words`, before it)."""
    after = _tense_after(body, start)
    if after[0] == "past" and len(words) > 1 and words[-1].lower() == "of":
        # "The original deadline of July 31 had been flagged": a noun's date in the subject,
        # which a past verb after it does not place ("The winner of Saturday's race will
        # take the title" is still ahead)
        return None, False
    return after


def _tense_after(body: str, start: int, end: int | None = None) -> tuple[str | None, bool]:
    """The tense of a clause that opens with its date ("On Friday, the council will vote",
    "Tuesday's vote will decide it"): its first auxiliary after the date, in the sentence
    (or before `end`)."""
    # A closing quotation mark ends the quoted clause: the verb after it ("...by Friday,"
    # Cruz said) is the reporter's, not the tense of what was said.
    end = start + 90 if end is None else end
    for mark in ('"', "”", "''", "’’"):
        found = body.find(mark, start, end)
        if found >= 0:
            end = found
    previous_word = ""
    after = _CLAUSE_WORD.findall(body, start, end)
    for n, word in enumerate(after):
        if word == "." and previous_word in _ABBREVIATIONS:
            continue  # ("Between Jan. 1 and Oct. 31, 1,204 people died")
        if word in ".!?;\n" or n > 12:
            break
        lowered = word.lower()
        if lowered in _FUTURE_WORDS and lowered != "due":
            return "future", True
        if lowered == "to" and previous_word in ("is", "are") and _verb_follows(after, n):
            return "future", True  # "On Wednesday, he and his father are to travel to"
        if lowered in _STRONG_PAST:
            return "past", True
        if lowered in _PAST_WORDS and lowered not in ("has", "have", "been"):
            return "past", False
        if (
            lowered.endswith("ed")
            and len(lowered) > 4
            and word[0].islower()
            and "-" not in word
            and previous_word not in _DETERMINERS
            and lowered not in _FUTURE_AFTER_BE  # ("Friday's planned strike")
        ):
            return "past", False  # "Between March and June, the agency processed ..."
        previous_word = lowered
    return None, False


# "in" before a month: a past verb before it dates the month in the past ("banned travel in
# January"), though a past verb alone does not ("adjourned until March 15"); so do "during",
# "between" and the end of an accounting period ("rose 8% in the year to March").
_IN_BEFORE = lazy(
    r"\b(?:[Ii]n|[Dd]uring|[Bb]etween|(?:year|months|weeks|quarter|half|period)\s+to)\s+$"
)
_END_BEFORE = lazy(r"\b(?:until|till|through)\s+$")
# "since": a date on or before publication, whatever the clause's tense ("costlier since April").
_SINCE_BEFORE = lazy(r"\b[Ss]ince\s+$")
_BY_BEFORE = lazy(r"\b(?:[Bb]y|[Ff]rom|[Ii]nto)\s+$")
# "last November", "next March": the month before or after publication's month.
_LAST_OR_NEXT = lazy(r"\b([Ll]ast|[Nn]ext|(?<=[Tt]his\s)past)\s+$")  # ("this past May")


# Two dates joined by "and", "or" or a comma share their tense ("procedures scheduled for
# Wednesday and Thursday": the second one's own clause reads "scheduled" as a past verb).
_COORDINATED = lazy(
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+(?:and|or)|,)\s+(?:on\s+|until\s+)?"
)
# A future verb right after the date: the date is in its subject ("said the market on
# Saturday would go ahead", "the meeting on Monday will decide").
_FUTURE_AFTER = lazy(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:will|would\s+(?:still\s+|now\s+)?"
    r"(?:go\s+ahead|proceed|take\s+place|be\s+(?:held|played|staged|postponed|delayed"
    r"|cancell?ed|called\s+off|moved|rescheduled)))\b"
)

# A past verb right after the date, with its object: the date is its own clause's ("the
# committee on Tuesday approved a plan"; not "a vote on Tuesday aimed at").
_PAST_AFTER = lazy(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:said|told|[a-z]{3,}ed\s+"
    r"(?:a|an|the|its|his|her|their|plans?|\d))\b"
)

# What is awaited: "ahead of", "in the run-up to", "preparing for" an event on the date.
_AHEAD_BEFORE = lazy(
    r"\b(?:[Aa]head\s+of|in\s+advance\s+of|(?:run|build|lead)[\s-]?up\s+to|countdown\s+to"
    r"|prepar(?:e|es|ing|ations?)\s+for|gear(?:s|ing)?\s+up\s+for"
    r"|turns?\s+(?:\w+\s+)?(?:attention|focus|thoughts)\s+to)\s+(?:the\s+)?$"
)
_AHEAD_ENDS = ("of", "to", "for", "the")  # (the last word of every `_AHEAD_BEFORE` match)
_CLOSING_BEFORE = lazy(r"\bclosing\s+(?:share\s+)?(?:prices?|levels?|values?)\s+(?:on\s+)?$")
_NOUN_AFTER = lazy(r"\s+(?!(?:and|or|to|until|through|at|in|on|of|by|for|is|was|will)\b)[a-z]+\b")
_WORD_BEFORE = lazy(r"(\w+)\s+(?:(?:late|early)\s+)?(?:on\s+)?$")


def date_tense(
    body: str,
    m: re.Match[str],
    start: int,
    end: int,
    kind: str,
    needs: str | None,
    last: tuple[int, str, str | None] | None = None,
) -> str | None:
    """The tense that places a date phrase without its year or week (`kind`: "weekday",
    "month" or "day"): "past", "future", "last" or "next" ("began last November"), "near"
    (a plan as it stood: "was due to vote on Tuesday", the nearest one, even for a weekday)
    or None for the nearest one. `last`: (end, kind, tense) of the tensed date before it."""
    groups = m.groupdict()
    if groups.get("y") or groups.get("rel") or groups.get("mod"):
        return None  # (it says its year or week)
    if last is not None and last[1] == kind and _COORDINATED.fullmatch(body, last[0], start):
        return last[2]
    lo = max(0, start - 30)
    if body[lo:start].rstrip().endswith(_AHEAD_ENDS) and _AHEAD_BEFORE.search(body, lo, start):
        return "future"  # "ahead of Friday's jobs report", "in the run-up to Saturday's final"
    if kind == "weekday" and (prepared_for(body, start) or scheduled_now(body, end)):
        return "future"  # "preparing for a massive rally Sunday", "Monday's meeting is"
    if kind == "day" and body[max(0, start - 4) : start] == "the " and _NOUN_AFTER.match(body, end):
        return None  # "before the November 13 deadline": a noun's modifier, the nearest one
    if kind == "weekday" and body.find("UP NEXT", max(0, start - 250), start) != -1:
        return "future"  # a sports report's closing list of the teams' next games
    if kind == "weekday" and _CLOSING_BEFORE.search(body, max(0, start - 24), start):
        return "past"  # "a 32% premium to its closing price on Friday": a price already set
    tense = _own_tense(body, start, kind, needs)
    if tense == "future" and kind == "weekday" and _PAST_AFTER.match(body, end):
        return "past"  # "will start work after the committee on Tuesday approved the plan"
    if tense != "future" and kind != "month" and _FUTURE_AFTER.match(body, end):
        verb = _WORD_BEFORE.search(body, max(0, start - 40), start)
        word = verb.group(1).lower() if verb else ""
        if not (word.endswith("ed") or word in _PAST_WORDS):
            # (not "the cut ordered on 12 May will cost": a past event in the subject)
            return "future"
    return tense


def _own_tense(body: str, start: int, kind: str, needs: str | None) -> str | None:
    """The tense its own clause and the words just before it give a date phrase."""
    if _SINCE_BEFORE.search(body, max(0, start - 6), start):
        return "past"
    tense, strong = clause_tense(body, start)
    if (
        kind != "weekday"
        and not strong
        and not (
            tense is not None
            and (
                _IN_BEFORE.search(body, max(0, start - 16), start)
                or body.startswith(("Between ", "between ", "From ", "from "), start)  # (a range's)
                # ("would fund the government through September": an end still ahead)
                or (tense == "future" and _END_BEFORE.search(body, max(0, start - 9), start))
            )
        )
    ):
        # "adjourned until March 15": the nearest one ("ended in May", "work starts in
        # September" keep their clause's tense)
        tense = None
    if (
        tense is None
        and kind == "weekday"
        and _BY_BEFORE.search(body, max(0, start - 5), start)
        and not source_day(body, start)  # ("the toll from Friday's attacks")
    ):
        tense = "future"  # "power back by Friday", "from tonight into Friday": still ahead
    if kind == "month" and needs == "cue":
        before = _LAST_OR_NEXT.search(body, max(0, start - 6), start)
        if before is not None:  # "began last November"
            tense = before.group(1).lower().replace("past", "last")
    return tense
