"""Reading the user's data where briefing kept it before `user.sqlite` (once, to migrate).

The old store (`store/`): a snapshot `store.json` (schema 1 or 2), the journal of changes
made since (`journal-G.jsonl`, G the snapshot's generation, one JSON operation a line) and
rolling backups (`backups/store-*.json`). Beside it `sources.json` and `config.json`.

A document's shape is checked against the version it claims before anything is taken from
it: a schema-2 document labelled 1 (or the other way round) is treated as damaged, never
run through the wrong migration. A damaged snapshot gives way to the newest good backup,
with the journal written since replayed on top. Only regular files are read (a FIFO named
`store.json` must not block). Nothing here writes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from briefing.core.files import read_regular
from briefing.core.wording import counted

FORMAT = "briefing-store"
LATEST = 2
_JOURNAL = re.compile(r"journal-(\d+)\.jsonl")
# The type each top-level field must have in each schema version (when present).
_SHAPES: dict[int, dict[str, type | tuple[type, ...]]] = {
    1: {"notes": list, "bookmarks": list, "tags": dict},
    2: {"notes": dict, "bookmarks": dict, "tags": dict, "read": dict, "generation": int},
}


class Unreadable(ValueError):
    """A document that cannot be used; the message says why, for the user."""


@dataclass
class OldStore:
    """The old store's contents, as schema-2 mappings of JSON records."""

    notes: dict[str, Any] = field(default_factory=dict)
    bookmarks: dict[str, Any] = field(default_factory=dict)
    tags: dict[str, Any] = field(default_factory=dict)
    read: dict[str, Any] = field(default_factory=dict)
    saved: str | None = None
    notices: list[str] = field(default_factory=list)


def parse_store_document(raw: bytes) -> tuple[dict[str, Any], int]:
    """A store snapshot and its version, its shape checked; Unreadable with a reason."""
    if not raw.strip():
        raise Unreadable("it is empty")
    if raw.startswith(codecs.BOM_UTF8):
        raise Unreadable("it starts with a byte-order mark (edited outside briefing?)")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4]:
        raise Unreadable("it is UTF-16 encoded (edited outside briefing?)")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Unreadable(f"it is not valid JSON, perhaps truncated ({error})") from error
    return data, check_store_shape(data)


def check_store_shape(data: Any) -> int:
    """The version of store document `data`, once its fields have that version's shape."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise Unreadable("it is not a briefing store")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Unreadable("it has no valid schema version")
    for name, kind in _SHAPES.get(version, {}).items():
        value = data.get(name)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool)):
            other = [v for v, shape in _SHAPES.items() if v != version and _fits(data, shape)]
            looks = f" (it looks like schema {other[0]})" if other else ""
            raise Unreadable(
                f"it says schema {version} but its {name!r} is not what schema {version} "
                f"holds{looks}"
            )
    return version


def _fits(data: dict[str, Any], shape: dict[str, Any]) -> bool:
    return all(
        data.get(name) is None or isinstance(data.get(name), kind) for name, kind in shape.items()
    )


def salvage_encoding(raw: bytes) -> tuple[dict[str, Any], int] | None:
    """The snapshot inside a file that only has the wrong encoding (BOM, UTF-16), if any."""
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            data = orjson.loads(raw.decode(encoding).encode("utf-8"))
            return data, check_store_shape(data)
        except (UnicodeError, orjson.JSONDecodeError, Unreadable):
            continue
    return None


def as_latest(data: dict[str, Any], version: int) -> OldStore:
    """The store's contents from a shape-checked document of `version` (1 or 2)."""
    saved = data.get("saved") if isinstance(data.get("saved"), str) else None
    if version == 1:
        notes = {}
        for index, note in enumerate(data.get("notes") or []):
            key = note.get("id") if isinstance(note, dict) else None
            notes[key if isinstance(key, str) and key not in notes else f"#{index}"] = note
        stamp = saved or ""
        bookmarks = {aid: stamp for aid in data.get("bookmarks") or [] if isinstance(aid, str)}
        return OldStore(notes, bookmarks, dict(data.get("tags") or {}), {}, saved)
    return OldStore(
        dict(data.get("notes") or {}),
        dict(data.get("bookmarks") or {}),
        dict(data.get("tags") or {}),
        dict(data.get("read") or {}),
        saved,
    )


def replay(state: OldStore, raw: bytes) -> tuple[int, int, int]:
    """Apply journal bytes to `state`; (applied, unreadable, not understood) line counts.

    An incomplete last line (a writer killed mid-save) is not a change and is not counted.
    """
    applied = bad = unknown = 0
    for line in raw[: raw.rfind(b"\n") + 1].splitlines():
        try:
            op = orjson.loads(line)
        except orjson.JSONDecodeError:
            bad += 1
            continue
        if not isinstance(op, dict):
            bad += 1
        elif _apply(state, op):
            applied += 1
        else:
            unknown += 1
    return applied, bad, unknown


def _apply(state: OldStore, op: dict[str, Any]) -> bool:
    kind = op.get("op")
    if kind == "note.put" and isinstance(op.get("note"), dict):
        note = op["note"]
        key = note.get("id") if isinstance(note.get("id"), str) else f"#{len(state.notes)}"
        state.notes[key] = note
    elif kind == "note.delete" and isinstance(op.get("id"), str):
        state.notes.pop(op["id"], None)
    elif kind in ("bookmark", "read") and isinstance(op.get("article_id"), str):
        target = state.bookmarks if kind == "bookmark" else state.read
        if op.get("at") is None:
            target.pop(op["article_id"], None)
        else:
            target[op["article_id"]] = op.get("at")
    elif kind == "tags" and isinstance(op.get("article_id"), str):
        if op.get("tags"):
            state.tags[op["article_id"]] = op.get("tags")
        else:
            state.tags.pop(op["article_id"], None)
    else:
        return False
    return True


def journals(folder: Path) -> list[tuple[int, Path]]:
    """The journal files in `folder`, by generation."""
    found = []
    for path in folder.glob("journal-*.jsonl"):
        match = _JOURNAL.fullmatch(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def read_old_store(folder: Path) -> OldStore | None:
    """Everything the old store in `folder` holds (None if a newer briefing wrote it).

    A damaged snapshot gives way to the newest good rolling backup (or, when it only has
    the wrong encoding, its own contents), and the journals written since are replayed.
    What happened is in `notices`.
    """
    snapshot = folder / "store.json"
    notices: list[str] = []
    generation = 0
    try:
        data, version = parse_store_document(read_regular(snapshot))
    except FileNotFoundError:
        found = journals(folder)
        state, generation = OldStore(), found[-1][0] if found else 0
        data = None
    except (OSError, Unreadable) as error:
        reason = getattr(error, "strerror", None) or str(error)
        state, generation, origin = _recover(folder, snapshot)
        notices.append(f"{snapshot} was unreadable ({reason}); {origin}")
        data = None
    if data is not None:
        if version > LATEST:
            return None
        state = as_latest(data, version)
        generation = data.get("generation") if version == LATEST else 0
    total = [0, 0, 0]
    for number, journal in journals(folder):
        if (number == generation) if data is not None else (number >= generation):
            try:
                counts = replay(state, read_regular(journal))
            except OSError:
                continue
            total = [a + b for a, b in zip(total, counts, strict=True)]
    if total[1]:
        notices.append(f"{folder}: skipped {counted(total[1], 'unreadable change')} in the journal")
    if total[2]:
        notices.append(
            f"{folder}: {counted(total[2], 'change')} from a newer briefing "
            f"{'was' if total[2] == 1 else 'were'} not understood"
        )
    state.notices = notices
    return state


def _recover(folder: Path, snapshot: Path) -> tuple[OldStore, int, str]:
    """The newest good backup's contents and generation, and where they came from."""
    backups = sorted((folder / "backups").glob("store-*.json"), reverse=True)
    for backup in backups:
        try:
            data, version = parse_store_document(read_regular(backup))
        except (OSError, Unreadable):
            continue
        if version <= LATEST:
            generation = data.get("generation") if version == LATEST else 0
            return as_latest(data, version), generation or 0, f"restored the backup {backup}"
    try:
        salvaged = salvage_encoding(read_regular(snapshot))
    except OSError:
        salvaged = None
    if salvaged is not None and salvaged[1] <= LATEST:
        data, version = salvaged
        return as_latest(data, version), 0, "recovered its contents"
    return OldStore(), 0, "no good backup was found, so only its journal was read"


def read_json_object(path: Path) -> dict[str, Any]:
    """A JSON object from a regular file; Unreadable (or OSError) otherwise."""
    raw = read_regular(path)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise Unreadable(f"it is not valid JSON ({error})") from error
    if not isinstance(data, dict):
        raise Unreadable("it is not a JSON object")
    return data


def read_old_sources(path: Path) -> tuple[list[str], bool | None]:
    """The registered paths and the samples flag from an old `sources.json`.

    Unreadable when the file is not what it should be (random bytes, `{"paths": 5}`), so
    that a damaged registry is never taken for "no sources".
    """
    data = read_json_object(path)
    paths, samples = data.get("paths", []), data.get("samples")
    if not isinstance(paths, list) or (samples is not None and not isinstance(samples, bool)):
        raise Unreadable("it does not hold a list of paths")
    kept = [item for item in paths if isinstance(item, str) and item]
    if len(kept) != len(paths) and not kept:
        raise Unreadable("none of its paths is readable")
    return kept, samples if isinstance(samples, bool) else None
