"""Yes/no questions: open a web address, discard an edited note, delete a note.

One modal answers them all; the safe answer has the focus, so enter never does harm.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.core.sanitize import terminal_safe


class ConfirmScreen(ModalScreen[bool]):
    """A question, an optional detail line (untrusted text is fine), y and n."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", show=True),
        Binding("escape,n", "answer(False)", "No", show=True),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 80;
        max-width: 100%;
        height: auto;
        background: $surface;
        border: round $border;
        padding: 1 2;
    }
    ConfirmScreen.-warning > Vertical { border: round $warning; }
    ConfirmScreen #confirm-detail { color: $accent; margin-top: 1; }
    ConfirmScreen Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmScreen Button { margin-left: 2; }
    """

    def __init__(
        self,
        question: str,
        detail: str = "",
        yes: str = "Yes",
        no: str = "Cancel",
        warning: bool = False,
    ) -> None:
        super().__init__(classes="-warning" if warning else "")
        self.question, self.detail = question, detail
        self.yes, self.no, self.warning = yes, no, warning

    def compose(self) -> ComposeResult:
        """The question, the detail and two buttons."""
        with Vertical():
            yield Static(self.question, markup=False)
            if self.detail:
                yield Static(terminal_safe(self.detail), id="confirm-detail", markup=False)
            with Horizontal():
                yield Button(f"{self.no} (n)", id="no")
                yield Button(
                    f"{self.yes} (y)",
                    id="yes",
                    variant="warning" if self.warning else "primary",
                )

    def on_mount(self) -> None:
        """The safe answer is the default."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        """A key answers."""
        self.dismiss(answer)


class ConfirmUrlScreen(ConfirmScreen):
    """ "Open this address in your web browser?" — y opens, escape or n does not."""

    def __init__(self, url: str) -> None:
        super().__init__("Open this address in your web browser?", url, yes="Open")
        self.url = url


class DiscardNoteScreen(ConfirmScreen):
    """ "Discard the changes to this note?" — y discards, escape or n keeps editing."""

    def __init__(self) -> None:
        super().__init__(
            "Discard the changes to this note?", yes="Discard", no="Keep editing", warning=True
        )


class DeleteNoteScreen(ConfirmScreen):
    """ "Delete this note?" with the start of its text — y deletes, escape or n keeps it."""

    def __init__(self, text: str) -> None:
        first = " ".join(text.split())
        super().__init__(
            "Delete this note? This cannot be undone.",
            first[:200] + ("…" if len(first) > 200 else ""),
            yes="Delete",
            no="Keep it",
            warning=True,
        )
