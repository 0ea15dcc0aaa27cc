"""The furniture of a scraped web page, which names nothing in the story: a column of text-size
switches ("XS", "SM", "MD", "LG" a line each) and a section's breadcrumb at the top ("News /
Africa", "Home / World / Europe"). Used by `briefing.facts.entities` beside the credit lines."""

from __future__ import annotations

from briefing.facts.lazy_re import lazy

# Two or more lines in a row that hold one to three capitals each and nothing else.
_SWITCHES = lazy(r"(?m)^[ \t]*[A-Z]{1,3}[ \t]*(?:\n[ \t]*[A-Z]{1,3}[ \t]*)+$")
# The second of those lines, whole: a search that opens with a line break skips ahead at C
# speed, where the multi-line "^" above tries every character of the body.
_SWITCH_LINE = lazy(r"\n[ \t]*[A-Z]{1,3}[ \t]*(?:\n|\Z)")
# A breadcrumb: capitalised words on either side of " / ", the whole line.
_CRUMB = r"[A-Z][\w&]*(?: [A-Z][\w&]*){0,2}"
_BREADCRUMB = lazy(rf"[ \t]*{_CRUMB}(?: / {_CRUMB})+[ \t]*$")
_HEAD_LINES = 3


def furniture_ranges(body: str) -> list[tuple[int, int]]:
    """Spans of the page's furniture in `body`."""
    out = [m.span() for m in _SWITCHES.finditer(body)] if _SWITCH_LINE.search(body) else []
    at = 0
    for _ in range(_HEAD_LINES):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        if body.find(" / ", at, end) >= 0 and _BREADCRUMB.match(body, at, end) is not None:
            out.append((at, end))
        if end >= len(body):
            break
        at = end + 1
    return out
