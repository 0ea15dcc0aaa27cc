"""A quotation named in a relative clause of its sentence: `X condemned what she called
"..."`, `the bill, which he described as "..."`, `what Acme termed "..."`, `a price which
the Director General described as "..."`: the words are those of the relative clause's
subject. A pronoun there stands for the subject of the sentence (the one the clause is
about), when its kind and sex fit; a name or a description is read as any speaker's phrase.
And `led by X, a marine ecologist, who said "..."`: the person a "who" clause is about (an
organisation's "which" clause likewise).
Used by `briefing.facts.quotes` before the other frames."""

from __future__ import annotations

from briefing.facts.attribution import Attributor
from briefing.facts.lazy_re import lazy
from briefing.facts.phrases import AFFILIATION
from briefing.facts.quote_marks import Segment

# Text every match holds: a quote whose 40 characters before have none is not looked at.
_WORDS = (
    "called",
    "calls",
    "described as",
    "describes as",
    "termed",
    "terms",
    "labelled",
    "labeled",
)
_CALLED = lazy(
    r"\b(?:what|which|whom)\s+(?P<who>[Hh]e|[Ss]he|[Ii]t|(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"[A-Z][\w’'.-]*|the\s+[a-z]+)"  # ("which the Director General described as", "the mayor")
    r"\s+(?:has\s+|had\s+|have\s+|once\s+|later\s+)?"
    r"(?:called|calls|described\s+as|describes\s+as|termed|terms|labelled|labeled)\s*$"
)
_PRONOUN_KIND = {"he": "person", "she": "person", "it": "org"}


def called_before(body: str, open_mark: int) -> bool:
    """Whether a relative clause that names words ends right before the quote (cheap test)."""
    window = body[max(0, open_mark - 40) : open_mark]
    return any(word in window for word in _WORDS) and bool(
        _CALLED.search(body, max(0, open_mark - 120), open_mark)
    )


def called_frame(att: Attributor, seg: Segment, f_lo: int, s_lo: int) -> tuple | None:
    """The frame `what X called "..."` (see the module's docstring), or None. A word alone
    ("what WalesOnline called "fury"") is a characterisation, not somebody's quote."""
    body = att.body
    start, end, open_mark, _ = seg
    if " " not in body[start:end].strip():
        return None
    window = body[max(f_lo, open_mark - 40) : open_mark]
    if not any(word in window for word in _WORDS):
        return None
    found = _CALLED.search(body, max(f_lo, open_mark - 120), open_mark)
    if found is None:
        return None
    who = found.group("who")
    kind = _PRONOUN_KIND.get(who.lower())
    if kind is None:
        return ("np", found.start("who"), found.end("who"), True)
    if f_lo != s_lo:
        return ("nobody",)  # (a pronoun after an earlier quotation of the sentence: unclear)
    subject = att.subject(s_lo, found.start())
    if subject is None or subject[1] != kind:
        return ("nobody",)
    if kind == "person" and att.gender(subject[0]) not in (
        None,
        "m" if who.lower() == "he" else "f",
    ):
        return ("nobody",)
    return ("named", subject[0])


def who_frame(att: Attributor, lo: int, hi: int) -> tuple | None:
    """`... led by X, a marine ecologist, who said "..."`: the person the relative clause is
    about, the last one named before it with at most an appositive or an affiliation between."""
    people = [m for m in att.mentions_in(lo, hi) if m[1] <= hi and m[2] == "person"]
    if not people:
        return None  # (an organisation or a place in the appositive is no speaker)
    between = att.body[people[-1][1] : hi]
    # (an appositive, or an affiliation: "Kim Ng of the Metro Alliance, who called ...")
    appositive = between.startswith(", ") and "," not in between[2:]
    affiliation = AFFILIATION.match(between) is not None and "," not in between
    if between and (not (appositive or affiliation) or len(between) > 90):
        return None
    return ("named", att.resolve(("mention", people[-1]), lo, (hi, hi)))


def which_frame(att: Attributor, lo: int, hi: int) -> tuple | None:
    """`the Association of Southeast Asian Nations, or ASEAN, which said "..."`: the body a
    "which" clause is about, named right before its comma (`hi`), nothing between."""
    named = [m for m in att.mentions_in(lo, hi) if m[1] <= hi]
    if not named or named[-1][2] != "org" or att.body[named[-1][1] : hi].strip(")"):
        return None
    return ("named", att.named(named[-1]))
