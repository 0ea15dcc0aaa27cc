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


__all__ = [
    "ExportFilters",
    "Selection",
    "default_export_path",
    "export_markdown",
    "render",
    "select",
    "write_export",
]
