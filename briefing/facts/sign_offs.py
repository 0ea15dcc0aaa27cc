"""A broadcaster's sign-off sentences, which name the reporter of the piece and no one in the
story: "For VOA, Nadia Ortel has more from the Spanish capital.", "Peter Dunmore has this
report.", "The station's Peter Dunmore reports from Lima.", "From Lima, VOA's Peter Dunmore
reports.", and the lead-ins that name the reporter inside a sentence ("VOA's Dan Reyes reports
that ...", "as VOA correspondent Dan Reyes reports, ...", "as Dan Reyes reports for VOA"). Used by `briefing.facts.entities`
beside `briefing.facts.credits`."""

from __future__ import annotations

import re

from briefing.facts.chunks import Chunk, split_chunk
from briefing.facts.credits import _a_persons_name as a_persons_name

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}"
_OWNER = r"(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,3}['’]s |[Cc]orrespondent )?"
# A whole sentence: where a line or a sentence opens, to its full stop; the reporter's name
# is group 1.
_SIGN_OFF = re.compile(
    rf"(?:(?:For|From|In) [A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}}, )?{_OWNER}({_NAME})"
    r"(?: has (?:more|this report|the story|the details|details)\b[^.!?\n\"“]{0,90}"
    r"| reports(?: from [^.!?\n\"“]{1,60})?)\.(?=\s|$)"
)
# A lead-in that names the reporter inside a sentence, after the outlet ("VOA's Dan Reyes
# reports that ...", "as VOA correspondent Dan Reyes reports, ...") or before it ("as Dan Reyes
# reports for VOA"): the name ends where " reports" starts (searched back from there).
_LEAD_IN = re.compile(
    rf"(?:\b[A-Z]{{2,6}}['’]s |\b(?:[Cc]orrespondent|[Rr]eporter) )?(?<![\w'’-])({_NAME})$"
)
_LEAD_TAIL = re.compile(r" reports(?: from [A-Z][^,.!?\n]{0,40})?(?: that\b|,|( for )[A-Z])")
_TRIGGERS = (" has more", " has this report", " has the story", " has the details",
             " has details", " reports.", " reports from ", " reports that", " reports,")  # fmt: skip
_HAS_TAILS = tuple(t[5:] for t in _TRIGGERS if t.startswith(" has "))


def _any_after(body: str, lead: str, tails: tuple[str, ...]) -> bool:
    """Whether `lead` occurs in `body` followed by one of `tails`."""
    at = body.find(lead)
    while at >= 0:
        if body.startswith(tails, at + len(lead)):
            return True
        at = body.find(lead, at + 1)
    return False


def sign_off_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of the reporters' names in the sign-off sentences of `body` (tried only where a
    line or a sentence opens before one of the trigger words, found with `str.find`)."""
    out: list[tuple[int, int]] = []
    # (two passes over the body, not seven: which of " has ..." and " reports..." occur)
    has = _any_after(body, " has ", _HAS_TAILS)
    reports = _any_after(body, " reports", (".", " from ", " that", ","))
    for trigger in _TRIGGERS:
        at = body.find(trigger) if (has if trigger.startswith(" has ") else reports) else -1
        while at >= 0:
            lo = max(0, at - 200)  # (a sign-off is a short sentence)
            stop = max(body.rfind(mark, lo, at) for mark in (". ", "? ", "! "))
            line = body.rfind("\n", lo, at)
            start = max(line + 1 if line >= 0 else -1, stop + 2 if stop >= 0 else -1)
            if start < 0:
                start = 0 if lo == 0 else at  # (no sentence's start near: none tried)
            while start < at and body[start].isspace():
                start += 1
            m = _SIGN_OFF.match(body, start)
            # (a person's name: not "The Guardian reports.", "Associated Press has more")
            if m is not None and m.end() > at and a_persons_name(m.group(1)):
                out.append(m.span(1))
            at = body.find(trigger, at + 1)
    if " reports" in body:
        out.extend(_lead_ins(body))
    return out


def _lead_ins(body: str) -> list[tuple[int, int]]:
    """Spans of the reporters' names in `_LEAD_IN`s: an outlet's possessive or "correspondent"
    before the name, or "for <Outlet>" after "reports". After a possessive alone the surname
    must stand nowhere else in the text: "WHO's Ana Ruiz reports that cases rose" may be a
    source the story quotes again, where a reporter is named once."""
    out = []
    at = body.find(" reports")
    while at >= 0:
        tail = _LEAD_TAIL.match(body, at)
        m = _LEAD_IN.search(body, max(0, at - 80), at) if tail is not None else None
        if m is not None and tail is not None:
            name = m.group(1)
            owned = m.start(1) > m.start() or tail.group(1) is not None
            possessive = body.endswith(("'s ", "’s "), m.start(), m.start(1))
            once = not possessive or body.count(name.rsplit(None, 1)[-1]) == 1
            if owned and once and a_persons_name(name):
                out.append(m.span(1))
        at = body.find(" reports", at + 1)
    return out


def cut_sign_offs(chunks: list[Chunk], names: list[tuple[int, int]]) -> list[Chunk]:
    """`chunks` without the reporters' names of `names` (a run that opens with the outlet,
    "VOA's Peter Dunmore", keeps the outlet)."""
    starts = {a for a, _ in names}
    out = []
    for chunk in chunks:
        if chunk.start in starts:
            continue
        cut = next((i for i, (a, _) in enumerate(chunk.words) if a in starts), None)
        if cut is not None:
            chunk = split_chunk(chunk, cut)[0]  # type: ignore[assignment]
        out.append(chunk)
    return out
