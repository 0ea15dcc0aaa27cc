"""The entity page (`i` on a person, place or organisation): its names, roles, articles
and quotes across the library; `enter` opens an article, `p` searches for the entity,
`T` shows its timeline."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding

from briefing.core.sanitize import terminal_safe
from briefing.core.wording import counted
from briefing.library.queries import entity_query
from briefing.tui.render.list_rows import entity_article_row, entity_header, quote_row
from briefing.tui.screens.list_view import Listing, ListViewScreen

if TYPE_CHECKING:
    from briefing.tui.gateway import LibraryGateway


class EntityScreen(ListViewScreen):
    """One entity across the library."""

    BINDINGS = [
        Binding("p", "pivot", "Search for it"),
        Binding("T", "timeline", "Timeline"),
    ]

    def __init__(
        self,
        gateway: LibraryGateway,
        name: str,
        kind: str | None,
        search: Callable[[str], None],
        timeline: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.gateway = gateway
        self.entity_name, self.entity_kind = name, kind
        self.search, self.show_timeline = search, timeline
        self.page = None

    def fetch(self) -> Listing:
        """The entity's page from the library."""
        page = self.gateway.entity(self.entity_name, self.entity_kind)
        self.page = page
        if page is None:
            return Listing(
                terminal_safe(self.entity_name),
                "",
                [],
                "No article in the library names it (the index may be older than the article).",
            )
        rows = [(partial(entity_article_row, item), item.article.id) for item in page.articles]
        rows += [(partial(quote_row, quote), quote.article.id) for quote in page.quotes]
        quotes = f" · {counted(len(page.quotes), 'quote')}" if page.quotes else ""
        return Listing(
            f"{terminal_safe(page.name)}: {counted(page.article_count, 'article')}{quotes}",
            entity_header(page),
            rows,
        )

    def _query(self) -> str:
        page = self.page
        return entity_query(
            page.kind if page else self.entity_kind or "person",
            page.name if page else self.entity_name,
        )

    def action_pivot(self) -> None:
        """Search the library for the entity and go back to the results."""
        query = self._query()
        self.dismiss(None)
        self.search(query)

    def action_timeline(self) -> None:
        """The dated events of the articles naming the entity."""
        self.show_timeline(self._query())
