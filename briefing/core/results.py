"""What the library answers, as plain data: rows, hits, related articles, entity pages,
timelines, indexing reports, and the filters a search is asked with.

Their JSON forms (`to_json`, `briefing.core.jsondata`) are the documents the CLI prints
with `--json`; the README lists their fields and a test holds the two together.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from briefing.core.jsondata import JsonData, json_field


@dataclass(frozen=True)
class Row(JsonData):
    """An article's light row: what a list shows, no body."""

    id: str
    title: str
    source: str | None
    published: str | None

    @property
    def when(self) -> datetime | None:
        """The publication time, or None."""
        if not self.published:
            return None
        try:
            return datetime.fromisoformat(self.published)
        except ValueError:
            return None


@dataclass
class Hit(JsonData):
    """One search result."""

    id: str
    title: str
    source: str | None
    published: str | None
    score: float = json_field(digits=4)
    snippet: str = ""
    highlights: list[tuple[int, int]] = field(default_factory=list)
    # The other copies of this hit's same-story group: [{"id", "source"}]
    also_in: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class SearchResults(JsonData):
    """A page of results and the total number of matches (`briefing search --json`)."""

    query: str
    total: int
    hits: list[Hit] = json_field(key="results")
    terms: frozenset[str] = json_field(skip=True, default=frozenset())
    # Top people, places, organisations, sources and months of the matches, when asked
    facets: dict[str, list[list[Any]]] | None = json_field(omit_none=True, default=None)


@dataclass(frozen=True)
class Filters:
    """What a search is kept to, as data: a source, a range of days (ISO, inclusive),
    bookmarked or unread articles only, a tag of the user's. The library turns the
    source, the days and the tag into the query (the tag as a `tag:` clause, answered
    through `SearchRequest.tagged`); bookmarked and unread are the caller's (they are
    the user's data), passed as sets of ids."""

    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    bookmarked: bool = False
    unread: bool = False
    tag: str | None = None

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(
            self.source
            or self.date_from
            or self.date_to
            or self.bookmarked
            or self.unread
            or self.tag
        )

    def describe(self) -> str:
        """A short human description, for the status line."""
        parts = []
        if self.source:
            parts.append(f"source {self.source}")
        if self.date_from or self.date_to:
            parts.append(f"{self.date_from or '…'} to {self.date_to or '…'}")
        if self.bookmarked:
            parts.append("bookmarked")
        if self.unread:
            parts.append("unread")
        if self.tag:
            parts.append(f"tag {self.tag}")
        return ", ".join(parts)


@dataclass(frozen=True)
class SearchRequest:
    """A search asked of the library, as data.

    `query` is in the library's query syntax (empty: the library listed by date); `limit`
    results (None: all) from `offset`, by `sort` (relevance, date/newest, oldest);
    `snippets` for the hits, `facets` of the matches; `filters` keep them to a source or
    a range of days; `only` / `exclude` to, or away from, a set of article ids (the
    user's bookmarks, what was read); `tagged` holds the ids carrying each tag the query
    (or the filters' tag) names with `tag:`, from the user's data (`query_tags` says
    which), as a `date:` clause is answered from the key facts. `fold` False lists
    same-story copies as results of their own (and counts them) instead of in `also_in`.
    """

    query: str = ""
    limit: int | None = 10
    sort: str = "relevance"
    offset: int = 0
    snippets: bool = True
    facets: bool = False
    only: Collection[str] | None = None
    exclude: Collection[str] | None = None
    filters: Filters | None = None
    tagged: Mapping[str, Collection[str]] | None = None
    fold: bool = True


@dataclass
class IndexReport(JsonData):
    """What an indexing run did, counted in articles; skipped files with their reasons
    (`briefing index --json`)."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    # Articles read with something to tell: {"path", "notice"} ("its date 2023-02-30 is
    # not a real day; kept without a date"), for the files read in this run
    notices: list[dict[str, str]] = field(default_factory=list)
    # Of `removed`, the bundled samples' articles (when this run took the samples out)
    samples_removed: int = json_field(skip=True, default=0)

    @property
    def changed(self) -> bool:
        """True when the index content changed."""
        return bool(self.added or self.updated or self.removed)


@dataclass
class Why(JsonData):
    """Why an article is related: what it shares and how far apart in time."""

    people: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    days_apart: int | None = None


# The reason shown for an item listed only to fill the list (it shares no person, place,
# organisation or term with the article; at most it is close in time).
NOTHING_SHARED = "nothing in common"


@dataclass
class Related(JsonData):
    """One related article (its group's best copy), its score and its reasons
    (an item of `briefing related --json`).

    `strength` is the score capped at 1 (1: as like the article as its own text); `weak`
    marks an item too weakly related to be presented as related.
    """

    id: str
    title: str
    source: str | None
    published: str | None
    score: float = json_field(digits=4)
    why: Why = field(default_factory=Why)
    also_in: list[dict[str, Any]] = field(default_factory=list)
    strength: float = json_field(digits=3, default=0.0)
    weak: bool = True


def _quoted_article(row: Row) -> dict[str, Any]:
    return {
        "article_id": row.id,
        "title": row.title,
        "source": row.source,
        "published": row.published,
    }


@dataclass
class EntityQuote(JsonData):
    """A quote attributed to the entity, with the article it is from."""

    text: str
    article: Row = json_field(flatten=True, encode=_quoted_article)


@dataclass
class EntityArticle(JsonData):
    """An article naming the entity: its light row, the role given there, mention count."""

    article: Row = json_field(flatten=True)
    role: str | None = None
    mentions: int = 0
    group: str = ""


@dataclass
class EntityPage(JsonData):
    """Everything the library says about one entity (`briefing entity --json`)."""

    name: str
    kind: str
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    article_count: int = 0
    first: str | None = None
    last: str | None = None
    articles: list[EntityArticle] = field(default_factory=list)
    quotes: list[EntityQuote] = field(default_factory=list)


@dataclass
class TimelineEvent(JsonData):
    """One dated event: when, the words that dated it, its sentence, and its articles."""

    start: str
    end: str
    granularity: str
    text: str
    sentence: str
    articles: list[Row] = field(default_factory=list)


TIMELINE_LIMIT = 500  # events a timeline lists unless asked for more


@dataclass
class Timeline(JsonData):
    """Events in date order; `truncated` when more matched than the limit
    (`briefing timeline --json`)."""

    query: str
    truncated: bool = False
    events: list[TimelineEvent] = field(default_factory=list)
