"""Errors raised by the store; all are `BriefingError`s so the CLI prints one line."""

from __future__ import annotations

from briefing.core.errors import BriefingError


class StoreError(BriefingError):
    """The store could not be read or saved; nothing on disk was changed by the attempt."""


class StoreLocked(StoreError):
    """Another briefing process held the store lock for too long."""


class StoreReadOnly(StoreError):
    """The store was written by a newer briefing and is opened read-only."""


class NoteNotFound(StoreError):
    """No note has the given id (or the id prefix is ambiguous)."""
