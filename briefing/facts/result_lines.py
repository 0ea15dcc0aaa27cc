"""Teams that a sports report names by their results, on a line of one game's result
("Aliquippa 28, Jersey Shore 7"). Whatever the rules took such a name for (a person, "Bishop
Canevin"; a town, "Steel Valley"), in a match report it is the team, an organisation; a
dateline's town ("LINCOLN —") stays a place. (Not a record after a name, "(3-2)": a
pitcher's is his own.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.facts.lazy_re import lazy
from briefing.facts.names import fold

if TYPE_CHECKING:
    from briefing.facts.builder import Builder

_TEAM = r"[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}"
# A line of one game's result: two sides, each with its score ("Cathedral Prep 21, Butler 20"),
# perhaps after its class's or group's label ("Class 3A: ") and before "(OT)".
_RESULT_LINE = lazy(
    rf"(?:[\w ]{{1,20}}: )?({_TEAM}) \d{{1,3}}, ({_TEAM}) \d{{1,3}}(?: \(\w{{1,8}}\))?$"
)

_LAST_CHARS = frozenset("0123456789)")


def result_teams(builder: Builder) -> None:
    """Make organisations of the names a match report gives results to."""
    body = builder.body
    spans: dict[str, list[tuple[int, int]]] = {}
    at = 0
    for line in body.split("\n"):
        # (a short line that ends in a number or "(OT)" is matched: most lines are prose)
        if line[-1:] in _LAST_CHARS and ", " in line and len(line) < 100:
            m = _RESULT_LINE.match(line)
            if m is not None:
                for group in (1, 2):
                    a, b = m.span(group)
                    spans.setdefault(m.group(group), []).append((at + a, at + b))
        at += len(line) + 1
    # (whether the text is a match report is asked last: it reads the whole text)
    if not spans or not builder.match_report():
        return
    for name, found in spans.items():
        _make_team(builder, name, found)


def _make_team(builder: Builder, name: str, found: list[tuple[int, int]]) -> None:
    """Move the person or the place `name` (but a dateline's, sure, mention) to the team."""
    body = builder.body
    moved = list(found)
    for person in [p for p in builder.people if p.name == name]:
        moved.extend(person.spans)
        builder.drop_person(person)
    place = builder.places.get(fold(name))
    if place is not None:
        kept = [s for s in place.spans if s in builder.sure]
        moved.extend(s for s in place.spans if s not in builder.sure)
        if kept:
            place.spans[:] = kept
            surfaces = {body[a:b] for a, b in kept}
            place.mentions[:] = [m for m in place.mentions if m in surfaces]
        else:
            del builder.places[fold(name)]
    for span in sorted(set(moved)):
        builder.add_org(name, body[span[0] : span[1]], span)
