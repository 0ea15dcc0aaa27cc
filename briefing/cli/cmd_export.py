"""`briefing export`: the user's notes and their articles as one Markdown document."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from briefing.cli.context import open_library
from briefing.cli.output import notice
from briefing.cli.store import closing, open_store, tagged_ids
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations

NAME = "export"
HELP = "export notes and their articles as Markdown"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument(
        "--out",
        metavar="FILE",
        help="where to write ('-' for standard output; default: documents folder)",
    )
    parser.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    parser.add_argument("--tag", metavar="T", help="only articles tagged T")
    parser.add_argument("--query", metavar="Q", help="the articles matching search Q")
    parser.add_argument("--since", metavar="DATE", type=_date, help="published on or after DATE")
    parser.add_argument("--until", metavar="DATE", type=_date, help="published on or before DATE")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.add_argument(
        "--no-front-matter",
        action="store_true",
        help="leave out the YAML front matter (for tools that show it as text)",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    year_first = re.fullmatch(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*", text)
    if year_first:  # year, month, day and nothing else ("2026-13-01" is no 13 January)
        try:
            return date(*(int(part) for part in year_first.groups()))
        except ValueError as error:
            raise argparse.ArgumentTypeError(f"not a date: {text!r}") from error
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError) as error:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}") from error


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing export`."""
    # Imported here: the Markdown parser is only needed to export (CLI start-up).
    from briefing.export import (
        ExportFilters,
        candidates,
        check_target,
        default_export_path,
        export_document,
        write_export,
    )

    locations = Locations.resolve(home)
    filters = ExportFilters(args.bookmarked, args.tag, args.query, args.since, args.until)
    if filters.since and filters.until and filters.since > filters.until:
        raise BriefingError("--since is after --until")
    store = open_store(home)
    now = datetime.now(UTC)
    target = None if args.out == "-" else Path(args.out) if args.out else None
    if target is None and args.out != "-":
        # --force replaces the day's export; without it a second one gets a name of its own
        target = default_export_path(locations, now.astimezone().date(), free=not args.force)
    if target is not None:  # before any indexing: a wrong path fails at once
        check_target(target, args.force, locations.documents_dir)
    annotations = store.annotations()
    with open_library(home) as library:
        matches = None
        if filters.query:  # every match, not a page of them
            tagged = tagged_ids(home, filters.query)
            hits = library.search(filters.query, limit=None, snippets=False, tagged=tagged).hits
            matches = [hit.id for hit in hits]
        wanted = candidates(annotations, filters, matches)
        articles = {aid: article for aid in wanted if (article := library.get(aid))}
    text, selection = export_document(
        annotations, articles, filters, now, matches, front_matter=not args.no_front_matter
    )
    empty = (
        ""
        if selection.articles or selection.orphans
        else _why_empty(filters, store.all_tags(), annotations, matches)
    )
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        if empty:
            notice(f"exported nothing: {empty}")
        return 0
    write_export(target, text, force=args.force, may_create=locations.documents_dir)
    if empty:  # "exported 0 articles to X (no notes ... (`briefing note ID TEXT`, ...))"
        notice(f"exported nothing to {target}: {empty}")
    else:
        notice(f"exported {selection.summary()} to {target}")
    return 0


def _why_empty(filters, all_tags, annotations, matches: list[str] | None) -> str:
    """Why an export selected no article, in words the user can act on."""
    if filters.tag:
        tags = sorted(all_tags)
        if filters.tag not in tags:
            known = f"your tags: {', '.join(tags[:8])}{', …' if len(tags) > 8 else ''}"
            return f"no article is tagged {filters.tag!r}; " + (
                known if tags else "you have no tags yet"
            )
    if matches is not None and not matches:
        return f"no article matches {filters.query!r}"
    if not (annotations.notes or annotations.bookmarks or annotations.tags):
        return "no notes or bookmarks yet (`briefing note ID TEXT`, `briefing bookmark ID`)"
    return "no annotated article is within the filters"
