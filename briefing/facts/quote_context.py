"""Who speaks a quotation when its own sentence has no frame: the subject of the sentence
before, a transcript label, or the previous speaker going on. Used by `briefing.facts.quotes`."""

from __future__ import annotations

import re

from briefing.facts import speaker_trace as trace
from briefing.facts.attribution import Attributor, Mention
from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import ROLE_MODIFIERS, ROLE_NOUNS
from briefing.facts.name_tidy import trade_word
from briefing.facts.phrases import NOT_PREMODIFIER
from briefing.facts.roles import is_role
from briefing.facts.speech import BETWEEN_SUBJECT_AND_VERB, VERB
from briefing.facts.thing_subjects import nobody_else

_SUBJECT_AGAIN = lazy(r"^[^.;:\"“”]{0,80}?\b(?:when|as|after|and)\s+(he|she)\s+(?:also\s+)?")
# A sentence that only tells how its subject went on to speak ("X was blunt.", "X smiled.").
_MANNER_ALONE = lazy(
    r"(?:(?:was|is|remained|sounded|seemed)\s+(?:more\s+|less\s+|even\s+|[a-z]+ly\s+)?"
    r"(?:blunt|defiant|adamant|unapologetic|unrepentant|emphatic|candid|frank|philosophical"
    r"|upbeat|cautious|optimistic|pessimistic|sceptical|skeptical|scathing|forthright"
    r"|unequivocal|direct|succinct|brief|unmoved|undeterred|unfazed|matter-of-fact)"
    r"|(?:smiled|grinned|nodded|paused|shrugged|laughed|sighed|chuckled)(?:\s+[a-z]+ly)?)"
    r"[.!]?"
)
_APPOSITIVE = lazy(r"(?:,[^,]{1,160},|\s*\([^()]{1,120}\))\s*")  # (or "X (Nancy Drew) told")
# A time between a subject and its verb ("X on Monday said", "X yesterday told").
_TIME_AFTER_SUBJECT = lazy(
    r"(?:(?:on|early|late|earlier|later)\s+)?(?:(?:this|last)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|weekend|morning"
    r"|afternoon|evening|night|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+(?=[a-z])"
)
_INSIDE_ATTRIBUTION = lazy(
    r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:said|says|added|explained|noted)\s*[,.]"
)


def plain_titles(body: str, lo: int, hi: int) -> bool:
    """Whether body[lo:hi], before a name, holds only titles and capitalised words ("ministry
    spokeswoman"), not a verb ("includes the", "met")."""
    for w in body[lo:hi].split():
        if not w.islower() or w in TITLE_WORDS or w in ("the", "a", "an"):
            continue
        if not w.replace("-", "").isalpha() or w.endswith(("s", "ed", "ly")):
            return False  # "someone,", "includes", "seemingly"
        if w in NOT_PREMODIFIER or w in ("met", "saw", "told", "gave", "took", "left", "led"):
            return False
    return True


def label_speaker(label: str, mentions: list[Mention]) -> str | None:
    """A transcript label ("FÜRACKER", "Mr Harris") resolved to a person named in the text."""
    from briefing.facts.names import fold

    wanted = {fold(w) for w in re.findall(r"[\w’'-]+", label)} - {"mr", "mrs", "ms", "dr"}
    for _, _, kind, name in mentions:
        if kind == "person" and wanted and wanted <= {fold(w) for w in name.split()}:
            return name
    return None


_CLOSING_STOPS = (".", "!", "?", ":", ";", '."', ".”", "!”", "?”", '!"', '?"')


def previous_sentence_speaker(att: Attributor, s_lo: int, quote: tuple[int, int]) -> str | None:
    """A quote that is a sentence of its own, after a sentence whose subject speaks
    ("Smith warned of delays. "We are not ready.")."""
    prev = att.previous_sentence(s_lo)
    if prev is None:
        return None
    lo, hi = prev
    if "\n" in att.body[hi:s_lo] and not att.body[lo:hi].rstrip().endswith(_CLOSING_STOPS):
        # A quote opening the paragraph after one that ends on its subject's words ("Ruiz
        # said the budget was unrealistic.\n\n"We cannot afford this."") goes on with that
        # speaker, as after a frame ending in a colon; a heading without a stop does not.
        return None
    body = att.body
    start = att._skip_fronted(lo, hi)
    phrase = att._subject_phrase(start, hi)
    if phrase is None:
        # "..., Zapata said, adding ...": an attribution set inside the sentence.
        inside = _INSIDE_ATTRIBUTION.search(body, lo, hi)
        if inside is None:
            # "Reefs are noisy, explains X, an ecologist who ...": the attribution after it.
            found = att.trailing_speaker(prev)
            return None if found is None else att._not_inside(found, quote)
        found = att.phrase(inside.start(1), inside.end(1))
        return att.resolve(found, lo, quote) if found and found[0] == "mention" else None
    if phrase[0] == "mention":
        end = phrase[1][1]
    elif phrase[0] == "desc":
        end = phrase[3]
    else:
        end = start + len(phrase[1])
    after = body[end:hi]
    # "Smith, the mayor, also warned ...": an appositive (or a bracket) and adverbs between
    # name and verb.
    appositive = _APPOSITIVE.match(after)
    if appositive is not None:
        after = after[appositive.end() :]
    after = after.lstrip(" ,")
    for _ in range(2):  # (then a time before the verb: "X yesterday said:", "X on Monday told")
        words = after.split(" ", 3)
        while words and words[0].lower() in BETWEEN_SUBJECT_AND_VERB:
            after = after[len(words.pop(0)) :].lstrip()
        when = _TIME_AFTER_SUBJECT.match(after)
        if when is None:
            break
        after = after[when.end() :]
    if _MANNER_ALONE.fullmatch(after.rstrip()) is not None:
        # "X was blunt.", "She smiled.": a sentence that only says how the subject spoke
        return att.resolve(phrase, lo, quote) if phrase[0] in ("mention", "pronoun") else None
    if VERB.match(after) is None:
        # "X broke the news when he revealed that ...": the subject speaks in a clause of
        # its own sentence, as the pronoun of that subject.
        inner = _SUBJECT_AGAIN.search(after)
        if inner is None or VERB.match(after, inner.end()) is None or phrase[0] != "mention":
            found = att.trailing_speaker(prev)  # ("Reefs are noisy, explains X, an ...")
            if found is None:
                found = _speaking_of_self(att, phrase, prev, quote)
            return None if found is None else att._not_inside(found, quote)
        if not plain_titles(body, start, phrase[1][0]):
            return None  # "X met Y when she said": not a plain subject
        found = att.resolve(phrase, lo, quote)
        if found is None or att.kind_of(found) != "person":
            return None
        sex = att.gender(found)
        return found if sex is None or sex == ("m" if inner.group(1) == "he" else "f") else None
    return att.resolve(phrase, lo, quote)


# The speaker's own words about themself: a first person singular.
_FIRST_PERSON = lazy(r"\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Mm]y|me|myself)\b")


def _speaking_of_self(
    att: Attributor, phrase: tuple, prev: tuple[int, int], quote: tuple[int, int]
) -> str | None:
    """`She left the series early. "This is not what I wanted."`: a quotation in the first
    person, a sentence of its own after a sentence whose subject is a person and that names
    nobody else, is that person speaking of themself; else None."""
    if phrase[0] not in ("mention", "pronoun"):
        return None
    if _FIRST_PERSON.search(att.body, quote[0], quote[1]) is None:
        return None
    found = att.resolve(phrase, prev[0], quote)
    if found is None or att.kind_of(found) != "person":
        return None
    for m in att.mentions_in(*prev):
        if m[2] == "person" and not att.same(m, found):
            return None
    _, end = att.sentence(quote[1])  # ("... ." His wife wept as she spoke.": hers)
    after = (
        att.sentence(min(end + 1, len(att.body) - 1))
        if "\n" not in att.body[end : end + 2]
        else None
    )
    if after is not None and after[0] >= end and not nobody_else(att, after[0], after[1], found):
        return None
    trace.step("of-self")
    return found


def speaking_on(att: Attributor, s_lo: int, s_hi: int, quote: tuple[int, int]) -> str | None:
    """`X told the paper ... . The costume "is very warm, so I have to stay calm".`: words in
    the first person set in a sentence that has no frame of its own and names nobody, soon
    after X's quote with nobody else named since, are X's going on; else None."""
    previous = att.previous
    if previous is None or previous[1] != "person" or previous[2] > s_lo:
        return None
    if _FIRST_PERSON.search(att.body, quote[0], quote[1]) is None:
        return None
    if att.body[s_lo : quote[0]].rstrip(" \"“‘'").endswith(":"):
        return None  # ("Deputy Secretary Y: "I read ..."": a label or a lead-in names another)
    if not att._previous_still_current(s_lo, "person"):
        return None
    if not nobody_else(att, s_lo, s_hi, previous[0]):
        return None  # ("A neighbour disagreed: the plan "is a mess and I hate it"")
    sex = att.gender(previous[0])
    for word in _PRONOUN_WORDS.findall(att.body, s_lo, quote[0]):
        if sex is not None and sex != ("m" if word.lower() in ("he", "his", "him") else "f"):
            return None  # (another person than the speaker before)
    trace.step("speaking-on")
    return att._not_inside(previous[0], quote)


_PRONOUN_WORDS = lazy(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")


def titled_label(att: Attributor, line_start: int, open_mark: int) -> str | None:
    """`Secretary of the Air Force James Roche: "..."`: a paragraph that opens with a person's
    name, titles before it only, and a colon right before the quote (a transcript's or an
    exchange's label too long for `LABEL_RE`)."""
    colon = att.body.rfind(":", line_start, open_mark)
    if colon < 0 or open_mark - line_start > 160 or att.body[colon + 1 : open_mark].strip():
        return None
    phrase = att.phrase(line_start, colon, before_verb=True)
    if phrase is None or phrase[0] != "mention" or phrase[1][2] != "person":
        return None
    if phrase[1][1] != colon:
        return None
    return att.named(phrase[1])


LABEL_RE = lazy(
    r"\s*(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ'’ .-]{1,40}|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}):\s*[“\"]"
)


def continued(att: Attributor, previous: tuple[str | None, int], open_mark: int) -> str | None:
    """The previous quote's speaker goes on when nothing but that quote's own sentence stands
    between the two quotes (in one paragraph, or the next one opening with the quote)."""
    speaker, close = previous
    if speaker is None or close < 0 or open_mark - close > 600:
        return None
    _, sentence_end = att.sentence(close - 1)
    gap = att.body[sentence_end:open_mark] if sentence_end <= open_mark else ""
    if not gap.strip():
        return speaker
    if "\n" in gap or att.mentions_in(sentence_end, open_mark) or VERB.search(gap):
        return None
    return speaker


def set_off_subject(att: Attributor, lo: int, hi: int) -> tuple | None:
    """`The lake is still warm, meteorologist X told WGRZ, which is "..."`: an attribution
    set off inside a sentence, its subject the person named (after titles only) between the
    last comma and the verb, when the clause before that comma reports no speech."""
    comma = att.body.rfind(", ", lo, hi)
    if comma < 0 or VERB.search(att.body, lo, comma):
        return None
    phrase = att.phrase(comma + 2, hi, before_verb=True)
    if phrase is None or phrase[0] != "mention" or phrase[1][2] != "person":
        return None
    return phrase if plain_titles(att.body, comma + 2, phrase[1][0]) else None


def went_on(att: Attributor, pronoun: str, found: str | None, lo: int) -> str | None:
    """`"...," she added` soon after another person's quote: "added" says the speaker of
    that quote goes on, so a different antecedent found for the pronoun makes it unclear
    ("Anna Hayes was in court"), unless the sentence before has it say something; with none
    found, that speaker, when everyone named since is known to be of the other sex ("The
    ruling hurt Peter Hayes. "...," she added")."""
    prev = att.previous
    if pronoun not in ("he", "she") or prev is None or prev[1] != "person" or lo - prev[2] >= 700:
        return found
    sex = "m" if pronoun == "he" else "f"
    known = att.gender(prev[0])
    if known not in (None, sex):
        return found
    if found is not None:
        sentence = att.previous_sentence(lo)
        if found == prev[0] or sentence is not None and VERB.search(att.body, *sentence):
            return found  # ("X told the Post ... He added ...": X goes on)
        return None
    if known != sex:
        return None
    for m in att.mentions_in(prev[2], lo):
        if m[2] == "person" and not att.same(m, prev[0]) and att.gender(m[3]) in (None, sex):
            return None
    return prev[0]


def without_title(name: str | None) -> str | None:
    """A speaker's name without a role word that entity finding left on it ("Scientist
    Rebecca Falconer" is Rebecca Falconer): the reader is shown who spoke, not a title."""
    if name is None:
        return None
    words = name.split()
    k = 0  # (every title word, and an organisation's initials before one: "WHO Director-General")
    while len(words) - k >= 3 and _title_word(words[k], words[k + 1]):
        k += 1
    return " ".join(words[k:]) if k else name


def _title_word(word: str, after: str) -> bool:
    """A title before a name: a role word ("Scientist", "Director-General", "Glaciologist"),
    or initials before one ("WHO" in "WHO Director-General X Y")."""
    low = word.lower()
    if low in TITLE_WORDS or low.startswith("co-") or trade_word(word) or is_role(low):
        return True
    if "-" in low and all(part in TITLE_WORDS for part in low.split("-")):
        return True
    return 2 <= len(word) <= 6 and word.isupper() and word.isalpha() and _title_word(after, "")


TITLE_WORDS = (
    ROLE_NOUNS
    | ROLE_MODIFIERS
    | frozenset(
        "co-author scientist researcher legislator lawmaker assemblyman assemblywoman".split()
    )
)


def same_sentence_speaker(att: Attributor, pronoun: str, at: int, s_lo: int) -> str | None:
    """`"...," said X, the minister; he described it as "..."`: a pronoun at `at` after a quote
    of its own sentence is that quote's speaker, when it fits the pronoun and nobody else it
    may stand for is named between; None otherwise (then it is resolved as any pronoun)."""
    previous = att.previous
    if previous is None or not s_lo <= previous[2] <= at or pronoun not in ("he", "she", "it"):
        return None
    kind = "org" if pronoun == "it" else "person"
    if previous[1] != kind:
        return None
    if kind == "person" and att.gender(previous[0]) not in (None, "m" if pronoun == "he" else "f"):
        return None
    for m in att.mentions_in(previous[2], at):
        if m[2] == kind and not att.same(m, previous[0]):
            return None
    return previous[0]


# A subordinate clause opening the sentence ("But when Dr. X, the surgeon, arrived, he said").
_FRONTED_OPENERS = tuple(
    w + " "
    for w in "But And Yet So When After Before While Although Though Because Since Once Until".split()
) + tuple(
    w.lower() + " "
    for w in "When After Before While Although Though Because Since Once Until".split()
)
FRONTED_CLAUSE = lazy(
    r"(?:(?:But|And|Yet|So)\s+)?(?:[Ww]hen|[Aa]fter|[Bb]efore|[Ww]hile|[Aa]lthough|[Tt]hough"
    r"|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]ntil)\s+"
)


def fronted_clause_subject(att: Attributor, pronoun: str, at: int, s_lo: int) -> str | None:
    """`When Dr. X finally arrived, he said the ward had "..."`: "he" or "she" right after a
    subordinate clause that opens the sentence is that clause's subject, a person named whose
    sex fits, when nobody else it may stand for is named in the clause; None otherwise."""
    if pronoun not in ("he", "she") or not att.body.startswith(_FRONTED_OPENERS, s_lo):
        return None
    opening = FRONTED_CLAUSE.match(att.body, s_lo, at)
    comma = -1 if opening is None else att.body.rfind(",", opening.end(), at)
    if comma < 0 or att.body[comma + 1 : at].strip():
        return None
    found = att.subject(opening.end(), comma)
    if found is None or found[1] != "person":
        return None
    named = att.mentions_in(opening.end(), comma)
    after = named[0][1] if named else comma
    if att.body.startswith(", ", after):  # (the subject's appositive: "Dr. X, the surgeon,")
        after = max(after, att.body.find(", ", after + 2, comma) + 2)
    if any(w.lower() in ROLE_NOUNS for w in att.body[after:comma].split()):
        return None  # ("When X met the mayor, he said": the mayor may be "he")
    return found[0] if only_fit(att, found, pronoun, s_lo, at) else None


def only_fit(att: Attributor, found: tuple, pronoun: str, lo: int, at: int) -> bool:
    """Whether the person `found` may be "he" or "she" (`pronoun`) and no other person named
    between `lo` and `at` may be."""
    sex = "m" if pronoun == "he" else "f"
    if att.gender(found[0]) not in (None, sex):
        return False
    return not any(
        m[2] == "person" and not att.same(m, found[0]) and att.gender(m[3]) in (None, sex)
        for m in att.mentions_in(lo, at)
    )
