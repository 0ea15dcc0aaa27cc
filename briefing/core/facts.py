"""The key-facts data types and their JSON shape (the contract of `briefing facts --json`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


def _spans(data: Any) -> list[Span]:
    """Spans read back from JSON, dropping anything malformed."""
    out: list[Span] = []
    for item in data or []:
        if isinstance(item, (list, tuple)) and len(item) == 2:
            out.append((int(item[0]), int(item[1])))
    return out


@dataclass
class Person:
    """A person named in the article: canonical full name, stated role, every mention."""

    name: str
    role: str | None = None
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "name": self.name,
            "role": self.role,
            "mentions": list(self.mentions),
            "spans": [list(s) for s in self.spans],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Person:
        """Inverse of `to_json`."""
        return cls(
            str(data.get("name", "")),
            data.get("role"),
            list(data.get("mentions") or []),
            _spans(data.get("spans")),
        )


@dataclass
class Place:
    """A place: canonical name, kind (country, region, city, continent, site), mentions."""

    name: str
    kind: str = "place"
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "name": self.name,
            "kind": self.kind,
            "mentions": list(self.mentions),
            "spans": [list(s) for s in self.spans],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Place:
        """Inverse of `to_json`."""
        return cls(
            str(data.get("name", "")),
            str(data.get("kind") or "place"),
            list(data.get("mentions") or []),
            _spans(data.get("spans")),
        )


@dataclass
class Organisation:
    """An organisation: canonical name (an acronym's expansion when the text gives it), mentions."""

    name: str
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "name": self.name,
            "mentions": list(self.mentions),
            "spans": [list(s) for s in self.spans],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Organisation:
        """Inverse of `to_json`."""
        return cls(
            str(data.get("name", "")), list(data.get("mentions") or []), _spans(data.get("spans"))
        )


@dataclass
class DateFact:
    """A date or period: surface text, ISO start/end, granularity (day, month, year, decade)."""

    text: str
    start: str
    end: str
    granularity: str
    spans: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "spans": [list(s) for s in self.spans],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DateFact:
        """Inverse of `to_json`."""
        return cls(
            str(data.get("text", "")),
            str(data.get("start", "")),
            str(data.get("end", "")),
            str(data.get("granularity", "")),
            _spans(data.get("spans")),
        )


@dataclass
class Quote:
    """A direct quotation and who said it (a person's or organisation's canonical name, or None)."""

    speaker: str | None
    text: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {"speaker": self.speaker, "text": self.text, "span": list(self.span)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Quote:
        """Inverse of `to_json`."""
        span = _spans([data.get("span")])
        return cls(data.get("speaker"), str(data.get("text", "")), span[0] if span else (0, 0))


@dataclass
class Figure:
    """Money, a percentage or a quantity: the phrase, its numeric value and unit."""

    text: str
    value: float
    unit: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {"text": self.text, "value": self.value, "unit": self.unit, "span": list(self.span)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figure:
        """Inverse of `to_json`."""
        span = _spans([data.get("span")])
        return cls(
            str(data.get("text", "")),
            float(data.get("value") or 0.0),
            str(data.get("unit", "")),
            span[0] if span else (0, 0),
        )


@dataclass
class Facts:
    """Everything `extract_facts` found in one article body."""

    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The facts in the documented JSON shape."""
        return {
            "people": [p.to_json() for p in self.people],
            "places": [p.to_json() for p in self.places],
            "organisations": [o.to_json() for o in self.organisations],
            "dates": [d.to_json() for d in self.dates],
            "quotes": [q.to_json() for q in self.quotes],
            "figures": [f.to_json() for f in self.figures],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Facts:
        """Inverse of `to_json`; tolerates missing keys."""
        data = data or {}
        return cls(
            people=[Person.from_json(d) for d in data.get("people") or []],
            places=[Place.from_json(d) for d in data.get("places") or []],
            organisations=[Organisation.from_json(d) for d in data.get("organisations") or []],
            dates=[DateFact.from_json(d) for d in data.get("dates") or []],
            quotes=[Quote.from_json(d) for d in data.get("quotes") or []],
            figures=[Figure.from_json(d) for d in data.get("figures") or []],
        )
