"""The search box, with the query's syntax error shown in place under it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

PLACEHOLDER = (
    'Search the library  (/ to focus · e.g. strike antwerp · "jan peeters" · source:harbour)'
)


class SearchBar(Vertical):
    """A query input and a line for what is wrong with the query."""

    DEFAULT_CSS = """
    SearchBar {
        height: auto;
        dock: top;
        padding: 0 1;
        background: $panel;
    }
    SearchBar > Input {
        border: tall $border-blurred;
        background: $surface;
    }
    SearchBar > Input:focus {
        border: tall $border;
    }
    SearchBar > #query-error {
        color: $error;
        height: auto;
        display: none;
        padding: 0 1;
    }
    SearchBar.-error > #query-error {
        display: block;
    }
    """

    def compose(self) -> ComposeResult:
        """The input and the (hidden) error line."""
        yield Input(placeholder=PLACEHOLDER, id="query")
        yield Static("", id="query-error", markup=False)

    @property
    def input(self) -> Input:
        """The query input."""
        return self.query_one("#query", Input)

    @property
    def error(self) -> str:
        """The error shown, or ''."""
        return (
            str(self.query_one("#query-error", Static).content) if self.has_class("-error") else ""
        )

    def show_error(self, message: str | None) -> None:
        """Show `message` under the box (None clears it)."""
        self.query_one("#query-error", Static).update(message or "")
        self.set_class(bool(message), "-error")
