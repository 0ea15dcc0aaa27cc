"""`briefing bookmarks`: every bookmark with its article, newest first."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.cli.store import closing, open_store
from briefing.core.sanitize import terminal_safe


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `bookmarks` command."""
    bookmarks = subparsers.add_parser("bookmarks", parents=[common], help="list bookmarks")
    bookmarks.add_argument("--json", action="store_true", help="print them as JSON")
    bookmarks.set_defaults(run=closing(run))


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmarks`."""
    from briefing.userdata.listing import bookmark_rows

    store = open_store(home)
    with open_library(home, quiet=True) as library:
        kept = bookmark_rows(store, library.rows)
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
