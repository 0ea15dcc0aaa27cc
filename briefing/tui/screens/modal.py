"""The one modal every dialog and editor of the reader is built on, and its yes/no question.

A `Dialog` is a box in the middle of the screen (`.dialog`, themed here once), closed by
escape; `ConfirmScreen` is the dialog that asks a question (see `confirm.py` for the
questions the reader asks). An editor says whether it holds unsaved changes (`has_unsaved_changes`); escape
then asks before discarding them, and so does quitting the app (ctrl+q, the palette's
Quit): see `BriefingApp.action_quit`.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from briefing.core.sanitize import terminal_safe
from briefing.tui.worker_errors import ReportsWorkerErrors

ResultT = TypeVar("ResultT")


class Dialog(ReportsWorkerErrors, ModalScreen[ResultT], Generic[ResultT]):
    """A centred box; escape cancels (asking first when there are unsaved changes)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=True)]
    DEFAULT_CSS = """
    Dialog { align: center middle; }
    Dialog > .dialog {
        width: 80;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        background: $surface;
        border: round $border;
        padding: 1 2;
    }
    """

    def has_unsaved_changes(self) -> bool:
        """Whether leaving now would lose something the user typed (editors override)."""
        return False

    def action_cancel(self) -> None:
        """Leave without a result; ask first if that would discard changes."""
        if not self.has_unsaved_changes():
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(self.discard_question(), answered)

    def discard_question(self) -> ModalScreen[bool]:
        """The question asked before unsaved changes are dropped."""
        return DiscardScreen("Discard your changes?")


class ConfirmScreen(Dialog[bool]):
    """A question, an optional detail line (untrusted text is fine), y and n."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", show=True),
        Binding("escape,n", "answer(False)", "No", show=True),
    ]
    DEFAULT_CSS = """
    ConfirmScreen.-warning > .dialog { border: round $warning; }
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
        with Vertical(classes="dialog"):
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

    def action_cancel(self) -> None:
        """No."""
        self.dismiss(False)


class DiscardScreen(ConfirmScreen):
    """ "Discard the changes…?" — y discards, escape or n keeps editing."""

    def __init__(self, question: str, yes: str = "Discard") -> None:
        super().__init__(question, yes=yes, no="Keep editing", warning=True)
