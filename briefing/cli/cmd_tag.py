"""`briefing tag`: tag an article (or remove tags)."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.store import closing, open_store, resolve_article
from briefing.core.sanitize import terminal_safe


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `tag` command."""
    tag = subparsers.add_parser("tag", parents=[common], help="tag an article")
    tag.add_argument("article", metavar="ID")
    tag.add_argument("tags", metavar="TAG", nargs="+")
    tag.add_argument("--remove", action="store_true", help="remove these tags")
    tag.set_defaults(run=closing(run))


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing tag`."""
    store = open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = resolve_article(library, store, args.article, known_ok=args.remove)
    if args.remove:
        tags = store.remove_tags(article_id, args.tags)
    else:
        tags = store.add_tags(article_id, args.tags)
    shown = " ".join(f"#{tag}" for tag in tags) or "(no tags)"
    print(terminal_safe(f"{article_id}: {shown}"))
    return 0
