"""The on-disk shape of the store snapshot, its version, and migrations from older ones.

Version history:
- 1: `bookmarks` a list of article ids, `notes` a list of note records, `tags` a map; no
  read state and no bookmark times.
- 2 (current): `notes` keyed by note id, `bookmarks` and `read` map article ids to ISO 8601
  times, `tags` maps article ids to lists, and `generation` names the journal that
  continues the snapshot (see `briefing.store.store`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORMAT = "briefing-store"
SCHEMA_VERSION = 2


class NotAStore(ValueError):
    """The data parsed as JSON but is not a store snapshot."""


def version_of(data: Any) -> int:
    """The schema version of parsed snapshot `data`; NotAStore if it isn't one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotAStore("not a briefing store")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAStore("no valid schema version")
    return version


def migrate(data: dict[str, Any], now: str) -> dict[str, Any]:
    """Bring snapshot `data` from its version to SCHEMA_VERSION (`now`: ISO time of the run)."""
    version = version_of(data)
    while version < SCHEMA_VERSION:
        data = _MIGRATIONS[version](data, now)
        version = data["version"]
    return data


def _v1_to_v2(data: dict[str, Any], now: str) -> dict[str, Any]:
    stamp = data.get("saved") if isinstance(data.get("saved"), str) else now
    notes = {}
    for note in data.get("notes") or []:
        if isinstance(note, dict) and isinstance(note.get("id"), str):
            notes[note["id"]] = note
    return {
        "format": FORMAT,
        "version": 2,
        "generation": 0,
        "saved": now,
        "notes": notes,
        "bookmarks": {aid: stamp for aid in data.get("bookmarks") or [] if isinstance(aid, str)},
        "tags": dict(data.get("tags") or {}),
        "read": {},
    }


_MIGRATIONS: dict[int, Callable[[dict[str, Any], str], dict[str, Any]]] = {1: _v1_to_v2}
