"""Exporting the user's notes and the articles they are about as one Markdown document.

Everything comes in as data, from the caller: the user's annotations (notes, tags and
bookmarks, `UserData.annotations()`), the articles by id (the library's, for the ids
`candidates` names) and, for a query filter, the ids of its matches.

    ids = candidates(annotations, filters, matches)
    text = export_markdown(annotations, {aid: library.get(aid) ...}, filters, now, matches)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from briefing.core.model import Article
from briefing.core.notes import Annotations
from briefing.export.markdown import render
from briefing.export.output import check_target, default_export_path, write_export
from briefing.export.select import ExportFilters, Selection, candidates, select


def export_document(
    annotations: Annotations,
    articles: Mapping[str, Article],
    filters: ExportFilters,
    exported_at: datetime,
    matches: Iterable[str] | None = None,
    front_matter: bool = True,
) -> tuple[str, Selection]:
    """The Markdown export of what `filters` select (with its YAML front matter unless
    not `front_matter`), and the selection itself."""
    selection = select(annotations, articles, filters, matches)
    return render(selection, annotations, filters, exported_at, front_matter), selection


def export_markdown(
    annotations: Annotations,
    articles: Mapping[str, Article],
    filters: ExportFilters,
    exported_at: datetime,
    matches: Iterable[str] | None = None,
) -> str:
    """The Markdown export of what `filters` select (see `export_document`)."""
    return export_document(annotations, articles, filters, exported_at, matches)[0]


__all__ = [
    "ExportFilters",
    "Selection",
    "candidates",
    "check_target",
    "default_export_path",
    "export_document",
    "export_markdown",
    "render",
    "select",
    "write_export",
]
