"""Speakers that a sentence with no verb of saying still makes plain: the subject of a verb
of stance whose object or complement the quotation is (`X lauded Y as a "..."`, `X attacked
the plan as "..."`, `X praised Y's "..."`, `X cited "..."`, `X has called it "..."`), and a
paragraph that opens with a long title and a name before a colon (`Deputy Undersecretary of
the Air Force for Acquisition X: "..."`). Used by `briefing.facts.quotes` only when no other
frame was found: a speaker is named only when the subject is a name (or a pronoun that
resolves) right before the verb, an appositive or an adverb at most between."""

from __future__ import annotations

from briefing.facts.attribution import Attributor
from briefing.facts.lazy_re import lazy
from briefing.facts.speech import DOCUMENTS, MEDIA, PARTICIPLES, VERB

# Verbs of stance whose object the subject's own words evaluate.
_JUDGE = (
    r"lauded|praised|hailed|applauded|commended|attacked|criticized|criticised|condemned"
    r"|slammed|blasted|dismissed|derided|mocked|ridiculed|decried|denounced|lambasted"
    r"|welcomed|rejected|cited|credited|described|characterized|characterised|branded"
    r"|labelled|labeled|termed|called|considers|considered|deemed|voiced|highlighted"
    r"|questioned|thanked|apologized|apologised"
)
# The object: a few words, none of them a verb of another clause or a relative word.
_OBJECT = (
    r"(?:(?!(?:that|which|who|whom|saying|calling|and|but|to|of|on|by|for)\s)[\w’'.-]+\s+){0,7}?"
)
# `X lauded Y as a "..."`, `X attacked the plan as "..."`, `X praised Y's "..."`, `X cited "..."`,
# `X has called it "..."` (the verb's object, then the quote as its complement).
_STANCE = lazy(
    rf"(?:(?:has|had|have|also|publicly|repeatedly|later|then)\s+)?(?P<verb>{_JUDGE})\s+"
    r"(?:"
    rf"{_OBJECT}(?:[\w.-]+\s+)?as\s+(?:an?\s+|the\s+|being\s+)?"  # (... as a "...")
    rf"|{_OBJECT}[\w.-]+[’']s\s+(?:[a-z-]+\s+){{0,2}}"  # (... Y's "...")
    r"|(?:it|him|her|them|this|that|the\s+[a-z-]+(?:\s+(?!(?:for|of|to|in|on|at|by|with)\s)[a-z-]+)?)"
    r"\s+(?:an?\s+|the\s+)?"
    rf"|(?P<for>{_OBJECT}[\w.-]+\s+for\s+|for\s+)(?:the\s+|their\s+|his\s+|her\s+|its\s+)?"
    r"|(?P<det>the|his|her|their|its)\s+"  # ("praised the "...")
    r"|)$"
)
# Verbs whose "for" names what the subject's words judge ("thanked the crew for "...""), and
# whose object may be the quotation after a determiner ("praised the "..."").
_FOR_VERBS = frozenset(
    "lauded praised hailed applauded commended attacked criticized criticised condemned slammed"
    " blasted derided mocked ridiculed denounced lambasted credited thanked apologized"
    " apologised".split()
)
_NAMING_VERBS = frozenset(("called", "termed", "branded", "labelled", "labeled", "considered"))
# Between the subject and its verb: an appositive set off by commas (`X, responding to Y,
# attacked`).
_ASIDE = lazy(r",[^,;:\"“”]{1,120},\s*$")
_DESCRIPTION = lazy(
    r"(?:The|A|An)\s+(?:(?!(?:of|for|to|with|at|by|from|in|on|and)\s)[a-z-]+\s+){1,4}(?:the\s+)?"
)
_MORE_DOCUMENTS = frozenset(("opinion", "email", "e-mail", "memorandum", "decision"))
# `The decree signed by X`, `A letter from X`: a document its sender's name follows.
_DOCUMENT_BY = lazy(
    r"(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(DOCUMENTS | _MORE_DOCUMENTS, key=len, reverse=True))
    + r")\s+(?:(?:released|issued|published|posted|sent|signed|written|put\s+out)\s+)?"
    r"(?:by|from|of)\s+"
)
_READS_END = lazy(r"\s(?:read|reads)(?:,?\s+in\s+part)?\s*[,:]?\s*$")
# The last of two main clauses joined by a comma and "and" or "but" (`X did A, and Y said`).
_SECOND_CLAUSE = lazy(r",\s+(?:and|but)\s+(?=\S)")
# A phrase of time or place before the second clause's pronoun ("in a 2021 interview she").
_FRONTED_PRONOUN = lazy(
    r"(?:in|on|at|during|after|before|later|earlier|last|this)\s[^,;:\"“”]{1,50}?\s(he|she)\s*"
)
# After the sender's name, the clause's verb (no "of", "to" or "and" going on with the name).
_VERB_NEXT = lazy(r"\s+(?!(?:of|to|and|for|with|in|on|at|from|about)\s)[a-z]+\s")
# A participle that opens the sentence, the quote its object (`Calling it "...", X told`).
_OPENING_PARTICIPLE = lazy(r"([A-Z][a-z]+ing)\b[^,;:\"“”]{0,40}?\s*$")
# Fronted phrases of time or circumstance the subject may stand after (`The next day, with
# protests ongoing, X delivered a speech declaring ...`).
_LOOSE_FRONT = lazy(
    r"(?:(?:The|That|This|Last|Earlier|Later)\s+(?:next\s+|following\s+|same\s+|previous\s+)?"
    r"(?:day|week|month|year|morning|evening|night|afternoon|weekend)"
    r"|(?:[Ww]ith|Amid|After|Before|During|Despite|Following)\s[^,;:\"“”]{1,50}?)\s*,\s*"
)
_TITLE_WORD = lazy(r"(?:[A-Z][\w.&’'-]*|of|the|for|to|and|on|in|&)\s+")


def unresolved_frame(att: Attributor, frame: tuple, s_lo: int, quote: tuple) -> str | None:
    """The speaker of a frame `briefing.facts.quotes` found but could not resolve: a
    description set before a name, a document's sender, the subject of a second main
    clause (an "np" frame); a document's sender or a subject after loose fronted phrases (a
    "subject" frame, a participle going on with its clause)."""
    if frame[0] == "np":
        return (
            described_name(att, frame[1], frame[2], quote)
            or document_by(att, frame[1], frame[2], quote)
            or second_clause(att, s_lo, frame[1], frame[2], quote)
        )
    if frame[0] == "subject":
        return document_subject(att, frame[1], frame[2], quote) or loose_fronted_subject(
            att, frame[1], frame[2], quote
        )
    return None


def unframed_speaker(att: Attributor, s_lo: int, marks: tuple, quote: tuple) -> str | None:
    """The speaker of a quote whose sentence has no frame: the subject of a verb of stance
    or of a document that reads, or of the main clause after an opening participle.
    `marks`: where the previous quotation closes, this one opens and closes."""
    previous_close, open_mark, close_end = marks
    return stance_speaker(att, s_lo, previous_close, open_mark, quote) or opening_participle(
        att, s_lo, open_mark, close_end, quote
    )


def stance_speaker(
    att: Attributor, s_lo: int, previous_close: int, open_mark: int, quote: tuple
) -> str | None:
    """The subject of a verb of stance whose object or complement is the quotation, when
    the sentence up to the quote is that subject, the verb and its object only."""
    if s_lo < previous_close <= open_mark:
        return None  # (a quotation before in the sentence: its frame is not read again)
    body = att.body
    lo = max(s_lo, open_mark - 160)
    if "read" in body[lo:open_mark]:
        reads = _READS_END.search(body, lo, open_mark)
        if reads is not None:  # `The decree signed by X read "..."`
            return document_by(att, att._skip_fronted(s_lo, reads.start()), reads.start(), quote)
    found = _STANCE.search(body, lo, open_mark)
    if found is None:
        return None
    if found.group("verb") in _NAMING_VERBS and found.end("verb") >= open_mark - 1:
        return None  # (`called "..."`: a name or a term)
    if (found.group("for") or found.group("det")) and (
        found.group("verb") not in _FOR_VERBS or not body[quote[0] : quote[0] + 1].islower()
    ):
        return None  # ("cited a driver for "...", "thanked the band for "Harbour Blues"")
    start = att._skip_fronted(s_lo, found.start())
    np_hi = found.start()
    aside = _ASIDE.search(body, start, np_hi)
    if aside is not None and aside.start() > start:
        np_hi = aside.start()
    if start >= np_hi:
        return None
    phrase = att.phrase(start, np_hi, before_verb=True)
    if phrase is None:
        return described_name(att, start, np_hi, quote)
    if phrase[0] == "pronoun":
        if start != s_lo or phrase[1] not in ("he", "she", "it"):
            return None
        return att.resolve(phrase, s_lo, quote)
    if phrase[0] != "mention" or phrase[1][2] not in ("person", "org"):
        return None
    return att._not_inside(att.named(phrase[1]), quote)


def described_name(att: Attributor, lo: int, hi: int, quote: tuple) -> str | None:
    """`The activist organization the Project on Government Oversight`: the name a
    description in lower case stands before, the name ending the subject's phrase."""
    while hi > lo and att.body[hi - 1] in " ,":
        hi -= 1
    lead = _DESCRIPTION.match(att.body, lo, hi)
    if lead is None:
        return None
    named = [m for m in att.mentions_in(lead.end(), hi) if m[0] == lead.end() and m[1] == hi]
    if not named or named[0][2] not in ("person", "org"):
        return None
    return att._not_inside(att.named(named[0]), quote)


def document_by(att: Attributor, lo: int, hi: int, quote: tuple) -> str | None:
    """`The decree signed by the Pope`, `A letter from X`, `The opinion of the Court, released
    on Wednesday,`: the sender the phrase of a document names, a person or an organisation
    (never an outlet, nor "the family of X")."""
    document = _DOCUMENT_BY.match(att.body, lo, hi)
    if document is None:
        return None
    aside = _ASIDE.search(att.body, document.end(), hi)  # (", released on Wednesday,")
    if aside is not None:
        hi = aside.start()
    phrase = att.phrase(document.end(), hi, before_verb=True)
    if phrase is None or phrase[0] == "pronoun":
        return None
    if phrase[0] == "mention":
        if phrase[1][2] not in ("person", "org") or MEDIA.search(phrase[1][3]):
            return None
        return att._not_inside(att.named(phrase[1]), quote)
    if phrase[0] != "desc" or len(phrase[1]) > 2:
        return None  # (only "the pope", "the ministry": a description the text resolves)
    return att.resolve(phrase, lo, quote)


def document_subject(att: Attributor, s_lo: int, v_lo: int, quote: tuple) -> str | None:
    """`An additional email by X provides ..., saying "..."`: the sender of the document that
    is the subject of the clause a participle goes on with."""
    start = att._skip_fronted(s_lo, v_lo)
    document = _DOCUMENT_BY.match(att.body, start, v_lo)
    if document is None:
        return None
    named = [m for m in att.mentions_in(document.end(), v_lo) if m[0] == document.end()]
    if not named or _VERB_NEXT.match(att.body, named[0][1], v_lo) is None:
        return None
    return document_by(att, start, named[0][1], quote)


def loose_fronted_subject(att: Attributor, s_lo: int, v_lo: int, quote: tuple) -> str | None:
    """`The next day, with protests ongoing, X delivered a speech declaring "..."`: the subject
    after one or two fronted phrases of time or circumstance that name nobody."""
    at = s_lo
    for _ in range(2):
        front = _LOOSE_FRONT.match(att.body, at, v_lo)
        if front is None or att.mentions_in(at, front.end()):
            break
        at = front.end()
    if at == s_lo:
        return None
    found = att.subject(at, v_lo)
    if found is None or found[1] not in ("person", "org"):
        return None
    return att._not_inside(found[0], quote)


def second_clause(att: Attributor, s_lo: int, lo: int, hi: int, quote: tuple) -> str | None:
    """`The owners cut staff, and Mr Tong said they would "..."`, `X threatened the network
    before, and he accused it of "..."`: the subject of the last main clause of the phrase
    body[lo:hi] before the verb, a name, or "he"/"she" for the sentence's subject when
    nobody else that pronoun may stand for is named between."""
    joins = list(_SECOND_CLAUSE.finditer(att.body, lo, hi))
    if not joins:
        return None
    at = joins[-1].end()
    phrase = att.phrase(at, hi, before_verb=True)
    fronted = _FRONTED_PRONOUN.fullmatch(att.body, at, hi)  # (", but in 2021 she said")
    if fronted is not None:
        phrase = ("pronoun", fronted.group(1))
    if phrase is None:
        return None
    if phrase[0] == "mention":
        if (
            phrase[1][2] not in ("person", "org")
            or phrase[1][0] != at
            and att.mentions_in(at, phrase[1][0])
        ):
            return None
        return att._not_inside(att.named(phrase[1]), quote)
    if phrase[0] != "pronoun" or phrase[1] not in ("he", "she"):
        return None
    found = att.subject(s_lo, joins[0].start())
    if found is None or found[1] != "person":
        return None
    sex = "m" if phrase[1] == "he" else "f"
    if att.gender(found[0]) not in (None, sex):
        return None
    for m in att.mentions_in(s_lo, at):
        if m[2] == "person" and not att.same(m, found[0]) and att.gender(m[3]) in (None, sex):
            return None
    return att._not_inside(found[0], quote)


def opening_participle(
    att: Attributor, s_lo: int, open_mark: int, close_end: int, quote: tuple
) -> str | None:
    """`Saying "...", President X elaborated`, `Calling it "...", X told Reuters`: a
    participle that opens the sentence has the main clause's subject for its own, when that
    clause, after the next comma, is a name and a verb of saying."""
    body = att.body
    lead = _OPENING_PARTICIPLE.match(body, s_lo, open_mark)
    if lead is None or lead.group(1).lower() not in PARTICIPLES:
        return None
    comma = body.find(",", close_end, close_end + 160)
    if comma < 0 or att.sentence(comma)[0] != s_lo:
        return None
    lo = comma + 1
    s_hi = att.sentence(lo)[1]
    found = att.subject(lo, s_hi)
    if found is None or VERB.search(body, lo, min(s_hi, lo + 120)) is None:
        return None
    return att._not_inside(found[0], quote)


def long_title_label(att: Attributor, line_start: int, open_mark: int) -> str | None:
    """`Civilian Deputy Undersecretary of the Air Force for Acquisition X: "..."`: a paragraph
    that opens with capitalised titles and a person's name, a colon right before the quote."""
    body = att.body
    colon = body.rfind(":", line_start, open_mark)
    if colon < 0 or open_mark - line_start > 200 or body[colon + 1 : open_mark].strip():
        return None
    people = [m for m in att.mentions_in(line_start, colon) if m[1] == colon and m[2] == "person"]
    if not people:
        return None
    at = line_start
    while at < people[0][0]:
        word = _TITLE_WORD.match(body, at, people[0][0])
        if word is None:
            return None
        at = word.end()
    return att.named(people[0])
