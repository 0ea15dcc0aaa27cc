"""The per-file work of indexing: read, hash, parse, clean, extract facts.

Module-level functions on plain data, so they run the same inline or in a process pool
(started with `spawn`: forking a process that has threads, such as the reader, is unsafe).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.index.grouping import sketch
from briefing.index.schema import preanalyze, preanalyze_entities
from briefing.ingest import IngestError, parse_bytes, read_bytes


@dataclass
class ParsedFile:
    """What one file yielded: its hash and entries, or the reason it could not be read."""

    path: str
    sha: str = ""
    error: str | None = None
    # (label, article as JSON or None, error or None)
    entries: list[tuple[str, dict[str, Any] | None, str | None]] = field(default_factory=list)
    # label -> field name -> postings, analysed in the worker (see schema.Preanalyzed)
    postings: dict[str, dict[str, Any]] = field(default_factory=dict)
    # label -> MinHash sketch of the body, for same-story grouping (see index.grouping)
    sketches: dict[str, list[int]] = field(default_factory=dict)


def file_hash(raw: bytes) -> str:
    """Content hash used to confirm that a file whose mtime moved really changed."""
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


def parse_file(path: str, max_bytes: int, known_sha: str | None = None) -> ParsedFile:
    """Read and parse one file; never raises for a bad file.

    When the file's hash equals `known_sha` the content is unchanged and is not parsed.
    """
    try:
        raw = read_bytes(Path(path), max_bytes)
    except IngestError as error:
        return ParsedFile(path, error=str(error))
    sha = file_hash(raw)
    if sha == known_sha:
        return ParsedFile(path, sha=sha)
    try:
        entries = parse_bytes(Path(path), raw)
    except IngestError as error:
        return ParsedFile(path, sha=sha, error=str(error))
    except RecursionError:
        return ParsedFile(path, sha=sha, error="too deeply nested to read")
    except Exception as error:  # a reader bug must not stop the library from indexing
        return ParsedFile(path, sha=sha, error=f"could not be read ({type(error).__name__})")
    parsed = ParsedFile(path, sha=sha)
    for entry in entries:
        if entry.article is None:
            parsed.entries.append((entry.label, None, entry.error))
            continue
        article = entry.article
        article.facts = _facts_of(article)
        parsed.entries.append((entry.label, article.to_json(), None))
        parsed.postings[entry.label] = {
            "title": preanalyze("title", article.title),
            "body": preanalyze("body", article.body),
            **preanalyze_entities(article.facts),
        }
        parsed.sketches[entry.label] = sketch(article.body)
    return parsed


def parse_many(jobs: list[tuple[str, int, str | None]]) -> list[ParsedFile]:
    """`parse_file` over a batch (one pool task per batch keeps pickling overhead low)."""
    return [parse_file(*job) for job in jobs]


def _facts_of(article) -> dict[str, Any] | None:
    # BRIEFING_FACTS=0 indexes without key facts: for measuring indexing alone, and a
    # way out if the extractor ever misbehaves on a library.
    if os.environ.get("BRIEFING_FACTS", "1") == "0":
        return None
    from briefing.facts import extract_facts

    try:
        return extract_facts(article.body, article.published).to_json()
    except Exception:  # facts are a bonus: an article is indexed even if they fail
        return None
