"""Filling an index generation: a whole build, or the changes since the last run.

The facade holds the writer lock and the generation; these take what they need as
arguments and run the indexer (`indexer.Indexer`) with the user's id memory open only as
long as the run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefing.catalog.docstore import DocStore
from briefing.core.paths import Locations
from briefing.core.results import IndexReport
from briefing.library import freshness, storymap
from briefing.library.scan import look, skipped_if_unchanged
from briefing.search.index import SearchIndex
from briefing.userdata.ids import IdentityMemory
from briefing.userdata.sources import Sources

Progress = Callable[[int, int], None]  # (files done, files in all)


def build(
    generation: Path,
    locations: Locations,
    notify: Callable[[str], None],
    max_bytes: int,
    progress: Progress | None,
) -> IndexReport:
    """Index every registered file into the new, empty `generation`."""
    from briefing.library.indexer import Indexer

    docs = DocStore(generation / "docs.sqlite")
    identity = None
    try:
        index = SearchIndex.create(generation)
        identity = IdentityMemory(locations.identity_db, notify)
        indexer = Indexer(docs, index, identity, max_bytes, progress)
        report = indexer.update(Sources.load(locations, notify).roots())
        docs.compact()  # a whole build only: a run of changes leaves few pages part full
        return report
    finally:
        docs.close()
        if identity is not None:
            identity.close()


def update(
    generation: Path,
    docs: DocStore,
    index: SearchIndex,
    locations: Locations,
    notify: Callable[[str], None],
    max_bytes: int,
    roots: list[Path],
    progress: Progress | None,
) -> IndexReport:
    """Pick up what changed under `roots` since the last run (the writer lock held)."""
    # The usual case on every launch, nothing new, changed or gone: a look at each file
    # and at the index's file table; no id memory, file states or writer.
    look_started = freshness.started()
    known = docs.known_files()
    failed = docs.failed_files()
    # One walk for both the look and the run it may lead to (adding files to a big
    # library scanned every file twice).
    found = look(roots, failed)
    skipped = skipped_if_unchanged(roots, known, failed, max_bytes, found)
    if skipped is not None:
        freshness.record(generation, roots, found.paths(), look_started)
        if not storymap.saved(generation):  # an index an older version wrote
            storymap.write(index, docs)
        skipped += [
            {"path": path + label, "reason": reason} for path, label, reason in docs.bad_entries()
        ]
        return IndexReport(unchanged=docs.count(), skipped=skipped)
    from briefing.library.indexer import Indexer

    freshness.forget(generation)
    identity = IdentityMemory(locations.identity_db, notify)
    try:
        report = Indexer(docs, index, identity, max_bytes, progress).update(roots, found.found())
    finally:
        identity.close()
    freshness.record(generation, roots, found.paths(), look_started)
    return report
