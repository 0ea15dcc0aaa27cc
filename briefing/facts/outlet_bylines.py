"""A byline without "By" that a page sets as two lines in its head: the writer's name alone on
a line, then the outlet alone on the next ("Dana Whitlow" over "Harbor Tribune"), as
republished stories carry their first outlet's credit. The name is no one in the story; the
outlet stays an organisation (as `briefing.facts.byline_outlets` keeps a byline's outlet).
Used by `briefing.facts.entities` beside `briefing.facts.credits`."""

from __future__ import annotations

from briefing.facts.byline_outlets import _outlet as outlet_name
from briefing.facts.credits import _HEAD_NAME
from briefing.facts.credits import _a_persons_name as a_persons_name

_HEAD_LINES = 8  # (a headline, a standfirst and a kicker may stand above the byline)


def outlet_byline_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of the names on a line of their own in the head of `body` that stand right above
    a line naming an outlet alone."""
    out = []
    lines = body[:1000].split("\n", _HEAD_LINES)[:_HEAD_LINES]
    at = 0
    for line, below in zip(lines, lines[1:], strict=False):
        name = line.strip()
        outlet = below.strip()
        if (
            at > 0  # (the first line is the headline)
            and outlet
            and 3 < len(name) < 40
            and _HEAD_NAME.fullmatch(name) is not None
            and a_persons_name(name)
            and outlet_name(outlet) is not None
        ):
            start = body.find(name, at)
            out.append((start, start + len(name)))
        at += len(line) + 1
    return out
