"""The user's data as the reader holds it: opened in a worker, then shared by every thread.

`UserData` is itself safe to call from any thread (every change is an fsynced SQLite
transaction, run off the UI thread by the caller); this only adds the time before it is
open, when reads answer "nothing marked" and `ready` is False. Nothing here imports
Textual, and `briefing.userdata` is imported on first use, off the start-up path.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from briefing.core.notes import READ_AFTER_SECONDS, Marks
from briefing.core.paths import Locations

if TYPE_CHECKING:
    from briefing.userdata import UserData
    from briefing.userdata.listing import BookmarkRow, NoteRow, RowsLookup

__all__ = ["READ_AFTER_SECONDS", "UserStore"]


class UserStore:
    """The reader's handle on the user's data; until `open` has succeeded, reads answer
    "nothing marked" and changes raise UserDataError. Other attributes are UserData's."""

    def __init__(self, locations: Locations) -> None:
        self.locations = locations
        self._lock = threading.Lock()
        self._data: UserData | None = None

    @property
    def ready(self) -> bool:
        """Whether the user's data is open."""
        return self._data is not None

    def open(self) -> list[str]:
        """Open the user's data; return what the user must be told."""
        from briefing.userdata import UserData

        with self._lock:
            if self._data is None:
                self._data = UserData.open(self.locations)
            return self._data.take_warnings()

    def close(self) -> list[str]:
        """Make a rolling backup if one is due and let go; return any warnings."""
        with self._lock:
            data, self._data = self._data, None
        if data is None:
            return []
        data.close()
        return data.take_warnings()

    def take_warnings(self) -> list[str]:
        """Messages for the user that came up since the last look (repaired records)."""
        return self._data.take_warnings() if self._data is not None else []

    def __getattr__(self, name: str) -> Any:
        data = self.__dict__.get("_data")
        if data is None:
            from briefing.userdata import UserDataError

            raise UserDataError("your bookmarks and notes are not open yet")
        return getattr(data, name)

    # Reads that have an answer before the data is open ------------------------------
    def marks(self, article_ids: Iterable[str]) -> dict[str, Marks]:
        """Markers of the given ids (only those with any mark)."""
        return self._data.marks(article_ids) if self._data is not None else {}

    def tags(self, article_id: str) -> list[str]:
        """The tags on `article_id` (none while closed)."""
        return self._data.tags(article_id) if self._data is not None else []

    def bookmarked_ids(self) -> frozenset[str]:
        """Every bookmarked article id (none while closed)."""
        return frozenset(self._data.bookmarks()) if self._data is not None else frozenset()

    def read_ids(self) -> frozenset[str]:
        """Every article id that counts as read (none while closed)."""
        return frozenset(self._data.read_ids()) if self._data is not None else frozenset()

    def tagged_for(self, query: str, filters) -> dict[str, frozenset[str]] | None:
        """The articles carrying each tag a search names (`tag:` in `query`, the filters'
        tag), for the library's `tagged` (None when it names none; none carry a tag while
        the data is closed)."""
        from briefing.library.queries import query_tags

        tags = query_tags(query, filters)
        if not tags:
            return None
        if self._data is None:
            return {tag: frozenset() for tag in tags}
        return {tag: frozenset(self._data.tagged(tag)) for tag in tags}

    def tag_names(self) -> list[str]:
        """Every tag in use (none while closed), for the filter screen."""
        return list(self._data.all_tags()) if self._data is not None else []

    # Lists with their articles -------------------------------------------------------
    def bookmark_rows(self, rows: RowsLookup) -> list[BookmarkRow]:
        """Every bookmark with its article, newest first (see `briefing.userdata.listing`)."""
        from briefing.userdata.listing import bookmark_rows

        return bookmark_rows(self._require(), rows)

    def note_rows(self, rows: RowsLookup) -> list[NoteRow]:
        """Every note with its article, oldest first (see `briefing.userdata.listing`)."""
        from briefing.userdata.listing import note_rows

        return note_rows(self._require(), rows)

    def _require(self) -> UserData:
        if self._data is None:
            from briefing.userdata import UserDataError

            raise UserDataError("your bookmarks and notes are not open yet")
        return self._data

    def save_setting(self, name: str, value: Any) -> None:
        """Save a reader setting (through the open data, or briefly opening it)."""
        if self._data is not None:
            self._data.save_setting(name, value)
            return
        from briefing.userdata import open_briefly

        with open_briefly(self.locations, maintain=True) as data:
            data.save_setting(name, value)
