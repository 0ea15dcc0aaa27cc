"""`briefing entity`: one person, place or organisation across the library."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, meta_line
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe
from briefing.core.wording import counted

if TYPE_CHECKING:
    from briefing.library import Library

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
            raise BriefingError(_not_found(library, name, args.kind))
    if args.json:
        emit_json(page.to_json())
        return 0
    print(f"{terminal_safe(page.name)} ({page.kind})")
    if len(page.names) > 1:
        print(f"  also: {terminal_safe(', '.join(page.names[1:]))}")
    if page.roles:
        print(f"  roles: {terminal_safe('; '.join(page.roles))}")
    span = " to ".join(dict.fromkeys(d[:10] for d in (page.first, page.last) if d))
    count = counted(page.article_count, "article")
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


_WORDS = {"person": "person", "place": "place", "org": "organisation"}


def _not_found(library: Library, name: str, kind: str | None) -> str:
    """Why no page was found for `name`: with a kind (--kind or a "person:" prefix) that
    the articles give the name another kind, which one (they said "no article names")."""
    bare = name
    for prefix in ("person:", "place:", "org:"):
        if name.startswith(prefix):
            kind, bare = prefix[:-1], name[len(prefix) :].strip().strip('"')
    other = library.entity(bare) if kind else None
    if other is None:
        # a first name or the start of one ("Helen" for "Helen Carter"): the names it starts
        starting = [found for found, _, _ in library.entity_names(bare, limit=4) if found]
        if starting and bare and not starting[0].casefold().startswith(bare.casefold()):
            # a surname ("Raman" for "Priya Raman"): the articles name it, never alone
            hint = f" on its own; names holding it: {', '.join(starting)}"
        else:
            hint = f"; names that start so: {', '.join(starting)}" if starting and bare else ""
        return f"no article names {name!r}{terminal_safe(hint)}"
    return (
        f"no {_WORDS[kind]} named {bare!r}; the articles name {other.name!r} as a {other.kind}"
        f" (leave out the kind to see it)"
    )
