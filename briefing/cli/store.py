"""The user's data as the commands that change or list it open it.

Commands that take an article accept its id or the path of an indexed file. Every change
is durably saved before the command exits 0 (`briefing.userdata` commits it first).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from briefing.cli.context import open_library
from briefing.cli.output import notice
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations
from briefing.core.sanitize import clean_line, terminal_safe

if TYPE_CHECKING:
    from briefing.core.model import Article
    from briefing.library import Library
    from briefing.library.locating import Located
    from briefing.userdata import UserData

T = TypeVar("T")


def open_store(home: str | None) -> UserData:
    """The user's data under `home` (closed when the command ends, see `closing`)."""
    # Imported here: every command registers at start-up, and only these need user data.
    from briefing.userdata import UserData

    data = UserData.open(Locations.resolve(home), notify=tell)
    _opened.append(data)
    return data


_opened: list[UserData] = []


def closing(run):
    """`run`, then close the user data it opened (a rolling backup, when one is due)."""

    def command(args: argparse.Namespace, home: str | None) -> int:
        try:
            return run(args, home)
        finally:
            while _opened:
                _opened.pop().close()

    return command


def tagged_ids(home: str | None, query: str) -> dict[str, frozenset[str]] | None:
    """The articles carrying each tag `query` names with `tag:` (None when it names none):
    what the library's search takes as `tagged`. Opens the user's data (see `closing`)."""
    from briefing.library.queries import query_tags

    tags = query_tags(query)
    if not tags:
        return None
    store = open_store(home)
    return {tag: frozenset(store.tagged(tag)) for tag in tags}


def everything_kept(store: UserData) -> str:
    """What a backup holds, counted: "1 note, 3 bookmarks, all tags and read state, ..."."""
    from briefing.core.wording import counted

    notes = counted(store.note_count(), "note")
    bookmarks = counted(len(store.bookmarks()), "bookmark")
    return f"{notes}, {bookmarks}, all tags and read state, your sources, settings and article ids"


def tell(message: str) -> None:
    """A notice about the user's data, as one terminal-safe line on stderr."""
    notice(terminal_safe(clean_line(f"briefing: {message}")))


def locate_and_tell(library: Library, target: str) -> Located | None:
    """The article `target` names (`Library.locate`); tells the user when `target`, a bare
    path, named a file of several articles (the command then works on its first) and how to
    name another ("feed.jsonl:3")."""
    located = library.locate(target)
    if located is not None and located.first_of_many:
        tell(several(target, len(located.labels), located.labels[1]))
    return located


def several(target: str, count: int, next_label: str) -> str:
    """What a command says when the path `target` named the first of `count` articles."""
    return (
        f"{target} holds {count} articles; this is the first ({target}{next_label} names the next)"
    )


def resolve_article(
    library: Library, store: UserData, id_or_path: str, known_ok: bool = False
) -> str:
    """The article id for `id_or_path`; with `known_ok`, also an id only the user data knows."""
    located = locate_and_tell(library, id_or_path)
    if located is not None:
        return located.article_id
    from briefing.cli.missing import GONE, why_missing

    if id_or_path in store.annotated_ids():
        if known_ok:
            return id_or_path
        raise BriefingError(f"{id_or_path}: {GONE}")
    raise BriefingError(f"{id_or_path}: {why_missing(id_or_path)}")


def find_article(
    home: str | None, store: UserData, id_or_path: str, known_ok: bool = False
) -> tuple[str, Article | None]:
    """The article id for `id_or_path` (see `resolve_article`) and the article, or None
    when only the user data knows the id."""
    with open_library(home, quiet=True) as library:
        article_id = resolve_article(library, store, id_or_path, known_ok)
        return article_id, library.get(article_id)


def listed(
    home: str | None, store: UserData, listing: Callable[[UserData, Any], list[T]]
) -> list[T]:
    """`listing(store, rows)` (bookmark or note rows) with the library's light rows.

    The user's notes and bookmarks never depend on the index: when the library cannot be
    opened (an index folder that is a file, a disk gone read-only before any index was
    built), they are listed with what each kept of its article, and the user told why."""
    import sqlite3

    try:
        library = open_library(home, quiet=True)
    except (BriefingError, OSError, sqlite3.Error) as error:
        reason = str(error)
        if isinstance(error, OSError) and error.strerror:
            reason = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
        tell(
            f"the library could not be opened ({reason}); listed without it (notes show the titles they kept)"
        )
        return listing(store, lambda ids: {})
    with library:
        return listing(store, library.rows)


def article_title(library: Library, article_id: str) -> str | None:
    """The title of an article in the library (None when it has gone)."""
    article = library.get(article_id)
    return article.title if article is not None else None
