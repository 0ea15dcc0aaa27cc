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
    if args.remove:  # "removed bookmark: ... (was not bookmarked)" said both
        state = "removed bookmark" if changed else "was not bookmarked"
    else:
        state = "bookmarked" if changed else "already bookmarked"
    print(terminal_safe(f"{state}: {named}"))
    return 0
