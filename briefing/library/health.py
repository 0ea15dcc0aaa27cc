"""Damage or trouble: what an error met on an index generation means.

Damage (a page SQLite calls malformed, a segment Whoosh cannot decode, a blob zlib cannot
inflate, a file gone from the generation) does not mend itself: the generation is set
aside and rebuilt from the sources. Trouble (a full disk, a read-only file system, a
permission, a lock held too long, an I/O error) passes, and rebuilding would only make it
worse (a rebuild on a full disk fails half-way): the index is read as it is, and nothing
is set aside.
"""

from __future__ import annotations

import errno
import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

from briefing.core.errors import BriefingError
from briefing.userdata.schema import is_damage as sqlite_damage

# Files of the generation that are not where the index says: damage, not trouble.
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EISDIR)

F = TypeVar("F", bound=Callable[..., Any])


class Disagreement(Exception):
    """The search index and the catalog of one generation do not hold the same articles."""


def is_damage(error: BaseException, opening: bool = False) -> bool:
    """Whether `error`, met opening (`opening`) or reading a generation, means the
    generation is damaged (set it aside and rebuild) rather than unusable for now (read it
    as it is).

    Opening reads a little of everything, so any error but trouble is damage there; later,
    only the errors that bytes no decoder can read give (a bug elsewhere is no reason to
    rebuild the index)."""
    if isinstance(error, sqlite3.Error):
        return sqlite_damage(error)
    if isinstance(error, OSError):
        return error.errno in _MISSING
    if isinstance(error, (BriefingError, MemoryError, RecursionError)):
        return False
    if opening:
        return isinstance(error, Exception)
    # Whoosh raises a bare Exception ("Block tag error"), struct.error, EOFError or an
    # unpickling error on bytes it cannot decode; zlib and orjson on our damaged blobs.
    return type(error) is Exception or isinstance(error, _UNREADABLE)


def _unreadable() -> tuple[type[BaseException], ...]:
    import pickle
    import struct
    import zlib

    import orjson

    return (
        Disagreement, zlib.error, orjson.JSONDecodeError, EOFError, struct.error,
        pickle.UnpicklingError, UnicodeDecodeError,
    )  # fmt: skip


_UNREADABLE = _unreadable()


def trouble(error: BaseException) -> str:
    """What went wrong, short, for a one-line notice."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error).split("\n", 1)[0] or type(error).__name__


def healing(method: F) -> F:
    """A read of the library that heals damage met on the way: the generation is set aside
    and rebuilt (the user told in one line), and the read is tried once more."""

    @functools.wraps(method)
    def healed(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            if not self.heal(error):
                raise
        return method(self, *args, **kwargs)

    return healed  # type: ignore[return-value]
