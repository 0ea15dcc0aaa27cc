"""`briefing show`: one article by id or path."""

from __future__ import annotations

import argparse
from datetime import datetime

from briefing.cli.context import open_library
from briefing.cli.missing import why_missing
from briefing.cli.output import emit_json
from briefing.cli.store import locate_and_tell
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe

NAME = "show"
HELP = "print an article (by id or the path of an indexed file)"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="ID_OR_PATH")
    parser.add_argument("--json", action="store_true", help="print the article as JSON")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing show`."""
    with open_library(home) as library:
        located = locate_and_tell(library, args.article)
        article = library.get(located.article_id) if located else None
    if article is None:
        raise BriefingError(f"{args.article}: {why_missing(args.article)}")
    if args.json:
        data = {**article.to_json(), "word_count": article.word_count}
        emit_json(
            {
                key: data[key]
                for key in (
                    "id",
                    "title",
                    "byline",
                    "source",
                    "published",
                    "url",
                    "paths",
                    "labelled_paths",
                    "tags",
                    "word_count",
                    "body",
                    "removed",
                    "facts",
                )
            }  # fmt: skip
        )
        return 0
    print(terminal_safe(article.title))
    meta = [
        article.byline,
        article.source,
        _when(article.published) if article.published else None,
    ]
    if any(meta):  # an article with no byline, source or date has no line for them
        print(terminal_safe(" · ".join(part for part in meta if part)))
    if article.url:
        print(terminal_safe(article.url))
    print()
    print(terminal_safe(article.body))
    return 0


def _when(published: datetime) -> str:
    """The publication date, with its time only when the source gave one ("2026-06-07",
    "2026-06-07 14:30")."""
    if published.hour or published.minute or published.second:
        return published.isoformat(sep=" ", timespec="minutes")
    return published.date().isoformat()
