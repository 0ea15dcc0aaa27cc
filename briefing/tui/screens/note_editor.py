"""Write a note on the open article: a TextArea in a modal; ctrl+s saves, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from briefing.core.sanitize import terminal_safe
from briefing.tui.screens.confirm import DiscardNoteScreen


class NoteEditorScreen(ModalScreen[str | None]):
    """A Markdown note on one article; dismisses with the text to save, or None."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", show=True, priority=True),
        Binding("escape", "cancel", "Cancel", show=True, priority=True),
    ]
    DEFAULT_CSS = """
    NoteEditorScreen { align: center middle; }
    NoteEditorScreen > Vertical {
        width: 90;
        max-width: 100%;
        height: 80%;
        background: $surface;
        border: round $border;
        padding: 0 1;
    }
    NoteEditorScreen #note-title { color: $text-muted; margin-bottom: 1; }
    NoteEditorScreen TextArea { height: 1fr; }
    NoteEditorScreen #note-hint { color: $text-muted; }
    """

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.article_title = title
        self.initial = text

    def compose(self) -> ComposeResult:
        """The article's title, the text and a hint line."""
        with Vertical() as box:
            box.border_title = "Note"
            yield Static(
                terminal_safe(self.article_title) or "(untitled)", id="note-title", markup=False
            )
            yield TextArea(self.initial, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static("Markdown · ctrl+s save · escape cancel", id="note-hint")

    def on_mount(self) -> None:
        """Start typing at the end of the text."""
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """What is in the editor now."""
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        """Save the note (an empty note is not saved)."""
        self.dismiss(self.text if self.text.strip() else None)

    def action_cancel(self) -> None:
        """Leave without saving; ask first if the text was changed."""
        if self.text == self.initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(DiscardNoteScreen(), answered)
