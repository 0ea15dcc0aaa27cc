"""Incremental indexing: new and changed files in, vanished files out.

Files are compared by size and mtime, and a change is confirmed by content hash. Parsing
runs in a spawned process pool when there is enough of it; Whoosh is written by this
process alone, under the writer lock.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.index import factstore, groupstore
from briefing.index.docstore import DocStore, FileState
from briefing.index.identity import IdentityMemory, content_key
from briefing.index.scan import Found, scan
from briefing.index.schema import ENTITY_FIELDS, entity_text
from briefing.model import Article

if TYPE_CHECKING:
    from briefing.index.jobs import ParsedFile

Progress = Callable[[int, int], None]
_POOL_THRESHOLD = 200
_BATCH = 25


@dataclass
class IndexReport:
    """What an indexing run did, counted in articles; skipped files with their reasons."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The `briefing index --json` document."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": list(self.skipped),
        }

    @property
    def changed(self) -> bool:
        """True when the index content changed."""
        return bool(self.added or self.updated or self.removed)


def whoosh_fields(article: Article, postings: dict[str, Any] | None = None) -> dict[str, Any]:
    """The Whoosh document for an article (with title/body postings when analysed already)."""
    published = article.published
    if published is not None and published.tzinfo is not None:
        published = published.astimezone(UTC).replace(tzinfo=None)
    facts = article.facts or {}
    doc: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "byline": article.byline or "",
        "source": article.source or "",
        "tags": ",".join(article.tags),
        **{field: entity_text(facts.get(key)) for field, key in ENTITY_FIELDS.items()},
        "story": article.extra.get("group", article.id),
    }
    if published is not None:
        doc["published"] = published
    if postings:
        doc.update(postings)
    return doc


class Indexer:
    """Bring one index generation up to date with the files under `roots`."""

    def __init__(
        self,
        docs: DocStore,
        whoosh_index,
        identity: IdentityMemory,
        max_bytes: int,
        progress: Progress | None = None,
    ) -> None:
        self.docs = docs
        self.ix = whoosh_index
        self.identity = identity
        self.max_bytes = max_bytes
        self.progress = progress

    def update(self, roots: Iterable[Path]) -> IndexReport:
        """Index new and changed files, drop vanished ones; return what happened."""
        report = IndexReport()
        found: list[Found] = []
        for root in roots:
            found.extend(scan(root))
        states = self.docs.file_states()
        seen: set[str] = set()
        jobs: list[tuple[str, int, str | None]] = []
        touched: dict[str, Found] = {}
        for item in found:
            if item.path in seen:
                continue
            seen.add(item.path)
            if item.skip:
                report.skipped.append({"path": item.path, "reason": item.skip})
                continue
            state = states.get(item.path)
            if state and state.size == item.size and state.mtime_ns == item.mtime_ns:
                continue
            touched[item.path] = item
            jobs.append((item.path, self.max_bytes, state.sha if state else None))
        vanished = [path for path in states if path not in seen]
        if not jobs and not vanished:
            report.unchanged = self.docs.count()
            return report
        self._apply(self._parse(jobs), touched, states, vanished, report)
        report.unchanged = max(0, self.docs.count() - report.added - report.updated)
        return report

    def _parse(self, jobs: list[tuple[str, int, str | None]]) -> Iterator[ParsedFile]:
        """Parsed files as they are ready (the writer works while the pool parses)."""
        # Imported here: a no-change refresh (every CLI command) never needs them.
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        from briefing.index.jobs import parse_many

        total = len(jobs)
        batches = [jobs[i : i + _BATCH] for i in range(0, total, _BATCH)]
        done = 0
        self._tick(0, total)
        if total < _POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
            results = map(parse_many, batches)
            pool = None
        else:
            workers = min(os.cpu_count() or 2, 4)
            pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
            results = pool.map(parse_many, batches)
        try:
            for batch in results:
                yield from batch
                done += len(batch)
                self._tick(done, total)
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def _apply(
        self,
        parsed: Iterable[ParsedFile],
        touched: dict[str, Found],
        states: dict[str, FileState],
        vanished: list[str],
        report: IndexReport,
    ) -> None:
        from briefing.index.writer import LeanWriter  # not on a no-change refresh's path

        docs, identity = self.docs, self.identity
        affected: set[str] = set()
        written: set[str] = set()
        docs.begin()
        identity.begin()
        writer = LeanWriter(self.ix, limitmb=128)
        # Into an empty index (a rebuild) there is nothing to replace: skip the look-up.
        write = writer.update_document if writer.segments else writer.add_document
        try:
            for path in vanished:
                affected.update(docs.drop_file(path))
            for result in parsed:
                item = touched[result.path]
                if result.error:
                    report.skipped.append({"path": result.path, "reason": result.error})
                    affected.update(docs.drop_file(result.path))
                    continue
                state = FileState(item.size, item.mtime_ns, result.sha)
                if not result.entries and states.get(result.path, state).sha == result.sha:
                    docs.set_file(result.path, state)  # touched, not changed
                    continue
                previous = docs.drop_file(result.path)
                affected.update(previous)
                docs.set_file(result.path, state)
                reusable = {aid for aid in previous if not docs.paths_of(aid)}
                for label, data, error in result.entries:
                    where = f"{result.path}{label}"
                    if data is None:
                        report.skipped.append({"path": where, "reason": error or "unreadable"})
                        continue
                    article = Article.from_json(data)
                    key = content_key(article.title, article.body)
                    article_id = identity.assign(key, where, reusable)
                    docs.add_loc(where, result.path, article_id)
                    affected.add(article_id)
                    if article_id in written:
                        continue  # an exact duplicate: one article, several paths
                    written.add(article_id)
                    article.id = article_id
                    article.paths = docs.paths_of(article_id)
                    if docs.exists(article_id):
                        report.updated += 1
                    else:
                        report.added += 1
                    affected.update(groupstore.unlink(docs.db, article_id))
                    sketch = result.sketches.get(label, [])
                    _set_group(article, groupstore.link(docs.db, article_id, sketch, replace=False))
                    docs.put(article)
                    factstore.record(docs.db, article)
                    write(**whoosh_fields(article, result.postings.get(label)))
            self._settle(affected, writer, report)
            relabelled = self._regroup(affected)
            writer.commit()
            writer = None
            if relabelled:
                # A second writer: Whoosh cannot replace a document added by the same
                # writer (update_document would leave both copies).
                writer = LeanWriter(self.ix)
                for article in relabelled:
                    writer.update_document(**whoosh_fields(article))
                writer.commit()
                writer = None
            identity.commit()
            docs.commit()
        except BaseException:
            if writer is not None:
                writer.cancel()
            docs.rollback()
            identity.rollback()
            raise

    def _settle(self, affected: set[str], writer, report: IndexReport) -> None:
        """Remove articles left with no file; refresh the paths of the others."""
        docs = self.docs
        for article_id in sorted(affected):
            paths = docs.paths_of(article_id)
            if not paths:
                if docs.exists(article_id):
                    docs.delete(article_id)
                    groupstore.unlink(docs.db, article_id)
                    factstore.forget(docs.db, article_id)
                    writer.delete_by_term("id", article_id)
                    report.removed += 1
                continue
            article = docs.get(article_id)
            if article is not None and article.paths != paths:
                article.paths = paths
                docs.put(article)

    def _regroup(self, affected: set[str]) -> list[Article]:
        """Settle same-story groups around the articles this run touched.

        A merge or a split relabels articles written earlier: their stored copy changes
        here, and the caller re-indexes the returned articles (rare, so re-analysing them
        costs little).
        """
        docs = self.docs
        relabelled = []
        for article_id, label in sorted(groupstore.regroup(docs.db, affected).items()):
            article = docs.get(article_id)
            if article is None or article.extra.get("group", article_id) == label:
                continue
            _set_group(article, label)
            docs.put(article)
            relabelled.append(article)
        return relabelled


def _set_group(article: Article, label: str) -> None:
    """Record an article's same-story group in `extra` (absent when it stands alone)."""
    if label == article.id:
        article.extra.pop("group", None)
    else:
        article.extra["group"] = label
