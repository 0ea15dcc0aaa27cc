"""Why an id or path a command was given names no article in the library, in one line.

"no such article id or indexed file" said nothing useful about a file that sits in a
registered source but was skipped (empty, binary, no article text), about a file outside
every source, a folder, or an article you annotated whose file has gone; the reason is
worked out only once the lookup has failed.
"""

from __future__ import annotations

import shlex
from pathlib import Path

NO_SUCH = "no such article id or indexed file"
GONE = "no longer in the library (its file was removed or changed); what you saved on it is kept"


def why_missing(target: str, default: str = NO_SUCH) -> str:
    """Why `target` (an id or a path) is not an article of the library; `default` when
    no such file exists either."""
    from briefing.library.locating import split_label

    labelled = split_label(target)
    if labelled is not None:
        return _entry_missing(*labelled)
    path = Path(target).expanduser()
    try:
        if path.is_dir():
            return "a folder, not an article file"
        if not path.exists():
            return default
        if not path.is_file():
            return "not a regular file (FIFO, device or socket)"
    except (OSError, ValueError):
        return default
    return f"not indexed: {_unreadable(path)}"


def _entry_missing(path: Path, label: str) -> str:
    """Why entry `label` of the file `path` ("feed.jsonl:2") is no article of the library."""
    from briefing.library.reading import why_entry_unreadable

    reason = why_entry_unreadable(path, label)
    return f"not indexed: {reason}" if reason else f"not indexed: {_unreadable(path)}"


def _unreadable(path: Path) -> str:
    """What keeps the file `path` out of the library: why it cannot be read, or that it
    lies outside every registered source."""
    from briefing.library.reading import why_unreadable

    reason = why_unreadable(path)
    if reason:
        return reason
    return f"not in a registered source (`briefing index {shlex.quote(str(path))}` adds it)"
