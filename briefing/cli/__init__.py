"""The headless command line: `briefing COMMAND ...`.

Each command lives in its own module: its `NAME`, `HELP` (and `DESCRIPTION`), its
`arguments(parser)` and `run(args, home)`, which returns the exit code. Headless commands
never import Textual (start-up time); the reader is imported only when `briefing` runs
without a command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from briefing import __version__
from briefing.cli import (
    cmd_backup,
    cmd_bookmark,
    cmd_bookmarks,
    cmd_entity,
    cmd_export,
    cmd_facts,
    cmd_index,
    cmd_note,
    cmd_notes,
    cmd_related,
    cmd_restore,
    cmd_search,
    cmd_show,
    cmd_sources,
    cmd_tag,
    cmd_timeline,
)
from briefing.core.errors import BriefingError

COMMAND_MODULES = (
    cmd_index,
    cmd_search,
    cmd_show,
    cmd_sources,
    cmd_facts,
    cmd_related,
    cmd_entity,
    cmd_timeline,
    cmd_bookmark,
    cmd_bookmarks,
    cmd_note,
    cmd_notes,
    cmd_tag,
    cmd_backup,
    cmd_restore,
    cmd_export,
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--home",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep all data under DIR (default: $BRIEFING_HOME or the user directories)",
    )
    parser = argparse.ArgumentParser(
        prog="briefing",
        description=(
            "A keyboard-driven terminal reader for news briefings. Run 'briefing' with no "
            "command to open the reader (it indexes the sample library on first run); the "
            "commands below work without it."
        ),
        epilog="'briefing' alone opens the reader; 'briefing COMMAND --help' explains a command.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        command = subparsers.add_parser(
            module.NAME,
            parents=[common],
            help=module.HELP,
            description=getattr(module, "DESCRIPTION", None),
        )
        module.arguments(command)
        command.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run briefing with `argv` (default: the process arguments); return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    home = getattr(args, "home", None)
    try:
        if args.command is None:
            from briefing.tui import run_reader

            return run_reader(home)
        return args.run(args, home)
    except BriefingError as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a full disk, a permission, a folder gone: one line, no traceback
        print(f"briefing: {os_error_line(error)}", file=sys.stderr)
        return 1


def os_error_line(error: OSError) -> str:
    """What went wrong with which file, as one terminal-safe line."""
    from briefing.core.sanitize import clean_line, terminal_safe

    reason = error.strerror or str(error) or type(error).__name__
    name = error.filename
    text = f"{name}: {reason}" if name else reason
    return terminal_safe(clean_line(str(text)))
