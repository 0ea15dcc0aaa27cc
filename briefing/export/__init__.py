"""Exporting the user's notes and the articles they are about as one Markdown document.

from briefing.export import ExportFilters, export_markdown, write_export
text = export_markdown(store, library.get, ExportFilters(tag="strike"), now, search)
"""

from __future__ import annotations

from datetime import datetime

from briefing.export.markdown import render
from briefing.export.output import default_export_path, write_export
from briefing.export.select import ExportFilters, Lookup, Search, Selection, select
from briefing.store import Store


def export_markdown(
    store: Store,
    lookup: Lookup,
    filters: ExportFilters,
    exported_at: datetime,
    search: Search | None = None,
) -> str:
    """The Markdown export of what `filters` select (articles found through `lookup`)."""
    return render(select(store, lookup, filters, search), store, filters, exported_at)


def export_library(
    store: Store, library, filters: ExportFilters, exported_at: datetime
) -> tuple[str, Selection]:
    """The Markdown export of what `filters` select from an open `Library`, and the selection.

    `--query` (and the reader's "current search") takes every match, not a page of them.
    """

    def search(query: str) -> list[str]:
        return [hit.id for hit in library.search(query, limit=None, snippets=False).hits]

    selection = select(store, library.get, filters, search)
    return render(selection, store, filters, exported_at), selection


__all__ = [
    "ExportFilters",
    "Selection",
    "default_export_path",
    "export_library",
    "export_markdown",
    "render",
    "select",
    "write_export",
]
