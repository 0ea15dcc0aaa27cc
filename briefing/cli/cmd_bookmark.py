"""`briefing bookmark`: bookmark an article (or remove the bookmark)."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.store import article_title, closing, open_store, resolve_article
from briefing.core.sanitize import terminal_safe


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `bookmark` command."""
    bookmark = subparsers.add_parser(
        "bookmark", parents=[common], help="bookmark an article (by id or indexed path)"
    )
    bookmark.add_argument("article", metavar="ID")
    bookmark.add_argument("--remove", action="store_true", help="remove the bookmark")
    bookmark.set_defaults(run=closing(run))


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmark`."""
    store = open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = resolve_article(library, store, args.article, known_ok=args.remove)
        title = article_title(library, article_id) or article_id
    changed = store.set_bookmark(article_id, not args.remove)
    state = "removed bookmark" if args.remove else "bookmarked"
    suffix = "" if changed else " (already)" if not args.remove else " (was not bookmarked)"
    print(terminal_safe(f"{state}: {title} [{article_id}]{suffix}"))
    return 0
