"""The virtualised list of the secondary views: one option per row, theme-styled parts."""

from __future__ import annotations

from rich.style import Style
from textual.binding import Binding
from textual.widgets import OptionList

from briefing.tui.render.styles import component_styles


class RowList(OptionList):
    """Rows of a list view (bookmarks, notes, an entity's articles, a timeline), moved
    through with the reader's keys and styled from the theme."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
    ]
    COMPONENT_CLASSES = {
        "row-list--title",
        "row-list--date",
        "row-list--source",
        "row-list--tags",
        "row-list--anchor",
        "row-list--text",
        "row-list--orphaned",
    }
    DEFAULT_CSS = """
    RowList, RowList:focus { background: $surface; border: none; height: 1fr; }
    RowList > .option-list--option { padding: 0 1; }
    RowList > .row-list--title { text-style: bold; }
    RowList > .row-list--date { color: $foreground 60%; }
    RowList > .row-list--source { color: $foreground 60%; text-style: italic; }
    RowList > .row-list--tags { color: $accent; }
    RowList > .row-list--anchor { color: $foreground 60%; text-style: italic; }
    RowList > .row-list--text { color: $foreground; }
    RowList > .row-list--orphaned { color: $warning; text-style: bold; }
    RowList > .option-list--separator { color: $panel; }
    """

    def styles_by_name(self) -> dict[str, Style]:
        """The rows' styles, from the theme."""
        names = ("title", "date", "source", "tags", "anchor", "text", "orphaned")
        return component_styles(self, "row-list--", names)
