"""The store's contents in memory, and the operations that change them.

Every change is one operation (a small dict) that *sets* a value: a whole note record, a
bookmark time or None, a full tag list, a read time or None. Applying an operation twice,
or on top of an older snapshot, gives the same result, which is what makes the journal
safe to replay after a crash or on top of a restored backup.
"""

from __future__ import annotations

from typing import Any

from briefing.store.schema import FORMAT, SCHEMA_VERSION

Op = dict[str, Any]


class StoreState:
    """Notes, bookmarks, tags and read state, held as JSON-ready records."""

    def __init__(self) -> None:
        self.notes: dict[str, dict[str, Any]] = {}
        self.bookmarks: dict[str, str] = {}
        self.tags: dict[str, list[str]] = {}
        self.read: dict[str, str] = {}
        # Note ids per article, so per-article lookups don't scan every note.
        self.by_article: dict[str, set[str]] = {}

    # Snapshots ----------------------------------------------------------------------
    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> StoreState:
        """State from a current-version snapshot; malformed entries are skipped."""
        state = cls()
        notes = data.get("notes")
        if isinstance(notes, dict):
            for record in notes.values():
                if _valid_note(record):
                    state._put_note(record)
        for name in ("bookmarks", "read"):
            mapping = data.get(name)
            if isinstance(mapping, dict):
                target = getattr(state, name)
                for key, value in mapping.items():
                    if isinstance(value, str):
                        target[key] = value
        tags = data.get("tags")
        if isinstance(tags, dict):
            for key, value in tags.items():
                if isinstance(value, list) and value:
                    state.tags[key] = [tag for tag in value if isinstance(tag, str)]
        return state

    def to_snapshot(self, generation: int, saved: str) -> dict[str, Any]:
        """The snapshot document for `generation`."""
        return {
            "format": FORMAT,
            "version": SCHEMA_VERSION,
            "generation": generation,
            "saved": saved,
            "notes": self.notes,
            "bookmarks": self.bookmarks,
            "tags": self.tags,
            "read": self.read,
        }

    # Operations ---------------------------------------------------------------------
    def apply(self, op: Op) -> bool:
        """Apply one operation; False if it is unknown or malformed (it is then ignored)."""
        kind = op.get("op")
        if kind == "note.put" and _valid_note(op.get("note")):
            self._put_note(op["note"])
        elif kind == "note.delete" and isinstance(op.get("id"), str):
            self._delete_note(op["id"])
        elif kind in ("bookmark", "read") and isinstance(op.get("article_id"), str):
            target = self.bookmarks if kind == "bookmark" else self.read
            at = op.get("at")
            if isinstance(at, str):
                target[op["article_id"]] = at
            else:
                target.pop(op["article_id"], None)
        elif kind == "tags" and isinstance(op.get("article_id"), str):
            tags = [tag for tag in op.get("tags") or [] if isinstance(tag, str)]
            if tags:
                self.tags[op["article_id"]] = tags
            else:
                self.tags.pop(op["article_id"], None)
        else:
            return False
        return True

    def _put_note(self, record: dict[str, Any]) -> None:
        self._delete_note(record["id"])
        self.notes[record["id"]] = record
        self.by_article.setdefault(record["article_id"], set()).add(record["id"])

    def _delete_note(self, note_id: str) -> None:
        old = self.notes.pop(note_id, None)
        if old is not None:
            ids = self.by_article[old["article_id"]]
            ids.discard(note_id)
            if not ids:
                del self.by_article[old["article_id"]]


def _valid_note(record: Any) -> bool:
    return (
        isinstance(record, dict)
        and isinstance(record.get("id"), str)
        and isinstance(record.get("article_id"), str)
        and isinstance(record.get("text"), str)
        and isinstance(record.get("created"), str)
    )
