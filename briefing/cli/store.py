"""The user's store as the commands that change or list it open it.

Commands that take an article accept its id or the path of an indexed file. Every change
is durably saved before the command exits 0 (the store fsyncs before returning).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.cli.output import notice
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations

if TYPE_CHECKING:
    from briefing.library import Library
    from briefing.store import Store


def open_store(home: str | None) -> Store:
    """The user's store under `home`; its warnings (a recovery, a read-only store) as notices."""
    # Imported here: every command registers at start-up, and only these need the store.
    from briefing.store import Store

    store = Store.open(Locations.resolve(home))
    for warning in store.warnings:
        notice(f"briefing: {warning}")
    return store


def resolve_article(library: Library, store: Store, id_or_path: str, known_ok: bool = False) -> str:
    """The article id for `id_or_path`; with `known_ok`, also an id only the store knows."""
    article = library.resolve(id_or_path)
    if article is not None:
        return article.id
    if known_ok and id_or_path in store.annotated_ids() | set(store.bookmarks()):
        return id_or_path
    raise BriefingError(f"{id_or_path}: no such article id or indexed file")


def article_title(library: Library, article_id: str) -> str | None:
    """The title of an article in the library (None when it has gone)."""
    article = library.get(article_id)
    return article.title if article is not None else None
