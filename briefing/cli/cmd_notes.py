"""`briefing notes`: every note with its article, text verbatim."""

from __future__ import annotations

import argparse

from briefing.cli.cmd_note import note_json
from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.cli.store import closing, open_store
from briefing.core.sanitize import terminal_safe


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `notes` command."""
    notes = subparsers.add_parser("notes", parents=[common], help="list every note")
    notes.add_argument("--json", action="store_true", help="print them as JSON")
    notes.set_defaults(run=closing(run))


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing notes`: every note, no limit."""
    from briefing.userdata.listing import note_rows

    store = open_store(home)
    with open_library(home, quiet=True) as library:
        kept = note_rows(store, library.rows)
    rows = [
        note_json(row.note, row.article.title if row.article else None, row.orphaned)
        for row in kept
    ]
    if args.json:
        emit_json({"notes": rows})
        return 0
    if not rows:
        notice("no notes")
    for row in rows:
        title = row["title"]
        if row["orphaned"]:
            gone = "orphaned: article no longer in the library"
            title = f"{title} ({gone})" if title is not None else f"({gone})"
        print(terminal_safe(f"{row['id']}  {row['created'][:16]}  {title} [{row['article_id']}]"))
        for line in row["text"].splitlines():
            print(terminal_safe(f"    {line}"))
    return 0
