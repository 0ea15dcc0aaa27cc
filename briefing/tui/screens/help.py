"""The `?` screen: every key, grouped, with what it does (built from the action table)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.tui.commands.actions import groups
from briefing.tui.screens.modal import Dialog


def help_table() -> Table:
    """A two-column table of keys and what they do, one section per group."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    first = True
    for group, actions in groups().items():
        if not first:
            table.add_row("", "")
        first = False
        table.add_row(Text(group, style="bold underline"), "")
        for action in actions:
            if action.keys:
                table.add_row(action.shown_keys, action.help)
            else:
                table.add_row(Text("ctrl+p", style="italic"), f"“{action.label}”: {action.help}")
    return table


class HelpScreen(Dialog[None]):
    """Every key the reader knows; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True),
        Binding("j,down", "scroll('down')", "Down", show=False),
        Binding("k,up", "scroll('up')", "Up", show=False),
        # the keys the help itself lists for moving and paging (they did nothing here)
        Binding("space,pagedown", "scroll('page_down')", "Page down", show=False),
        Binding("pageup", "scroll('page_up')", "Page up", show=False),
        Binding("g,home", "scroll('home')", "Top", show=False),
        Binding("G,end", "scroll('end')", "Bottom", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen > .dialog { width: 96; height: 90%; padding: 0 1; border-title-color: $text; }
    HelpScreen #help-intro { color: $text-muted; margin-bottom: 1; }
    """

    def compose(self) -> ComposeResult:
        """The intro and the key table."""
        with VerticalScroll(classes="dialog") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "esc to close"
            yield Static(
                "briefing reads the articles in your library. Type to search; the list shows "
                "what matches, the middle pane the article, the right its key facts and related "
                "articles. ctrl+p finds any command.\n\n"
                "Marks in the results: ★ bookmarked · ✎ has notes · ✓ read · "
                "⧉ +2 the same story also came from 2 other sources (listed once; the count "
                "of results counts stories).",
                id="help-intro",
                markup=False,
            )
            yield Static(help_table(), id="help-keys")

    def action_scroll(self, direction: str) -> None:
        """Scroll the help text."""
        scroll = self.query_one(VerticalScroll)
        moves = {"down": scroll.scroll_down, "up": scroll.scroll_up,
                 "page_down": scroll.scroll_page_down, "page_up": scroll.scroll_page_up,
                 "home": scroll.scroll_home, "end": scroll.scroll_end}  # fmt: skip
        moves[direction](animate=False)

    async def action_dismiss(self, result: None = None) -> None:
        """Close the help screen."""
        self.dismiss(result)
