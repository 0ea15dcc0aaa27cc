"""The list of the secondary views: one option per row, theme-styled parts, paged in.

Building an option costs about 3 ms (Textual measures each prompt), so a view of 10,000
notes must not build 10,000: rows are kept as (key, make-prompt) pairs and turned into
options a page at a time, the next page when the cursor nears the end.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.console import RenderableType
from rich.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.tui.render.styles import component_styles
from briefing.tui.widgets.list_keys import LIST_KEYS
from briefing.tui.widgets.restyle import RestylesRows

Row = tuple[str, Callable[[dict[str, Style]], RenderableType]]
PAGE = 40
NEAR_END = 10


class RowList(RestylesRows, OptionList):
    """Rows of a list view (bookmarks, notes, an entity's articles, a timeline), moved
    through with the reader's keys and styled from the theme."""

    BINDINGS = LIST_KEYS
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

    def row_styles(self) -> dict[str, Style]:
        """The rows' styles, from the theme (see `RestylesRows`)."""
        names = ("title", "date", "source", "tags", "anchor", "text", "orphaned")
        return component_styles(self, "row-list--", names)

    def redraw_rows(self, styles: dict[str, Style]) -> None:
        """See `RestylesRows`."""
        for key, make in getattr(self, "_rows", [])[: self._added]:
            self.replace_option_prompt(key, make(styles))

    def set_rows(self, rows: Sequence[Row], keep: str | None = None) -> None:
        """Show `rows` (the first page now), the cursor on `keep` if it is there."""
        self._rows = list(rows)
        self._added = 0
        self.clear_options()
        wanted = 0
        if keep is not None:
            for index, (key, _) in enumerate(self._rows):
                if key == keep:
                    wanted = index
                    break
        self._add_page(wanted + 1)
        if self._rows:
            self.highlighted = self.get_option_index(self._rows[wanted][0])

    def _add_page(self, at_least: int = 0) -> None:
        rows = getattr(self, "_rows", [])
        end = min(len(rows), max(self._added + PAGE, at_least))
        if end <= self._added:
            return
        styles = self.row_styles()
        self.rows_drawn_with(styles)
        options: list[Option | None] = []
        for key, make in rows[self._added : end]:
            if self._added or options:
                options.append(None)
            options.append(Option(make(styles), id=key))
        self._added = end
        self.add_options(options)

    @property
    def row_count(self) -> int:
        """All the rows, shown or not yet."""
        return len(getattr(self, "_rows", []))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Near the end of what is shown, add the next page (the event goes on up)."""
        if self._added < self.row_count and event.option_index >= self.option_count - NEAR_END:
            self._add_page()

    def action_last(self) -> None:
        """To the end of the shown rows, adding the next page first."""
        self._add_page()
        super().action_last()
