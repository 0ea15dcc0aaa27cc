"""The search box, with the query's syntax error shown in place under it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

DEBOUNCE = 0.04  # seconds of quiet in the box before a search

# The examples are searches of the bundled samples: offered only while they are a source.
SAMPLE_PLACEHOLDER = (
    'Search the library  (/ to focus · e.g. strike antwerp · "jan peeters" · source:harbour)'
)
PLACEHOLDER = (
    'Search the library  (/ to focus · words · "a phrase" · source:name · published:>2024)'
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

    class Typed(Message):
        """The query was edited, and typing paused: search for it."""

    _debounce: Timer | None = None

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, lambda: self.post_message(self.Typed()))

    def compose(self) -> ComposeResult:
        """The input and the (hidden) error line."""
        yield Input(placeholder=PLACEHOLDER, id="query")
        yield Static("", id="query-error", markup=False)

    def suggest_samples(self, samples: bool) -> None:
        """Offer searches of the bundled samples as examples (only while they are a source)."""
        self.input.placeholder = SAMPLE_PLACEHOLDER if samples else PLACEHOLDER

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
