"""A progress bar shown while the library is being indexed."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar


class IndexProgress(Horizontal):
    """ "Indexing… [=====    ] 40%" docked at the bottom while indexing runs."""

    DEFAULT_CSS = """
    IndexProgress {
        height: 1;
        display: none;
        background: $panel;
        padding: 0 1;
    }
    IndexProgress.-running { display: block; }
    IndexProgress > Label { width: auto; padding-right: 1; color: $text; }
    """

    def compose(self) -> ComposeResult:
        """The label and the bar."""
        yield Label("Indexing the library", id="index-label")
        yield ProgressBar(total=None, show_eta=False, id="index-bar")

    def start(self, label: str) -> None:
        """Show the bar with `label`."""
        self.query_one("#index-label", Label).update(label)
        self.query_one("#index-bar", ProgressBar).update(total=None, progress=0)
        self.add_class("-running")

    def advance(self, done: int, total: int) -> None:
        """Move the bar to done/total."""
        if total > 0:
            self.query_one("#index-bar", ProgressBar).update(total=total, progress=done)

    def finish(self) -> None:
        """Hide the bar."""
        self.remove_class("-running")
