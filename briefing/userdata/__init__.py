"""What the user owns, in SQLite: notes, bookmarks, tags, read state, stable article ids,
registered sources, reader settings, and backup and restore.

    from briefing.userdata import UserData, ArticleRef, Anchor
    with UserData.open(locations) as data:                  # data_dir/user.sqlite
        data.add_note(article_id, "text", anchor=Anchor("quoted"), about=ArticleRef(title))
        data.notes(), data.note(note_id), data.update_note(...), data.delete_note(...)
        data.bookmarks(), data.is_bookmarked(id), data.set_bookmark(id), data.toggle_bookmark(id)
        data.tags(id), data.set_tags / add_tags / remove_tags(id, tags)
        data.all_tags()      # {tag: article count}, for a tag filter
        data.tagged("tag")   # {article ids}, for the query field `tag:`
        data.mark_read(id), data.mark_unread(id), data.read_ids(), data.marks(ids)
        data.annotations()   # plain data for the export
        data.to_json(), data.replace_all(document)           # backup and restore

    Sources.load(locations).roots()                          # the registered folders
    IdentityMemory(locations.identity_db)                    # stable ids (the indexer's)

Modules: `store` (UserData) over `notes` (the notes table) and `database` (opening,
checking, reading and writing one SQLite file; `lock` shares it), `schema` (tables and versions),
`records` (rows and JSON records, validated and repaired), `document` (the store as one
JSON document, for backups), `backups` (rolling backups), `repair` (set aside, restore,
salvage, mend), `migrate` and `legacy` (the data kept before user.sqlite, migrated once),
`sources`, `ids` (stable ids, in identity.sqlite), `listing` (bookmark and note rows with
their articles), `backup` (`briefing backup` and `restore`). It imports only
`briefing.core`. Names are imported on first use, so reading the sources loads little.

Tags for search and filters: `tagged(tag)` answers the article ids a `tag:` query field or
a reader filter restricts results to (`Library.search(only=...)` takes such a set), and
`all_tags()` the tags to offer, with their article counts.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "UserData": "briefing.userdata.store",
    "open_briefly": "briefing.userdata.store",
    "UserDataError": "briefing.userdata.errors",
    "UserDataLocked": "briefing.userdata.errors",
    "UserDataReadOnly": "briefing.userdata.errors",
    "NoteNotFound": "briefing.userdata.errors",
    "Sources": "briefing.userdata.sources",
    "IdentityMemory": "briefing.userdata.ids",
    "known_ids": "briefing.userdata.ids",
    "Anchor": "briefing.core.notes",
    "Annotations": "briefing.core.notes",
    "ArticleRef": "briefing.core.notes",
    "Marks": "briefing.core.notes",
    "Note": "briefing.core.notes",
    "READ_AFTER_SECONDS": "briefing.core.notes",
    "normalise_tag": "briefing.core.notes",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
