"""Bodies the classifier took for people, told by what the sentence says of the name: a kind
of organisation right before it ("by consultancy Arthur D. Little"), or set off after it ("X,
one of the main e-mobility firms"; "Y, the news agency"), or an outlet's or agency's noun set
off before it ("the country's news agency, Petra."), the name a kind of body goes by ("the
combined firm, to be known as X"), or what only a body does or has ("X said in its report",
"X's shares", "X's cabinet member for housing"), whom a speaker tells as an outlet ("told
Gondar Standard") or whose spokesperson speaks ("a spokesperson for Velcor"). A last pass of `briefing.facts.entities`, after
`org_merges.companies_taken_for_people`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.credits import OUTLET_HEADS
from briefing.facts.lexicon import ORG_NOUNS
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.core.facts import Span
    from briefing.facts.builder import Builder
    from briefing.facts.draft import Draft

# Kinds of body that a name set off after it is one of ("X, a consultancy,").
_KINDS = ORG_NOUNS | frozenset(
    "institute watchdog nonprofit non-profit think-tank lobby authority provider outlet "
    "broadcaster cooperative co-op".split()
)
# Kinds of body that name no person's post, right before the name ("according to
# consultancy X", "its clients include platform X"; not "its operator X", "publisher X").
_KINDS_BEFORE = frozenset(
    "consultancy platform firm company carmaker automaker chipmaker drugmaker retailer "
    "broadcaster newspaper airline bank insurer lender startup start-up conglomerate regulator "
    "charity supermarket brewery utility telecom telco watchdog nonprofit non-profit".split()
)
_KIND_BEFORE = re.compile(r"(?:^|[\s(,;:])(?:[a-z]+ )?([a-z-]+) $")
# What comes after a name a kind of body sets off before it: the name as subject of a clause
# of its own ("the firm Smith founded") is left out.
_CLAUSE_AFTER = re.compile(r"[a-z]+ed\b|[a-z]+s\b(?! of)")
# ", one of the main firms", ", the news agency", ", a consultancy": the kind is the noun that
# ends the phrase.
_SET_OFF_AFTER = re.compile(
    r",\s+(?:the|an?|one of the|two of the|three of the|both|among the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?([a-z-]+?)s?(?=[,.;:)]|\s+(?:that|which|in|based)\b)"
)
# An outlet's or agency's noun set off before a name that ends the clause ("carried by the
# state news agency, Petra."), no one's spokesman's name ("a spokesman for the agency, X,").
_MEDIA_BEFORE = re.compile(
    r"\b(?:[Nn]ews [Aa]gency|agency|broadcaster|newspaper|daily|outlet|wire service), $"
)
# A kind of body and the name it goes (or will go) by: "the combined firm, to be known as X",
# "a charity called X", "the company, now named X".
_KIND_CALLED = re.compile(
    r"\b([a-z-]+),? (?:(?:to be|now|later|since|then|formerly|once) )?(?:known as|called"
    r"|named|renamed|rebranded as) $"
)
_CALLED_ENDS = ("known as ", "called ", "named ", "rebranded as ")  # ("renamed ": "named ")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir|Prof)\.? $")
# What a body does, not a person: "X's shares", "X said in its report", "X said on Friday
# that its prices", "X said in a statement that it had" (the last three of a name with no
# given name: "Ann Lee said its cost").
_BODY_TAILS = ("'s shares", "’s shares", "'s share price", "’s share price")
_ITS_TAIL = re.compile(
    r" (?:said|says|announced|reported)(?: (?:on|last|this) [A-Z]?[a-z]+| yesterday| today)?"
    r"(?:(?: in| that) its | in an? (?:statement|email|e-mail|filing|news release|press release)"
    r"(?: on [A-Z][a-z]+)?,? (?:that )?it )"
)
# What only a body has, after a name with no given name: "Cyngor Elwy's cabinet member for
# housing", "Korvex's shareholders" (not "Ann Lee's employees": she may run a shop).
_BODY_POSSESSIONS = re.compile(
    r"[’']s (?:cabinet member|shareholders|headquarters|workforce|subsidiary|subsidiaries"
    r"|annual report|parent company|board of directors|member (?:states|clubs|countries))\b"
)
# Whom a speaker tells or speaks to, or whom words are reported by: an outlet when its last
# word is an outlet's ("told Addis Standard", "in an interview with Harbour Monitor").
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|telling|interview with|speaking to|spoke to|reported by|quoted by) $"
)
# A spokesperson's or staff's body: "a spokesperson for Velcor", "an official at Velcor" (of a
# one-word name the text never gives in full: "a spokesman for Trump" is named in full too).
_STAFF_OF = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative|official|[Ee]mployees?|[Cc]ustomers"
    r"|shareholders|staff) (?:for|of|at|with) (?:the )?$"
)
# A staff role and a person's name after the name: "Velta driver Ana Ruiz", "Korvex chief
# executive Tom Hale": the name is the body they work for.
_STAFF_AFTER = re.compile(
    r" (?:driver|partner|founder|co-founder|chief executive|spokesman|spokeswoman|spokesperson"
    r"|analyst|engineer|chairman|chairwoman|employee|striker|midfielder|defender|goalkeeper"
    r"|winger) [A-Z][a-z]+ [A-Z]"
)


def _last_word(body: str, a: int) -> str:
    """The word `_KIND_BEFORE` would take before `a`: the last one, after any bracket or
    punctuation it opens with (a cheap test first: few names follow a kind of body)."""
    words = body[max(0, a - 40) : a].rsplit(None, 1)
    word = words[-1] if words else ""
    for mark in "(,;:":
        word = word.rpartition(mark)[2]
    return word


def _kind_before(body: str, a: int, called: bool) -> bool:
    if _last_word(body, a) in _KINDS_BEFORE:
        m = _KIND_BEFORE.search(body, max(0, a - 40), a)
        if m is not None and m.group(1) in _KINDS_BEFORE:
            return True
    if not called:
        return False
    # (the cheap test first: the pattern's verb and one space end right before the name, or
    # before a line's end there, where its "$" also matches)
    if not body[max(0, a - 60) : a].removesuffix("\n").endswith(_CALLED_ENDS):
        return False
    m = _KIND_CALLED.search(body, max(0, a - 60), a)
    return m is not None and m.group(1) in _KINDS


def _cued(body: str, span: Span, called: bool) -> bool:
    """Whether a cue around `span` says the name is a body's (`called`: whether the body
    has "known as", "called", "named" or "rebranded as" at all: `_KIND_CALLED` needs one)."""
    a, b = span
    if _kind_before(body, a, called):
        after = body[b + 1 : b + 30] if body[b : b + 1] == " " else ""
        return not _CLAUSE_AFTER.match(after)
    m = _SET_OFF_AFTER.match(body, b) if body.startswith(",", b) else None
    if m is not None and m.group(1) in _KINDS:
        # (not a list the phrase is one item of: "liked Lehrer, the network, and its ...")
        return not body.startswith((", and ", ", or "), m.end())
    if body[b : b + 1] in (".", ";", "") and _MEDIA_BEFORE.search(body, max(0, a - 30), a):
        return " for " not in body[max(0, a - 60) : a]
    return body.startswith(_BODY_TAILS, b) or _STAFF_AFTER.match(body, b) is not None


def _outlet_or_employer(body: str, person: Draft) -> bool:
    """Whether a "person" with no given name is told things as an outlet is, or has staff as
    a body does (the name alone, never given in full)."""
    words = person.name.split()
    outlet = len(words) > 1 and words[-1] in OUTLET_HEADS
    one = len(words) == 1 and all(" " not in m for m in person.mentions)
    if not (outlet or one):
        return False
    for a, _ in person.spans:
        if outlet and _TOLD_BEFORE.search(body, max(0, a - 20), a):
            return True
        if one and _STAFF_OF.search(body, max(0, a - 30), a):
            return True
    return False


def _named_before(builder: Builder, person: Draft) -> Draft | None:
    """The organisation named right before the person's mention, set off by a comma ("the
    Jordan News Agency, Petra."): the name is its short form."""
    ends = {b: org for org in builder.orgs.values() for _, b in org.spans}
    return next((ends[a - 2] for a, _ in person.spans if a - 2 in ends), None)


def _retype(builder: Builder, person: Draft) -> None:
    builder.drop_person(person)
    into = _named_before(builder, person)
    if into is not None:
        for mention, span in zip(person.mentions, person.spans, strict=False):
            into.add(mention, span)
        return
    for mention, span in zip(person.mentions, person.spans, strict=False):
        builder.add_org(person.name, mention, span)
    for span in person.spans[len(person.mentions) :]:
        builder.add_org(person.name, person.name, span)


def bodies_taken_for_people(builder: Builder) -> None:
    """Retype as an organisation a "person" with no role that the text, at one of its
    mentions, says is a body (the cues above) and never calls by an honorific."""
    body = builder.body
    called = any(w in body for w in ("known as", "called", "named", "rebranded as"))
    for person in list(builder.people):
        if person.extra or not person.spans:
            continue
        if any(_HONORIFIC.search(body, max(0, a - 6), a) for a, _ in person.spans):
            continue
        plain = not is_given(person.name.split(" ", 1)[0], builder.given)
        if plain and _outlet_or_employer(body, person):
            _retype(builder, person)
            continue
        if any(
            _cued(body, span, called)
            or (
                plain and (_ITS_TAIL.match(body, span[1]) or _BODY_POSSESSIONS.match(body, span[1]))
            )
            for span in person.spans
        ):
            _retype(builder, person)
