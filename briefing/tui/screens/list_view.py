"""A modal list of articles (an entity's page, a timeline): enter opens, escape closes.

Subclasses fetch their rows in a thread worker (`fetch`) and say what each row opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.console import Group
from rich.style import Style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, Static

from briefing.tui.screens.modal import Dialog
from briefing.tui.widgets.row_list import RowList


@dataclass
class Listing:
    """What a list view shows: a header, rows with the article each opens, or a sentence."""

    title: str
    header: str
    rows: list[tuple[Callable[[dict[str, Style]], Group], str | None]]
    empty: str = ""


class ListModal(Dialog[str | None]):
    """The box every list view sits in (these, Bookmarks and Notes); dismisses with the
    id of the article to open, or None."""

    DEFAULT_CSS = """
    ListModal > .dialog { width: 110; height: 90%; padding: 0 1; }
    """


class ListViewScreen(ListModal):
    """Dismisses with the id of the article to open, or None."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("q", "close", "Close", show=False),
    ]
    DEFAULT_CSS = """
    ListViewScreen #list-header { color: $text; margin-bottom: 1; height: auto; }
    ListViewScreen #list-empty { color: $text-muted; padding: 1 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.targets: dict[str, str | None] = {}

    def compose(self) -> ComposeResult:
        """Header, the rows, a sentence when there are none."""
        with Vertical(classes="dialog") as box:
            box.border_title = "Loading…"
            yield Static("", id="list-header", markup=False)
            yield Static("Loading…", id="list-empty", markup=False)
            yield RowList(id="list-rows")
        yield Footer()

    def on_mount(self) -> None:
        """Fetch the rows off the UI thread."""
        self.query_one(RowList).focus()
        self.load()

    def fetch(self) -> Listing:
        """The rows (runs in a thread worker)."""
        raise NotImplementedError

    @work(thread=True, exclusive=True, group="list-view", exit_on_error=False)
    def load(self) -> None:
        """Fetch, then show."""
        listing = self.fetch()
        self.app.call_from_thread(self._show, listing)

    def _show(self, listing: Listing) -> None:
        self.targets = {f"row-{number}": target for number, (_, target) in enumerate(listing.rows)}
        self.query_one(RowList).set_rows(
            [(f"row-{number}", make) for number, (make, _) in enumerate(listing.rows)]
        )
        self.query_one(Vertical).border_title = listing.title
        self.query_one("#list-header", Static).update(listing.header)
        empty = self.query_one("#list-empty", Static)
        empty.display = not listing.rows
        empty.update(listing.empty)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        article_id = self.targets.get(event.option.id or "")
        if article_id:
            self.dismiss(article_id)

    def action_close(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
