"""The user's store on the command line: bookmark, bookmarks, note, notes, tag, backup,
restore, export.

Commands that take an article accept its id or the path of an indexed file. Every change
is durably saved before the command exits 0 (the store fsyncs before returning).
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.core.errors import BriefingError
from briefing.core.paths import Locations
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.library import Library
    from briefing.store import Note, Store


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the store commands."""
    bookmark = subparsers.add_parser(
        "bookmark", parents=[common], help="bookmark an article (by id or indexed path)"
    )
    bookmark.add_argument("article", metavar="ID")
    bookmark.add_argument("--remove", action="store_true", help="remove the bookmark")
    bookmark.set_defaults(run=run_bookmark)

    bookmarks = subparsers.add_parser("bookmarks", parents=[common], help="list bookmarks")
    bookmarks.add_argument("--json", action="store_true", help="print them as JSON")
    bookmarks.set_defaults(run=run_bookmarks)

    note = subparsers.add_parser(
        "note",
        parents=[common],
        help="add, edit or delete a note",
        description=(
            "`note ID TEXT` adds a note (TEXT '-' reads standard input); `note ID --edit` "
            "writes a new one in $EDITOR; `note --edit NOTE_ID` and `note --delete NOTE_ID` "
            "change or remove one."
        ),
    )
    note.add_argument("article", metavar="ID", nargs="?")
    note.add_argument("text", metavar="TEXT", nargs="*")
    note.add_argument(
        "--edit",
        metavar="NOTE_ID",
        nargs="?",
        const=True,
        default=None,
        help="edit in $EDITOR: a new note on ID, or the note NOTE_ID",
    )
    note.add_argument("--delete", metavar="NOTE_ID", help="delete a note")
    note.add_argument("--json", action="store_true", help="print the note as JSON")
    note.set_defaults(run=run_note)

    notes = subparsers.add_parser("notes", parents=[common], help="list every note")
    notes.add_argument("--json", action="store_true", help="print them as JSON")
    notes.set_defaults(run=run_notes)

    tag = subparsers.add_parser("tag", parents=[common], help="tag an article")
    tag.add_argument("article", metavar="ID")
    tag.add_argument("tags", metavar="TAG", nargs="+")
    tag.add_argument("--remove", action="store_true", help="remove these tags")
    tag.set_defaults(run=run_tag)

    backup = subparsers.add_parser(
        "backup", parents=[common], help="save all bookmarks, notes, tags and read state"
    )
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    backup.set_defaults(run=run_backup)

    restore = subparsers.add_parser(
        "restore", parents=[common], help="bring back a backup (keeps a copy of the current data)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(run=run_restore)

    export = subparsers.add_parser(
        "export", parents=[common], help="export notes and their articles as Markdown"
    )
    export.add_argument(
        "--out",
        metavar="FILE",
        help="where to write ('-' for standard output; default: documents folder)",
    )
    export.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    export.add_argument("--tag", metavar="T", help="only articles tagged T")
    export.add_argument("--query", metavar="Q", help="the articles matching search Q")
    export.add_argument("--since", metavar="DATE", type=_date, help="published on or after DATE")
    export.add_argument("--until", metavar="DATE", type=_date, help="published on or before DATE")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    export.set_defaults(run=run_export)


# Opening --------------------------------------------------------------------------------
def _open_store(home: str | None) -> Store:
    # Imported here: every command registers at start-up, and only these need the store.
    from briefing.store import Store

    store = Store.open(Locations.resolve(home))
    for warning in store.warnings:
        notice(f"briefing: {warning}")
    return store


def _resolve(library: Library, store: Store, id_or_path: str, known_ok: bool = False) -> str:
    """The article id for `id_or_path`; with `known_ok`, also an id only the store knows."""
    article = library.resolve(id_or_path)
    if article is not None:
        return article.id
    if known_ok and id_or_path in store.annotated_ids() | set(store.bookmarks()):
        return id_or_path
    raise BriefingError(f"{id_or_path}: no such article id or indexed file")


def _title(library: Library, article_id: str) -> str | None:
    article = library.get(article_id)
    return article.title if article is not None else None


# Bookmarks ------------------------------------------------------------------------------
def run_bookmark(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmark`."""
    store = _open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = _resolve(library, store, args.article, known_ok=args.remove)
        title = _title(library, article_id) or article_id
    changed = store.set_bookmark(article_id, not args.remove)
    state = "removed bookmark" if args.remove else "bookmarked"
    suffix = "" if changed else " (already)" if not args.remove else " (was not bookmarked)"
    print(terminal_safe(f"{state}: {title} [{article_id}]{suffix}"))
    return 0


def run_bookmarks(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing bookmarks`."""
    from briefing.annotations import bookmark_rows, library_rows

    store = _open_store(home)
    with open_library(home, quiet=True) as library:
        kept = bookmark_rows(store, library_rows(library))
    rows = [
        {
            "article_id": row.article_id,
            "title": row.article.title if row.article else None,
            "source": row.article.source if row.article else None,
            "published": row.article.published if row.article else None,
            "bookmarked": row.bookmarked.isoformat(),
            "tags": list(row.tags),
            "orphaned": row.orphaned,
        }
        for row in kept
    ]
    if args.json:
        emit_json({"bookmarks": rows})
        return 0
    if not rows:
        notice("no bookmarks")
    for row in rows:
        title = row["title"] if row["title"] is not None else "(article no longer in the library)"
        print(terminal_safe(f"{row['article_id']}  {row['bookmarked'][:10]}  {title}"))
    return 0


# Notes ----------------------------------------------------------------------------------
def _note_json(note: Note, title: str | None, orphaned: bool) -> dict[str, Any]:
    return {
        "id": note.id,
        "article_id": note.article_id,
        "title": title,
        "text": note.text,
        "anchor": note.anchor.to_json() if note.anchor else None,
        "created": note.created.isoformat(),
        "updated": note.updated.isoformat(),
        "orphaned": orphaned,
    }


def run_note(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing note`."""
    if args.delete is not None:
        if args.article or args.text or args.edit is not None:
            raise BriefingError("--delete takes only a NOTE_ID")
        store = _open_store(home)
        removed = store.delete_note(args.delete)
        return _report(args, "deleted note", removed, None, home)
    if isinstance(args.edit, str):
        if args.article or args.text:
            raise BriefingError("--edit NOTE_ID takes no other arguments")
        store = _open_store(home)
        current = store.note(args.edit)
        text = _edit_in_editor(current.text)
        if text.strip() == current.text.strip():
            notice("note unchanged")
            return 0
        if not text.strip():
            raise BriefingError("the edited note is empty; use --delete to remove a note")
        return _report(args, "updated note", store.update_note(current.id, text), None, home)
    if not args.article:
        raise BriefingError("give an article ID (or --edit/--delete NOTE_ID)")
    if args.edit is True and args.text:
        raise BriefingError("give either TEXT or --edit, not both")
    if args.edit is None and not args.text:
        raise BriefingError("give the note TEXT ('-' reads standard input), or --edit")
    store = _open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = _resolve(library, store, args.article)
        title = _title(library, article_id)
    if args.edit is True:
        text = _edit_in_editor("")
    elif args.text == ["-"]:
        text = sys.stdin.read()
    else:
        text = " ".join(args.text)
    if not text.strip():
        raise BriefingError("the note is empty; nothing was saved")
    return _report(args, "added note", store.add_note(article_id, text), title, home)


def _report(
    args: argparse.Namespace, what: str, note: Note, title: str | None, home: str | None
) -> int:
    if args.json:
        if title is None:
            with open_library(home, quiet=True) as library:
                title = _title(library, note.article_id)
        emit_json({"note": _note_json(note, title, title is None)})
    else:
        print(terminal_safe(f"{what} {note.id} on {title or note.article_id}"))
    return 0


def _edit_in_editor(initial: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise BriefingError("set $EDITOR (or $VISUAL) to edit notes, or give the TEXT")
    with tempfile.TemporaryDirectory(prefix="briefing-note-") as folder:
        path = Path(folder) / "note.md"
        path.write_text(initial, "utf-8")
        try:
            result = subprocess.run([*shlex.split(editor), str(path)], check=False)
        except OSError as error:
            raise BriefingError(f"cannot run the editor {editor!r}: {error.strerror}") from error
        if result.returncode != 0:
            raise BriefingError(f"the editor exited with status {result.returncode}; nothing saved")
        return path.read_text("utf-8", errors="replace")


def run_notes(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing notes`: every note, no limit."""
    from briefing.annotations import library_rows, note_rows

    store = _open_store(home)
    with open_library(home, quiet=True) as library:
        kept = note_rows(store, library_rows(library))
    rows = [
        _note_json(row.note, row.article.title if row.article else None, row.orphaned)
        for row in kept
    ]
    if args.json:
        emit_json({"notes": rows})
        return 0
    if not rows:
        notice("no notes")
    for row in rows:
        title = (
            row["title"] if not row["orphaned"] else "(orphaned: article no longer in the library)"
        )
        print(terminal_safe(f"{row['id']}  {row['created'][:16]}  {title} [{row['article_id']}]"))
        for line in row["text"].splitlines():
            print(terminal_safe(f"    {line}"))
    return 0


# Tags -----------------------------------------------------------------------------------
def run_tag(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing tag`."""
    store = _open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = _resolve(library, store, args.article, known_ok=args.remove)
    if args.remove:
        tags = store.remove_tags(article_id, args.tags)
    else:
        tags = store.add_tags(article_id, args.tags)
    shown = " ".join(f"#{tag}" for tag in tags) or "(no tags)"
    print(terminal_safe(f"{article_id}: {shown}"))
    return 0


# Backup and restore ---------------------------------------------------------------------
def run_backup(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing backup FILE`."""
    from briefing.core.files import atomic_write, dumps
    from briefing.userdata import backup_document

    store = _open_store(home)
    path = Path(args.file).expanduser()
    if path.exists() and not args.force:
        raise BriefingError(f"{path} already exists; use --force to overwrite it")
    document = backup_document(Locations.resolve(home), store)
    try:
        atomic_write(path, dumps(document))
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from error
    notice(
        f"saved {store.note_count()} notes, {len(store.bookmarks())} bookmarks, all tags and "
        f"read state, your sources, settings and article ids to {path}"
    )
    return 0


def run_restore(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing restore FILE`."""
    from briefing.userdata import restore_document

    path = Path(args.file).expanduser()
    try:
        document = orjson.loads(path.read_bytes())
    except OSError as error:
        raise BriefingError(f"cannot read {path}: {error.strerror}") from error
    except orjson.JSONDecodeError as error:
        raise BriefingError(f"{path} is not a briefing backup (not JSON)") from error
    store = _open_store(home)
    try:
        kept = restore_document(Locations.resolve(home), store, document)
    except BriefingError as error:
        raise BriefingError(f"{path}: {error}") from None
    notice(f"restored {store.note_count()} notes from {path}; the previous data is kept in {kept}")
    return 0


# Export ---------------------------------------------------------------------------------
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from dateutil import parser as date_parser

    try:
        return date_parser.parse(text, dayfirst=True).date()
    except (ValueError, OverflowError) as error:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}") from error


def run_export(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing export`."""
    # Imported here: the Markdown parser is only needed to export (CLI start-up).
    from briefing.export import ExportFilters, default_export_path, export_library, write_export

    locations = Locations.resolve(home)
    filters = ExportFilters(args.bookmarked, args.tag, args.query, args.since, args.until)
    if filters.since and filters.until and filters.since > filters.until:
        raise BriefingError("--since is after --until")
    store = _open_store(home)
    now = datetime.now(UTC)
    target = None if args.out == "-" else Path(args.out) if args.out else None
    if target is None and args.out != "-":
        target = default_export_path(locations, now.astimezone().date())
    if target is not None and target.exists() and not args.force:
        raise BriefingError(f"{target} already exists; use --force to overwrite it")
    with open_library(home) as library:
        text, selection = export_library(store, library, filters, now)
    if target is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    write_export(target, text, force=args.force)
    count = len(selection.articles)
    orphans = sum(len(notes) for notes in selection.orphans.values())
    extra = f" and {orphans} orphaned note(s)" if orphans else ""
    notice(f"exported {count} article(s){extra} to {target}")
    return 0
