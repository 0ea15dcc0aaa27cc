"""The Bookmarks (B) and Notes (N) views: filter as you type, enter opens the article.

In the Notes view `e` edits the highlighted note and `d` deletes it (after asking); in the
Bookmarks view `d` removes the bookmark. The rows load in a worker (one query for every
title, however many there are) into a virtualised OptionList.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, OptionList, Static

from briefing.tui.render.annotation_rows import bookmark_row, note_row
from briefing.tui.screens.confirm import DeleteNoteScreen
from briefing.tui.screens.list_view import ListModal
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.widgets.row_list import RowList

if TYPE_CHECKING:
    from briefing.tui.gateway import LibraryGateway
    from briefing.tui.user_store import UserStore
    from briefing.userdata.listing import BookmarkRow, NoteRow

FILTER_DEBOUNCE = 0.12
KINDS = {"bookmarks": "Bookmarks", "notes": "Notes"}
EMPTY = {
    "bookmarks": "No bookmarks yet. Press b on an article to bookmark it.",
    "notes": "No notes yet. Press n on an article to write one, or y on a key fact.",
}


class AnnotationsScreen(ListModal):
    """Every bookmark or note; dismisses with the article id to open, or None."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("e", "edit", "Edit note"),
        Binding("d", "delete", "Delete"),
        Binding("q", "back", "Close", show=False),
    ]
    DEFAULT_CSS = """
    AnnotationsScreen #annotations-empty { color: $text-muted; padding: 1 1; }
    AnnotationsScreen #annotations-filter { margin-bottom: 1; }
    """

    def __init__(self, kind: str, store: UserStore, gateway: LibraryGateway) -> None:
        super().__init__()
        if kind not in KINDS:
            raise ValueError(f"unknown view {kind!r}")
        self.kind = kind
        self.store = store
        self.gateway = gateway
        self.rows: list[BookmarkRow | NoteRow] = []
        self.shown: list[BookmarkRow | NoteRow] = []
        self._by_key: dict[str, BookmarkRow | NoteRow] = {}
        self._filter_timer = None

    def compose(self) -> ComposeResult:
        """Filter box, the list and an explanation when it is empty."""
        with Vertical(classes="dialog") as box:
            box.border_title = KINDS[self.kind]
            yield Input(
                placeholder="filter: type words, enter to go to the list", id="annotations-filter"
            )
            yield Static("Loading…", id="annotations-empty", markup=False)
            yield RowList(id="annotations")
        yield Footer()

    def on_mount(self) -> None:
        """Load the rows off the UI thread."""
        self.query_one(RowList).focus()
        self.load()

    @work(thread=True, exclusive=True, group="annotations", exit_on_error=False)
    def load(self) -> None:
        """Every bookmark or note with its article's title, source and date."""
        lookup = self.gateway.rows if self.gateway.is_open else (lambda ids: {})
        if self.kind == "bookmarks":
            rows = self.store.bookmark_rows(lookup)
        else:
            rows = self.store.note_rows(lookup)
        self.app.call_from_thread(self._loaded, rows)
        for warning in self.store.take_warnings():  # records repaired as they were read
            self.app.call_from_thread(self.notify, warning, severity="warning", timeout=10)

    def _loaded(self, rows: list) -> None:
        self.rows = rows
        self._show()

    def _show(self) -> None:
        from functools import partial

        from briefing.userdata.listing import matching

        listing = self.query_one(RowList)
        current = self.current
        wanted = self.query_one("#annotations-filter", Input).value
        self.shown = matching(self.rows, wanted)
        self._by_key = {self._key(row): row for row in self.shown}
        make = bookmark_row if self.kind == "bookmarks" else note_row
        listing.set_rows(
            [(self._key(row), partial(make, row)) for row in self.shown],
            keep=self._key(current) if current is not None else None,
        )
        box = self.query_one(Vertical)
        count = len(self.rows)
        box.border_title = (
            f"{KINDS[self.kind]} ({len(self.shown)} of {count})"
            if wanted.strip()
            else f"{KINDS[self.kind]} ({count})"
        )
        empty = self.query_one("#annotations-empty", Static)
        empty.display = not self.shown
        empty.update(EMPTY[self.kind] if not self.rows else "Nothing matches the filter.")
        self.refresh_bindings()

    def _key(self, row) -> str:
        return row.article_id if self.kind == "bookmarks" else row.note.id

    @property
    def current(self) -> BookmarkRow | NoteRow | None:
        """The highlighted row."""
        listing = self.query_one(RowList)
        option = listing.highlighted_option
        if option is None:
            return None
        return self._by_key.get(option.id or "")

    # Keys -----------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Edit only notes; edit and delete only with a row highlighted."""
        if action == "edit":
            return self.kind == "notes" and self.current is not None
        if action == "delete":
            return self.current is not None
        return True

    @on(Input.Changed, "#annotations-filter")
    def _filter_changed(self) -> None:
        """Filter as the user types (after a short pause, so a fast typist waits once)."""
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_DEBOUNCE, self._show)

    @on(Input.Submitted, "#annotations-filter")
    def _filter_submitted(self) -> None:
        self.query_one(RowList).focus()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self.refresh_bindings()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        row = self.current
        if row is None:
            return
        if row.orphaned:
            self.notify(
                "This article is no longer in the library; what you kept on it is safe.",
                timeout=5,
            )
            return
        self.dismiss(row.article_id if self.kind == "bookmarks" else row.note.article_id)

    def action_back(self) -> None:
        """Leave the filter box for the list, or close the view."""
        if isinstance(self.focused, Input):
            self.query_one(RowList).focus()
        else:
            self.dismiss(None)

    def action_focus_filter(self) -> None:
        """Type to narrow the list."""
        self.query_one("#annotations-filter", Input).focus()

    def action_edit(self) -> None:
        """Edit the highlighted note (ctrl+s saves, escape cancels)."""
        row = self.current
        if self.kind != "notes" or row is None:
            return
        note = row.note
        shown = row.shown
        title = shown.title if shown is not None else "(article no longer in the library)"

        def edited(text: str | None) -> None:
            if text is not None and text != note.text:
                self.change(lambda: self.store.update_note(note.id, text), "Note saved.")

        self.app.push_screen(NoteEditorScreen(title, note.text), edited)

    def action_delete(self) -> None:
        """Delete the highlighted note (after asking), or remove the bookmark."""
        row = self.current
        if row is None:
            return
        if self.kind == "bookmarks":
            article_id = row.article_id
            self.change(
                lambda: self.store.set_bookmark(article_id, False),
                "Bookmark removed (b on the article bookmarks it again).",
            )
            return
        note = row.note

        def answered(delete: bool | None) -> None:
            if delete:
                self.change(lambda: self.store.delete_note(note.id), "Note deleted.")

        self.app.push_screen(DeleteNoteScreen(note.text), answered)

    @work(thread=True, group="store", exit_on_error=False)
    def change(self, operation, message: str) -> None:
        """Save a change (an fsynced append: off the UI thread), then reload the rows."""
        operation()
        self.app.call_from_thread(self.notify, message, timeout=3)
        self.app.call_from_thread(self.load)
