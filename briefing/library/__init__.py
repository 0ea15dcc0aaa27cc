"""The library: the one facade the CLI and the reader use, and the indexing pipeline."""

from briefing.library.facade import Library

__all__ = ["Library"]
