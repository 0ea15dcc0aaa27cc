"""Hand-made key facts for the fixture articles, with offsets found in the real body."""

from __future__ import annotations

from briefing.core.facts import Facts


def spans_of(body: str, text: str) -> list[list[int]]:
    """Every [start, end] of `text` in `body`."""
    found, start = [], body.find(text)
    while start >= 0:
        found.append([start, start + len(text)])
        start = body.find(text, start + 1)
    return found


def facts_for(body: str) -> Facts:
    """Facts in the engine's shape for whichever names the body mentions (each mention
    form listed once per mention, so the reader shows the count)."""
    people = [
        {
            "name": name,
            "role": role,
            "mentions": [surname] * len(spans_of(body, surname)),
            "spans": spans_of(body, surname),
        }
        for name, surname, role in (
            ("Mara Lindgren", "Lindgren", "guild secretary"),
            ("Tomas Wren", "Wren", "port director"),
        )
        if surname in body
    ]
    places = [
        {
            "name": name,
            "kind": "city",
            "mentions": [name] * len(spans_of(body, name)),
            "spans": spans_of(body, name),
        }
        for name in ("Velden", "Osterby", "Hallin")
        if name in body
    ]
    organisations = [
        {"name": name, "mentions": [name], "spans": spans_of(body, name)}
        for name in ("Velden Pilots' Guild", "Northsound Lines")
        if name in body
    ]
    quotes = []
    quote = "Nobody boards a tanker in a gale after fourteen hours awake and does it safely"
    if quote in body:
        quotes.append({"speaker": "Mara Lindgren", "text": quote, "span": spans_of(body, quote)[0]})
    figures = [
        {"text": text, "value": value, "unit": unit, "span": spans_of(body, text)[0]}
        for text, value, unit in (("€2.4 million", 2.4e6, "EUR"), ("34 vessels", 34, "vessels"))
        if text in body
    ]
    return Facts.from_json(
        {
            "people": people,
            "places": places,
            "organisations": organisations,
            "dates": [
                {
                    "text": "Thursday",
                    "start": "2024-05-02",
                    "end": "2024-05-02",
                    "granularity": "day",
                    "spans": spans_of(body, "Thursday"),
                }
            ]
            if "Thursday" in body
            else [],
            "quotes": quotes,
            "figures": figures,
        }
    )
