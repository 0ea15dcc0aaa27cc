"""`briefing search`: ranked, highlighted results."""

from __future__ import annotations

import argparse
import sys

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, meta_line, positive_int
from briefing.core.sanitize import terminal_safe

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `search` command."""
    parser = subparsers.add_parser(
        "search",
        parents=[common],
        help="search the library (Whoosh query syntax)",
        description='Search the library. Syntax: words (all must match), AND/OR/NOT, "phrases", '
        "field:value (title, body, byline, source, tags, person, place, org), "
        "published:[2024-05-01 to 2024-05-31], wildcards (strik*).",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY")
    parser.add_argument("--limit", type=positive_int, default=10, metavar="N")
    parser.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--facets",
        action="store_true",
        help="also count the top people, places, organisations, sources and months",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing search`."""
    from briefing.index.query import parse_query

    query = " ".join(args.query)
    parse_query(query)  # a syntax error is reported before any indexing starts
    with open_library(home) as library:
        results = library.search(query, limit=args.limit, sort=args.sort, facets=args.facets)
    if args.json:
        emit_json(results.to_json())
        return 0
    color = sys.stdout.isatty()
    print(f"{results.total} result{'s' if results.total != 1 else ''} for {terminal_safe(query)}")
    for hit in results.hits:
        meta = meta_line(hit.source, (hit.published or "")[:10], hit.id)
        print()
        print((BOLD if color else "") + terminal_safe(hit.title) + (RESET if color else ""))
        print(f"  {terminal_safe(meta)}")
        if hit.snippet:
            print("  " + _highlighted(hit.snippet, hit.highlights, color))
        if hit.also_in:
            sources = ", ".join(str(copy["source"] or copy["id"]) for copy in hit.also_in)
            print(f"  also in: {terminal_safe(sources)}")
    if results.facets:
        print()
        for facet, values in results.facets.items():
            if values:
                shown = ", ".join(f"{name} ({count})" for name, count in values)
                print(f"{facet}: {terminal_safe(shown)}")
    return 0


def _highlighted(snippet: str, highlights: list[tuple[int, int]], color: bool) -> str:
    if not color:
        return terminal_safe(snippet)
    parts, position = [], 0
    for start, end in highlights:
        parts.append(terminal_safe(snippet[position:start]))
        parts.append(BOLD + terminal_safe(snippet[start:end]) + RESET)
        position = end
    parts.append(terminal_safe(snippet[position:]))
    return "".join(parts)
