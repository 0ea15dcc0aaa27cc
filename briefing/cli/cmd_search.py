"""`briefing search`: ranked, highlighted results."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from briefing.cli.context import open_library
from briefing.cli.output import Line, emit_json, meta_line, positive_int, print_lines
from briefing.cli.store import closing, tagged_ids
from briefing.core.sanitize import terminal_safe
from briefing.core.wording import counted

NAME = "search"
HELP = "search the library (Whoosh query syntax)"
DESCRIPTION = (
    "Search the library. Syntax: words (all must match), AND/OR/NOT (-word leaves a word "
    'out; a query that starts with it goes after --), "phrases", '
    "field:value (title, body, byline, source, tags, person, place, org, tag: your own "
    "tags, date: dates the article mentions), published:[2024-05-01 to 2024-05-31], "
    "published:<2025 (< and > exclude the date named, <=, >= and ranges include it), "
    "wildcards (strik*)."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("query", nargs="+", metavar="QUERY")
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=10,
        metavar="N",
        help="how many results to show (default 10)",
    )
    parser.add_argument(
        "--sort",
        choices=("relevance", "date"),
        default="relevance",
        help="relevance (the default) or date: newest first, undated last",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--copies",
        action="store_true",
        help="list same-story copies as results of their own (and count them) instead of "
        "under the first",
    )
    parser.add_argument(
        "--facets",
        action="store_true",
        help="also count the top people, places, organisations, sources and months",
    )


@closing
def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing search`."""
    from briefing.library.queries import check_query

    query = " ".join(args.query)
    check_query(query)  # a syntax error is reported before any indexing starts
    tagged = tagged_ids(home, query)
    with open_library(home) as library:
        results = library.search(
            query,
            limit=args.limit,
            sort=args.sort,
            facets=args.facets,
            tagged=tagged,
            fold=not args.copies,
        )
    if args.json:
        emit_json(results.to_json())
        return 0
    print_lines(_lines(results, query))
    return 0


def _lines(results, query: str) -> Iterator[Line]:
    """The results for a person: titles in bold, then source, date and id, the snippet
    with its matches in bold, the other copies; the facets last."""
    if query.strip():
        head = f"{counted(results.total, 'result')} for {terminal_safe(query)}"
    else:  # an empty query lists the library
        head = f"{counted(results.total, 'result')}, newest first"
    if results.total > len(results.hits):
        head += f" (the first {len(results.hits):,} shown; --limit N shows more)"
    yield [(head, False)]
    for hit in results.hits:
        meta = meta_line(hit.source, (hit.published or "")[:10], hit.id)
        yield []
        yield [(terminal_safe(hit.title), True)]
        yield [(f"  {terminal_safe(meta)}", False)]
        if hit.snippet:
            yield [("  ", False), *_highlighted(hit.snippet, hit.highlights)]
        if hit.also_in:
            sources = ", ".join(str(copy["source"] or copy["id"]) for copy in hit.also_in)
            yield [(f"  also in: {terminal_safe(sources)}", False)]
    if results.facets:
        yield []
        for facet, values in results.facets.items():
            if values:
                shown = ", ".join(f"{name} ({count})" for name, count in values)
                yield [(f"{facet}: {terminal_safe(shown)}", False)]


def _highlighted(snippet: str, highlights: list[tuple[int, int]]) -> Line:
    pieces, position = [], 0
    for start, end in highlights:
        pieces.append((terminal_safe(snippet[position:start]), False))
        pieces.append((terminal_safe(snippet[start:end]), True))
        position = end
    pieces.append((terminal_safe(snippet[position:]), False))
    return pieces
