"""`briefing sources`: the registered sources and their article counts."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.output import emit_json
from briefing.core.sanitize import terminal_safe

NAME = "sources"
HELP = "list the library's sources"


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("--json", action="store_true", help="print the sources as JSON")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing sources`."""
    with open_library(home) as library:
        sources = library.sources()
    if args.json:
        emit_json({"sources": sources})
        return 0
    for source in sources:
        label = " (bundled samples)" if source["samples"] else ""
        print(f"{source['articles']:>6}  {terminal_safe(str(source['path']))}{label}")
    return 0
