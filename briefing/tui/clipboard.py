"""Copying text to the system clipboard through the platform's own command.

Terminals may ignore OSC 52 (the escape sequence Textual's `copy_to_clipboard` sends), so
the reader also hands the text to the first clipboard command found on PATH. The command
line is fixed here; the text only ever goes in through standard input, never into the
arguments, and no shell is involved (article text is untrusted).
"""

from __future__ import annotations

import shutil
import subprocess
import sys

TIMEOUT = 3.0

# (the program, its fixed arguments), in the order tried; the first on PATH is used.
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("pbcopy",),
    ("wl-copy",),
    ("xclip", "-selection", "clipboard"),
    ("xsel", "--clipboard", "--input"),
    ("clip.exe",),
)


def clipboard_command() -> list[str] | None:
    """The clipboard command line to use here (an absolute program path), or None."""
    for program, *arguments in COMMANDS:
        if program == "pbcopy" and sys.platform != "darwin":
            continue
        found = shutil.which(program)
        if found:
            return [found, *arguments]
    return None


def copy_with_system(text: str) -> str | None:
    """Give `text` to the system clipboard; the command's name when it worked, else None."""
    command = clipboard_command()
    if command is None:
        return None
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program; the text goes to stdin only
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return command[0].rsplit("/", 1)[-1] if done.returncode == 0 else None
