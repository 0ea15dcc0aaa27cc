"""`briefing index`: register sources and bring the index up to date."""

from __future__ import annotations

import argparse

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.cli.progress import ProgressBar

NAME = "index"
HELP = "add folders or files to the library and index new and changed files"
DESCRIPTION = (
    "Index PATHs (folders or files) into the library; with no PATH, "
    "pick up new, changed and vanished files in the registered sources."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("paths", nargs="*", metavar="PATH")
    parser.add_argument("--rebuild", action="store_true", help="build the index from scratch")
    parser.add_argument("--remove", metavar="PATH", help="drop a registered source")
    samples = parser.add_mutually_exclusive_group()
    samples.add_argument("--samples", action="store_true", help="bring the sample library back")
    samples.add_argument(
        "--no-samples", action="store_true", help="take the sample library out of the library"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or notices")


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing index`."""
    library = open_library(home, quiet=args.quiet, refresh=False, build=not args.paths)
    bar = ProgressBar(quiet=args.quiet)
    try:
        if args.remove:
            report = library.remove_source(args.remove, bar)
        elif args.samples:
            report = library.use_samples(bar)
        elif args.no_samples:
            report = library.drop_samples(bar)
        elif args.paths:
            report = library.index(args.paths, bar)
        elif args.rebuild:
            report = library.rebuild(bar)
        else:
            report = library.refresh(bar)
        if args.rebuild and (args.paths or args.remove or args.samples or args.no_samples):
            report = library.rebuild(bar)
    finally:
        bar.finish()
        library.close()
    if args.json:
        emit_json(report.to_json())
        return 0
    if not args.quiet:
        notice(
            f"added {report.added}, updated {report.updated}, removed {_removed(report)}, "
            f"unchanged {report.unchanged}, skipped {len(report.skipped)}"
        )
        for skipped in report.skipped:
            notice(f"  skipped {skipped['path']}: {skipped['reason']}")
        for item in report.notices:
            notice(f"  {item['path']}: {item['notice']}")
    return 0


def _removed(report) -> str:
    """The removed count, saying which of them were the samples."""
    if not report.samples_removed:
        return str(report.removed)
    if report.samples_removed == report.removed:
        return f"{report.removed} (the samples)"
    return f"{report.removed} ({report.samples_removed} of them the samples)"
