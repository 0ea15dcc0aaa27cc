"""Turning stored rows and JSON records into plain data, never trusting either.

A record can be malformed however it got there: a hand-edited or damaged database, a
restored backup, an old store's snapshot (`"created": "2024-13-45Tgarbage"`, a number where
a string belongs). Nothing here raises on bad data: what can be repaired is repaired (a
bad creation time takes the last edit's, a number becomes its text), what cannot be is left
out, and each repair is described so the user can be told. A note is never dropped for a
bad field as long as it has an article id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

from briefing.core.files import dumps, repair_text
from briefing.core.notes import Anchor, ArticleRef, Note, unique_tags
from briefing.core.sanitize import clean_text
from briefing.core.wording import counted

EPOCH = "1970-01-01T00:00:00.000000+00:00"
UNKNOWN_ARTICLE = "unknown-article"  # where a note that lost its article id is kept

# The columns of the notes table, in the order rows are read and written.
NOTE_COLUMNS = "id, article_id, text, anchor, created, updated, title, source, published"
NoteRow = tuple[str, str, str, str | None, str, str, str | None, str | None, str | None]


def clean_time(value: Any) -> str | None:
    """`value` as a stored time (ISO 8601, UTC, microseconds), or None if it is not one."""
    if not isinstance(value, str) or not value or len(value) > 64:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    except (OverflowError, ValueError):
        return None


def as_text(value: Any) -> str | None:
    """A string as it may be stored (lone surrogates repaired); a number as its text."""
    if isinstance(value, str):
        return repair_text(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def note_text(text: str) -> str:
    """A note's text as stored: cleaned of control sequences, outer blank lines trimmed."""
    return clean_text(repair_text(text)).strip("\n")


def anchor_text(anchor: Anchor | None) -> str | None:
    """An anchor as stored (JSON), or None."""
    return dumps(anchor.to_json()).decode("utf-8") if anchor is not None else None


def ref_columns(ref: ArticleRef | None) -> tuple[str | None, str | None, str | None]:
    """An article reference as the title, source and published columns."""
    if ref is None:
        return None, None, None
    published = ref.published if clean_time(ref.published) is not None else None
    return repair_text(ref.title), as_text(ref.source), published


@dataclass
class Problems:
    """What had to be repaired or left out, to tell the user once, with a few examples."""

    repaired: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.repaired or self.skipped)

    def summary(self, where: str) -> str:
        """One line for the user."""
        parts = []
        if self.repaired:
            parts.append(
                f"repaired {counted(len(self.repaired), 'record')} with unreadable fields "
                f"({'; '.join(self.repaired[:3])}{'; …' if len(self.repaired) > 3 else ''})"
            )
        if self.skipped:
            parts.append(
                f"left out {counted(len(self.skipped), 'record')} that could not be read "
                f"({'; '.join(self.skipped[:3])}{'; …' if len(self.skipped) > 3 else ''})"
            )
        return f"{where}: {', and '.join(parts)}"


def note_from_row(row: tuple, problems: Problems | None = None) -> tuple[Note, bool]:
    """A Note from a notes row; (note, whether anything had to be repaired).

    The common case costs two `fromisoformat` and, for an anchored note, one JSON parse:
    listing thousands of notes must stay quick.
    """
    note_id, article_id, text, anchor, created, updated, title, source, published = row
    good_created, good_updated = _moment(created), _moment(updated)
    parsed_anchor = None
    if anchor is not None:
        try:
            parsed_anchor = Anchor.from_json(orjson.loads(anchor))
        except (orjson.JSONDecodeError, TypeError):
            parsed_anchor = None
    ref = None
    if isinstance(title, str):
        ref = ArticleRef(
            title,
            source if isinstance(source, str) else None,
            published if isinstance(published, str) else None,
        )
    fixes = []
    if good_created is None or good_updated is None or (anchor and parsed_anchor is None):
        if good_created is None:
            fixes.append(f"creation time {_shown(created)}")
            good_created = good_updated or _moment(EPOCH)
        if good_updated is None:
            fixes.append(f"edit time {_shown(updated)}")
            good_updated = good_created
        if anchor is not None and parsed_anchor is None:
            fixes.append(f"anchor {_shown(anchor)}")
    if not isinstance(text, str):
        fixes.append("text")
        text = as_text(text) or ""
    if fixes and problems is not None:
        problems.repaired.append(f"note {note_id}: {', '.join(fixes)}")
    note = Note(
        id=str(note_id),
        article_id=str(article_id),
        text=text,
        created=good_created,
        updated=good_updated,
        anchor=parsed_anchor,
        about=ref,
    )
    return note, bool(fixes)


def _moment(value: Any) -> datetime | None:
    """A stored time as an aware datetime, or None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def row_from_note(note: Note) -> NoteRow:
    """The notes row that stores `note` (times in UTC)."""
    return (
        note.id,
        note.article_id,
        note.text,
        anchor_text(note.anchor),
        note.created.astimezone(UTC).isoformat(timespec="microseconds"),
        note.updated.astimezone(UTC).isoformat(timespec="microseconds"),
        *ref_columns(note.about),
    )


def row_from_record(
    record: Any, fallback_time: str, problems: Problems, new_id=None
) -> NoteRow | None:
    """The notes row for a JSON note record (a snapshot's or a backup's), repaired.

    Left out (None) only when it is not a note at all: not an object, or with neither an
    article id nor any text. A note that lost its article id is kept on `UNKNOWN_ARTICLE`
    (listed as orphaned); `new_id()` makes an id for a note whose own is unusable.
    """
    if not isinstance(record, dict):
        problems.skipped.append(f"not a note: {_shown(record)}")
        return None
    fixes = []
    article_id = as_text(record.get("article_id"))
    if not isinstance(record.get("article_id"), str) or not article_id:
        if not article_id and not as_text(record.get("text")):
            problems.skipped.append(f"neither article nor text: {_shown(record)}")
            return None
        fixes.append(f"article id {_shown(record.get('article_id'))}")
        article_id = article_id or UNKNOWN_ARTICLE
    raw_id = record.get("id")
    note_id = as_text(raw_id)
    if not isinstance(raw_id, str) or not note_id:
        fixes.append(f"id {_shown(raw_id)}")
        if not note_id:
            note_id = new_id() if new_id is not None else None
    if not note_id:
        problems.skipped.append(f"note without an id on {article_id}")
        return None
    text = as_text(record.get("text"))
    if text is None or not isinstance(record.get("text"), str):
        fixes.append("text")
        text = text or ""
    created, updated = clean_time(record.get("created")), clean_time(record.get("updated"))
    if created is None:
        fixes.append(f"creation time {_shown(record.get('created'))}")
        created = updated or fallback_time
    if updated is None:
        if record.get("updated") is not None:
            fixes.append(f"edit time {_shown(record.get('updated'))}")
        updated = created
    raw_anchor = record.get("anchor")
    anchor = Anchor.from_json(raw_anchor)
    if raw_anchor is not None and anchor is None:
        fixes.append(f"anchor {_shown(raw_anchor)}")
    if fixes:
        problems.repaired.append(f"note {note_id}: {', '.join(fixes)}")
    return (
        note_id,
        article_id,
        repair_text(text),
        anchor_text(safe_anchor(anchor)),
        created,
        updated,
        *ref_columns(ArticleRef.from_json(record.get("article"))),
    )


def safe_anchor(anchor: Anchor | None) -> Anchor | None:
    """`anchor` as it can be stored: lone surrogates repaired, offsets SQLite and JSON
    cannot hold (beyond 64 bits) dropped."""
    if anchor is None:
        return None
    return Anchor(
        repair_text(anchor.text),
        anchor.start if _fits_64_bits(anchor.start) else None,
        anchor.end if _fits_64_bits(anchor.end) else None,
        repair_text(anchor.kind),
        repair_text(anchor.speaker) if anchor.speaker is not None else None,
        repair_text(anchor.label) if anchor.label is not None else None,
    )


def _fits_64_bits(value: int | None) -> bool:
    return value is None or -(2**63) <= value < 2**63


def parse_time(value: Any) -> datetime:
    """A stored time as a datetime (the epoch when it is not one)."""
    return datetime.fromisoformat(clean_time(value) or EPOCH)


def times_from_mapping(
    mapping: Any, fallback_time: str, what: str, problems: Problems
) -> dict[str, str]:
    """{article id: time} from a JSON object of bookmarks or read marks (v2 shape)."""
    result: dict[str, str] = {}
    if not isinstance(mapping, dict):
        return result
    for article_id, at in mapping.items():
        key = as_text(article_id)
        if not key:
            continue
        when = clean_time(at)
        if when is None:
            problems.repaired.append(f"{what} {key}: time {_shown(at)}")
            when = fallback_time
        result[key] = when
    return result


def tags_from_mapping(mapping: Any, problems: Problems) -> dict[str, list[str]]:
    """{article id: tags} from a JSON object of tag lists."""
    result: dict[str, list[str]] = {}
    if not isinstance(mapping, dict):
        return result
    for article_id, tags in mapping.items():
        key = as_text(article_id)
        if not key:
            continue
        if not isinstance(tags, list):
            problems.repaired.append(f"tags of {key}: {_shown(tags)}")
            tags = [tags]
        texts = [as_text(tag) for tag in tags]
        if any(text is None for text in texts):
            problems.repaired.append(f"tags of {key}: not all were text")
        cleaned = unique_tags(text for text in texts if text is not None)
        if cleaned:
            result[key] = cleaned
    return result


def _shown(value: Any) -> str:
    """A short, safe rendering of a bad value for a message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"
