"""The headless command line: `briefing COMMAND ...`.

Each command lives in its own module: its `NAME`, `HELP` (and `DESCRIPTION`), its
`arguments(parser)` and `run(args, home)`, which returns the exit code. Headless commands
never import Textual (start-up time); the reader is imported only when `briefing` runs
without a command.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
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
    """Run briefing with `argv` (default: the process arguments); return the exit code.

    Whatever goes wrong ends in one terminal-safe line on stderr and exit 1 (2 for bad
    usage), never a traceback: user errors, file-system errors, and SQLite errors (a
    damaged, full or read-only database), which are not `OSError`s.
    """
    path = _path_given_as_command(sys.argv[1:] if argv is None else argv)
    if path is not None:  # "briefing ~/news": argparse said "invalid choice" and listed commands
        _error(
            f"{path} is not a command; to read what it holds, add it with "
            f"'briefing index {path}', then run 'briefing'"
        )
        return 2
    parser = build_parser()
    args = parser.parse_args(argv)
    home = getattr(args, "home", None)
    try:
        if args.command is None:
            from briefing.tui import run_reader

            return run_reader(home)
        with _stopped_like_ctrl_c():
            return args.run(args, home)
    except BriefingError as error:
        _error(str(error))
        return 1
    except Stopped as stop:
        _error("stopped")
        return 128 + stop.signum
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except OSError as error:  # a full disk, a permission, a folder gone: one line, no traceback
        _error(os_error_line(error))
        return 1
    except sqlite3.Error as error:  # damaged, full, locked or read-only: one line
        _error(f"database error: {error or type(error).__name__}")
        return 1
    except UnicodeEncodeError as error:  # text that was not UTF-8 (a name, an argument)
        shown = error.object if isinstance(error.object, str) else ""
        _error(f"{shown[:200]}: not valid UTF-8" if shown else "text that is not valid UTF-8")
        return 1


def _path_given_as_command(argv: Sequence[str]) -> str | None:
    """The first argument, when it is an existing file or folder where a command belongs."""
    import os

    options = iter(argv)
    for arg in options:
        if arg == "--home":
            next(options, None)
        elif not arg.startswith("-"):
            known = {module.NAME for module in COMMAND_MODULES}
            return arg if arg not in known and os.path.exists(arg) else None
    return None


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP (the terminal closed): stop the way Ctrl-C does, cleaning up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _stopped_like_ctrl_c:
    """While a headless command runs, SIGTERM and SIGHUP raise `Stopped` (a
    KeyboardInterrupt), so that its `finally` blocks run as they do for Ctrl-C: worker
    processes are ended, locks released. A second signal ends the process at once."""

    SIGNALS = tuple(
        s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s
    )

    def __enter__(self):
        self.previous = {}
        for signum in self.SIGNALS:
            try:
                self.previous[signum] = signal.signal(signum, self._raise)
            except (ValueError, OSError):  # not the main thread, or not allowed here
                pass
        return self

    def _raise(self, signum, frame):
        for number in self.SIGNALS:
            signal.signal(number, signal.SIG_DFL)
        raise Stopped(signum)

    def __exit__(self, *exc):
        for signum, handler in self.previous.items():
            try:
                signal.signal(signum, handler)
            except (ValueError, OSError, TypeError):
                pass
        return False


def _error(message: str) -> None:
    """`briefing: MESSAGE` on stderr, as one terminal-safe line (the terminal may be gone)."""
    from briefing.core.sanitize import message_line

    try:
        print(f"briefing: {message_line(message)}", file=sys.stderr)
    except (OSError, ValueError):
        pass


def os_error_line(error: OSError) -> str:
    """What went wrong with which file, as one terminal-safe line."""
    from briefing.core.sanitize import message_line

    reason = error.strerror or str(error) or type(error).__name__
    name = error.filename
    if isinstance(name, bytes):
        name = name.decode("utf-8", "surrogateescape")
    text = f"{name}: {reason}" if name else reason
    return message_line(str(text))
