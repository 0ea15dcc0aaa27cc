"""Plain data shared by the core, the CLI and the reader."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from briefing.core.facts import Facts
from briefing.core.jsondata import JsonData


@dataclass(kw_only=True)
class Article(JsonData):
    """One article read from the library, cleaned and sanitised.

    Every string here has been through `briefing.core.sanitize.clean_text`; nothing downstream
    sees raw bytes or control characters. Its JSON form (`to_json`) is its fields in order.
    """

    id: str = ""
    title: str
    byline: str | None = None
    source: str | None = None
    published: datetime | None = None
    url: str | None = None
    paths: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    format: str = "text"
    body: str
    # The site furniture ingest (or the corpus pass) took out of the body, in order.
    removed: list[str] = field(default_factory=list)
    # Anything else the file said about itself (e.g. a sample's `story`), sanitised strings.
    extra: dict[str, str] = field(default_factory=dict)
    # Key facts of `body`, with offsets into it; derived at index time (None without them).
    facts: Facts | None = None
    # `paths` as `briefing index` names them: a file of several articles (JSON Lines, a JSON
    # list) with the entry's label ("feed.jsonl:3"). Filled in from the catalog's locations
    # as the article is read, never stored (so an index from before shows them too).
    labelled_paths: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        """Words in the cleaned body."""
        return len(self.body.split())

    @property
    def shown_path(self) -> str | None:
        """The path to show the user: the first labelled path, else the first path."""
        return (self.labelled_paths or self.paths or [None])[0]

    def with_id(self, article_id: str) -> Article:
        """A copy carrying `article_id`."""
        return replace(self, id=article_id)
