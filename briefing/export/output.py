"""Where an export goes: the proposed default path, and writing without clobbering."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.files import atomic_write
from briefing.core.paths import Locations


def default_export_path(locations: Locations, day: date) -> Path:
    """The path proposed for an export made on `day`, in the user's documents folder."""
    return locations.documents_dir / f"briefing-notes-{day.isoformat()}.md"


def write_export(path: Path, text: str, force: bool = False) -> None:
    """Write `text` to `path` durably; an existing file is replaced only with `force`.

    The file is written beside its target and then linked into place (or, with `force`,
    renamed over it), so a reader never sees half an export and an existing file is never
    overwritten by a race between the check and the write.
    """
    path = path.expanduser()
    if path.is_dir():
        raise BriefingError(f"{path} is a folder; give a file name")
    if path.exists() and not force:
        raise BriefingError(f"{path} already exists; use --force to overwrite it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, text.encode("utf-8"), replace=force)
    except FileExistsError as error:
        raise BriefingError(f"{path} already exists; use --force to overwrite it") from error
    except OSError as error:
        raise BriefingError(f"cannot write {path}: {error.strerror or error}") from error
