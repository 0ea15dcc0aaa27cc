"""Why a file could not be read."""

from briefing.core.errors import BriefingError


class IngestError(BriefingError):
    """A file (or one entry of it) could not be read; the message is the one-line reason."""
