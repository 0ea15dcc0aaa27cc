"""Edit the open article's tags: one Input, tags separated by spaces or commas."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing.core.sanitize import terminal_safe

_SEPARATORS = re.compile(r"[,\s]+")


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b c" → ["a", "b", "c"] (empty parts dropped)."""
    return [part for part in _SEPARATORS.split(text) if part]


class TagsScreen(ModalScreen[list[str] | None]):
    """Enter saves the tags in the box (none clears them); escape leaves them as they were."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", show=True)]
    DEFAULT_CSS = """
    TagsScreen { align: center middle; }
    TagsScreen > Vertical {
        width: 70;
        max-width: 100%;
        height: auto;
        background: $surface;
        border: round $border;
        padding: 1 2;
    }
    TagsScreen #tags-title { color: $text-muted; }
    TagsScreen #tags-hint { color: $text-muted; }
    """

    def __init__(self, title: str, tags: list[str]) -> None:
        super().__init__()
        self.article_title = title
        self.tags = tags

    def compose(self) -> ComposeResult:
        """The article's title, the tags and a hint."""
        with Vertical() as box:
            box.border_title = "Tags"
            yield Static(
                terminal_safe(self.article_title) or "(untitled)", id="tags-title", markup=False
            )
            yield Input(
                " ".join(self.tags),
                placeholder="e.g. ports strike",
                id="tags-input",
                select_on_focus=False,
            )
            yield Static(
                "Separate tags with spaces or commas · enter save · escape cancel", id="tags-hint"
            )

    def on_mount(self) -> None:
        """Type straight away."""
        field = self.query_one(Input)
        field.focus()
        field.cursor_position = len(field.value)  # add to the tags; ctrl+u clears them

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter saves."""
        event.stop()
        self.dismiss(split_tags(event.value))

    def action_cancel(self) -> None:
        """Leave the tags as they were."""
        self.dismiss(None)
