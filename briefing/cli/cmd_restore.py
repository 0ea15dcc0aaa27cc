"""`briefing restore`: bring back a backup (keeps a copy of what it replaces)."""

from __future__ import annotations

import argparse
from pathlib import Path

from briefing.cli.output import notice
from briefing.cli.store import closing, everything_kept, open_store, tell
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations

NAME = "restore"
HELP = "bring back a backup (keeps a copy of the current data)"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("file", metavar="FILE")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing restore FILE`."""
    from briefing.userdata.backup import read_backup, restore_document

    path = Path(args.file).expanduser()
    document = read_backup(path)
    store = open_store(home)
    try:
        kept, repaired = restore_document(store, Locations.resolve(home), document)
    except BriefingError as error:
        raise BriefingError(f"{path}: {error}") from None
    if repaired:
        tell(repaired)
    notice(f"restored {everything_kept(store)} from {path}; the previous data is kept in {kept}")
    return 0
