"""Frames of a quotation with no verb of saying: a clause that ends in a colon right before
it (`X disagreed with the findings: "..."`, or such a clause ending the sentence before a quote
that is a sentence of its own), a manner (`Reed was blunt: "..."`) and a view fronted by
"For" (`For researcher X, the deal "buys time"`), and words "attributed to" a person. Also
the patterns that say a clause's words are somebody else's ("X read a letter from Y:", "Y's
claim that"), which `briefing.facts.quote_frames` reads too."""

from __future__ import annotations

from briefing.facts.attribution import Attributor
from briefing.facts.lazy_re import lazy
from briefing.facts.speech import VERB

WORDS_OF = lazy(
    r"\b(?:words?|letter|message|statement|note|post|tweet|line|remarks?|speech|poem|quote"
    r"|comments?|testimony|email)\s+(?:of|from|by|written by|sent by)\s"
)
# (and "Reed was blunt when asked about the bid on Thursday:")
_MANNER = lazy(
    r"\s+(?:was|is|remained|sounded)\s+(?:[a-z]+ly\s+)?[a-z]+(?<!ed)(?:\s+and\s+[a-z]+(?<!ed))?"
    r"(?:\s+when\s+asked\s+(?:about|whether|if|how|why|what)\b[^:;.\"“”]{0,60})?:\s*$"
)
CLAIMS = r"claims?|allegations?|assertions?|accusations?|suggestions?|argument|insistence"
OTHERS_WORDS = lazy(
    r"(?:[’']s\s+(?:[a-z]+\s+)?(?:words?|letter|message|note|post|tweet|remarks?|speech|poem"
    rf"|comments?|testimony|email|{CLAIMS})|\bthe\s+(?:[a-z]+\s+)?(?:{CLAIMS}))\b"
    r"(?:\s+that)?[\s,:]*$"
)
# A clause before a colon whose subject did not say the quote ("X was asked:", "X heard the
# crowd chant:"), and a second clause after the subject's ("X arrived and the crowd sang:").
_NOT_ONES_OWN = lazy(
    r"\b(?:was|were|is|are|been|being|heard|hears|received|receives|read|reads|found|saw"
    r"|quoted|quotes|cited|cites|recalled|recalls|repeated|asked|shown|chanted|chanting|sang"
    r"|sung|sign|signs|banner|banners|placard|placards|slogan|slogans|headline|motto)\b"
)
_PAST_VERB = lazy(
    r"\b(?:[a-z]{3,}ed|took|gave|made|hit|struck|went|came|put|set|sent|left|held|did|was|is|had|has"
    r"|remains|remembers|recalls|says|explains|insists|admits|agrees|argues|believes|thinks|knows"
    r"|sees|puts|sums|shrugs|laughs|smiles|notes|warns|worries|hopes|wants|feels|sounds)\b"
)  # (or a present tense of a profile: "X remembers the day well:")
_SECOND_CLAUSE = lazy(r"\b(?:and|but|while|as|when|after|before|because|where|so)\s")
# A copula before an adjective is a manner ("X was blunt about the delays:"), not a passive
# whose agent spoke ("X was told:", "X was shown a letter:"); "when asked" is the subject
# answering ("X did not hold back when asked about the plan:").
_COPULA_ADJECTIVE = lazy(
    r"(?:was|is|remained|sounded)\s+(?:[a-z]+ly\s+)?(?!(?:told|shown|given|sent|written|read"
    r"|taken|heard|asked|quoted|cited|left|seen|known|made|met|caught|led|held|brought)\b)"
    r"[a-z]+(?<!ed)(?<!en)\b(?!\s+(?:by|to)\b)"
)
_WHEN_ASKED = lazy(r"(?:when|if|after)\s+asked\b")
# "as a bet", "as the first": "as" a preposition, not a clause's conjunction.
_AS_PREPOSITION = lazy(r"as\s+(?:a|an|the|his|her|its|their|one|part)\s")


def _not_ones_own(frame: str) -> bool:
    """Whether the frame says the words were someone else's (`_NOT_ONES_OWN`), leaving out
    a copula before an adjective and "when asked"."""
    for found in _NOT_ONES_OWN.finditer(frame):
        if _COPULA_ADJECTIVE.match(frame, found.start()):
            continue
        if found.group() == "asked" and _WHEN_ASKED.search(frame, max(0, found.start() - 7)):
            continue
        return True
    return False


def _second_clause(att: Attributor, frame: str, lo: int) -> bool:
    """Whether the frame (at `lo` in the body) goes on into a clause that may have a speaker
    of its own: any "and", "but" or "so" joining lower-case words ("X smiled and her brother
    took the microphone:"), or a subordinate clause ("when his team led", "as the mayor
    announced") that holds a verb of saying or names a person. Not names in a list ("Ulvik,
    Brekke and Voss") nor "as" a preposition ("framed it as a bet")."""
    for found in _SECOND_CLAUSE.finditer(frame):
        word = found.group().strip()
        if word == "as" and _AS_PREPOSITION.match(frame, found.start()):
            continue
        if word == "and" and frame[found.end() : found.end() + 1].isupper():
            before = frame[: found.start()].rstrip(", ")
            if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper():
                continue
        if word in ("and", "but", "so"):
            return True
        asked = _WHEN_ASKED.match(frame, found.start())
        if VERB.search(frame, found.end() if asked is None else asked.end()) or any(
            m[2] == "person" for m in att.mentions_in(lo + found.end(), lo + len(frame))
        ):
            return True
    return False


def manner(att: Attributor, f_lo: int, s_lo: int, open_mark: int) -> tuple | None:
    """`Reed was blunt: "..."`: a person named as the subject, described by one or two
    words (not a passive: "was arrested"), and a colon before the quote; or any clause of
    the subject's that answers a question (`X did not hold back when asked about it:`)."""
    if f_lo != s_lo:
        return None
    m = _MANNER.search(att.body, s_lo, open_mark)
    if m is None:
        # "X did not hold back when asked about the plan:": the subject answering
        asked = _WHEN_ASKED.search(att.body, s_lo, open_mark)
        return None if asked is None else colon_subject(att, f_lo, s_lo, open_mark)
    phrase = att.phrase(att._skip_fronted(s_lo, m.start()), m.start(), before_verb=True)
    if phrase is None or phrase[0] != "mention" or phrase[1][2] != "person":
        return None
    return ("np", phrase[1][0], phrase[1][1], True)


def colon_before(att: Attributor, s_lo: int) -> tuple | None:
    """`X set out the plan in a speech:` ending the paragraph or sentence before a quote that
    is a sentence of its own: the frame `X ...: "..."` would be in one sentence."""
    prev = att.previous_sentence(s_lo)
    if prev is None:
        return None
    colon = att.body.rfind(":", prev[0], prev[1])
    if colon < 0 or att.body[colon + 1 : prev[1]].strip():
        return None
    return colon_subject(att, prev[0], prev[0], colon + 1)


def colon_subject(att: Attributor, f_lo: int, s_lo: int, open_mark: int) -> tuple | None:
    """`X disagreed with the findings: "..."`: a sentence with no verb of saying whose one
    clause ends in a colon right before the quote, its subject a person or an organisation
    named (its verb right after it): the quote is what the subject said. Not when the clause says someone else's words were heard, read or
    asked ("X received a letter:", "X was asked:"), nor after a second clause."""
    body = att.body
    if f_lo != s_lo:
        return None
    frame = body[s_lo:open_mark]
    if len(frame) > 260 or not frame.rstrip().endswith(":"):
        return None
    if _not_ones_own(frame) or WORDS_OF.search(frame) or OTHERS_WORDS.search(frame):
        return None
    found = att._subject_phrase(att._skip_fronted(s_lo, open_mark), open_mark)
    if found is not None and found[0] == "desc" and found[1][0] == "the":
        # ("The 61-year-old farmer did not hide his frustration:": whom it describes)
        rest = body[found[3] : open_mark]
        if _second_clause(att, rest, found[3]) or _PAST_VERB.search(rest) is None:
            return None
        return ("np", found[2], found[3], True)
    if found is None or found[0] != "mention" or found[1][2] not in ("person", "org"):
        return None
    if found[1][2] == "org" and not (
        body.startswith(",", found[1][1]) or _PAST_VERB.match(body, found[1][1] + 1)
    ):
        return None  # (an organisation named inside the subject: "a Twitter account made")
    # (a second clause after the subject: "and" among its titles is none, "Senior lawyer and
    # former senator X, interviewed on television, summed it up:")
    if _second_clause(att, body[found[1][1] : open_mark], found[1][1]):
        return None
    if _PAST_VERB.search(body, found[1][1], open_mark) is None:
        return None  # no verb: a label before a transcript's line ("Deputy X of Y Z: ...")
    return ("np", found[1][0], found[1][1], True)


# `"...," as the minister put it`, `— as the court's ruling put it —`: the phrase before "put
# it" (a document's name without the document: "the Supreme Court decision" is the court's).
_AS_PUT_IT = lazy(
    r"\s*[—–,(]?\s*as\s+(?P<who>[^—–,;:.()\"“”]{2,60}?)"
    r"(?P<doc>(?:[’']s)?\s+(?:decision|ruling|judgment|judgement|opinion|statement|report"
    r"|letter|filing|order|verdict))?\s+(?:once\s+|later\s+|then\s+)?(?:put|puts|has\s+put"
    r"|had\s+put)\s+it\b"
)


def as_put_it(body: str, close_end: int) -> tuple | None:
    """The frame `"..." — as X put it`: ("np", X's span, False), or None."""
    found = (
        _AS_PUT_IT.match(body, close_end) if " put" in body[close_end : close_end + 90] else None
    )
    return None if found is None else ("np", found.start("who"), found.end("who"), False)


# "For researcher X of the Y Institute, the deal "buys time"": whose view the sentence gives.
_FOR_WHOM = lazy(r"(?:But\s+|And\s+)?For\s+")


def for_whom(att: Attributor, f_lo: int, s_lo: int, open_mark: int) -> tuple | None:
    """`For researcher X of the Y Institute, the deal "buys time but solves nothing."`: a
    sentence opened by "For" and a person's name (titles before it, an affiliation after),
    then a clause with no verb of saying and nobody else named, whose quoted words start in
    lower case (a fragment of what X said, as after "According to X,")."""
    body = att.body
    if f_lo != s_lo or not body[open_mark + 1 : open_mark + 2].islower():
        return None
    opening = _FOR_WHOM.match(body, s_lo, open_mark)
    if opening is None:
        return None
    comma = body.find(",", opening.end(), open_mark)
    if comma < 0 or VERB.search(body, comma, open_mark) is not None:
        return None
    phrase = att.phrase(opening.end(), comma)
    if phrase is None or phrase[0] != "mention" or phrase[1][2] != "person":
        return None
    if any(m[2] == "person" for m in att.mentions_in(comma, open_mark)):
        return None
    return ("np", opening.end(), comma, False)


# "a quote attributed to Einstein — "..."", "The line, often attributed to Mark Twain, reads:"
_ATTRIBUTED_TO = lazy(
    r"\battributed\s+to\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*"
    r"(?:[—–:]\s*|,\s*(?:(?:reads?|says?|goes)\s*[,:]?\s*)?)?$"
)


def attributed_to(att: Attributor, f_lo: int, open_mark: int) -> tuple | None:
    """`a quote attributed to Einstein — "..."`: words the sentence attributes to a person
    named right before the quote; ("np", lo, hi, False) or None."""
    if "attributed to" not in att.body[max(f_lo, open_mark - 80) : open_mark]:
        return None
    found = _ATTRIBUTED_TO.search(att.body, max(f_lo, open_mark - 80), open_mark)
    if found is None:
        return None
    named = att.mentions_in(found.start("who"), found.end("who"))
    if not named or named[-1][2] != "person" or named[-1][1] != found.end("who"):
        return None
    return ("np", found.start("who"), found.end("who"), False)
