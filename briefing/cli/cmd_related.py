"""`briefing related`: the articles most related to one article, with the reasons."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.missing import why_missing
from briefing.cli.output import emit_json, meta_line, positive_int
from briefing.cli.store import locate_and_tell
from briefing.core.errors import BriefingError
from briefing.core.kinds import KINDS
from briefing.core.results import NOTHING_SHARED
from briefing.core.sanitize import terminal_safe
from briefing.core.wording import counted

NAME = "related"
HELP = "articles related to one article (by id or path), with the reasons"
DESCRIPTION = (
    "Articles related to one article: shared people, places and "
    "organisations (rarer ones count for more), shared distinctive terms, closeness in "
    "time. Each shows its strength (0-1); weak ones come last, under 'less related'. "
    "Copies of one story show once; the article's own copies are left out."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="ID_OR_PATH")
    parser.add_argument("--limit", type=positive_int, default=10, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the list as JSON")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing related`."""
    with open_library(home) as library:
        located = locate_and_tell(library, args.article)
        if located is None:
            raise BriefingError(f"{args.article}: {why_missing(args.article)}")
        items = library.related(located.article_id, args.limit)
    if args.json:
        emit_json([item.to_json() for item in items])
        return 0
    if not items:
        print("no other articles in the library")
    separated = False
    for item in items:
        if item.weak and not separated:
            separated = True
            print("-- less related (weak) --")
        meta = meta_line(item.source, (item.published or "")[:10], item.id)
        mark = "weak · " if item.weak else ""
        title = terminal_safe(item.title)
        print(f"{item.strength:.2f}  {mark}{title}")
        print(f"      {terminal_safe(meta)}")
        reasons = describe(item.why.to_json())
        if reasons:
            print(f"      {terminal_safe(reasons)}")
        if item.also_in:
            sources = ", ".join(str(copy["source"] or copy["id"]) for copy in item.also_in)
            print(f"      also in: {terminal_safe(sources)}")
    return 0


def describe(why: dict) -> str:
    """One line of reasons: shared entities and terms, and the days apart."""
    parts = []
    for key in KINDS:
        label = "orgs" if key == "organisations" else key
        if why.get(key):
            parts.append(f"{label}: {', '.join(why[key])}")
    if why.get("terms"):
        parts.append(f"terms: {', '.join(why['terms'])}")
    if not parts:
        parts.append(NOTHING_SHARED)
    days = why.get("days_apart")
    if days is not None:
        parts.append("same day" if days == 0 else f"{counted(days, 'day')} apart")
    return "; ".join(parts)
