"""Writing results: one JSON document on stdout, everything else on stderr."""

from __future__ import annotations

import sys
from typing import Any

import orjson


def emit_json(data: Any) -> None:
    """Print `data` as exactly one JSON document on stdout."""
    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS, default=str))
    sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def notice(message: str) -> None:
    """A one-line notice for the user, on stderr."""
    print(message, file=sys.stderr)
