"""`briefing backup`: all of the user's data in one file."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.output import notice
from briefing.cli.store import closing, everything_kept, open_store
from briefing.core.paths import Locations

NAME = "backup"
HELP = "save all bookmarks, notes, tags and read state"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing backup FILE`."""
    from briefing.userdata.backup import backup_document, write_backup

    store = open_store(home)
    path = Path(args.file).expanduser()
    write_backup(backup_document(store, Locations.resolve(home)), path, force=args.force)
    notice(f"saved {everything_kept(store)} to {path}")
    return 0
