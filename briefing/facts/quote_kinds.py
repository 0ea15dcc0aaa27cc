"""What quotation marks hold that is nobody's utterance, and the words around them that say
so: the words on a sign or a banner, a characterisation ("referred to him as "..."") and the
names of works, events and campaigns, a paper's title in its reference, a headline quoted in
the text, and what joins two quotations of one sentence. Used by `briefing.facts.quotes`."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy
from briefing.facts.lexicon import SPEECH_VERBS
from briefing.facts.quote_marks import headline_end

# The words on a sign, a banner or a shirt: nobody's quotation.
_SIGNS = r"(?:signs?|banners?|placards?|posters?|t-shirts?|T-shirts?|shirts?|graffiti|billboards?)"
SIGN_BEFORE = lazy(
    _SIGNS + r"(?:\s+(?:from|of|by)(?:\s+[A-Z][\w'’.&-]*){1,4})?"  # (a banner from People's Vote)
    r"(?:\s+(?:in|on|at|above|outside)\s+(?:the|a|its|their)\s+[a-z]+)?"  # (a sign in the window)
    r"\s+(?:on\s+it\s+|on\s+them\s+)?(?:saying|reading|read|reads"
    r"|that\s+(?:read|reads|said|mentioned)"
    r"|which\s+(?:read|reads|said|mentioned)"
    r"|with\s+the\s+words)\s*:?\s*$"
)
SIGN_AFTER = lazy(r"\s*" + _SIGNS + r"\b")
# `referred to him as "Chinese-American."`: a characterisation, no utterance.
AS_BEFORE = lazy(r"\sas\s*$")
# Before a name (`the "Harbor Line"`, `a nationwide "Clean Streets Week"`, `a song called
# "Day After Day,"`); a name quoted twice in a text is one too.
ARTICLE_BEFORE = lazy(r"\b(?:the|a|an|The|A|An)(?:\s+[a-z]+)?\s*$")
CALLED_BEFORE = lazy(r"\b(?:called|named)\s*$")
# A work's name between a description and an appositive: `the numbing closer "Made of Glass,"
# a 17-minute wall of noise` (the comma inside the marks, as US copy sets it).
_DESCRIBED_BEFORE = lazy(r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")
# (an article and a noun after the comma: the appositive that says what the work is)
_APPOSITIVE_AFTER = lazy(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\b")
_LOWER_WORD = lazy(r"[a-z]+")
# A paper's title in its reference: `Okoye C, et al "..." Lancet 2026`.
CITATION = lazy(r"\bet al\.?,?\s?$")
TITLE_OF = lazy(r"[’']s\s*$")
# A noun whose name follows it in apposition ("his event, "Storm the Castle, They Cannot Stop
# All of Us","), and such a name: title-case words, a comma or two.
WORK_BEFORE = lazy(
    r"\b(?:event|film|movie|book|novel|song|album|single|show|series|play|campaign"
    r"|exhibition|documentary|podcast|game|project|petition|initiative)\s*,?\s*$"
)
NAME_OF_WORK = lazy(r"(?:(?:[A-Z0-9][\w’'-]*|of|the|and|&|a|in|on|for|to)[ ,:]*){1,12}[.!?]?")
TITLE_CASE = lazy(
    r"(?:(?:[A-Z0-9][\w’'-]*|of|the|and|&|a|in|on|for|to|at|by|from|with|after|or|into)[ ,:]*)"
    r"{1,8}[.!?]?"
)  # (the short words a title keeps in lower case: "Day after Day")
# Between two quotations of one sentence: `"A" and "B"`, `tweeted "A" and offered "B"` (a
# second verb of the same subject), `built this "A" to "B"`, `described him as "A" who was
# "B"`, `said it "A" which "B"` (a relative clause going on with the description), `such as
# "A" in order to "B"`.
COORDINATED = lazy(
    r"\s*(?:,|and|or|, and|, or|to|,?\s*and\s+(?:also\s+|then\s+)?[a-z]{3,}ed(?:\s+(?:his|her|its|their))?"
    r"|,?\s*and\s+(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]{2,}ed"
    # `said it was "A" and would work with regulators "B"`, `said repairs were "A" and that
    # supply would be "B"`: the subject's second verb, or its reported clause going on.
    r"|,?\s*and\s+(?:would|will|could|can|should|must|might|may|that)(?:\s+[a-z]+){1,10}"
    r"|,?\s*(?:who|which)(?:\s+(?:is|was|are|were|has\s+been|had\s+been))?|in\s+order\s+to"
    r"|(?:in|as|of|for|with|into)(?:\s+(?:an?|the))?)\s*$"
)


def in_headline(body: str, open_mark: int, text: str, words: int) -> bool:
    """`Residents block road: 'Six weeks and not a drop'`: three words or more quoted in the
    headline that opens the text, and no title ("'The Quiet Acre' holds strong")."""
    return (
        words >= 3
        and open_mark < 480
        and open_mark < headline_end(body)
        and TITLE_CASE.fullmatch(text) is None
    )


_MARKS = lazy(r"[\"'‘’“”]")


def repeats_headline(body: str, text: str) -> bool:
    """Whether `text` is the headline's first line (a link to the story quoted under it,
    "Comments" or "Related"): a title, nobody's words."""
    first = body.find("\n", 0, 200)
    if first < 0 or abs(first - len(text)) > 2 or text[:8] not in body[:first]:
        return False
    return headline_end(body) > 0 and _MARKS.sub("", text) == _MARKS.sub("", body[:first]).strip()


def named_work(body: str, open_mark: int, close_end: int, text: str) -> bool:
    """Whether title-case words ending in a comma are a work's name set between a
    description and an appositive (`the closer "Made of Glass," a 17-minute wall of noise`),
    not somebody's words (the word before the marks is no verb: `the crowd chanted`)."""
    if not text.endswith(",") or " " not in text:
        return False
    before = _DESCRIBED_BEFORE.search(body, max(0, open_mark - 40), open_mark)
    if before is None or body[open_mark - 3 : open_mark].rstrip().endswith("ed"):
        return False
    after = _APPOSITIVE_AFTER.match(body, close_end, close_end + 80)
    if after is None:
        return False
    # (not the frame of the words: `"Thank You So Much," a fan of the band said`)
    words = _LOWER_WORD.findall(body, close_end, after.end() + 40)[:7]
    return not any(w in SPEECH_VERBS for w in words)


# A name in quotation marks used before the noun it names (`its "Fair Pay Now" campaign`), or
# after a verb that takes a work (`starred in "The Long Way Home,"`).
_WORK_AFTER = lazy(
    r"\s+(?:campaign|programme|program|initiative|project|plan|movement|slogan|series|show"
    r"|tour|album|song|single|film|movie|book|event|festival|scheme|strategy|policy|act|bill"
    r"|report|award|prize|exhibition|podcast|documentary|conference|summit|declaration)s?\b"
)
_WORK_VERB_BEFORE = lazy(
    r"\b(?:(?:starred|appeared|featured|cast|starring)\s+in|directed|produced|released"
    r"|recorded|published|authored|hosted|presented)\s+(?:the\s+)?$"
)


def used_as_name(body: str, open_mark: int, close_end: int) -> bool:
    """Whether a title-case quotation names a work, a campaign or a law: the noun for such a
    thing right after it, or a verb that takes one right before it."""
    return (
        _WORK_AFTER.match(body, close_end) is not None
        or _WORK_VERB_BEFORE.search(body, max(0, open_mark - 30), open_mark) is not None
    )
