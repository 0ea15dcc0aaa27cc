"""Edit the open article's tags: one Input, tags separated by spaces or commas (a phrase
in double quotes is one tag)."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing.core.sanitize import terminal_safe
from briefing.tui.screens.modal import Dialog

# A tag: a phrase in double quotes (closed or not), or a run of anything but separators.
_TAG = re.compile(r'"([^"]*)"?|([^,\s"]+)')


def split_tags(text: str) -> list[str]:
    """Tags typed as "a, b c" → ["a", "b", "c"]; a quoted phrase is one tag, its words
    joined as stored ('"port strike"' → "port-strike"); empty parts dropped."""
    tags = ("-".join(phrase.split()) if phrase else word for phrase, word in _TAG.findall(text))
    return [tag for tag in tags if tag]


class TagsScreen(Dialog[list[str] | None]):
    """Enter saves the tags in the box (none clears them); escape leaves them as they were
    (asking first when they were edited)."""

    DEFAULT_CSS = """
    TagsScreen > .dialog { width: 70; }
    TagsScreen #tags-title { color: $text-muted; }
    TagsScreen #tags-hint { color: $text-muted; }
    """

    def __init__(self, title: str, tags: list[str]) -> None:
        super().__init__()
        self.article_title = title
        self.tags = tags

    def compose(self) -> ComposeResult:
        """The article's title, the tags and a hint."""
        with Vertical(classes="dialog") as box:
            box.border_title = "Tags"
            yield Static(
                terminal_safe(self.article_title) or "(untitled)", id="tags-title", markup=False
            )
            yield Input(
                # a space after the last tag: a word typed straight away is a tag of its own
                # (it was joined to the last one: "tidal-barrierflooding")
                "".join(tag + " " for tag in self.tags),
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

    def has_unsaved_changes(self) -> bool:
        """Whether the tags typed differ from the article's tags."""
        return self.is_mounted and split_tags(self.query_one(Input).value) != self.tags

    def discard_question(self) -> ModalScreen[bool]:
        """ "Discard the changes to these tags?" """
        from briefing.tui.screens.modal import DiscardScreen

        return DiscardScreen("Discard the changes to these tags?")
