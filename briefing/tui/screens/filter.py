"""The filter screen: source, date range, one of the user's tags, bookmarked and unread."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Select, Static

from briefing.core.results import Filters
from briefing.tui.screens.modal import Dialog
from briefing.tui.widgets.toggles import MarkedCheckbox

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_day(text: str) -> str | None:
    """An ISO day (YYYY-MM-DD) or None for an empty field; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if not _ISO_DAY.match(text):
        raise ValueError(f"{text!r} is not a date like 2025-03-07")
    return text


class FilterScreen(Dialog[Filters | None]):
    """Choose filters; enter applies, escape cancels, the clear button removes them all."""

    DEFAULT_CSS = """
    FilterScreen > .dialog { width: 72; padding: 0 2; }
    FilterScreen Label { margin-top: 1; color: $text-muted; }
    FilterScreen Horizontal { height: auto; }
    FilterScreen Horizontal > Input { width: 1fr; }
    FilterScreen #filter-pickers > Vertical { width: 1fr; height: auto; }
    FilterScreen #filter-error { color: $error; height: auto; }
    FilterScreen #filter-buttons { align-horizontal: right; margin-top: 1; }
    FilterScreen Button { margin-left: 1; }
    """

    def __init__(
        self,
        current: Filters,
        sources: list[str],
        store_ready: bool,
        tags: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.current = current
        self.sources = sources
        self.store_ready = store_ready
        self.tags = list(tags or [])
        if current.tag and current.tag not in self.tags:
            self.tags.append(current.tag)

    def compose(self) -> ComposeResult:
        """Source and tag, dates, bookmarked/unread and the buttons."""
        with Vertical(classes="dialog") as box:
            box.border_title = "Filter the results"
            # Source and tag side by side: the screen still fits 80x24.
            with Horizontal(id="filter-pickers"):
                with Vertical():
                    yield Label("Source")
                    yield Select(
                        [(source, source) for source in self.sources],
                        prompt="any source",
                        value=self.current.source
                        if self.current.source in self.sources
                        else Select.NULL,
                        id="filter-source",
                    )
                with Vertical():
                    yield Label("Tagged (your tags)")
                    tag = Select(
                        [(tag, tag) for tag in self.tags],
                        prompt="any tag" if self.tags else "no tags yet",
                        value=self.current.tag if self.current.tag in self.tags else Select.NULL,
                        id="filter-tag",
                    )
                    tag.disabled = not self.tags
                    tag.tooltip = None if self.tags else "t on an article gives it tags"
                    yield tag
            yield Label("Published between (YYYY-MM-DD, either may be empty)")
            with Horizontal():
                yield Input(self.current.date_from or "", placeholder="from", id="filter-from")
                yield Input(self.current.date_to or "", placeholder="to", id="filter-to")
            bookmarked = MarkedCheckbox(
                "Bookmarked only", self.current.bookmarked, id="filter-bookmarked"
            )
            unread = MarkedCheckbox("Unread only", self.current.unread, id="filter-unread")
            if not self.store_ready:
                bookmarked.disabled = unread.disabled = True
                bookmarked.tooltip = unread.tooltip = (
                    "Available once notes and bookmarks are installed"
                )
            yield bookmarked
            yield unread
            yield Static("", id="filter-error")
            with Horizontal(id="filter-buttons"):
                yield Button("Clear all", id="filter-clear")
                yield Button("Cancel", id="filter-cancel")
                yield Button("Apply", id="filter-apply", variant="primary")

    def _chosen(self) -> Filters:
        source = self.query_one("#filter-source", Select).value
        tag = self.query_one("#filter-tag", Select).value
        return Filters(
            source=source if isinstance(source, str) else None,
            date_from=parse_day(self.query_one("#filter-from", Input).value),
            date_to=parse_day(self.query_one("#filter-to", Input).value),
            bookmarked=self.query_one("#filter-bookmarked", MarkedCheckbox).value,
            unread=self.query_one("#filter-unread", MarkedCheckbox).value,
            tag=tag if isinstance(tag, str) else None,
        )

    def _apply(self) -> None:
        try:
            self.dismiss(self._chosen())
        except ValueError as error:
            self.query_one("#filter-error", Static).update(str(error))

    def on_input_submitted(self) -> None:
        """Enter in a date field applies."""
        self._apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Apply, clear or cancel."""
        if event.button.id == "filter-apply":
            self._apply()
        elif event.button.id == "filter-clear":
            self.dismiss(Filters())
        else:
            self.dismiss(None)
