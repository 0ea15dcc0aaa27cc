"""`briefing tag`: tag an article (or remove tags)."""

from __future__ import annotations

import argparse

from briefing.cli.store import closing, find_article, open_store
from briefing.core.sanitize import terminal_safe

NAME = "tag"
HELP = "tag an article"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="ID")
    parser.add_argument(
        "tags", metavar="TAG", nargs="+", help="one or more tags (commas also separate them)"
    )
    parser.add_argument("--remove", action="store_true", help="remove these tags")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing tag`."""
    store = open_store(home)
    article_id, article = find_article(home, store, args.article, known_ok=args.remove)
    named = f"{article.title} [{article_id}]" if article is not None else article_id
    # "budget, Bavaria" or "ports,strike", as the reader's tag box takes them
    given = [part for tag in args.tags for part in tag.split(",")]
    if args.remove:
        tags = store.remove_tags(article_id, given)
    else:
        tags = store.add_tags(article_id, given)
    shown = " ".join(f"#{tag}" for tag in tags) or "(no tags)"
    print(terminal_safe(f"{named}: {shown}"))
    return 0
