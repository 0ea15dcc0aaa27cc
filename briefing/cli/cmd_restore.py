"""`briefing restore`: bring back a backup (keeps a copy of what it replaces)."""

from __future__ import annotations

import argparse
from pathlib import Path

import orjson

from briefing.cli.output import notice
from briefing.cli.store import open_store
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `restore` command."""
    restore = subparsers.add_parser(
        "restore", parents=[common], help="bring back a backup (keeps a copy of the current data)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(run=run)


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing restore FILE`."""
    from briefing.userdata import restore_document

    path = Path(args.file).expanduser()
    try:
        document = orjson.loads(path.read_bytes())
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror}") from error
    except orjson.JSONDecodeError as error:
        raise BriefingError(f"{path} is not a briefing backup (not JSON)") from error
    store = open_store(home)
    try:
        kept = restore_document(Locations.resolve(home), store, document)
    except BriefingError as error:
        raise BriefingError(f"{path}: {error}") from None
    notice(f"restored {store.note_count()} notes from {path}; the previous data is kept in {kept}")
    return 0
