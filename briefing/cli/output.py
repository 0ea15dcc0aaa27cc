"""Writing results: one JSON document on stdout, everything else on stderr.

Text for a person goes through `print_lines`: plain on a pipe or a file, styled through
Rich on a terminal (Rich honours NO_COLOR). Every piece is `terminal_safe` already.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

import orjson

# A line of output: (text, bold) pieces.
Line = list[tuple[str, bool]]


def emit_json(data: Any) -> None:
    """Print `data` as exactly one JSON document on stdout."""
    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS, default=str))
    sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def notice(message: str) -> None:
    """A one-line notice for the user, on stderr, terminal-safe: file names and other text
    from outside may carry escape sequences, line breaks or bytes that are not UTF-8."""
    from briefing.core.sanitize import message_line

    print(message_line(message), file=sys.stderr)


def positive_int(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    import argparse

    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def meta_line(*parts: str | None) -> str:
    """Source, date, id... joined with middle dots, empty parts left out."""
    return " · ".join(part for part in parts if part)


def print_lines(lines: Iterable[Line]) -> None:
    """Print each line on stdout; bold pieces in bold when stdout is a terminal."""
    if not sys.stdout.isatty():
        for line in lines:
            print("".join(text for text, _ in line))
        return
    # Imported here: a pipe never needs Rich (start-up time of every command).
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, markup=False, emoji=False, soft_wrap=True)
    for line in lines:
        text = Text()
        for piece, bold in line:
            text.append(piece, style="bold" if bold else None)
        console.print(text)
