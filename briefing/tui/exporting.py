"""The reader's export (`e`): the CLI's selection, rendering and writing, run for a request.

Plain Python, run in a thread worker by the main screen; it answers with what to tell the
user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from briefing.core.errors import BriefingError
from briefing.core.model import Article
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.tui.gateway import LibraryGateway
    from briefing.tui.screens.export import ExportRequest
    from briefing.tui.user_store import UserStore


@dataclass(frozen=True)
class ExportOutcome:
    """What became of an export, as a notification."""

    message: str
    title: str = ""
    failed: bool = False


def export_notes(
    gateway: LibraryGateway, store: UserStore, request: ExportRequest
) -> ExportOutcome:
    """Select, render and write the export the user asked for (every match of a search,
    not a page of them); a failure to write is an outcome, not an exception."""
    from briefing.export import ExportFilters, candidates, export_document, write_export

    filters = ExportFilters(bookmarked=request.scope == "bookmarked", query=request.query or None)
    annotations = store.annotations()
    tagged = store.tagged_for(request.query or "", None) if request.query else None

    def from_library(library) -> tuple[list[str] | None, dict[str, Article]]:
        matches = None
        if filters.query:
            found = library.search(filters.query, limit=None, snippets=False, tagged=tagged).hits
            matches = [hit.id for hit in found]
        wanted = candidates(annotations, filters, matches)
        return matches, {aid: article for aid in wanted if (article := library.get(aid))}

    matches, articles = gateway.call(from_library)
    text, selection = export_document(annotations, articles, filters, datetime.now(UTC), matches)
    try:
        documents = gateway.locations.documents_dir
        write_export(request.path, text, force=request.force, may_create=documents)
    except BriefingError as error:
        return ExportOutcome(terminal_safe(str(error)), failed=True)
    return ExportOutcome(
        f"{selection.summary()} → {terminal_safe(str(request.path))}", title="Exported"
    )
