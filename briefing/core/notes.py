"""The things a user keeps, as plain data: notes with optional anchors, list markers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from briefing.core.files import repair_text
from briefing.core.sanitize import clean_line

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
class ArticleRef:
    """What a note remembers of its article, so that it never becomes anonymous.

    Kept when the note is written; shown when the article has left the library.
    `published` is an ISO 8601 string (as the library lists it), or None.
    """

    title: str
    source: str | None = None
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {"title": self.title, "source": self.source, "published": self.published}

    @classmethod
    def from_json(cls, data: Any) -> ArticleRef | None:
        """Inverse of `to_json` (None unless there is a title string)."""
        if not isinstance(data, dict) or not isinstance(data.get("title"), str):
            return None
        source, published = data.get("source"), data.get("published")
        return cls(
            data["title"],
            source if isinstance(source, str) else None,
            published if isinstance(published, str) else None,
        )


@dataclass(frozen=True)
class Note:
    """A Markdown note on one article, keyed by the article's stable id.

    `about` is the article as it was when the note was written (None for notes written
    before briefing kept it, until the article is seen again).
    """

    id: str
    article_id: str
    text: str
    created: datetime
    updated: datetime
    anchor: Anchor | None = None
    about: ArticleRef | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored record (times as ISO 8601)."""
        data = {
            "id": self.id,
            "article_id": self.article_id,
            "text": self.text,
            "anchor": self.anchor.to_json() if self.anchor else None,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
        }
        if self.about is not None:
            data["article"] = self.about.to_json()
        return data

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
            about=ArticleRef.from_json(data.get("article")),
        )


@dataclass(frozen=True)
class Marks:
    """List markers for one article: bookmarked, has notes, read."""

    bookmarked: bool = False
    noted: bool = False
    read: bool = False

    def __bool__(self) -> bool:
        return self.bookmarked or self.noted or self.read


@dataclass(frozen=True)
class Annotations:
    """Everything the user kept on articles, as plain data (what an export is made from).

    `notes` maps article ids to their notes, oldest first; `tags` article ids to their tags
    in the order given; `bookmarks` article ids to when they were bookmarked.
    """

    notes: Mapping[str, tuple[Note, ...]] = field(default_factory=dict)
    tags: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bookmarks: Mapping[str, datetime] = field(default_factory=dict)

    def annotated_ids(self) -> set[str]:
        """Articles with notes, tags or a bookmark (what an unfiltered export covers)."""
        return set(self.notes) | set(self.tags) | set(self.bookmarks)

    def tagged(self, tag: str) -> set[str]:
        """Article ids carrying `tag` (compared as `normalise_tag` and case-insensitively)."""
        wanted = normalise_tag(tag).casefold()
        return {aid for aid, tags in self.tags.items() if any(t.casefold() == wanted for t in tags)}


def normalise_tag(tag: str) -> str:
    """A tag as stored: one line, no leading '#', inner whitespace as '-'."""
    return "-".join(clean_line(repair_text(tag)).lstrip("#").split())


def unique_tags(tags: Iterable[str]) -> list[str]:
    """`tags` normalised, empty ones dropped, case-insensitive duplicates after the first."""
    seen: set[str] = set()
    result = []
    for tag in tags:
        tag = normalise_tag(tag)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
