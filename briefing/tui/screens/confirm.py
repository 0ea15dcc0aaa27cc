"""Show an article's web address and open it only if the user agrees."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.sanitize import terminal_safe


class ConfirmUrlScreen(ModalScreen[bool]):
    """ "Open this address in your browser?" — enter or y opens, escape or n does not."""

    BINDINGS = [
        Binding("y", "answer(True)", "Open", show=True),
        Binding("escape,n", "answer(False)", "Cancel", show=True),
    ]
    DEFAULT_CSS = """
    ConfirmUrlScreen { align: center middle; }
    ConfirmUrlScreen > Vertical {
        width: 80;
        max-width: 100%;
        height: auto;
        background: $surface;
        border: round $border;
        padding: 1 2;
    }
    ConfirmUrlScreen #url { color: $accent; margin: 1 0; }
    ConfirmUrlScreen Horizontal { height: auto; align-horizontal: right; }
    ConfirmUrlScreen Button { margin-left: 2; }
    """

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def compose(self) -> ComposeResult:
        """The question, the address and two buttons."""
        with Vertical():
            yield Static("Open this address in your web browser?")
            yield Static(terminal_safe(self.url), id="url", markup=False)
            with Horizontal():
                yield Button("Cancel (n)", id="cancel")
                yield Button("Open (y)", id="open", variant="primary")

    def on_mount(self) -> None:
        """Cancel is the safe default."""
        self.query_one("#cancel", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "open")

    def action_answer(self, answer: bool) -> None:
        """A key answers."""
        self.dismiss(answer)
