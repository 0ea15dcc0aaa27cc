"""The things a user keeps, as plain data: notes with optional anchors, list markers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

# An article counts as read once it has been open in the reader for this many seconds, or
# once the user has scrolled to its end, whichever comes first. The reader calls
# `Store.mark_read`; the store only records when.
READ_AFTER_SECONDS = 5.0


@dataclass(frozen=True)
class Anchor:
    """What a note is attached to: a passage of the article or one of its key facts.

    `text` is the quoted passage (or the fact's text); `start`/`end` are character offsets
    into the article body when known. `kind` is "passage", "quote", "person", "place",
    "organisation", "date" or "figure"; `speaker` is set for quotes; `label` is a short
    citation such as "Jane Doe (minister)" for a person fact.
    """

    text: str
    start: int | None = None
    end: int | None = None
    kind: str = "passage"
    speaker: str | None = None
    label: str | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data (None fields left out)."""
        data: dict[str, Any] = {"kind": self.kind, "text": self.text}
        for key in ("start", "end", "speaker", "label"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Anchor | None:
        """Inverse of `to_json` (tolerates missing fields)."""
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            return None
        return cls(
            text=data["text"],
            start=_int_or_none(data.get("start")),
            end=_int_or_none(data.get("end")),
            kind=str(data.get("kind") or "passage"),
            speaker=data.get("speaker") if isinstance(data.get("speaker"), str) else None,
            label=data.get("label") if isinstance(data.get("label"), str) else None,
        )


@dataclass(frozen=True)
class Note:
    """A Markdown note on one article, keyed by the article's stable id."""

    id: str
    article_id: str
    text: str
    created: datetime
    updated: datetime
    anchor: Anchor | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored record (times as ISO 8601)."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "text": self.text,
            "anchor": self.anchor.to_json() if self.anchor else None,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Note:
        """Inverse of `to_json`."""
        return cls(
            id=data["id"],
            article_id=data["article_id"],
            text=data.get("text", ""),
            anchor=Anchor.from_json(data.get("anchor")),
            created=datetime.fromisoformat(data["created"]),
            updated=datetime.fromisoformat(data.get("updated") or data["created"]),
        )


@dataclass(frozen=True)
class Marks:
    """List markers for one article: bookmarked, has notes, read."""

    bookmarked: bool = False
    noted: bool = False
    read: bool = False

    def __bool__(self) -> bool:
        return self.bookmarked or self.noted or self.read


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
