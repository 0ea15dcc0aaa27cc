"""The outlet a byline names, which is an organisation of the page though the byline's people
are no one in the story: "By VOA News", "By Tico Times Sports", "By Jen Alvarado, TownLine
Staff" (the guidelines list an outlet wherever the text names it). Used by
`briefing.facts.entities` beside `briefing.facts.credits`, which drops the byline's names."""

from __future__ import annotations

import re

from briefing.facts.builder import Builder
from briefing.facts.credits import _BYLINE, _JOB
from briefing.facts.credits import OUTLET_HEADS as _OUTLET_HEADS
from briefing.facts.credits import _a_persons_name as a_persons_name
from briefing.facts.lexicon import KNOWN_ORGS

_PARTS = re.compile(r",\s+|\s+\|\s+|\s+and\s+|\s+/\s+")
# An outlet's last word ("Tico Times Sports", "Valley Courier"); a staff's word after it is
# no part of the name ("TownLine Staff", "the Beacon newsroom").
# A wire's or a news service's last word ("American Forces Press Service", "Harbor News
# Agency"), which a byline names as its author.
_SERVICE_HEADS = frozenset(("Service", "Agency", "Bureau"))
_STAFF = (" Staff", " staff", " newsroom", " Newsroom", " Staff Writers", " Reporters")
_NAME = re.compile(r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}")


def _outlet(part: str) -> str | None:
    """The outlet `part` of a byline names, if it names one and no person."""
    text = part.removeprefix("the ").removeprefix("The ")
    for tail in _STAFF:
        text = text.removesuffix(tail)
    if _NAME.fullmatch(text) is None or _JOB.match(text) is not None:
        return None
    if text in KNOWN_ORGS:
        return KNOWN_ORGS[text]
    words = text.split()
    camel = (  # "TownLine" (not a surname: "McKenzie", "DeLuca")
        len(words) == 1
        and any(c.isupper() for c in text[2:])
        and not text.isupper()
        and not text.startswith(("Mc", "Mac", "O'", "O’", "De", "Di", "La", "Le"))
    )
    if (words[-1] in _OUTLET_HEADS or words[-1] in _SERVICE_HEADS) and len(words) > 1 or camel:
        return None if a_persons_name(text) and not camel and words[-1] != "News" else text
    return None


def byline_outlets(builder: Builder) -> None:
    """Add the outlets the byline at the head of the page names."""
    body = builder.body
    if not (
        body.startswith(("By ", "by "))
        or body.find("\nBy ", 0, 800) >= 0
        or body.find("\nby ", 0, 800) >= 0
    ):
        return  # (no byline in the head of the page; looked for without copying it)
    for m in _BYLINE.finditer(body, 0, 800):
        at = m.start() + 3
        for piece in _PARTS.split(body[at : m.end()]):
            start = body.find(piece, at, m.end())
            if start < 0:
                continue
            at = start + len(piece)
            name = _outlet(piece.strip())
            if name is None:
                continue
            # ("The Cedar Valley Courier" as "Cedar Valley Courier", which "The Courier"
            # later in the text then joins)
            surface = piece.strip().removeprefix("the ").removeprefix("The ")
            for tail in _STAFF:
                surface = surface.removesuffix(tail)
            first = body.find(surface, start, at)
            builder.add_org(name, surface, (first, first + len(surface)))
            builder.sure.add((first, first + len(surface)))


# A republished page's credit of the outlet that first ran the story, or its link back to it:
# "This article was originally published on Harbor Watch", "Read the full article on Harbor
# Watch" (the outlet, named by the page as the story's source).
_FIRST_RUN = re.compile(
    r"(?:originally (?:published|appeared|posted|ran)|Read the (?:full|original) "
    r"(?:article|story)) (?:on|in|by|at) (?:the |The )?(?!The\b)([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3})"
)


# A newspaper that someone talks to, or that the page asks to subscribe to, by its title with
# its "The" ("told The Citizen", "Speaking to The Local", "Subscribe to The Namibian"): the
# words before " The ", then the title from its "The" on.
_TOLD_BEFORE = ("told", "peaking to", "alking to", "ubscribe to")
_TITLE = re.compile(r"The [A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,2}")


def first_run_outlets(builder: Builder) -> None:
    """Add the outlets that a republished page credits with the story's first run, and the
    newspapers that people talk to by their titles."""
    body = builder.body
    at = body.find(" The ")
    while at >= 0:  # (a handful a body: `str.find`, not a regex tried at every character)
        m = _TITLE.match(body, at + 1) if body.endswith(_TOLD_BEFORE, 0, at) else None
        at = body.find(" The ", at + 1)
        if m is not None and builder.gaz.get(m[0]) is None and builder.gaz.get(m[0][4:]) is None:
            name = m[0]
            builder.add_org(KNOWN_ORGS.get(name, KNOWN_ORGS.get(name[4:], name)), name, m.span())
            builder.sure.add(m.span())
    if "riginally " not in body and "Read the " not in body:
        return
    for m in _FIRST_RUN.finditer(body):
        name = m.group(1).rstrip(".")
        if _JOB.match(name) is None:
            span = (m.start(1), m.start(1) + len(name))
            builder.add_org(KNOWN_ORGS.get(name, name), name, span)
            builder.sure.add(span)
