"""Errors the user can act on: the CLI prints them as one line and exits 1."""


class BriefingError(Exception):
    """A failure with a clear, one-line message for the user (never a traceback)."""


class LibraryLocked(BriefingError):
    """Another process is writing the index and did not finish in time."""


class QuerySyntaxError(BriefingError):
    """The query cannot be understood; the message says why, in one line."""
