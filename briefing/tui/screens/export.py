"""Export from the reader (`e`): where to, what, and whether to replace an existing file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, RadioSet, Static

from briefing.core.sanitize import terminal_safe
from briefing.tui.screens.modal import Dialog
from briefing.tui.widgets.toggles import MarkedCheckbox, MarkedRadioButton

SCOPES = {
    "annotated": "Every article you bookmarked, tagged or wrote a note on",
    "bookmarked": "Bookmarked articles only",
    "search": "Every article matching the current search",
}


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked for."""

    path: Path
    scope: str  # a key of SCOPES
    query: str = ""
    force: bool = False


class ExportScreen(Dialog[ExportRequest | None]):
    """Asks for a path (proposing one in the documents folder) and what to export."""

    DEFAULT_CSS = """
    ExportScreen > .dialog { width: 84; padding: 0 2; }
    ExportScreen Label { margin-top: 1; color: $text-muted; }
    ExportScreen RadioSet { width: 100%; }
    ExportScreen #export-error { color: $error; height: auto; }
    ExportScreen #export-buttons { height: auto; align-horizontal: right; margin-top: 1; }
    ExportScreen Button { margin-left: 1; }
    """

    def __init__(self, proposed: Path, query: str = "") -> None:
        super().__init__()
        self.proposed = proposed
        self.query_text = query.strip()

    def compose(self) -> ComposeResult:
        """Path, scope, overwrite, and the buttons."""
        with Vertical(classes="dialog") as box:
            box.border_title = "Export notes as Markdown"
            yield Label("Save to (enter exports)")
            yield Input(str(self.proposed), id="export-path")
            yield Label("What to export")
            with RadioSet(id="export-scope"):
                yield MarkedRadioButton(SCOPES["annotated"], value=True, id="scope-annotated")
                yield MarkedRadioButton(SCOPES["bookmarked"], id="scope-bookmarked")
                search = MarkedRadioButton(
                    f"{SCOPES['search']}: {terminal_safe(self.query_text)}"
                    if self.query_text
                    else SCOPES["search"] + " (there is none)",
                    id="scope-search",
                )
                search.disabled = not self.query_text
                yield search
            yield MarkedCheckbox("Replace the file if it exists", id="export-force")
            yield Static("", id="export-error", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Cancel", id="export-cancel")
                yield Button("Export", id="export-go", variant="primary")

    def on_mount(self) -> None:
        """Start in the path, cursor at its end."""
        self.query_one("#export-path", Input).focus()

    def _request(self) -> ExportRequest:
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            raise ValueError("Give a file to save to.")
        path = Path(text).expanduser()
        if path.is_dir():
            raise ValueError(f"{path} is a folder; give a file name.")
        pressed = self.query_one("#export-scope", RadioSet).pressed_button
        scope = (pressed.id or "scope-annotated").removeprefix("scope-") if pressed else "annotated"
        force = self.query_one("#export-force", MarkedCheckbox).value
        if path.exists() and not force:
            raise ValueError(f"{path} already exists: tick “Replace the file” or change the name.")
        return ExportRequest(path, scope, self.query_text if scope == "search" else "", force)

    def _go(self) -> None:
        try:
            self.dismiss(self._request())
        except ValueError as error:
            self.query_one("#export-error", Static).update(terminal_safe(str(error)))

    def on_input_submitted(self) -> None:
        """Enter in the path exports."""
        self._go()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Export or cancel."""
        if event.button.id == "export-go":
            self._go()
        else:
            self.dismiss(None)
