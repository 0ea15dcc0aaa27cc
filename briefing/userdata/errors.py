"""Errors about the user's data; all are `BriefingError`s, so the CLI prints one line."""

from __future__ import annotations

from briefing.core.errors import BriefingError


class UserDataError(BriefingError):
    """The user's data could not be read or saved; the attempt changed nothing on disk."""


class UserDataLocked(UserDataError):
    """Another briefing process kept the user's data busy for too long."""


class UserDataReadOnly(UserDataError):
    """The data was written by a newer briefing (or cannot be written here): read-only."""


class NoteNotFound(UserDataError):
    """No note has the given id (or the id prefix is ambiguous)."""
