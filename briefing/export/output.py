"""Where an export goes: the proposed default path, and writing without clobbering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.files import atomic_write, check_replaceable, missing_folder
from briefing.core.paths import Locations


def default_export_path(locations: Locations, day: date, free: bool = True) -> Path:
    """The path proposed for an export made on `day`, in the user's documents folder: the
    first of `briefing-notes-DAY.md`, `briefing-notes-DAY-2.md`, ... that does not exist (a
    second export on one day was refused, or offered only to replace the first); the first
    whether it exists or not unless `free`."""
    first = locations.documents_dir / f"briefing-notes-{day.isoformat()}.md"
    if not free:
        return first
    path, number = first, 1
    while path.exists() or path.is_symlink():
        number += 1
        if number > 999:
            return first  # the check then says it exists
        path = first.with_name(f"{first.stem}-{number}.md")
    return path


def check_target(path: Path, force: bool = False, may_create: Path | None = None) -> None:
    """Raise BriefingError (one line) when an export cannot go to `path`: a folder, not a
    regular file, an existing file without `force`, or a missing folder other than
    `may_create` (the documents folder a default export goes to)."""
    path = path.expanduser()
    if path.is_dir():
        raise BriefingError(f"{path} is a folder; give a file name")
    try:
        check_replaceable(path)  # a FIFO or a device is never replaced by a file
    except OSError as error:
        raise BriefingError(f"{path} is not a regular file; give a file name") from error
    if path.exists() and not force:
        raise BriefingError(f"{path} already exists; use --force to overwrite it")
    missing = missing_folder(path)
    if missing is not None and (may_create is None or missing != may_create.expanduser()):
        raise BriefingError(f"cannot write {path}: folder {missing} does not exist")


def write_export(
    path: Path, text: str, force: bool = False, may_create: Path | None = None
) -> None:
    """Write `text` to `path` durably; an existing file is replaced only with `force`.

    The file is written beside its target and then linked into place (or, with `force`,
    renamed over it), so a reader never sees half an export and an existing file is never
    overwritten by a race between the check and the write. A FIFO or a device at `path`
    is refused, even with `force`. A missing folder is an error naming it (`check_target`),
    except `may_create`, the documents folder, which is made.
    """
    path = path.expanduser()
    check_target(path, force, may_create)
    try:
        if missing_folder(path) is not None:  # `may_create`: check_target allowed it
            path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text.encode("utf-8"), replace=force)
    except FileExistsError as error:
        raise BriefingError(f"{path} already exists; use --force to overwrite it") from error
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from error
