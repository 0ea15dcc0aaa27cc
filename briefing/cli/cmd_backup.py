"""`briefing backup`: all of the user's data in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.output import notice
from briefing.cli.store import open_store
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `backup` command."""
    backup = subparsers.add_parser(
        "backup", parents=[common], help="save all bookmarks, notes, tags and read state"
    )
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    backup.set_defaults(run=run)


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing backup FILE`."""
    from briefing.core.files import atomic_write, dumps
    from briefing.userdata import backup_document

    store = open_store(home)
    path = Path(args.file).expanduser()
    if path.exists() and not args.force:
        raise BriefingError(f"{path} already exists; use --force to overwrite it")
    document = backup_document(Locations.resolve(home), store)
    try:
        atomic_write(path, dumps(document))
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from error
    notice(
        f"saved {store.note_count()} notes, {len(store.bookmarks())} bookmarks, all tags and "
        f"read state, your sources, settings and article ids to {path}"
    )
    return 0
