"""Incremental indexing: new and changed files in, vanished files out.

Files are compared by size and mtime, and a change is confirmed by content hash. Parsing
runs in a spawned process pool when there is enough of it; Whoosh is written by this
process alone, under the writer lock.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.catalog import factstore, groupstore
from briefing.catalog.docstore import DocStore, Failure, FileState
from briefing.catalog.linking import Linker
from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.core.results import IndexReport
from briefing.library import storymap
from briefing.library.scan import Found, scan, still_failing
from briefing.library.workers import BatchFeed, SegmentWorkers
from briefing.search.index import SearchIndex
from briefing.search.schema import article_document, article_postings
from briefing.userdata.ids import IdentityMemory

if TYPE_CHECKING:
    from briefing.library.jobs import ParsedFile

Progress = Callable[[int, int], None]
_POOL_THRESHOLD = 200
_BATCH = 25


class Indexer:
    """Bring one index generation up to date with the files under `roots`."""

    def __init__(
        self,
        docs: DocStore,
        index: SearchIndex,
        identity: IdentityMemory,
        max_bytes: int,
        progress: Progress | None = None,
    ) -> None:
        self.docs = docs
        self.index = index
        self.identity = identity
        self.max_bytes = max_bytes
        self.progress = progress
        self._workers: SegmentWorkers | None = None  # the segment workers of a large run
        self._linker: Linker | None = None  # same-story links, for the run

    def update(self, roots: Iterable[Path], found: list[Found] | None = None) -> IndexReport:
        """Index new and changed files, drop vanished ones; return what happened.

        `found` is what a scan of `roots` found, when the caller has just scanned them.
        """
        report = IndexReport()
        if found is None:
            found = [item for root in roots for item in scan(root)]
        states = self.docs.file_states()
        failed = self.docs.failed_files()
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
            failure = failed.get(item.path)
            if still_failing(failure, item, self.max_bytes):
                report.skipped.append({"path": item.path, "reason": failure.reason})
                continue  # failed as it is: not read again until it changes
            touched[item.path] = item
            jobs.append((item.path, self.max_bytes, state.sha if state else None))
        vanished = [path for path in {**states, **failed} if path not in seen]
        # Bad entries of files read before and unchanged are reported again (those of the
        # files read now are reported as they are read).
        report.skipped += [
            {"path": path + label, "reason": reason}
            for path, label, reason in self.docs.bad_entries()
            if path in seen and path not in touched
        ]
        if not jobs and not vanished:
            report.unchanged = self.docs.count()
            return report
        self._apply(self._parse(jobs), touched, states, vanished, report)
        storymap.write(self.index, self.docs)
        report.unchanged = max(0, self.docs.count() - report.added - report.updated)
        return report

    def _parse(self, jobs: list[tuple[str, int, str | None]]) -> Iterator[ParsedFile]:
        """Parsed files as they are ready, in job order (the writer works meanwhile).

        A large run goes to segment workers (see `jobs.segment_worker`), which also write
        its articles into Whoosh segments of their own: `self._workers` holds them when
        the iteration ends, to finish those segments (`SegmentWorkers.finish`). A small
        one is parsed here.
        """
        # Imported here: a no-change refresh (every CLI command) never needs them.
        from briefing.library.jobs import parse_many

        total = len(jobs)
        batches = [jobs[i : i + _BATCH] for i in range(0, total, _BATCH)]
        self._workers = None
        self._tick(0, total)
        if total < _POOL_THRESHOLD or (os.cpu_count() or 1) < 2:
            # file by file: the bar moves with each one (by batches of 25, a run of 35
            # files holding one large feed stood at 0/35 for ten seconds)
            for done, job in enumerate(jobs, start=1):
                yield from parse_many([job])
                self._tick(done, total)
            return
        yield from self._parse_in_workers(batches, total)

    def _parse_in_workers(self, batches: list, total: int) -> Iterator[ParsedFile]:
        import queue
        from multiprocessing import get_context

        from briefing.library.jobs import segment_worker

        # `spawn`: forking a process that has threads (the reader) is unsafe.
        context = get_context("spawn")
        jobs, results = context.Queue(), context.Queue()
        count = min(os.cpu_count() or 2, 4, len(batches))
        stories = [context.Queue() for _ in range(count)]
        folder = str(self.index.folder)
        workers = [
            context.Process(
                target=segment_worker,
                args=(number, folder, self._identity_path(), jobs, stories[number], results),
                kwargs={"parent": os.getpid()},
                daemon=True,
            )
            for number in range(count)
        ]
        for worker in workers:
            worker.start()
        self._workers = SegmentWorkers(workers, jobs, stories, results)
        feed = BatchFeed(batches, count, jobs.put)
        waiting: dict[int, list[ParsedFile]] = {}
        following = done = 0
        try:
            while following < len(batches):
                try:
                    kind, number, *rest = results.get(timeout=1.0)
                except queue.Empty:
                    self._workers.check()
                    continue
                if kind == "error":
                    raise BriefingError(f"an indexing worker failed ({rest[0]})")
                batch_number, parsed = rest
                waiting[batch_number] = parsed
                while following in waiting:
                    batch = waiting.pop(following)
                    following += 1
                    feed.taken()
                    yield from batch
                    done += len(batch)
                    self._tick(done, total)
        except BaseException:
            self._workers.stop()
            raise

    def _identity_path(self) -> str | None:
        """The identity memory's file, for the segment workers' read-only look-ups."""
        return str(self.identity.path)

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
        # Imported here: a no-change refresh (every command's start) never gets this far.
        from briefing.library.recurring import edge_lines, source_key

        docs, identity = self.docs, self.identity
        affected: set[str] = set()
        written: set[str] = set()
        # The paths each article was stored with in this run (`_settle` reads back only
        # the articles whose files changed after they were written).
        stored_paths: dict[str, list[str]] = {}
        # Documents segment workers wrote: kept (article id -> (worker, docnum)), and
        # those to delete from their segments before they join the index.
        kept: dict[str, tuple[int, int]] = {}
        dropped: list[tuple[int, int]] = []
        docs.begin()
        identity.begin()
        self._linker = Linker(docs.db)
        writer = self.index.writer(limitmb=128)
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
                    failure = Failure(
                        item.size, item.mtime_ns, item.ctime_ns, self.max_bytes, result.error
                    )
                    docs.set_failed(result.path, failure)
                    continue
                state = FileState(item.size, item.mtime_ns, result.sha)
                if not result.entries and states.get(result.path, state).sha == result.sha:
                    docs.set_file(result.path, state)  # touched, not changed
                    continue
                previous = docs.drop_file(result.path)
                affected.update(previous)
                docs.set_file(result.path, state)
                reusable = {aid for aid in previous if not docs.paths_of(aid)}
                for label, article, error in result.entries:
                    where = f"{result.path}{label}"
                    if article is None:
                        report.skipped.append({"path": where, "reason": error or "unreadable"})
                        docs.set_bad_entry(result.path, label, error or "unreadable")
                        continue
                    if error:  # read, with something the user should know
                        report.notices.append({"path": where, "notice": error})
                    key = result.keys[label]
                    article_id = identity.assign(key, where, reusable)
                    docs.add_loc(result.path, label, article_id)
                    affected.add(article_id)
                    place = result.placed.get(label)
                    if article_id in written:
                        if place is not None:
                            dropped.append(place[:2])
                        continue  # an exact duplicate: one article, several paths
                    written.add(article_id)
                    article.id = article_id
                    article.paths = docs.paths_of(article_id)
                    if docs.exists(article_id):
                        report.updated += 1
                    else:
                        report.added += 1
                    self._store(article, result.sketches.get(label, []), affected)
                    docs.set_edges(article_id, source_key(article), edge_lines(article))
                    stored_paths[article_id] = article.paths
                    if place is not None and place[2] == article_id:
                        # Written by a segment worker under the right id: keep it (its
                        # group is indexed once known), and take out its previous version.
                        kept[article_id] = place[:2]
                        if writer.segments:
                            writer.delete_by_term("id", article_id)
                        continue
                    if place is not None:
                        dropped.append(place[:2])  # another id (an edit in place): rewrite
                    postings = result.postings.get(label)
                    if postings is None and place is not None:
                        postings = article_postings(article)
                    write(**article_document(article, postings))
            for article_id in self._settle(affected, stored_paths, writer, report):
                if article_id in kept:
                    dropped.append(kept.pop(article_id))
            rewritten = self._corpus_passes(written, affected)
            self._linker.flush()
            self._linker = None  # its memory is not needed past the links
            relabelled = self._regroup(affected)
            # A rewritten article a segment worker wrote goes back to that worker, whose
            # segment takes its new version (no segment of their own for the few a corpus
            # pass rewrites: a third segment's term index at 10,000 articles, 1 MB).
            redone: dict[int, list[str]] = {}
            for article_id in rewritten:
                if article_id in kept:
                    place = kept.pop(article_id)
                    dropped.append(place)
                    redone.setdefault(place[0], []).append(article_id)
            routed = {article_id for ids in redone.values() for article_id in ids}
            segments = self._finish_segments(kept, redone, rewritten)
            for worker, docnum in dropped:
                segments[worker].delete_document(docnum)
            writer.commit_with(
                [segment for segment in segments.values() if segment and segment.doc_count()]
            )
            writer = None
            again = sorted({*rewritten, *(a for a in relabelled if a not in kept)} - routed)
            if again:
                # A second writer: Whoosh cannot replace a document added by the same
                # writer (update_document would leave both copies).
                writer = self.index.writer()
                for article_id in again:
                    article = docs.get(article_id)
                    if article is None:
                        continue
                    # Relabelled only: its text is as analysed before, by the fast path again
                    # (not Whoosh's analyzer, which the document's plain text would take).
                    postings = (
                        pickle.loads(rewritten[article_id])
                        if article_id in rewritten
                        else article_postings(article)
                    )
                    writer.update_document(**article_document(article, postings))
                writer.commit()
                writer = None
            identity.commit()
            docs.commit()
        except BaseException:
            self._linker = None
            close = getattr(parsed, "close", None)
            if close is not None:
                close()  # stops the segment workers (when they are still parsing)
            if self._workers is not None:
                self._workers.stop()
            if writer is not None:
                # The error being raised is the one to report, not a failed clean-up's
                # (cancelling writes files: a full disk fails both).
                with suppress(Exception):
                    writer.abandon()
            docs.rollback()
            identity.rollback()
            raise

    def _finish_segments(
        self,
        kept: dict[str, tuple[int, int]],
        redone: dict[int, list[str]],
        rewritten: dict[str, bytes],
    ) -> dict[int, Any]:
        """Have the segment workers index the final same-story group of each document
        they wrote that is kept (`kept`: article id -> (worker, docnum)) and write the
        new version of the articles `redone` lists for them (rewritten by a corpus pass:
        their postings pickled in `rewritten`), then finish their segments: {worker:
        segment or None} (none without workers)."""
        if self._workers is None:
            return {}
        labels: list[dict[int, str]] = [{} for _ in self._workers.processes]
        for article_id, label in groupstore.groups_of(self.docs.db, kept).items():
            worker, docnum = kept[article_id]
            labels[worker][docnum] = label
        # Each document goes with its postings still pickled (11 KB; a worker unpickles
        # one at a time): as objects they took 73 KB each (see `_corpus_passes`), all held
        # here at once (400 at 10,000 articles).
        documents: list[list[tuple[dict, bytes]]] = [[] for _ in self._workers.processes]
        for worker, ids in redone.items():
            for article_id in sorted(ids):
                article = self.docs.get(article_id)
                if article is not None:
                    documents[worker].append((article_document(article), rewritten[article_id]))
        return self._workers.finish(labels, documents)

    def _store(self, article: Article, sketch: list[int], affected: set[str]) -> None:
        """Save an article with what is derived from its text: its same-story links (from
        `sketch`) and its fact rows. The articles it was linked to join `affected`."""
        docs, linker = self.docs, self._linker
        affected.update(linker.unlink(article.id))
        _set_group(article, linker.link(article.id, sketch))
        docs.put(article)
        factstore.record(docs.db, article)

    def _corpus_passes(self, written: set[str], affected: set[str]) -> dict[str, bytes]:
        """Passes over the library that change articles' text (today one: lines that recur
        across a source's articles), run before the run commits.

        Each changed article's key facts, fact rows, sketch and postings are derived again
        from its new text (`jobs.derive`, as the parse workers do), so every offset points
        into the body that is stored. Returns {id: pickled postings} for re-indexing (the
        article is read back then): a rebuild of 10,000 articles changes 400, which held
        as objects, postings and articles, took 73 KB each; pickled postings take 11 KB.
        Recurring lines are rare: deriving the few changed articles again costs little.
        """
        from briefing.library.jobs import derive
        from briefing.library.recurring import without_recurring_lines

        changed: dict[str, bytes] = {}
        candidates = {article_id for article_id in written if self.docs.exists(article_id)}
        for article in without_recurring_lines(self.docs, candidates):
            postings, sketch = derive(article)
            self._store(article, sketch, affected)
            affected.add(article.id)
            changed[article.id] = pickle.dumps(postings, pickle.HIGHEST_PROTOCOL)
        return changed

    def _settle(
        self, affected: set[str], stored_paths: dict[str, list[str]], writer, report: IndexReport
    ) -> list[str]:
        """Remove articles left with no file (returned); refresh the paths of the others.

        `stored_paths` holds the paths of the articles written in this run, as stored.
        """
        docs = self.docs
        removed = []
        for article_id in sorted(affected):
            paths = docs.paths_of(article_id)
            if not paths:
                if docs.exists(article_id):
                    factstore.forget(docs.db, article_id)  # reads the article's number
                    docs.delete(article_id)
                    self._linker.unlink(article_id)
                    writer.delete_by_term("id", article_id)
                    report.removed += 1
                    removed.append(article_id)
                continue
            if stored_paths.get(article_id) == paths:
                continue  # written in this run with these very paths
            article = docs.get(article_id)
            if article is not None and article.paths != paths:
                article.paths = paths
                docs.put(article)
        return removed

    def _regroup(self, affected: set[str]) -> set[str]:
        """Settle same-story groups around the articles this run touched.

        A merge or a split relabels articles: their stored copy changes here, and the
        caller re-indexes the returned ones that are not waiting for their group in a
        segment worker (rare, so re-analysing them costs little). Only their ids are
        kept: a rebuild relabels thousands of articles as their groups grow.
        """
        docs = self.docs
        relabelled = set()
        for article_id, label in sorted(groupstore.regroup(docs.db, affected).items()):
            article = docs.get(article_id)
            if article is None or article.extra.get("group", article_id) == label:
                continue
            _set_group(article, label)
            docs.put(article)
            relabelled.add(article_id)
        return relabelled


def _set_group(article: Article, label: str) -> None:
    """Record an article's same-story group in `extra` (absent when it stands alone)."""
    if label == article.id:
        article.extra.pop("group", None)
    else:
        article.extra["group"] = label
