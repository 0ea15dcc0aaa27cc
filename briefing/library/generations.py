"""Index generations: each build lives in its own folder, and CURRENT names the live one.

A rebuild writes a new generation beside the live one and switches CURRENT with an atomic
rename, so a reader never sees a half-built index.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import orjson

from briefing.core.files import atomic_write
from briefing.core.paths import ensure_private_dir
from briefing.library.version import SCHEMA_VERSION

_CURRENT = "CURRENT"
MANIFEST = "manifest.json"


def current(index_dir: Path) -> Path | None:
    """The live generation folder, or None when there is none yet."""
    try:
        name = (index_dir / _CURRENT).read_bytes().decode("utf-8").strip()
    except (OSError, UnicodeDecodeError):  # none, or damaged: there is no live generation
        return None
    if not name or "/" in name or name.startswith("."):
        return None
    path = index_dir / name
    return path if path.is_dir() else None


def create(index_dir: Path) -> Path:
    """A new, empty, private generation folder with its manifest."""
    ensure_private_dir(index_dir)
    path = index_dir / f"gen-{time.time_ns():x}"
    ensure_private_dir(path)
    manifest = {"schema_version": SCHEMA_VERSION, "created": time.time()}
    (path / MANIFEST).write_bytes(orjson.dumps(manifest))
    return path


def schema_version(generation: Path) -> int | None:
    """The schema version a generation was built with."""
    try:
        return int(orjson.loads((generation / MANIFEST).read_bytes())["schema_version"])
    except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        return None


def activate(index_dir: Path, generation: Path) -> None:
    """Make `generation` the live one (atomic rename) and delete the older ones."""
    atomic_write(index_dir / _CURRENT, generation.name.encode("utf-8"))
    for other in index_dir.glob("gen-*"):
        if other != generation and other.is_dir():
            shutil.rmtree(other, ignore_errors=True)


def clean(index_dir: Path) -> list[str]:
    """Remove what killed runs left; the caller holds the writer lock, so nobody is building.

    Generation folders CURRENT does not name (a killed rebuild's), and temporary files and
    folders (`*.tmp`: a killed writer's or worker's segment pool, a half-written CURRENT)
    in the index folder and the live generation. Returns the names removed."""
    live = current(index_dir)
    removed = []
    for folder in (index_dir, live):
        try:
            entries = list(os.scandir(folder)) if folder is not None else []
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            stale = (
                folder == index_dir
                and name.startswith("gen-")
                and name != getattr(live, "name", None)
            )
            if stale or name.endswith(".tmp"):
                _remove(Path(entry.path))
                removed.append(name)
    return removed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def clear_the_way(index_dir: Path) -> Path | None:
    """Move aside a file (or anything but a folder) where the index folder belongs, so that
    the index can be built; return where it went, or None when the way was clear. It is
    our cache folder, but what is there is kept, never deleted."""
    if not os.path.lexists(index_dir) or index_dir.is_dir():
        return None
    target = index_dir.with_name(f"{index_dir.name}.not-a-folder-{time.strftime('%Y%m%d-%H%M%S')}")
    os.replace(index_dir, target)
    return target


def discard(generation: Path) -> None:
    """Delete a generation that was never made live (a build that stopped half-way)."""
    shutil.rmtree(generation, ignore_errors=True)


def set_aside(index_dir: Path, generation: Path) -> Path:
    """Move a broken generation out of the way (kept for inspection) and return its new path."""
    target = index_dir / f"broken-{time.strftime('%Y%m%d-%H%M%S')}-{generation.name}"
    os.replace(generation, target)
    (index_dir / _CURRENT).unlink(missing_ok=True)
    for old in sorted(index_dir.glob("broken-*"))[:-3]:
        shutil.rmtree(old, ignore_errors=True)
    return target
