"""`briefing notes`: every note with its article, text verbatim."""

from __future__ import annotations

import argparse

from briefing.cli.cmd_note import note_json
from briefing.cli.output import emit_json, notice
from briefing.cli.store import closing, listed, open_store
from briefing.core.sanitize import terminal_safe

NAME = "notes"
HELP = "list every note"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("--json", action="store_true", help="print them as JSON")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing notes`: every note, no limit."""
    from briefing.userdata.listing import note_rows

    kept = listed(home, open_store(home), note_rows)
    rows = [
        note_json(row.note, row.article.title if row.article else None, row.orphaned, row.shown)
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
            kept = " · ".join(
                part for part in (title, row["source"], (row["published"] or "")[:10]) if part
            )
            title = f"{kept} ({gone})" if kept else f"({gone})"
        print(terminal_safe(f"{row['id']}  {row['created'][:16]}  {title} [{row['article_id']}]"))
        for line in row["text"].splitlines():
            print(terminal_safe(f"    {line}"))
    return 0
