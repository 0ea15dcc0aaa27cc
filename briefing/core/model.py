"""Plain data shared by the core, the CLI and the reader."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any


@dataclass
class Article:
    """One article read from the library, cleaned and sanitised.

    Every string here has been through `briefing.core.sanitize.clean_text`; nothing downstream
    sees raw bytes or control characters.
    """

    title: str
    body: str
    byline: str | None = None
    published: datetime | None = None
    source: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    format: str = "text"
    id: str = ""
    # Anything else the file said about itself (e.g. a sample's `story`), sanitised strings.
    extra: dict[str, str] = field(default_factory=dict)
    # Key facts as `Facts.to_json()` produces them; filled at index time.
    facts: dict[str, Any] | None = None
    # (the body counted, its word count): splitting a body costs a fifth of a millisecond,
    # and an indexed article is turned into JSON in the worker and again in the indexer.
    _words: tuple[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def word_count(self) -> int:
        """Words in the cleaned body."""
        counted = self._words
        if counted is None or counted[0] is not self.body:
            counted = self._words = (self.body, len(self.body.split()))
        return counted[1]

    def with_id(self, article_id: str) -> Article:
        """A copy carrying `article_id`."""
        return replace(self, id=article_id)

    def to_json(self) -> dict[str, Any]:
        """The article as JSON-ready data (dates as ISO 8601 strings)."""
        return {
            "id": self.id,
            "title": self.title,
            "byline": self.byline,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "paths": list(self.paths),
            "tags": list(self.tags),
            "word_count": self.word_count,
            "format": self.format,
            "body": self.body,
            "removed": list(self.removed),
            "extra": dict(self.extra),
            "facts": self.facts,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        """Inverse of `to_json`."""
        published = data.get("published")
        article = cls(
            id=data.get("id", ""),
            title=data.get("title", ""),
            byline=data.get("byline"),
            source=data.get("source"),
            published=datetime.fromisoformat(published) if published else None,
            url=data.get("url"),
            paths=list(data.get("paths") or []),
            tags=list(data.get("tags") or []),
            format=data.get("format", "text"),
            body=data.get("body", ""),
            removed=list(data.get("removed") or []),
            extra=dict(data.get("extra") or {}),
            facts=data.get("facts"),
        )
        words = data.get("word_count")
        if type(words) is int:  # counted when this JSON was made (only ours is read here)
            article._words = (article.body, words)
        return article
