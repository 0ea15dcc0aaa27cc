"""The user's marks from the reader: bookmarks, notes, tags and what was read.

`UserMarks` opens the user's data off the UI thread, saves every change in a thread
worker of the screen (each is a durable write), and redraws the marks the panes show
(the result list's ★ ✎ ✓, the open article's line of marks).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.core.sanitize import terminal_safe
from briefing.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from briefing.core.model import Article
    from briefing.core.notes import Anchor, Marks
    from briefing.tui.screens.main import MainScreen

MAINTAIN_EVERY = 300.0  # seconds between looks at whether a backup of user data is due


class UserMarks:
    """The user's data as the reader's screen uses it."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen
        self.store = screen.store

    def _in_thread(self, work, group: str = "store") -> None:
        self.screen.run_worker(work, thread=True, group=group, exit_on_error=False)

    def open(self) -> None:
        """Open the bookmarks, notes, tags and read state (file I/O: off the UI thread)."""

        def work() -> None:
            from briefing.userdata import UserDataError

            try:
                warnings = self.store.open()
            except UserDataError as error:
                message = f"Bookmarks and notes are unavailable: {error}"
                self.screen.app.call_from_thread(
                    self.screen.notify, message, severity="warning", timeout=10
                )
                return
            self.screen.app.call_from_thread(self._opened, warnings)

        self._in_thread(work, "store-open")

    def _opened(self, warnings: list[str]) -> None:
        for warning in warnings:
            self.screen.notify(warning, severity="warning", timeout=10)
        self.screen.set_interval(MAINTAIN_EVERY, self.maintain)
        self.refresh()
        # Articles now count as read; the keys that save are offered.
        self.screen.query_one(ArticleView).count_as_read_after(self.screen.read_after)
        self.screen.refresh_bindings()

    def maintain(self) -> None:
        """Make a rolling backup of the user's data if one is due (saves never wait for it)."""
        if self.store.ready:
            self._in_thread(self.store.maintain, "store-maintain")

    def of(self, article_id: str) -> tuple[Marks | None, list[str]]:
        """The marks and tags of one article (none before the user's data is open)."""
        if not self.store.ready:
            return None, []
        return self.store.marks([article_id]).get(article_id), self.store.tags(article_id)

    def refresh(self) -> None:
        """Redraw the bookmarked / noted / read markers of the listed and open articles."""
        results = self.screen.results_list()
        results.set_marks(self.store.marks(hit.id for hit in results.hits))
        article = self.screen.article
        if article is not None:
            self.screen.query_one(ArticleView).set_marks(*self.of(article.id))

    def save_read(self, article_id: str) -> None:
        """Record that `article_id` was read."""
        if not self.store.ready:
            return

        def work() -> None:
            if self.store.mark_read(article_id):
                self.screen.app.call_from_thread(self.refresh)

        self._in_thread(work)

    def toggle_bookmark(self, article: Article) -> None:
        """Bookmark `article`, or remove its bookmark."""

        def work() -> None:
            on = self.store.toggle_bookmark(article.id)
            self.screen.app.call_from_thread(
                self._told,
                "Bookmarked" if on else "Bookmark removed",
                article.title or "(untitled)",
            )

        self._in_thread(work)

    def save_note(self, article: Article, text: str, anchor: Anchor | None = None) -> None:
        """Save a note, with what it is about."""

        def work() -> None:
            from briefing.userdata.listing import reference

            self.store.add_note(article.id, text, anchor, about=reference(article))
            self.screen.app.call_from_thread(self._told, "", "Note saved.")

        self._in_thread(work)

    def save_tags(self, article_id: str, tags: list[str]) -> None:
        """Save an article's tags (none clears them)."""

        def work() -> None:
            saved = self.store.set_tags(article_id, tags)
            shown = ", ".join(saved) or "No tags."
            self.screen.app.call_from_thread(self._told, "Tags saved", shown)

        self._in_thread(work)

    def _told(self, title: str, message: str) -> None:
        self.refresh()
        self.screen.notify(terminal_safe(message), title=title, markup=False, timeout=3)
