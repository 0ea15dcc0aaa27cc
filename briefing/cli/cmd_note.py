"""`briefing note`: add a note (or write one in $EDITOR), change or remove one."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.cli.store import article_title, open_store, resolve_article
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.store import Note


def register(subparsers, common: argparse.ArgumentParser) -> None:
    """Add the `note` command."""
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
    note.set_defaults(run=run)


def note_json(note: Note, title: str | None, orphaned: bool) -> dict[str, Any]:
    """A note as `notes --json` and `note --json` print it."""
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


def run(args: argparse.Namespace, home: str | None) -> int:
    """Run `briefing note`."""
    if args.delete is not None:
        if args.article or args.text or args.edit is not None:
            raise BriefingError("--delete takes only a NOTE_ID")
        store = open_store(home)
        removed = store.delete_note(args.delete)
        return _report(args, "deleted note", removed, None, home)
    if isinstance(args.edit, str):
        if args.article or args.text:
            raise BriefingError("--edit NOTE_ID takes no other arguments")
        store = open_store(home)
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
    store = open_store(home)
    with open_library(home, quiet=True) as library:
        article_id = resolve_article(library, store, args.article)
        title = article_title(library, article_id)
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
                title = article_title(library, note.article_id)
        emit_json({"note": note_json(note, title, title is None)})
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
