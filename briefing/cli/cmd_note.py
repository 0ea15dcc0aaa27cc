"""`briefing note`: add a note (or write one in $EDITOR), change or remove one."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.cli.context import open_library
from briefing.cli.output import emit_json, notice
from briefing.cli.store import article_title, closing, find_article, open_store
from briefing.core.errors import BriefingError
from briefing.core.sanitize import terminal_safe

if TYPE_CHECKING:
    from briefing.core.model import Article
    from briefing.userdata import Note


NAME = "note"
HELP = "add, edit or delete a note"
DESCRIPTION = (
    "`note ID TEXT` adds a note (TEXT '-' reads standard input); `note ID --edit` "
    "writes a new one in $EDITOR; `note --edit NOTE_ID` and `note --delete NOTE_ID` "
    "change or remove one."
)


def arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments and options."""
    parser.add_argument("article", metavar="ID", nargs="?")
    parser.add_argument("text", metavar="TEXT", nargs="*")
    parser.add_argument(
        "--edit",
        metavar="NOTE_ID",
        nargs="?",
        const=True,
        default=None,
        help="edit in $EDITOR: a new note on ID, or the note NOTE_ID",
    )
    parser.add_argument("--delete", metavar="NOTE_ID", help="delete a note")
    parser.add_argument("--json", action="store_true", help="print the note as JSON")


def note_json(note: Note, title: str | None, orphaned: bool, shown: Any = None) -> dict[str, Any]:
    """A note as `notes --json` and `note --json` print it; `shown` is its article's row
    (title, source, published), else what the note kept of the article is used."""
    kept = note.about
    if title is None and kept is not None:
        title = kept.title  # the article has left the library: the title it kept
    article = shown if shown is not None else kept
    published = getattr(article, "published", None)
    return {
        "id": note.id,
        "article_id": note.article_id,
        "title": title,
        "source": getattr(article, "source", None),
        "published": published.isoformat() if hasattr(published, "isoformat") else published,
        "text": note.text,
        "anchor": note.anchor.to_json() if note.anchor else None,
        "created": note.created.isoformat(),
        "updated": note.updated.isoformat(),
        "orphaned": orphaned,
    }


@closing
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
    article_id, article = find_article(home, store, args.article)
    title = article.title if article is not None else None
    if args.edit is True:
        text = _edit_in_editor("")
    elif args.text == ["-"]:
        text = sys.stdin.read()
    else:
        text = " ".join(args.text)
    if not text.strip():
        raise BriefingError("the note is empty; nothing was saved")
    note = store.add_note(article_id, text, about=_about(article))
    return _report(args, "added note", note, title, home)


def _about(article: Article | None):
    """What a new note keeps of its article (so it is never anonymous once orphaned)."""
    from briefing.userdata.listing import reference

    return reference(article) if article is not None else None


def _report(
    args: argparse.Namespace, what: str, note: Note, title: str | None, home: str | None
) -> int:
    orphaned = False
    if title is None:
        with open_library(home, quiet=True) as library:
            title = article_title(library, note.article_id)
        orphaned = title is None
    if args.json:
        emit_json({"note": note_json(note, title, orphaned)})
    else:
        kept = note.about.title if orphaned and note.about else None
        print(terminal_safe(f"{what} {note.id} on {title or kept or note.article_id}"))
    return 0


def _edit_in_editor(initial: str) -> str:
    # Imported here: every command imports this module, and these two (with shutil,
    # lzma and random behind tempfile) are a large part of a cold `briefing search`.
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise BriefingError("set $EDITOR (or $VISUAL) to edit notes, or give the TEXT")
    with tempfile.TemporaryDirectory(prefix="briefing-note-") as folder:
        path = Path(folder) / "note.md"
        path.write_text(initial, "utf-8")
        try:
            command = shlex.split(editor)
        except ValueError as error:  # an unbalanced quote, say
            raise BriefingError(f"cannot read $EDITOR {editor!r}: {error}") from None
        if not command:
            raise BriefingError("$EDITOR is empty; set it to an editor, or give the TEXT")
        try:
            result = subprocess.run([*command, str(path)], check=False)
        except OSError as error:
            raise BriefingError(f"cannot run the editor {editor!r}: {error.strerror}") from error
        if result.returncode != 0:
            raise BriefingError(f"the editor exited with status {result.returncode}; nothing saved")
        return path.read_text("utf-8", errors="replace")
