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
# A menu of a page's buttons on one line, the same capitalised word opening each ("Share
# Facebook Share X Share Email", "Make a Complaint Make a Suggestion Make a Request").
_MENU_REPEATS = 3


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
    out.extend(_menus(body))
    return out


def _menus(body: str) -> list[tuple[int, int]]:
    """Spans of the lines that are a menu: no full stop, comma or quotation mark in them, and
    one capitalised word that opens at least `_MENU_REPEATS` of its items."""
    out = []
    at = 0
    while at < len(body):
        end = body.find("\n", at)
        end = len(body) if end < 0 else end
        # (the cheap tests first, on the body itself: most lines are sentences)
        if not 30 < end - at < 300 or body.find(".", at, end) >= 0 or body.find(",", at, end) >= 0:
            at = end + 1
            continue
        line = body[at:end]
        if not line.rstrip().endswith(("!", "?", ":")) and '"' not in line and "“" not in line:
            words = [w for w in line.split() if len(w) > 2 and w[0].isupper()]
            if len(words) >= 2 * _MENU_REPEATS and any(
                words.count(w) >= _MENU_REPEATS for w in set(words)
            ):
                out.append((at, end))
        at = end + 1
    return out
