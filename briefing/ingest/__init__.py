"""Ingest: files to clean, sanitised articles (no Textual, no index)."""

from briefing.ingest.errors import IngestError
from briefing.ingest.reader import (
    DEFAULT_MAX_BYTES,
    Entry,
    is_supported,
    parse_bytes,
    read_bytes,
    read_file,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Entry",
    "IngestError",
    "is_supported",
    "parse_bytes",
    "read_bytes",
    "read_file",
]
