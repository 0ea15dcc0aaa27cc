"""The key-facts data types and their JSON shape (the contract of `briefing facts --json`).

Spans are character offsets into the article body. The JSON form is the dataclasses'
fields in order (`briefing.core.jsondata`); reading it back drops malformed spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing.core.jsondata import JsonData

Span = tuple[int, int]


@dataclass
class Person(JsonData):
    """A person named in the article: canonical full name, stated role, every mention."""

    name: str
    role: str | None = None
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class Place(JsonData):
    """A place: canonical name, kind (country, region, city, continent, site), mentions."""

    name: str
    kind: str = "place"
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class Organisation(JsonData):
    """An organisation: canonical name (an acronym's expansion when the text gives it), mentions."""

    name: str
    mentions: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass
class DateFact(JsonData):
    """A date or period: surface text, ISO start/end, granularity (day, month, year, decade)."""

    text: str
    start: str
    end: str
    granularity: str
    spans: list[Span] = field(default_factory=list)


@dataclass
class Quote(JsonData):
    """A direct quotation and who said it (a person's or organisation's canonical name, or None)."""

    speaker: str | None
    text: str
    span: Span


@dataclass
class Figure(JsonData):
    """Money, a percentage or a quantity: the phrase, its numeric value and unit."""

    text: str
    value: float
    unit: str
    span: Span


@dataclass
class Facts(JsonData):
    """Everything `extract_facts` found in one article body."""

    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
