"""All of the user's own data in one document: `briefing backup` and `briefing restore`.

The store (bookmarks, notes, tags, read state), the registered sources, the reader's
settings, and the memory of article ids (so that notes find their articles again on a
new machine, even for files edited in place). The index is not included: it is rebuilt
from the sources.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from briefing.core.errors import BriefingError
from briefing.core.files import atomic_write, dumps
from briefing.core.paths import Locations, ensure_private_dir
from briefing.index.sources import Sources
from briefing.store import Store

BACKUP_FORMAT = "briefing-backup"
BACKUP_VERSION = 2


def backup_document(locations: Locations, store: Store) -> dict[str, Any]:
    """Everything the user owns, as one JSON-ready document."""
    sources = Sources.load(locations)
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": datetime.now(UTC).isoformat(),
        "store": store.to_json(),
        "sources": {"paths": sources.paths, "samples": sources.samples},
        "config": _read_json(locations.config_file),
        "ids": _identity_rows(locations.identity_db),
    }


def restore_document(locations: Locations, store: Store, document: Any) -> Path:
    """Bring back a backup (or a bare store snapshot); return the copy kept of the old store.

    Sources and settings are replaced (the old ones are kept beside the store's copy);
    article ids are merged, never overwriting an id this machine already uses.
    """
    if isinstance(document, dict) and document.get("format") == BACKUP_FORMAT:
        version = document.get("version")
        if not isinstance(version, int) or version > BACKUP_VERSION:
            raise BriefingError("the backup was made by a newer briefing; upgrade to restore it")
        data = document.get("store")
    else:
        data, document = document, {}
    if not isinstance(data, dict):
        raise BriefingError("not a briefing backup")
    kept = store.replace_all(data)
    stamp = kept.stem.removeprefix("pre-restore-")
    ensure_private_dir(locations.data_dir)
    sources = document.get("sources")
    if isinstance(sources, dict) and isinstance(sources.get("paths"), list):
        _keep_copy(locations.sources_file, kept.parent / f"sources-before-restore-{stamp}.json")
        Sources(
            paths=[str(path) for path in sources["paths"] if isinstance(path, str)],
            samples=bool(sources.get("samples", True)),
        ).save(locations)
    config = document.get("config")
    if isinstance(config, dict):
        _keep_copy(locations.config_file, kept.parent / f"config-before-restore-{stamp}.json")
        atomic_write(locations.config_file, dumps(config))
    ids = document.get("ids")
    if isinstance(ids, list):
        _merge_identity_rows(locations.identity_db, ids)
    return kept


def _read_json(path: Path) -> Any:
    try:
        return orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None


def _keep_copy(source: Path, target: Path) -> None:
    try:
        atomic_write(target, source.read_bytes())
    except FileNotFoundError:
        pass


def _identity_rows(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        try:
            return [list(row) for row in db.execute("SELECT dupkey, id FROM content")]
        except sqlite3.Error:
            return []


def _merge_identity_rows(path: Path, rows: list[Any]) -> None:
    from briefing.index.identity import IdentityMemory

    memory = IdentityMemory(path)  # creates the tables when the file is new
    memory.close()
    pairs = [
        (row[0], row[1])
        for row in rows
        if isinstance(row, list) and len(row) == 2 and all(isinstance(v, str) for v in row)
    ]
    with sqlite3.connect(path) as db:
        db.executemany("INSERT OR IGNORE INTO content (dupkey, id) VALUES (?, ?)", pairs)
