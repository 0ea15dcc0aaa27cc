"""Moving the user's data from where briefing kept it before into `user.sqlite`, once.

Each kind of old data (the store, `sources.json`, `config.json`) is migrated the first time
the database is opened while it is there, and marked as migrated (a row in `meta`), so it
is never read again. The import is one transaction: either all of a migration is in the
database or none of it is. Then the old files are moved, untouched, into
`backups/pre-migration-STAMP/` (the pre-migration copy; the user is told where, once). A
crash between the two leaves the old files in place and the mark set: the next open only
moves them.

Damage found on the way (an unreadable snapshot, a `sources.json` of random bytes, records
with malformed fields) is handled as `briefing.userdata.legacy` and `records` describe, and
told in one line each; the damaged file itself is among the kept files.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from briefing.core.files import fsync_dir

KINDS = {"store": "store", "sources": "sources.json", "config": "config.json"}


def pending(folder: Path, db: sqlite3.Connection) -> list[str]:
    """The kinds of old data present in `folder` and not yet migrated."""
    present = [kind for kind, name in KINDS.items() if os.path.lexists(folder / name)]
    if not present:
        return []
    done = {
        name.removeprefix("migrated.")
        for (name,) in db.execute("SELECT name FROM meta WHERE name LIKE 'migrated.%'")
    }
    return [kind for kind in present if kind not in done]


# Reading the old files needs `legacy`, `records` and `document`; they are imported when
# a migration runs, so that the check every open makes (`pending`) stays cheap.


def run(
    folder: Path,
    db: sqlite3.Connection,
    stamp: str,
    tell: Callable[[str], None],
    keep: bool = True,
) -> None:
    """Migrate every pending kind into `db`; with `keep`, move the old files aside."""
    kinds = pending(folder, db)
    done = {
        name.removeprefix("migrated.")
        for (name,) in db.execute("SELECT name FROM meta WHERE name LIKE 'migrated.%'")
    }
    leftovers = [kind for kind, name in KINDS.items() if os.path.lexists(folder / name)]
    kept = folder / "backups" / f"pre-migration-{stamp}"
    notices: list[str] = []
    counts: dict[str, int] = {}
    db.execute("BEGIN IMMEDIATE")
    try:
        for kind in kinds:
            importer = _IMPORTERS[kind]
            counts[kind] = importer(folder / KINDS[kind], db, kept, notices)
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)",
                (f"migrated.{kind}", str(kept)),
            )
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    if not keep:
        for notice in notices:
            tell(notice)
        return
    moved = [kind for kind in leftovers if kind in kinds or kind in done]
    if moved:
        kept.mkdir(mode=0o700, parents=True, exist_ok=True)
        for kind in moved:
            os.replace(folder / KINDS[kind], kept / KINDS[kind])
        fsync_dir(kept)
        fsync_dir(folder)
    if kinds:
        what = ", ".join(_DESCRIPTIONS[kind](counts.get(kind, 0)) for kind in kinds)
        tell(
            f"{what} now live in {folder / 'user.sqlite'}; the files from before are kept in {kept}"
        )
    for notice in notices:
        tell(notice)


def _import_store(path: Path, db: sqlite3.Connection, kept: Path, notices: list[str]) -> int:
    """The old store's notes, bookmarks, tags and read marks; the number of notes."""
    from briefing.userdata import document, legacy, records

    state = legacy.read_old_store(path)
    if state is None:
        notices.append(
            f"{path} was written by a newer briefing; it was not migrated (kept in {kept})"
        )
        return 0
    notices.extend(f"{notice} (the old files are kept in {kept})" for notice in state.notices)
    fallback = records.clean_time(state.saved) or records.EPOCH
    problems = records.Problems()
    taken = {row[0] for row in db.execute("SELECT id FROM notes")}
    rows = document.rows_from_state(state, fallback, problems, taken)
    document.write_rows(db, rows, replace=False)
    if problems:
        notices.append(problems.summary(f"{path} (kept in {kept})"))
    return len(rows.notes)


def _import_sources(path: Path, db: sqlite3.Connection, kept: Path, notices: list[str]) -> int:
    """The registered sources; a damaged file is kept and told, never taken for none."""
    from briefing.userdata import document, legacy

    try:
        paths, samples = legacy.read_old_sources(path)
    except (OSError, legacy.Unreadable) as error:
        reason = getattr(error, "strerror", None) or str(error)
        notices.append(
            f"{path} was unreadable ({reason}); it is kept as {kept / path.name}; add your "
            "folders again with 'briefing index PATH' (until then the library holds the samples)"
        )
        return 0
    document.write_sources(db, paths, samples)
    return len(paths)


def _import_config(path: Path, db: sqlite3.Connection, kept: Path, notices: list[str]) -> int:
    """The reader's settings (checked value by value when the reader reads them)."""
    from briefing.core.files import dumps
    from briefing.userdata import legacy

    try:
        data = legacy.read_json_object(path)
    except (OSError, legacy.Unreadable) as error:
        reason = getattr(error, "strerror", None) or str(error)
        notices.append(
            f"{path} was unreadable ({reason}); the reader starts with its default settings "
            f"(the file is kept as {kept / path.name})"
        )
        return 0
    db.execute(
        "INSERT OR REPLACE INTO settings (name, value) VALUES ('reader', ?)",
        (dumps(data).decode("utf-8"),),
    )
    return 1


_IMPORTERS = {"store": _import_store, "sources": _import_sources, "config": _import_config}
_DESCRIPTIONS = {
    "store": lambda n: f"your notes ({n}), bookmarks, tags and read marks",
    "sources": lambda n: f"your registered sources ({n})",
    "config": lambda n: "the reader's settings",
}
