"""The status line: library size, result count, sort, filters and the latest notice."""

from __future__ import annotations

from textual.widgets import Static

from briefing.core.wording import counted


class StatusLine(Static):
    """One line of what the reader is showing."""

    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text-muted;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)
        self.library_size: int | None = None
        self.total = 0
        self.shown = 0
        self.query = ""
        self.sort = "relevance"
        self.filters = ""
        self.notice = ""
        self.more = False

    def render_status(self) -> str:
        """The status text."""
        if self.library_size is None:
            return self.notice or "Opening the library…"
        parts = [counted(self.library_size, "article")]
        if self.query.strip() or self.filters:
            parts.append(counted(self.total, "result"))
        else:
            parts.append("all, newest first" if self.sort != "oldest" else "all, oldest first")
        if self.shown < self.total and self.more:
            parts.append(f"{self.shown:,} loaded")
        if self.query.strip():
            parts.append(f"sort: {self.sort}")
        if self.filters:
            parts.append(f"filter: {self.filters}")
        if self.notice:
            parts.append(self.notice)
        return " · ".join(parts)

    def show_results(self, total: int, shown: int, more: bool, page, filters) -> None:
        """Show the count of a search (or of the listing), what is loaded, its order."""
        self.total, self.shown, self.more = total, shown, more
        self.query, self.sort, self.filters = page.query, page.sort, filters.describe()
        self.refresh_status()

    def refresh_status(self) -> None:
        """Redraw after a change."""
        self.update(self.render_status())
