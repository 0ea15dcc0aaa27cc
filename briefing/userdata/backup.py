"""All of the user's own data in one document: `briefing backup` and `briefing restore`.

The notes, bookmarks, tags and read state, the registered sources, the reader's settings,
and the memory of article ids (so that notes find their articles again on a new machine,
even for files edited in place). The index is not included: it is rebuilt from the sources.

The document is JSON, and its format has not changed since the first release: the store
part is a schema-2 store document (notes keyed by id; a note may also carry the title,
source and date of its article under `article`, which older releases ignore), so a backup
restores in every release, and every release's backup restores here. Restoring keeps the
data it replaces as a backup document of its own (`backups/pre-restore-STAMP.json`), which
`briefing restore` takes back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from briefing.core.errors import BriefingError
from briefing.core.files import atomic_write, check_replaceable, dumps, missing_folder, read_regular
from briefing.core.paths import Locations
from briefing.userdata import legacy
from briefing.userdata.ids import id_rows, merge_id_rows
from briefing.userdata.store import UserData

BACKUP_FORMAT = "briefing-backup"
BACKUP_VERSION = 2


def backup_document(data: UserData, locations: Locations) -> dict[str, Any]:
    """Everything the user owns, as one JSON-ready document."""
    paths, samples = data.sources()
    return {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": datetime.now(UTC).isoformat(),
        "store": data.to_json(),
        "sources": {"paths": paths, "samples": samples if samples is not None else not paths},
        "config": data.setting("reader"),
        "ids": id_rows(locations.identity_db),
    }


def write_backup(document: dict[str, Any], path: Path, force: bool = False) -> None:
    """Write a backup document to `path`; an existing file is replaced only with `force`,
    and never when it is not a regular file (a FIFO, a device)."""
    missing = missing_folder(path)
    if missing is not None:
        raise BriefingError(f"cannot write {path}: folder {missing} does not exist")
    try:
        check_replaceable(path)
        if path.exists() and not force:
            raise BriefingError(f"{path} already exists; use --force to overwrite it")
        atomic_write(path, dumps(document), replace=force)
    except FileExistsError as error:
        raise BriefingError(f"{path} already exists; use --force to overwrite it") from error
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from error


def read_backup(path: Path) -> Any:
    """The parsed contents of a backup file (only a regular file is read)."""
    try:
        raw = read_regular(path)
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise BriefingError(f"{path} is not a briefing backup (not JSON)") from error


def restore_document(
    data: UserData, locations: Locations, document: Any
) -> tuple[Path, str | None]:
    """Bring back a backup (or a bare store document); return the copy kept of the data it
    replaced, and a line about repaired records (or None).

    Notes, bookmarks, tags, read state, sources and settings are replaced in one
    transaction; article ids are merged, never changing an id this machine already uses.
    """
    if isinstance(document, dict) and document.get("format") == BACKUP_FORMAT:
        version = document.get("version")
        if not isinstance(version, int) or version > BACKUP_VERSION:
            raise BriefingError("the backup was made by a newer briefing; upgrade to restore it")
        store = document.get("store")
    else:
        store, document = document, {}
    _check_store(store)
    data.database.check_writable()
    kept = data.backups_dir / f"pre-restore-{data.database.stamp()}.json"
    try:
        data.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(kept, dumps(backup_document(data, locations)), replace=False)
    except OSError as error:
        raise BriefingError(
            f"could not keep a copy of your data before restoring ({error.strerror or error});"
            " nothing was changed"
        ) from error
    sources = document.get("sources")
    paths = None
    if isinstance(sources, dict) and isinstance(sources.get("paths"), list):
        paths = [path for path in sources["paths"] if isinstance(path, str) and path]
        samples = sources.get("samples")
        sources = (paths, samples if isinstance(samples, bool) else not paths)
    else:
        sources = None
    config = document.get("config")
    repaired = data.replace_all(
        store, sources=sources, settings={"reader": config} if isinstance(config, dict) else None
    )
    ids = document.get("ids")
    if isinstance(ids, list):
        merge_id_rows(locations.identity_db, ids)
    return kept, repaired


def _check_store(store: Any) -> None:
    """Refuse a store part that cannot be restored before anything is written, so that a
    failed restore leaves no pre-restore copy behind and says once why it failed."""
    if not isinstance(store, dict) or store.get("format") != legacy.FORMAT:
        raise BriefingError("not a briefing backup")
    try:
        version = legacy.check_store_shape(store)
    except legacy.Unreadable as error:
        raise BriefingError(f"not a usable briefing backup: {error}") from None
    if version > legacy.LATEST:
        raise BriefingError("the backup was made by a newer briefing; upgrade to restore it")
