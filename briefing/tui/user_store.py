"""Thread-safe access to the user's store (bookmarks, notes, tags, read state).

The reader changes the store from thread workers (every change is fsynced) and reads
markers on the UI thread; one lock keeps the two apart. Nothing here imports Textual.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing.core.paths import Locations

if TYPE_CHECKING:  # imported on first use, in a worker, off the start-up path
    from briefing.annotations import BookmarkRow, NoteRow, RowsLookup
    from briefing.store import Anchor, Marks, Note, Store

# Kept in step with briefing.store.READ_AFTER_SECONDS (a test checks), so that importing the
# reader does not load the store.
READ_AFTER_SECONDS = 5.0


class UserStore:
    """The store behind one lock; every method may be called from any thread.

    Until `open` has succeeded, reads answer "nothing marked" and `ready` is False.
    """

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self._lock = threading.Lock()
        self._store: Store | None = None

    @property
    def ready(self) -> bool:
        """Whether the store is open."""
        return self._store is not None

    def open(self) -> list[str]:
        """Open the store; return the warnings the user must see."""
        from briefing.store import Store

        with self._lock:
            if self._store is None:
                self._store = Store.open(self.locations)
            return list(self._store.warnings)

    def close(self) -> list[str]:
        """Compact if due and let go of the store; return any warnings."""
        with self._lock:
            store, self._store = self._store, None
            if store is None:
                return []
            before = len(store.warnings)
            store.close()
            return store.warnings[before:]

    def _require(self) -> Store:
        if self._store is None:
            from briefing.store import StoreError

            raise StoreError("your bookmarks and notes are not open yet")
        return self._store

    def toggle_bookmark(self, article_id: str) -> bool:
        """Flip the bookmark on `article_id`; return the new state."""
        with self._lock:
            return self._require().toggle_bookmark(article_id)

    def add_note(self, article_id: str, text: str, anchor: Anchor | None = None) -> None:
        """Save a new note on `article_id`, optionally anchored to a passage or fact."""
        with self._lock:
            self._require().add_note(article_id, text, anchor)

    def update_note(self, note_id: str, text: str) -> Note:
        """Replace the text of a note (its anchor and creation time stay)."""
        with self._lock:
            return self._require().update_note(note_id, text)

    def delete_note(self, note_id: str) -> Note:
        """Remove a note; return what was removed."""
        with self._lock:
            return self._require().delete_note(note_id)

    def set_bookmark(self, article_id: str, on: bool) -> bool:
        """Bookmark or un-bookmark `article_id`; return whether anything changed."""
        with self._lock:
            return self._require().set_bookmark(article_id, on)

    def bookmark_rows(self, rows: RowsLookup) -> list[BookmarkRow]:
        """Every bookmark with its article, newest first (see `briefing.annotations`)."""
        from briefing.annotations import bookmark_rows

        with self._lock:
            return bookmark_rows(self._fresh(), rows)

    def note_rows(self, rows: RowsLookup) -> list[NoteRow]:
        """Every note with its article, oldest first (see `briefing.annotations`)."""
        from briefing.annotations import note_rows

        with self._lock:
            return note_rows(self._fresh(), rows)

    def with_store(self, work):
        """Run `work(store)` holding the lock (exports read the whole store at once)."""
        with self._lock:
            return work(self._fresh())

    def _fresh(self) -> Store:
        """The store, with what other processes saved since it was read (lock held)."""
        store = self._require()
        if store.changed_on_disk():  # two stats; reloads only when needed
            store.reload()
        return store

    def tags(self, article_id: str) -> list[str]:
        """The tags on `article_id`, with changes other processes saved (none while closed)."""
        with self._lock:
            if self._store is None:
                return []
            return self._fresh().tags(article_id)

    def set_tags(self, article_id: str, tags: list[str]) -> list[str]:
        """Make `tags` the tags of `article_id`; return them as stored (normalised)."""
        with self._lock:
            return self._require().set_tags(article_id, tags)

    def mark_read(self, article_id: str) -> bool:
        """Record that `article_id` was read; return whether that is new."""
        with self._lock:
            return self._require().mark_read(article_id)

    def bookmarked_ids(self) -> frozenset[str]:
        """Every bookmarked article id (none while closed)."""
        with self._lock:
            return frozenset(self._fresh().bookmarks()) if self._store else frozenset()

    def read_ids(self) -> frozenset[str]:
        """Every article id that counts as read (none while closed)."""
        with self._lock:
            return frozenset(self._fresh().read_ids()) if self._store else frozenset()

    def marks(self, article_ids: Iterable[str]) -> dict[str, Marks]:
        """Markers of the given ids (only those with any mark)."""
        with self._lock:
            if self._store is None:
                return {}
            return self._store.marks(list(article_ids))
