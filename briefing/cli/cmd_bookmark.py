"""`briefing bookmark`: bookmark an article (or remove the bookmark)."""

from __future__ import annotations

import argparse

from briefing.cli.store import closing, find_article, open_store
from briefing.core.sanitize import terminal_safe

NAME = "bookmark"
HELP = "bookmark an article (by id or indexed path)"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="ID")
    parser.add_argument("--remove", action="store_true", help="remove the bookmark")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmark`."""
    store = open_store(home)
    article_id, article = find_article(home, store, args.article, known_ok=args.remove)
    named = f"{article.title} [{article_id}]" if article is not None else article_id
    changed = store.set_bookmark(article_id, not args.remove)
    state = "removed bookmark" if args.remove else "bookmarked"
    suffix = "" if changed else " (already)" if not args.remove else " (was not bookmarked)"
    print(terminal_safe(f"{state}: {named}{suffix}"))
    return 0
