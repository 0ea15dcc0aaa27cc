"""`briefing timeline`: dated events of the matching articles, in date order."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, positive_int
from briefing.cli.store import closing, tagged_ids
from briefing.core.sanitize import shortened, terminal_safe

NAME = "timeline"
HELP = "dated events of the articles matching QUERY (all without one), in date order"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("query", nargs="*", metavar="QUERY")
    parser.add_argument("--limit", type=positive_int, default=500, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the events as JSON")


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing timeline`."""
    query = " ".join(args.query)
    if query.strip():
        from briefing.library.queries import check_query

        check_query(query)  # a syntax error is reported before any indexing starts
    with open_library(home) as library:
        timeline = library.timeline(query, args.limit, tagged=tagged_ids(home, query))
    if args.json:
        emit_json(timeline.to_json())
        return 0
    if not timeline.events:
        print("no dated events")
    for event in timeline.events:
        when = event.start if event.start == event.end else f"{event.start} to {event.end}"
        print(f"{terminal_safe(when)}  {terminal_safe(event.sentence)}")
        sources = ", ".join(_named(row) for row in event.articles)
        print(f"      {terminal_safe(sources)}")
    if timeline.truncated:
        print(f"(first {args.limit} events; use --limit for more)")
    return 0


def _named(row) -> str:
    """How the sources line names an article: its source, or its title in quotes when it
    has none (an id told the reader nothing), cut to 60 characters."""
    if row.source:
        return row.source
    title = shortened(row.title, 60)
    return f'"{title}"' if title else row.id
