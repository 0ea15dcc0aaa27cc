"""The find bar under the article: ctrl+f opens it, enter jumps, n/N step, escape closes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label

from briefing.tui.widgets.article_view import ArticleView


class FindBar(Horizontal):
    """A find-in-article input with a match counter; it marks the matches in the article
    pane above it as the user types."""

    DEFAULT_CSS = """
    FindBar {
        height: auto;
        display: none;
        background: $panel;
        padding: 0 1;
    }
    FindBar.-open { display: block; }
    FindBar > Input { width: 1fr; border: tall $border-blurred; }
    FindBar > Input:focus { border: tall $border; }
    FindBar > Label { width: auto; min-width: 14; padding: 1 1 0 1; color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        """Nothing until the bar first opens (`open` adds the input and the counter): the
        reader's first frame need not style and lay out a hidden bar."""
        return iter(())

    @property
    def is_open(self) -> bool:
        """Whether the bar is showing."""
        return self.has_class("-open")

    @property
    def input(self) -> Input:
        """The find input."""
        return self.query_one("#find", Input)

    async def open(self) -> None:
        """Show the bar and focus its input."""
        if not self.children:
            placeholder = "Find in article (enter: next · n/N after · esc: close)"
            await self.mount(Input(placeholder=placeholder, id="find"), Label(id="find-count"))
        self.add_class("-open")
        self.input.focus()

    def close(self) -> None:
        """Hide the bar."""
        self.remove_class("-open")

    @property
    def article_view(self) -> ArticleView:
        """The article pane the bar finds in (its sibling)."""
        return self.parent.query_one(ArticleView)  # type: ignore[union-attr]

    @on(Input.Changed, "#find")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        count = self.article_view.find(event.value)
        self.show_count(1 if count else 0, count, event.value)

    @on(Input.Submitted, "#find")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter: read on, with n/N to step through the matches."""
        event.stop()
        self.article_view.focus()

    def show_count(self, position: int, count: int, needle: str) -> None:
        """Show "3 of 7", or that nothing matched."""
        label = self.query_one("#find-count", Label)
        if not needle:
            label.update("")
        elif count:
            label.update(f"{position} of {count}")
        else:
            label.update("no matches")
