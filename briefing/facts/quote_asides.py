"""Quoted words kept as quotes though no frame names their speaker (read by
`briefing.facts.quotes`): a word or two in a sentence that frames them as said, a partial
quotation inside the reporter's sentence, and a quotation going on after another's frame.
Also `fragment`, the test of a word or two that may be somebody's."""

from __future__ import annotations

import re

from briefing.facts.acronym_compounds import compound_adjective
from briefing.facts.lazy_re import lazy
from briefing.facts.quote_documents import IN_A_STATEMENT
from briefing.facts.quote_marks import Segment
from briefing.facts.quote_relatives import called_before
from briefing.facts.speech import VERB


def fragment(body: str, seg: Segment) -> bool:
    """A word or two that may be somebody's ("lousy", "a dictator"), not a name or a title
    ("Radio Control Law", "Kiss & Fly"): lower case, no digits, and a verb of saying close
    enough before or after it to frame it (the frame itself is read later)."""
    start, end, open_mark, close_end = seg
    if any(c.isdigit() for c in body[start:end]):
        return False
    if not body[start:end].lstrip()[:1].islower() and not compound_adjective(body, start, end):
        return False
    lo = max(body.rfind(". ", 0, open_mark), body.rfind("\n", 0, open_mark), open_mark - 200)
    hi = body.find(".", close_end, close_end + 140)
    return (
        VERB.search(body, max(lo, 0), open_mark) is not None
        or VERB.search(body, close_end, hi if hi >= 0 else close_end + 140) is not None
        or called_before(body, open_mark)
        or _in_a_statement(body, max(lo, 0), open_mark)
    )


def _in_a_statement(body: str, lo: int, open_mark: int) -> bool:
    """Whether the sentence opens "In a statement (released ...)," (its subject's words)."""
    at = lo + 2 if body.startswith(". ", lo) else lo + 1 if body[lo : lo + 1] == "\n" else lo
    return body.startswith("In a", at) and IN_A_STATEMENT.match(body, at, open_mark) is not None


# Before a quoted term, not a quoted word: `a "glider"`, `over 370 "jackal horns"`, `called
# it "sensitive areas"` (what a thing is called, when nobody named calls it so).
_TERM_BEFORE = lazy(r"(?:\b(?:the|a|an|The|A|An)|\d|\bcall(?:ed|ing|s)?\b[^.,;:]{0,24})\s*$")
_ARTICLE_FIRST = lazy(r"(?:the|a|an)\s", re.IGNORECASE)


# A gloss in brackets right after the closing mark: the quoted word is a term the text
# translates or explains (`her "kafir" (unbeliever) neighbours`), not somebody's words.
_GLOSS_AFTER = lazy(r" ?\((?:[\w’'-]+ ?){1,4}\)")


def framed_words(body: str, seg: Segment) -> bool:
    """A word or two in a sentence with a frame whose speaker is not named ("Reports said
    both were showing "mild symptoms"", `blaming "human error"`): somebody's words when
    `_fragment` allows them and they are no noun phrase of their own ("a disgrace"), no
    article, number or naming verb before makes them a term, and no gloss in brackets
    after explains them as one."""
    start, end, open_mark, close_end = seg
    return (
        fragment(body, seg)
        and _ARTICLE_FIRST.match(body[start:end].lstrip()) is None
        and not _TERM_BEFORE.search(body, max(0, open_mark - 40), open_mark)
        and _GLOSS_AFTER.match(body, close_end) is None
    )


# The marks of somebody's words in a quoted phrase: a first- or second-person word, or an
# editor's [insertion].
_PERSONAL = lazy(r"\b(?:I|I['’]m|me|my|we|our|us|you|your)\b|\[")


def partial(body: str, seg: Segment, text: str, words: int) -> bool:
    """Three to seven words quoted inside a sentence of the reporter's, with no frame found
    ("was driving a truck "erratically and across the center line""): somebody's words when
    they open in lower case and a verb of saying is close (`fragment`) or the sentence says
    whose account it gives ("according to police"), or they end in their own stop or comma
    inside the marks, or speak in the first or second person."""
    if words < 3:
        return False
    if not text[:1].islower():
        return _sentence_inside(body, seg, text)
    return (
        text[-1] in ".,!?"
        or _PERSONAL.search(text) is not None
        or fragment(body, seg)
        or _according(body, seg)
    )


_ACCORDING = lazy(r"\b[Aa]ccording to\b")


def _according(body: str, seg: Segment) -> bool:
    """Whether the quotation's sentence says "according to" (a cheap `in` test first)."""
    open_mark, close_end = seg[2], seg[3]
    lo = max(body.rfind(". ", 0, open_mark), body.rfind("\n", 0, open_mark), open_mark - 200, 0)
    hi = body.find(".", close_end, close_end + 140)
    hi = close_end + 140 if hi < 0 else hi
    return "ccording to" in body[lo:hi] and _ACCORDING.search(body, lo, hi) is not None


def goes_on_after_frame(
    body: str, own_sentence: bool, framed: bool, close: int, open_mark: int
) -> bool:
    """`"Where do I go?" she said. "The library?"`: an unframed quotation that opens the
    sentence right after a framed one's frame (a verb of saying, then a full stop), so it
    is the same speaker's words going on, whoever the frame names."""
    if framed or not own_sentence or close < 0 or not 0 < open_mark - close <= 80:
        return False
    between = body[close:open_mark]
    return (
        between.rstrip().endswith(".")
        and "\n" not in between
        and '"' not in between
        and VERB.search(between) is not None
    )


def interrupted(body: str, segments: tuple[Segment, ...], i: int) -> bool:
    """`"Our team," co-author Ana Reyes said, "has built a new valve."`: a quotation of a
    word or two that opens its sentence, and the next one goes on with it in lower case
    after a frame in the same sentence (a verb of saying between, no full stop)."""
    if i + 1 >= len(segments):
        return False
    open_mark, close_end = segments[i][2], segments[i][3]
    nxt = segments[i + 1]
    if open_mark > 0 and body[open_mark - 1] not in " \n\t" or nxt[2] - close_end > 120:
        return False
    if not body[nxt[0] : nxt[1]].lstrip()[:1].islower():
        return False
    between = body[close_end : nxt[2]]
    if "." in between or "\n" in between:
        return False
    before = body[max(0, open_mark - 3) : open_mark].strip()
    return (not before or before[-1] in ".!?:") and VERB.search(between) is not None


def _sentence_inside(body: str, seg: Segment, text: str) -> bool:
    """`attacked the inquiry as "Witch hunt garbage."`: words that open in capitals but end
    in their own stop inside the marks, in the middle of the reporter's sentence (a word in
    lower case right before), and no name (a word after the first in lower case)."""
    open_mark = seg[2]
    before = body[max(0, open_mark - 2) : open_mark]
    return (
        text[-1] in ".!?"
        and len(before) == 2
        and (before[0].islower() or before[0] == ":")  # (or a sentence after a colon)
        and before[1] == " "
        and any(w[:1].islower() and len(w) > 3 for w in text.split()[1:])
    )
