"""`briefing bookmarks`: every bookmark with its article, newest first."""

from __future__ import annotations

import argparse

from briefing.cli.output import emit_json, notice
from briefing.cli.store import closing, listed, open_store
from briefing.core.sanitize import terminal_safe

NAME = "bookmarks"
HELP = "list bookmarks"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("--json", action="store_true", help="print them as JSON")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmarks`."""
    from briefing.userdata.listing import bookmark_rows

    kept = listed(home, open_store(home), bookmark_rows)
    rows = [
        {
            "article_id": row.article_id,
            "title": row.article.title if row.article else None,
            "source": row.article.source if row.article else None,
            "published": row.article.published if row.article else None,
            "bookmarked": row.bookmarked.isoformat(),
            "tags": list(row.tags),
            "orphaned": row.orphaned,
        }
        for row in kept
    ]
    if args.json:
        emit_json({"bookmarks": rows})
        return 0
    if not rows:
        notice("no bookmarks")
    for row in rows:
        title = row["title"] if row["title"] is not None else "(article no longer in the library)"
        print(terminal_safe(f"{row['article_id']}  {row['bookmarked'][:10]}  {title}"))
    return 0
