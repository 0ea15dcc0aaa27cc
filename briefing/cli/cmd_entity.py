"""`briefing entity`: one person, place or organisation across the library."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, meta_line
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe

NAME = "entity"
HELP = "a person, place or organisation: names, roles, dates, articles, quotes"
DESCRIPTION = (
    "An entity page. NAME may start with person:, place: or org: "
    '(e.g. person:"Jan Peeters"); a short form the articles use finds the full name.'
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("name", nargs="+", metavar="NAME")
    parser.add_argument("--kind", choices=("person", "place", "org"), default=None)
    parser.add_argument("--json", action="store_true", help="print the page as JSON")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing entity`."""
    name = " ".join(args.name)
    with open_library(home) as library:
        page = library.entity(name, args.kind)
    if page is None:
        raise BriefingError(f"no article names {name!r}")
    if args.json:
        emit_json(page.to_json())
        return 0
    print(f"{terminal_safe(page.name)} ({page.kind})")
    if len(page.names) > 1:
        print(f"  also: {terminal_safe(', '.join(page.names[1:]))}")
    if page.roles:
        print(f"  roles: {terminal_safe('; '.join(page.roles))}")
    span = " to ".join(d[:10] for d in (page.first, page.last) if d)
    count = f"{page.article_count} article{'s' if page.article_count != 1 else ''}"
    print(f"  {count}" + (f", {span}" if span else ""))
    print()
    for item in page.articles:
        row = item.article
        meta = meta_line(row.source, (row.published or "")[:10], row.id)
        print(f"  {terminal_safe(row.title)}")
        print(
            f"      {terminal_safe(meta)}" + (f" · {terminal_safe(item.role)}" if item.role else "")
        )
    if page.quotes:
        print()
        print("Quotes")
        for quote in page.quotes:
            when = (quote.article.published or "")[:10]
            print(f'  "{terminal_safe(quote.text)}"')
            print(
                f"      {terminal_safe(' · '.join(p for p in (quote.article.source, when) if p))}"
            )
    return 0
