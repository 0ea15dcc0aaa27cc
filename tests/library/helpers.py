"""Small helpers to build libraries in tmp_path."""

from __future__ import annotations

from pathlib import Path

from briefing.core.paths import Locations
from briefing.library import Library


def article_text(title: str, body: str, date: str = "3 March 2025") -> str:
    """A scraped-text article."""
    return f"{title}\n\nStaff reporter\n{date}\n\n{body}\n\nSubscribe to HARBOUR DAILY\n"


def open_library(home: Path, notices: list[str] | None = None, **kwargs) -> Library:
    """Open the library under `home`, collecting notices."""
    sink = notices if notices is not None else []
    return Library.open(Locations.resolve(home), notify=sink.append, **kwargs)


def set_facts(library: Library, article_id: str, facts: dict) -> None:
    """Give an indexed article hand-made facts (JSON shape), in its catalog: the stored
    article and the fact rows entity pages, related articles and the timeline read."""
    from briefing.catalog import factstore
    from briefing.catalog.docstore import DocStore
    from briefing.core.facts import Facts

    article = library.get(article_id)
    article.facts = Facts.from_json(facts)
    docs = DocStore(library.generation / "docs.sqlite")
    try:
        docs.put(article)
        factstore.record(docs.db, article)
    finally:
        docs.close()


def search_index(library: Library):
    """The search index of the library's generation (for checks below the facade)."""
    from briefing.search.index import SearchIndex

    return SearchIndex.open(library.generation)
