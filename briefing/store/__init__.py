"""The user's store: bookmarks, notes (optionally anchored), tags and read state.

    from briefing.store import Store
    with Store.open(locations) as store:
        note = store.add_note(article_id, "**Why** this matters", anchor=Anchor("quoted"))
        store.toggle_bookmark(article_id)
        marks = store.marks(ids_on_screen)     # {id: Marks(bookmarked, noted, read)}
        if store.changed_on_disk():
            store.reload()

See `briefing.store.store` for the durability design.
"""

from briefing.core.notes import READ_AFTER_SECONDS, Anchor, Marks, Note
from briefing.store.errors import NoteNotFound, StoreError, StoreLocked, StoreReadOnly
from briefing.store.store import Store, normalise_tag

__all__ = [
    "READ_AFTER_SECONDS",
    "Anchor",
    "Marks",
    "Note",
    "NoteNotFound",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreReadOnly",
    "normalise_tag",
]
