"""The per-file work of indexing: read, hash, parse, clean, extract facts.

Module-level functions on plain data, so they run the same inline or in a process pool
(started with `spawn`: forking a process that has threads, such as the reader, is unsafe).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.catalog.grouping import sketch
from briefing.core.facts import Facts
from briefing.core.model import Article
from briefing.ingest import IngestError, parse_bytes, read_bytes
from briefing.search.schema import article_postings
from briefing.userdata.ids import content_key


@dataclass
class ParsedFile:
    """What one file yielded: its hash and entries, or the reason it could not be read."""

    path: str
    sha: str = ""
    error: str | None = None
    # (label, article or None, the error that kept it out, or a notice on the article read)
    entries: list[tuple[str, Article | None, str | None]] = field(default_factory=list)
    # label -> field name -> postings, analysed in the worker (see schema.Preanalyzed)
    postings: dict[str, dict[str, Any]] = field(default_factory=dict)
    # label -> MinHash sketch of the body, for same-story grouping (see index.grouping)
    sketches: dict[str, list[int]] = field(default_factory=dict)
    # label -> content key of the title and body (see userdata.ids)
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
        postings, parsed.sketches[entry.label] = derive(article)
        parsed.entries.append((entry.label, article, entry.notice))
        parsed.postings[entry.label] = postings
        parsed.keys[entry.label] = content_key(article.title, article.body)
    return parsed


def derive(article: Article) -> tuple[dict[str, Any], list[int]]:
    """Everything computed from an article's text: its key facts (set on `article`), its
    postings and its same-story sketch.

    The one place that derives them: the parse workers call it on each article as read,
    and the indexer again on each article whose text a corpus pass changes, so nothing
    computed from a body can outlive a change to it.
    """
    article.facts = _facts_of(article)
    return article_postings(article), sketch(article.body)


def parse_many(jobs: list[tuple[str, int, str | None]]) -> list[ParsedFile]:
    """`parse_file` over a batch (one pool task per batch keeps pickling overhead low)."""
    return [parse_file(*job) for job in jobs]


def _facts_of(article: Article) -> Facts | None:
    # BRIEFING_FACTS=0 indexes without key facts: for measuring indexing alone, and a
    # way out if the extractor ever misbehaves on a library.
    if os.environ.get("BRIEFING_FACTS", "1") == "0":
        return None
    from briefing.facts import extract_facts

    try:
        return extract_facts(article.body, article.published)
    except Exception:  # facts are a bonus: an article is indexed even if they fail
        return None


def segment_worker(
    number: int,
    index_dir: str,
    identity_path: str | None,
    jobs,
    stories,
    results,
    parent: int = 0,
) -> None:
    """A long-lived indexing worker: parse batches of files and write their articles into
    a Whoosh segment of its own (uncommitted; the indexer adds it to the index).

    Each article is written under a provisional id: the one the identity memory knows
    for its content, else the id its content derives. The indexer, which assigns the
    real ids, deletes and rewrites the few whose id turns out otherwise. An article's
    same-story group is known only once every article is linked: the documents are
    written without their `story` field, and once the batches run out (a `None` job) the
    worker waits on `stories` for {document number: group label} of the documents the
    indexer keeps and a list of documents to add (the new versions of articles a corpus
    pass rewrote, whose old ones the indexer deletes), indexes those, and only then
    finishes its segment (a `None` there abandons it). Messages on `results`: ("batch", worker, batch number, parsed files),
    then ("done", worker, segment or None), or ("error", worker, message). It ends by
    itself if process `parent` (the indexer) is gone (see `lifeline`).
    """
    if parent:
        from briefing.library.lifeline import exit_with_parent

        exit_with_parent(parent)
    try:
        from briefing.search.index import SearchIndex
        from briefing.search.schema import article_document
        from briefing.userdata.ids import id_for_key, known_ids

        known = known_ids(identity_path)
        writer = SearchIndex.open(Path(index_dir)).writer(_lk=False, private_temp=True)
        try:
            while (job := jobs.get()) is not None:
                batch_number, batch = job
                parsed = parse_many(batch)
                for result in parsed:
                    for label, article, _ in result.entries:
                        if article is None:
                            continue
                        key = result.keys[label]
                        article.id = known(key) or id_for_key(key)
                        docnum = writer.docnum
                        document = article_document(article, result.postings.get(label))
                        del document[STORY]  # indexed at the end, once the group is known
                        writer.add_document(**document)
                        result.placed[label] = (number, docnum, article.id)
                    result.postings = {}  # written here: not worth sending back
                results.put(("batch", number, batch_number, parsed))
            message = stories.get()
            if message is None:
                raise InterruptedError("the indexer stopped before the end of the run")
            labels, documents = message
            for docnum, story in sorted(labels.items()):
                writer.add_late_field(docnum, STORY, story)
            for document, postings in documents:  # new versions, after all the others
                document.update(pickle.loads(postings))
                writer.add_document(**document)
            segment = writer.finish_segment()
        except BaseException:
            if not writer.is_closed:
                writer.cancel()
            raise
        results.put(("done", number, segment))
    except BaseException as error:  # reported, so the indexer stops instead of waiting
        results.put(("error", number, f"{type(error).__name__}: {error}"))


# The field that holds an article's same-story group (see `segment_worker`).
STORY = "story"
