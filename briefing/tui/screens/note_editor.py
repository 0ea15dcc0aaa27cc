"""Write a note on the open article: a TextArea in a dialog; ctrl+s saves, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from briefing.core.sanitize import terminal_safe
from briefing.tui.screens.modal import Dialog


class NoteEditorScreen(Dialog[str | None]):
    """A Markdown note on one article; dismisses with the text to save, or None."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", show=True, priority=True),
        Binding("escape", "cancel", "Cancel", show=True, priority=True),
    ]
    # The box has rules above and below only: an emoji a terminal draws wider than
    # Unicode says would push a side border out of line.
    DEFAULT_CSS = """
    NoteEditorScreen > .dialog {
        width: 90;
        height: 80%;
        padding: 0 1;
        border: none;
        border-top: round $border;
        border-bottom: round $border;
    }
    NoteEditorScreen #note-title { color: $text-muted; margin-bottom: 1; }
    NoteEditorScreen TextArea, NoteEditorScreen TextArea:focus {
        height: 1fr;
        border: none;
        padding: 0;
    }
    NoteEditorScreen #note-hint { color: $text-muted; }
    NoteEditorScreen #note-quoted { color: $text-muted; text-style: italic; margin-bottom: 1; }
    """

    def __init__(self, title: str, text: str = "", quoted: str = "") -> None:
        super().__init__()
        self.article_title = title
        self.initial = text
        self.quoted = quoted  # the passage or quote the note hangs on, as a block quote

    def compose(self) -> ComposeResult:
        """The article's title, the text and a hint line."""
        with Vertical(classes="dialog") as box:
            box.border_title = "Note"
            yield Static(
                terminal_safe(self.article_title) or "(untitled)", id="note-title", markup=False
            )
            if self.quoted:
                yield Static(self.quoted, id="note-quoted", markup=False)
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

    def has_unsaved_changes(self) -> bool:
        """Whether the text differs from what the editor opened with."""
        return self.is_mounted and self.text != self.initial

    def discard_question(self) -> ModalScreen[bool]:
        """ "Discard the changes to this note?" """
        from briefing.tui.screens.confirm import DiscardNoteScreen

        return DiscardNoteScreen()

    def action_save(self) -> None:
        """Save the note (an empty note is not saved)."""
        self.dismiss(self.text if self.text.strip() else None)
