"""Names listed beside places ("Chatham-Kent, Sudbury and Thunder Bay"): once the passes that
see the whole body have typed what they can, a name nothing took that stands in a list of
places is one too. A town the gazetteer knows in another country keeps the name the text
gives it (its canonical form could name a different place). Used by
`briefing.facts.entities`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.facts.lexicon import FUNCTION_WORDS, NON_NAME_WORDS
from briefing.facts.people import is_given

if TYPE_CHECKING:
    from briefing.core.facts import Span
    from briefing.facts.builder import Builder

_WORDS = r"[A-Z][\w'’-]*(?: (?:of |de |la )?[A-Z][\w'’-]*){0,3}"
# A list's next item: its gap, then the name ("Chatham-Kent, Sudbury and Thunder Bay").
_NEXT = re.compile(rf"(, and |, or | and | or |, )({_WORDS})(?![\w'’-]| [A-Z])")
# The item before: the name, then its gap, right before the item asked about.
_BEFORE = re.compile(rf"(?<![\w'’-])({_WORDS})(, and |, or | and | or |, )$")
_NUMBER_AFTER = re.compile(r"\.? ?\d")
_LAST_GAPS = (", and ", ", or ", " and ", " or ")
_GAPS = (", ", " and ", " or ")
# A line of a numbered or bulleted list that holds one name: "1. Ajax", "• Barrie".
_LINE_ITEM = re.compile(rf"(?m)^[ \t]*(?:\d{{1,3}}[.)]|[•*-])[ \t]+({_WORDS})[ \t]*$")
# What opens a line of such a list somewhere in it (the cheap test before the pattern).
# A line opening with one of "1. ", "1) ", "2. ", "• ", "- ", "* ": a list one name a line may
# follow (one scan of the body, where six `in` tests made six).
_LINE_MARK = re.compile(r"\n(?:1[.)]|2\.|[•*-]) ")
# A plural of places that opens a list: "zones such as Teynampet, Kodambakkam and Adyar".
_PLACES_OPEN = re.compile(
    r"\b(?:[Zz]ones|[Tt]owns|[Cc]ities|[Vv]illages|[Dd]istricts|[Aa]reas|[Rr]egions|[Pp]rovinces"
    r"|[Cc]ountries|[Nn]eighbou?rhoods|[Ss]uburbs|[Mm]unicipalities|[Ll]ocalities|[Ww]ards"
    r"|[Cc]ounties|[Ii]slands|[Pp]orts|[Cc]apitals) (?:such as|like|including)(?: the)? $"
)


def listed_places(builder: Builder) -> None:
    """Add as places the names nothing took in lists that hold two places or more."""
    body = builder.body
    spans = sorted(span for draft in builder.places.values() for span in draft.spans)
    small = [(start, end) for start, end, _ in builder.small_places]
    lists, done = [], set()
    for span in sorted(spans + small) if ", " in body else ():
        # (the cheap test first: a list's gap after the place or before it)
        if span in done or not (
            body.startswith(_GAPS, span[1]) or body.endswith(_GAPS, 0, span[0])
        ):
            continue
        items = _list_around(body, span)
        done.update(items)
        if len(items) >= 3:
            lists.append(items)
    lines = _line_lists(body) if _LINE_MARK.search(body) else []
    if lines and not builder.match_report():
        _known_places_listed(builder, lines)  # ("1. Ajax" among towns: no football club)
    if lists or lines:
        _type_lists(builder, lists + lines, set(spans))


def _known_places_listed(builder: Builder, lines: list[list[Span]]) -> None:
    """A known body's short name that the gazetteer knows as a place, listed one name a
    line among places and named nowhere else, is the place."""
    body = builder.body
    orgs = {span: key for key, draft in builder.orgs.items() for span in draft.spans}
    places = {span for draft in builder.places.values() for span in draft.spans}
    for items in lines:
        if 3 * sum(i in places for i in items) < 2 * len(items):
            continue
        for item in items:
            key = orgs.get(item)
            entry = builder.gaz.get(body[item[0] : item[1]]) if key is not None else None
            if entry is not None and set(builder.orgs[key].spans) <= set(items):
                del builder.orgs[key]
                text = body[item[0] : item[1]]
                builder.add_place(text, entry.kind, text, item)
                builder.sure.add(item)


def _line_lists(body: str) -> list[list[Span]]:
    """The names of numbered or bulleted lists, one name a line ("1. Ajax", "2. Barrie"),
    three lines or more."""
    lists: list[list[Span]] = []
    last = -1
    for m in _LINE_ITEM.finditer(body):
        if lists and body[last : m.start()].strip() == "":
            lists[-1].append(m.span(1))
        else:
            lists.append([m.span(1)])
        last = m.end()
    return [items for items in lists if len(items) >= 3]


def _type_lists(builder: Builder, lists: list[list[Span]], place_spans: set[Span]) -> None:
    """Type the names of the lists that hold two places or more and no one named elsewhere,
    or that a plural of places opens ("zones such as ...": one place is enough)."""
    body = builder.body
    people = {span: draft for draft in builder.people for span in draft.spans}
    taken = place_spans | set(people)
    taken.update(span for draft in builder.orgs.values() for span in draft.spans)
    known = {(start, end): entry for start, end, entry in builder.small_places}
    for items in lists:
        places = [i for i in items if i in place_spans or i in known]
        opened = _PLACES_OPEN.search(body, max(0, items[0][0] - 50), items[0][0]) is not None
        inside = set(items)
        named = [people[i] for i in items if i in people]
        if (
            not places
            or (not opened and (len(places) < 2 or 2 * len(places) < len(items)))
            # (no list of people: "a couple from Florida, Richard and Lisa Parry"; after a
            # plural of places, those named nowhere else are places)
            or (named and not opened)
            or any(a < i[1] and i[0] < b and (a, b) not in inside for a, b in people for i in items)
        ):
            continue
        for draft in named:
            if set(draft.spans) <= inside and not draft.extra:
                builder.drop_person(draft)
                taken.difference_update(draft.spans)
        for item in items:
            if item in taken:
                if item in place_spans and _name_alone(builder, item):
                    builder.sure.add(item)  # (a place by the list: no other type for it)
            elif not any(a < item[1] and item[0] < b for a, b in taken) and _name_alone(
                builder, item, opened
            ):
                entry = known.get(item)
                kind = entry.kind if entry is not None else "place"
                text = body[item[0] : item[1]]
                builder.add_place(text, kind, text, item)
                builder.sure.add(item)  # (the list says what the word alone cannot)


def _list_around(body: str, span: Span) -> list[Span]:
    """The items of the comma list `span` stands in (itself only if none)."""
    items = [span]
    end, closed = span[1], False
    while not closed:
        m = _NEXT.match(body, end)
        if m is None:
            break
        closed = m.group(1) in _LAST_GAPS
        items.append(m.span(2))
        end = m.end(2)
    start = span[0]
    # (one "and" or "or" in a list: the gap before its last item; the cheap test first)
    while body.endswith(_GAPS, 0, start):
        m = _BEFORE.search(body, max(0, start - 60), start)
        if m is None or (m.group(2) in _LAST_GAPS and closed):
            break
        closed = closed or m.group(2) in _LAST_GAPS
        a = _opening(body, m.start(1), m.end(1))
        if a is None:
            break
        items.insert(0, (a, m.end(1)))
        start = a
    return items


def _opening(body: str, start: int, end: int) -> int | None:
    """Where the item's name opens past a function word ("In Chatham-Kent" -> "Chatham-Kent"),
    or None when nothing is left."""
    words = body[start:end].split(" ")
    while words and words[0] in FUNCTION_WORDS:
        start += len(words.pop(0)) + 1
    return start if words else None


def _name_alone(builder: Builder, span: Span, opened: bool = False) -> bool:
    """Whether the item is a name that only the list can type: no given name (unless a
    plural of places opens the list), no common word, no month ("SAN JOSE, Calif., Feb.
    10"), no one's surname."""
    body = builder.body
    text = body[span[0] : span[1]]
    return not (
        text in NON_NAME_WORDS
        or text.lower() in builder.common
        or (not opened and " " not in text and is_given(text, builder.given))
        or _NUMBER_AFTER.match(body, span[1]) is not None
        or builder.find_person(text, span[0]) is not None
    )
