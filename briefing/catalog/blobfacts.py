"""An article's key facts in its stored blob, in a compact form (`docstore` packs them).

The facts' JSON (field names on every item, a name's every mention spelled out, offsets
as pairs) took more bytes than the body it describes, and a third of an article's
compressed blob. Packed, each item is the list of its field values in the dataclass's
order, with:

- `spans` (and a quote's or figure's `span`) as one flat list of differences: the start
  from the previous span's end, then the length (small numbers, fewer digits);
- `mentions` as `DERIVED` when they are the text of the spans in order, each once (the
  extractor's usual list), and a date's, quote's or figure's `text` as `DERIVED` when it
  is the text of its span (of each of its spans, for a date).

Unpacking gives back the facts' JSON exactly (`Article.from_json` reads it as before); a
value that is not what packing expects (a malformed span) makes `pack` fail, and the
caller then stores the facts as they are. 10,000 real-text articles: blobs 19.3 -> 16.6 MB.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from briefing.core.facts import DateFact, Facts, Figure, Organisation, Person, Place, Quote

# A value to be worked out from the body (never a value of the fields it stands for:
# those are strings and lists).
DERIVED = 0
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (group, tuple(spec.name for spec in dataclasses.fields(cls)))
    for group, cls in (
        ("people", Person),
        ("places", Place),
        ("organisations", Organisation),
        ("dates", DateFact),
        ("quotes", Quote),
        ("figures", Figure),
    )
)


def pack(facts: Facts, body: str) -> list[list[list[Any]]]:
    """The compact form of `facts` (of an article whose body is `body`).

    Raises TypeError or ValueError for a value packing does not expect."""
    return [
        [_pack_item(item, names, body) for item in getattr(facts, group)] for group, names in GROUPS
    ]


def unpack(packed: list, body: str) -> dict[str, list[dict[str, Any]]]:
    """The facts' JSON form (as `Facts.to_json` writes it) from `pack`'s output."""
    return {
        group: [_unpack_item(values, names, body) for values in items]
        for (group, names), items in zip(GROUPS, packed, strict=True)
    }


def _pack_item(item: Any, names: tuple[str, ...], body: str) -> list[Any]:
    spans = item.spans if "spans" in names else [item.span]
    out = []
    for name in names:
        value = getattr(item, name)
        if name == "spans" or name == "span":
            value = _differences(spans)
        elif _derivable(name, value, spans, body):
            value = DERIVED
        out.append(value)
    return out


def _derivable(name: str, value: Any, spans, body: str) -> bool:
    """Whether unpacking works `value` (of field `name`) out from the body as it is."""
    if name == "mentions":
        return value == _spelled(body, spans)
    return name == "text" and bool(spans) and all(body[a:b] == value for a, b in spans)


def _unpack_item(values: list[Any], names: tuple[str, ...], body: str) -> dict[str, Any]:
    item = dict(zip(names, values, strict=True))
    flat = item.get("spans")
    if flat is None:
        start = item["span"][0]
        end = start + item["span"][1]
        spans = [[start, end]]
        item["span"] = spans[0]
    else:
        spans, end = [], 0
        for at in range(0, len(flat), 2):
            start = end + flat[at]
            end = start + flat[at + 1]
            spans.append([start, end])
        item["spans"] = spans
    if item.get("mentions") == DERIVED:
        item["mentions"] = list(dict.fromkeys([body[a:b] for a, b in spans]))
    if item.get("text") == DERIVED:
        start, end = spans[0]
        item["text"] = body[start:end]
    return item


def _spelled(body: str, spans) -> list[str]:
    """The text of each span in order, each once."""
    return list(dict.fromkeys(body[start:end] for start, end in spans))


def _differences(spans) -> list[int]:
    flat, last = [], 0
    for start, end in spans:
        if type(start) is not int or type(end) is not int:
            raise TypeError("a span of two integers")
        flat += (start - last, end - start)
        last = end
    return flat
