"""Frames whose speaker issued or owns a document: "according to a statement released by X's
office", "Judge X's statement reads", "the agency's website said:", "according to its press
release, Acme was "..."", "X announced an order by Admiral Y directing units to "..."". Read
by `briefing.facts.quote_frames`."""

from __future__ import annotations

from briefing.facts.attribution import Attributor
from briefing.facts.lazy_re import lazy
from briefing.facts.quote_verbless import OTHERS_WORDS, WORDS_OF
from briefing.facts.speech import (
    DOCUMENT_BY,
    ISSUED_DOCUMENT,
    MEDIA,
    OWN_DOCUMENT,
    OWNED_DOCUMENT,
    SENT_DOCUMENT,
)

# Verbs that bring in somebody else's words ("X quoted the defendant's message: ...").
_CITES = lazy(r"\b(?:quoted|quotes|quoting|cited|cites|citing|read out|reads out|repeated)\b")
_WHICH = lazy(r"\b(?:which|that)\b")
_IT_READ = lazy(r"\s*(?:read|reads|said|says|stated|states)\b")
_CAPITALISED_RUN = lazy(r"(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w’'-]*")


def document_owner(att: Attributor, lo: int, hi: int | None, before: bool) -> tuple | None:
    """The frame of a document's owner at `lo` ("Judge X's statement", "the agency's website"):
    ("np", owner's span, `before`, where the phrase ends), or None when `lo` opens no such
    phrase or an outlet owns it (a report quotes others). `hi`: where the phrase must end
    by, or None when it may run on to the verb."""
    owned = OWNED_DOCUMENT.match(att.body, lo, len(att.body) if hi is None else hi)
    if owned is None or MEDIA.search(owned.group("owner")):
        return None
    end = owned.end() - (len(owned.group()) - len(owned.group().rstrip()))
    return ("np", owned.start("owner"), owned.end("owner"), before, end)


def issued_in_object(att: Attributor, lo: int, open_mark: int) -> tuple | None:
    """`X announced an order by Admiral Y directing units to "..."`: between the verb (ending
    at `lo`) and the quote, a document issued by a person, whose words the quote is (not
    "posted a report from The Ledger about Y's "...""); None when there is none."""
    body = att.body
    rest = body[lo:open_mark]
    issued = DOCUMENT_BY.search(rest) if " by " in rest or " from " in rest else None
    if issued is None:
        return None
    named = _CAPITALISED_RUN.match(body, lo + issued.end())
    people = [] if named is None else att.mentions_in(named.start(), named.end())
    if (
        people
        and people[-1][2] == "person"
        and people[-1][1] == named.end()
        and " about " not in body[named.end() : open_mark]
    ):
        return ("np", named.start(), named.end(), False)
    return None


def issuer(body: str, lo: int) -> int:
    """Where the issuer's name starts in "according to a statement released by X's office"."""
    document = DOCUMENT_BY.match(body, lo)
    return lo if document is None else document.end()


# "In a statement released after the raid, Acme justified ...": the sentence's subject
# issued the statement whose words it quotes.
IN_A_STATEMENT = lazy(
    r"In\s+an?\s+(?:[a-z]+\s+)?(?:statement|press\s+release|news\s+release)"
    r"(?:\s+(?:released|issued|published|posted)\b[^,]{0,60})?,\s*"
)


def own_document(att: Attributor, f_lo: int, s_lo: int, open_mark: int) -> tuple | None:
    """`According to its press release, Acme was "..."`: the words of the subject whose own
    document the sentence cites, when the possessive fits it ("its" an organisation, "his" or
    "her" a person of that sex or of none known). `In a statement, Acme justified the move
    as "..."`: the subject's words."""
    if att.body.startswith("In a", s_lo) and IN_A_STATEMENT.match(att.body, s_lo, open_mark):
        rest = att.body[s_lo:open_mark]
        if _CITES.search(rest) or WORDS_OF.search(rest) or OTHERS_WORDS.search(rest):
            return None
        found = att.subject(s_lo, open_mark)
        if found is None or found[1] not in ("org", "person"):
            return None
        return ("named", found[0], "issued")
    if f_lo != s_lo:
        return None
    own = OWN_DOCUMENT.match(att.body, s_lo, open_mark)
    if own is None:
        return None
    rest = att.body[own.end() : open_mark]
    if _CITES.search(rest) or WORDS_OF.search(rest) or OTHERS_WORDS.search(rest):
        return ("nobody",)  # "In her ruling, X quoted the defendant's message: "...""
    found = att.subject(s_lo, open_mark)
    if found is None:
        return None
    pronoun = own.group(1).lower()
    if (found[1] == "org") != (pronoun == "its") or found[1] not in ("org", "person"):
        return None
    if pronoun != "its" and att.gender(found[0]) not in (None, "m" if pronoun == "his" else "f"):
        return None
    return ("named", found[0])


def document_sender(att: Attributor, pronoun: str, verb_at: int, s_lo: int) -> str | None:
    """`X sent a letter to residents. "...," it read.`: "it" before "read" or "said" is the
    document the sentence before says its subject sent, so the words are that subject's;
    None when that sentence sends no document or its subject is no person or organisation."""
    if pronoun != "it" or _IT_READ.match(att.body, verb_at) is None:
        return None
    prev = att.previous_sentence(s_lo)
    if prev is None or SENT_DOCUMENT.search(att.body, prev[0], prev[1]) is None:
        return None
    found = att.subject(prev[0], prev[1])
    if found is None or found[1] not in ("person", "org") or MEDIA.search(found[0]):
        return None
    return found[0]


def they_issued(att: Attributor, pronoun: str, at: int, open_mark: int, s_lo: int) -> str | None:
    """`Acme criticised the move. They released a statement which said, "..."`: "they" that
    issued a document is the organisation the sentence before is about, when it is that
    sentence's subject, not an outlet, and no person is named there; else None."""
    if pronoun != "they":
        return None
    which = _WHICH.search(att.body, at, open_mark)
    if which is None or ISSUED_DOCUMENT.match(att.body, at, which.end()) is None:
        return None
    prev = att.previous_sentence(s_lo)
    if prev is None:
        return None
    found = att.subject(prev[0], prev[1])
    if found is None or found[1] != "org" or MEDIA.search(found[0]):
        return None
    if any(m[2] == "person" for m in att.mentions_in(prev[0], prev[1])):
        return None
    return found[0]
