"""The folders and files a library indexes: what registering and removing one does to
the user's list of sources (`userdata.sources`). The facade saves the list and refreshes
the index."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from briefing.core.errors import BriefingError
from briefing.core.paths import bundled_dir
from briefing.core.sanitize import is_utf8
from briefing.userdata.sources import Sources


def register(sources: Sources, paths: Iterable[str | os.PathLike[str]]) -> bool:
    """Add `paths` (checked, resolved) to `sources`; True when they are the user's first
    own sources, which replace the samples."""
    resolved = []
    for path in paths:
        target = Path(path).expanduser()
        if not target.exists():
            raise BriefingError(f"{path}: no such file or folder")
        if not is_utf8(str(target)):
            raise BriefingError(f"{path}: the name is not valid UTF-8 (rename it to index it)")
        resolved.append(str(target.resolve()))
    first_own = not sources.paths
    for path in resolved:
        if path not in sources.paths:
            sources.paths.append(path)
    return first_own and bool(resolved)


def is_samples(path: str | os.PathLike[str]) -> bool:
    """Whether `path` is the bundled samples' folder, as `briefing sources` lists it."""
    return Path(path).expanduser().resolve() == bundled_dir("sample_data").resolve()


def unregister(sources: Sources, path: str | os.PathLike[str]) -> None:
    """Take a registered folder or file out of `sources`."""
    wanted = str(Path(path).expanduser().resolve())
    if wanted not in sources.paths:
        raise BriefingError(f"{path}: not a registered source (see 'briefing sources')")
    sources.paths.remove(wanted)
