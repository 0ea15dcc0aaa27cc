"""The timeline (`T`): dated events of the current search (or the whole library) in date
order, each with its sentence and the articles reporting it; `enter` opens the first."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from briefing.core.sanitize import terminal_safe
from briefing.tui.render.list_rows import timeline_row
from briefing.tui.screens.list_view import Listing, ListViewScreen

if TYPE_CHECKING:
    from briefing.core.results import Filters
    from briefing.tui.gateway import LibraryGateway

LIMIT = 500


class TimelineScreen(ListViewScreen):
    """Events in date order; copies of one story reporting a date make one event."""

    def __init__(self, gateway: LibraryGateway, query: str, filters: Filters | None = None) -> None:
        super().__init__()
        self.gateway = gateway
        self.query_text = query.strip()
        self.filters = filters

    def fetch(self) -> Listing:
        """The timeline from the library."""
        timeline = self.gateway.timeline(self.query_text, LIMIT, self.filters)
        searched = timeline.query.strip()  # the search it ran, filters included
        what = terminal_safe(searched) if searched else "the whole library"
        count = len(timeline.events)
        more = f" (the first {LIMIT}; narrow the search for the rest)" if timeline.truncated else ""
        rows = [
            (partial(timeline_row, event), event.articles[0].id if event.articles else None)
            for event in timeline.events
        ]
        return Listing(
            f"Timeline · {count} events",
            f"Dated events in {what}, earliest first{more}.",
            rows,
            "No dated events: the matching articles give no dates.",
        )
