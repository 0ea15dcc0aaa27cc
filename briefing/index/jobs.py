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
from briefing.index.identity import content_key
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
    # label -> content key of the title and body (see index.identity)
    keys: dict[str, str] = field(default_factory=dict)
    # label -> (worker, document number, provisional id): where a segment worker wrote
    # the entry (see `segment_worker`)
    placed: dict[str, tuple[int, int, str]] = field(default_factory=dict)


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
        parsed.keys[entry.label] = content_key(article.title, article.body)
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


def segment_worker(number: int, index_dir: str, identity_path: str | None, jobs, results) -> None:
    """A long-lived indexing worker: parse batches of files and write their articles into
    a Whoosh segment of its own (uncommitted; the indexer adds it to the index).

    Each article is written under a provisional id: the one the identity memory knows
    for its content, else the id its content derives. The indexer, which assigns the
    real ids, deletes and rewrites the few whose id or same-story group turn out
    otherwise. Messages on `results`: ("batch", worker, batch number, parsed files),
    then ("done", worker, segment or None), or ("error", worker, message).
    """
    try:
        from whoosh import index as whoosh_index

        from briefing.core.model import Article
        from briefing.index.build import whoosh_fields
        from briefing.index.identity import id_for_key
        from briefing.index.writer import LeanWriter

        known = _identity_lookup(identity_path)
        writer = LeanWriter(whoosh_index.open_dir(index_dir), _lk=False, private_temp=True)
        try:
            while (job := jobs.get()) is not None:
                batch_number, batch = job
                parsed = parse_many(batch)
                for result in parsed:
                    for label, data, _ in result.entries:
                        if data is None:
                            continue
                        article = Article.from_json(data)
                        key = result.keys[label]
                        article.id = known(key) or id_for_key(key)
                        docnum = writer.docnum
                        writer.add_document(**whoosh_fields(article, result.postings.get(label)))
                        result.placed[label] = (number, docnum, article.id)
                    result.postings = {}  # written here: not worth sending back
                results.put(("batch", number, batch_number, parsed))
            segment = writer.finish_segment()
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        results.put(("done", number, segment))
    except BaseException as error:  # reported, so the indexer stops instead of waiting
        results.put(("error", number, f"{type(error).__name__}: {error}"))


def _identity_lookup(path: str | None):
    """content key -> id known to the identity memory (read-only; None when unknown)."""
    if not path:
        return lambda key: None
    import sqlite3

    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db.execute("PRAGMA busy_timeout = 10000")

    def known(key: str) -> str | None:
        row = db.execute("SELECT id FROM content WHERE dupkey = ?", (key,)).fetchone()
        return row[0] if row else None

    return known
