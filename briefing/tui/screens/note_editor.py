"""Write a note on the open article: a TextArea in a modal; ctrl+s saves, escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

from briefing.sanitize import terminal_safe


class DiscardNoteScreen(ModalScreen[bool]):
    """ "Discard the changes to this note?" — y discards, escape or n keeps editing."""

    BINDINGS = [
        Binding("y", "answer(True)", "Discard", show=True),
        Binding("escape,n", "answer(False)", "Keep editing", show=True),
    ]
    DEFAULT_CSS = """
    DiscardNoteScreen { align: center middle; }
    DiscardNoteScreen > Vertical {
        width: 60;
        max-width: 100%;
        height: auto;
        background: $surface;
        border: round $warning;
        padding: 1 2;
    }
    DiscardNoteScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    DiscardNoteScreen Button { margin-left: 2; }
    """

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical():
            yield Static("Discard the changes to this note?")
            with Horizontal():
                yield Button("Keep editing (n)", id="keep")
                yield Button("Discard (y)", id="discard", variant="warning")

    def on_mount(self) -> None:
        """Keeping the text is the safe default."""
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "discard")

    def action_answer(self, answer: bool) -> None:
        """A key answers."""
        self.dismiss(answer)


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
