"""The user's store: bookmarks, notes, tags and read state, safe across crashes and processes.

Durability design: a snapshot plus an append-only journal.

- `store.json` is a full snapshot. It is only ever replaced atomically (temp file in the
  same folder, fsync, `os.replace`, fsync of the folder), so it is always a complete old or
  complete new version.
- Every change is one operation appended as one orjson line to `journal-G.jsonl` (G is the
  snapshot's `generation`) with a single `write` and an fsync. Saving therefore costs one
  small append, whatever the size of the store (10,000 notes do not make a note slower to
  save), and a process killed mid-save leaves at most an incomplete last line, which is
  ignored on load and cut off by the next writer: the store loads as the old or the new state.
- Compaction folds the state into a new snapshot with generation G+1 and removes the old
  journal (a crash between the two leaves a stale journal that is never replayed, since
  the snapshot names its generation), and keeps a rolling backup. It runs in `maintain()`:
  on open, and whenever the reader calls it when idle or on exit, if the journal is past
  half the snapshot (at least 256 KiB) or the newest backup is over an hour old. Saves
  never pay for it, except as a safety valve once the journal passes 32 MiB (or twice the
  snapshot).
- A lock (`store.lock`, flock) is held across every read-modify-write. Under it, the writer
  first catches up with whatever other processes saved (a changed snapshot is reloaded, new
  journal lines are applied), then decides its operation against that fresh state, then
  appends. Two instances therefore merge, never overwrite each other.
- Operations *set* values (a whole note, a bookmark time, a tag list), so replaying a
  journal on top of an older backup after damage loses nothing that the journal holds.

Why not rewrite the whole file on each save: with 10,000 notes the snapshot is ~3 MB, and
rewriting plus fsyncing it on every keystroke-save costs tens of milliseconds and wears the
disk; the journal makes a save a few hundred bytes. Atomic replacement is still used for
the snapshot, where a whole-file write is needed anyway.

Reading rule: an article counts as read once it has been open in the reader for
`READ_AFTER_SECONDS` (5 s) or scrolled to its end; the reader calls `mark_read`.
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import orjson

from briefing.core.files import atomic_write, dumps, repair_text
from briefing.core.notes import Anchor, Marks, Note
from briefing.core.paths import Locations, ensure_private_dir
from briefing.core.sanitize import clean_line, clean_text
from briefing.store.durable import append_line
from briefing.store.errors import NoteNotFound, StoreError, StoreReadOnly
from briefing.store.lock import store_lock
from briefing.store.recovery import (
    Unreadable,
    good_backups,
    keep_copy,
    keep_rolling_backup,
    parse_snapshot,
    rolling_backups,
    salvage,
    set_aside,
)
from briefing.store.schema import SCHEMA_VERSION, migrate, version_of
from briefing.store.state import Op, StoreState

SNAPSHOT = "store.json"
LOCK = "store.lock"
BACKUPS = "backups"
COMPACT_MIN_BYTES = 256 * 1024
COMPACT_HARD_BYTES = 32 * 1024 * 1024
BACKUP_EVERY = timedelta(hours=1)
_JOURNAL = re.compile(r"journal-(\d+)\.jsonl")

T = TypeVar("T")
Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Bookmarks, notes, tags and read state of one user, keyed by stable article ids.

    Open with `Store.open(locations)`. Reads are answered from memory; every change is
    durably saved before the method returns (or raises StoreError, leaving disk unchanged).
    `warnings` holds messages the user must see (a damaged file set aside, a read-only
    store); `reload()` picks up changes made by other processes.
    """

    def __init__(self, folder: Path, *, clock: Clock | None = None, lock_wait: float = 10.0):
        self.folder = folder
        self.clock: Clock = clock or _utc_now
        self.lock_wait = lock_wait
        self.warnings: list[str] = []
        self.read_only = False
        self.revision = 0
        self._state = StoreState()
        self._generation = 0
        self._snapshot_sig: tuple[int, int, int] | None = None
        self._journal_offset = 0

    # Opening ------------------------------------------------------------------------
    @classmethod
    def open(
        cls, locations: Locations, *, clock: Clock | None = None, lock_wait: float = 10.0
    ) -> Store:
        """Open the store under `locations.store_dir` (created private if missing)."""
        return cls.open_folder(locations.store_dir, clock=clock, lock_wait=lock_wait)

    @classmethod
    def open_folder(
        cls, folder: Path, *, clock: Clock | None = None, lock_wait: float = 10.0
    ) -> Store:
        """Open the store kept in `folder`."""
        try:
            ensure_private_dir(folder)
        except OSError as error:
            raise StoreError(
                f"cannot create the store folder {folder}: {error.strerror}"
            ) from error
        store = cls(folder, clock=clock, lock_wait=lock_wait)
        with store._locked():
            store._load_locked()
        store.maintain()
        return store

    def close(self) -> None:
        """Compact if due (every change was already saved when made)."""
        try:
            self.maintain()
        except StoreError as error:
            self.warnings.append(str(error))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Paths ----------------------------------------------------------------------------
    @property
    def snapshot_path(self) -> Path:
        """The snapshot file."""
        return self.folder / SNAPSHOT

    @property
    def backups_dir(self) -> Path:
        """Rolling backups and kept copies (pre-migration, pre-restore)."""
        return self.folder / BACKUPS

    def _journal_path(self, generation: int | None = None) -> Path:
        gen = self._generation if generation is None else generation
        return self.folder / f"journal-{gen}.jsonl"

    def _journals(self) -> list[tuple[int, Path]]:
        found = []
        for path in self.folder.glob("journal-*.jsonl"):
            match = _JOURNAL.fullmatch(path.name)
            if match:
                found.append((int(match.group(1)), path))
        return sorted(found)

    # Reading ----------------------------------------------------------------------------
    def notes(self, article_id: str | None = None) -> list[Note]:
        """Notes, oldest first; only those on `article_id` if given."""
        records = self._state.notes.values()
        if article_id is not None:
            ids = self._state.by_article.get(article_id, ())
            records = [self._state.notes[note_id] for note_id in ids]
        return [Note.from_json(r) for r in sorted(records, key=_note_order)]

    def note(self, note_id: str) -> Note:
        """The note with `note_id` (or a unique prefix of at least 4 characters)."""
        return Note.from_json(self._state.notes[self._find_note_id(note_id)])

    def bookmarks(self) -> dict[str, datetime]:
        """Bookmarked article ids and when they were bookmarked, newest first."""
        items = sorted(self._state.bookmarks.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
        return {aid: datetime.fromisoformat(at) for aid, at in items}

    def is_bookmarked(self, article_id: str) -> bool:
        """Whether `article_id` is bookmarked."""
        return article_id in self._state.bookmarks

    def tags(self, article_id: str) -> list[str]:
        """Tags on `article_id`, in the order they were given."""
        return list(self._state.tags.get(article_id, ()))

    def all_tags(self) -> dict[str, int]:
        """Every tag in use and how many articles carry it, by tag."""
        counts: dict[str, int] = {}
        for tags in self._state.tags.values():
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: kv[0].casefold()))

    def tagged(self, tag: str) -> set[str]:
        """Article ids carrying `tag` (compared case-insensitively)."""
        wanted = normalise_tag(tag).casefold()
        return {
            aid
            for aid, tags in self._state.tags.items()
            if any(t.casefold() == wanted for t in tags)
        }

    def read_ids(self) -> set[str]:
        """Every article id that counts as read."""
        return set(self._state.read)

    def is_read(self, article_id: str) -> bool:
        """Whether `article_id` counts as read (see READ_AFTER_SECONDS)."""
        return article_id in self._state.read

    def marks(self, article_ids: Iterable[str]) -> dict[str, Marks]:
        """Markers for a result list: only the given ids that have any mark are returned."""
        state = self._state
        result = {}
        for aid in article_ids:
            mark = Marks(aid in state.bookmarks, aid in state.by_article, aid in state.read)
            if mark:
                result[aid] = mark
        return result

    def annotated_ids(self) -> set[str]:
        """Articles with notes, tags or a bookmark (what an unfiltered export covers)."""
        state = self._state
        return set(state.by_article) | set(state.tags) | set(state.bookmarks)

    def note_count(self) -> int:
        """Number of notes."""
        return len(self._state.notes)

    def to_json(self) -> dict[str, Any]:
        """Everything in the store as a current-version snapshot document."""
        return self._state.to_snapshot(self._generation, self._now())

    # Changing ---------------------------------------------------------------------------
    def add_note(self, article_id: str, text: str, anchor: Anchor | None = None) -> Note:
        """Add a Markdown note on `article_id`, optionally anchored to a passage or fact."""
        article_id = _article_id(article_id)
        now = self._now()

        def build(state: StoreState) -> tuple[Op, str]:
            note_id = secrets.token_hex(6)
            while note_id in state.notes:
                note_id = secrets.token_hex(6)
            record = {
                "id": note_id,
                "article_id": article_id,
                "text": _note_text(text),
                "anchor": anchor.to_json() if anchor else None,
                "created": now,
                "updated": now,
            }
            return {"op": "note.put", "note": record}, note_id

        note_id = self._change(build)
        return self.note(note_id)

    def update_note(self, note_id: str, text: str) -> Note:
        """Replace the text of a note (id or unique prefix); its anchor is kept."""
        now = self._now()

        def build(state: StoreState) -> tuple[Op | None, str]:
            full_id = self._find_note_id(note_id)
            record = state.notes[full_id]
            new_text = _note_text(text)
            if record["text"] == new_text:
                return None, full_id
            return {"op": "note.put", "note": {**record, "text": new_text, "updated": now}}, full_id

        return self.note(self._change(build))

    def delete_note(self, note_id: str) -> Note:
        """Remove a note (id or unique prefix); return what was removed."""

        def build(state: StoreState) -> tuple[Op, Note]:
            full_id = self._find_note_id(note_id)
            return {"op": "note.delete", "id": full_id}, Note.from_json(state.notes[full_id])

        return self._change(build)

    def set_bookmark(self, article_id: str, on: bool = True) -> bool:
        """Bookmark (or un-bookmark) `article_id`; return whether anything changed."""
        article_id = _article_id(article_id)
        now = self._now()

        def build(state: StoreState) -> tuple[Op | None, bool]:
            if (article_id in state.bookmarks) == on:
                return None, False
            return {"op": "bookmark", "article_id": article_id, "at": now if on else None}, True

        return self._change(build)

    def toggle_bookmark(self, article_id: str) -> bool:
        """Flip the bookmark on `article_id` (against the latest saved state); return the new state."""
        article_id = _article_id(article_id)
        now = self._now()

        def build(state: StoreState) -> tuple[Op, bool]:
            on = article_id not in state.bookmarks
            return {"op": "bookmark", "article_id": article_id, "at": now if on else None}, on

        return self._change(build)

    def set_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Make `tags` (normalised, de-duplicated) the tags of `article_id`; return them."""
        article_id = _article_id(article_id)
        wanted = _unique_tags(tags)
        return self._change(lambda state: self._tags_op(state, article_id, wanted))

    def add_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Add `tags` to those of `article_id`; return the resulting tags."""
        article_id = _article_id(article_id)
        extra = list(tags)
        return self._change(
            lambda state: self._tags_op(
                state, article_id, _unique_tags([*state.tags.get(article_id, []), *extra])
            )
        )

    def remove_tags(self, article_id: str, tags: Iterable[str]) -> list[str]:
        """Remove `tags` (case-insensitively) from `article_id`; return the remaining tags."""
        article_id = _article_id(article_id)
        gone = {normalise_tag(tag).casefold() for tag in tags}
        return self._change(
            lambda state: self._tags_op(
                state,
                article_id,
                [t for t in state.tags.get(article_id, []) if t.casefold() not in gone],
            )
        )

    @staticmethod
    def _tags_op(
        state: StoreState, article_id: str, tags: list[str]
    ) -> tuple[Op | None, list[str]]:
        if state.tags.get(article_id, []) == tags:
            return None, tags
        return {"op": "tags", "article_id": article_id, "tags": tags}, tags

    def mark_read(self, article_id: str) -> bool:
        """Record that `article_id` has been read; return whether that is new."""
        return self._set_read(article_id, True)

    def mark_unread(self, article_id: str) -> bool:
        """Forget that `article_id` was read; return whether anything changed."""
        return self._set_read(article_id, False)

    def _set_read(self, article_id: str, read: bool) -> bool:
        article_id = _article_id(article_id)
        now = self._now()

        def build(state: StoreState) -> tuple[Op | None, bool]:
            if (article_id in state.read) == read:
                return None, False
            return {"op": "read", "article_id": article_id, "at": now if read else None}, True

        return self._change(build)

    def replace_all(self, data: dict[str, Any]) -> Path:
        """Replace everything with snapshot `data` (e.g. a backup); return the kept old copy."""
        self._check_writable()
        try:
            version = version_of(data)
        except ValueError as error:
            raise StoreError(f"not a briefing store: {error}") from error
        if version > SCHEMA_VERSION:
            raise StoreError(f"this data is from a newer briefing (schema {version})")
        new_state = StoreState.from_snapshot(migrate(data, self._now()))
        with self._locked():
            self._catch_up_locked()
            self._check_writable()
            stamp = self._stamp()
            try:
                kept = self.backups_dir / f"pre-restore-{stamp}.json"
                self.backups_dir.mkdir(mode=0o700, exist_ok=True)
                atomic_write(kept, dumps(self._state.to_snapshot(self._generation, self._now())))
                self._write_snapshot_locked(new_state)
            except OSError as error:
                raise StoreError(f"could not restore: {error.strerror or error}") from error
        return kept

    # Syncing ----------------------------------------------------------------------------
    def changed_on_disk(self) -> bool:
        """Cheap check (two stats, no lock) whether another process saved something."""
        if _signature(self.snapshot_path) != self._snapshot_sig:
            return True
        try:
            return self._journal_path().stat().st_size != self._journal_offset
        except FileNotFoundError:
            return self._journal_offset != 0

    def reload(self) -> bool:
        """Pick up changes saved by other processes; return whether anything changed."""
        before = self.revision
        with self._locked():
            self._catch_up_locked()
        return self.revision != before

    def maintain(self) -> bool:
        """Compact if the journal is long or a rolling backup is due; return whether it did.

        Cheap when nothing is due (a stat or two). The reader should call it when idle
        (e.g. every few minutes) and on exit; `open` and `close` call it too. A failure
        only delays compaction: it is noted in `warnings`, never raised.
        """
        if self.read_only or not (self._compaction_due() or self._backup_due()):
            return False
        with self._locked():
            self._catch_up_locked()
            if self.read_only or not (self._compaction_due() or self._backup_due()):
                return False
            return self._try_compact_locked()

    def compact(self) -> None:
        """Fold the journal into a new snapshot now (and keep a rolling backup)."""
        self._check_writable()
        with self._locked():
            self._catch_up_locked()
            try:
                self._compact_locked()
            except OSError as error:
                raise StoreError(f"could not compact the store: {error.strerror}") from error

    # Internals --------------------------------------------------------------------------
    @contextmanager
    def _locked(self) -> Iterator[None]:
        with store_lock(self.folder / LOCK, self.lock_wait):
            yield

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat()

    def _stamp(self) -> str:
        return self.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreReadOnly(
                f"the store {self.snapshot_path} was written by a newer briefing; "
                "it is open read-only (upgrade briefing to change it)"
            )

    def _find_note_id(self, note_id: str) -> str:
        notes = self._state.notes
        if note_id in notes:
            return note_id
        if len(note_id) >= 4:
            matches = [nid for nid in notes if nid.startswith(note_id)]
            if len(matches) == 1:
                return matches[0]
            if matches:
                raise NoteNotFound(f"note id {note_id!r} is ambiguous; give more characters")
        raise NoteNotFound(f"no note with id {note_id!r}")

    def _change(self, build: Callable[[StoreState], tuple[Op | None, T]]) -> T:
        self._check_writable()
        with self._locked():
            self._catch_up_locked()
            self._check_writable()
            op, result = build(self._state)
            if op is None:
                return result
            line = dumps(op) + b"\n"
            path = self._journal_path()
            try:
                self._journal_offset = append_line(path, line)
            except OSError as error:
                reason = error.strerror or type(error).__name__
                raise StoreError(
                    f"could not save to {path}: {reason}; nothing was changed"
                ) from error
            self._state.apply(orjson.loads(line))
            self.revision += 1
            if self._journal_offset >= max(COMPACT_HARD_BYTES, 2 * self._snapshot_size()):
                self._try_compact_locked()
        return result

    def _snapshot_size(self) -> int:
        return self._snapshot_sig[2] if self._snapshot_sig else 0

    def _compaction_due(self) -> bool:
        return self._journal_offset >= max(COMPACT_MIN_BYTES, self._snapshot_size() // 2)

    def _try_compact_locked(self) -> bool:
        # The change is already durable in the journal; a failed compaction only delays.
        try:
            self._compact_locked()
            return True
        except OSError as error:
            self.warnings.append(f"could not compact the store: {error.strerror or error}")
            return False

    def _compact_locked(self) -> None:
        if self.read_only:
            return
        data = self._write_snapshot_locked(self._state)
        keep_rolling_backup(data, self.backups_dir, self._stamp(), self._generation)

    def _write_snapshot_locked(self, state: StoreState) -> bytes:
        generation = max([self._generation, *(g for g, _ in self._journals())]) + 1
        data = dumps(state.to_snapshot(generation, self._now()))
        atomic_write(self.snapshot_path, data)
        self._snapshot_sig = _signature(self.snapshot_path)
        self._generation = generation
        self._journal_offset = 0
        if state is not self._state:
            self._state = state
            self.revision += 1
        for gen, path in self._journals():
            if gen < generation:
                path.unlink(missing_ok=True)
        # Temp files of writers that died mid-write (none can be live: we hold the lock).
        for temp in self.folder.glob(f".{SNAPSHOT}.*.tmp"):
            temp.unlink(missing_ok=True)
        return data

    def _backup_due(self) -> bool:
        if self.read_only or self._journal_offset == 0:
            return False
        newest = rolling_backups(self.backups_dir)
        if not newest:
            return True
        age = self.clock().timestamp() - newest[0].stat().st_mtime
        return age >= BACKUP_EVERY.total_seconds()

    def _catch_up_locked(self) -> None:
        if _signature(self.snapshot_path) != self._snapshot_sig:
            self._load_locked()
        else:
            self._read_journal(locked=True)

    def _load_locked(self) -> None:
        self._state = StoreState()
        self.revision += 1
        self._journal_offset = 0
        path = self.snapshot_path
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            journals = self._journals()
            self._generation = journals[-1][0] if journals else 0
            self._snapshot_sig = None
            self._read_journal(locked=True)
            return
        except OSError as error:
            raise StoreError(f"cannot read the store {path}: {error.strerror}") from error
        try:
            data = parse_snapshot(raw)
        except Unreadable as error:
            self._recover_locked(raw, str(error))
            return
        self._snapshot_sig = _signature(path)
        version = version_of(data)
        if version > SCHEMA_VERSION:
            self.read_only = True
            self.warnings.append(
                f"{path} was written by a newer briefing (schema {version}, this one reads "
                f"{SCHEMA_VERSION}); opened read-only, it will not be changed"
            )
        elif version < SCHEMA_VERSION:
            data = self._migrate_locked(data, version)
        self._state = StoreState.from_snapshot(data)
        self._generation = _generation_of(data)
        self._read_journal(locked=True)

    def _migrate_locked(self, data: dict[str, Any], version: int) -> dict[str, Any]:
        stamp = self._stamp()
        migrated = migrate(data, self._now())
        try:
            kept = keep_copy(
                self.snapshot_path, self.backups_dir, f"pre-migration-v{version}-{stamp}.json"
            )
            migrated["generation"] = max([0, *(g for g, _ in self._journals())])
            atomic_write(self.snapshot_path, dumps(migrated))
            self._snapshot_sig = _signature(self.snapshot_path)
            self.warnings.append(
                f"the store was upgraded from schema {version} to {SCHEMA_VERSION}; "
                f"the old file is kept as {kept}"
            )
        except OSError as error:
            self.warnings.append(
                f"the store needs upgrading from schema {version} but could not be saved "
                f"({error.strerror or error}); using the upgraded data in memory"
            )
        return migrated

    def _recover_locked(self, raw: bytes, reason: str) -> None:
        """Set the damaged snapshot aside and restore the newest good backup."""
        path = self.snapshot_path
        data, origin = None, ""
        for backup, candidate in good_backups(self.backups_dir):
            if version_of(candidate) <= SCHEMA_VERSION:
                data, origin = migrate(candidate, self._now()), f"restored the backup {backup}"
                break
        if data is None:
            data = salvage(raw)
            if data is not None and version_of(data) <= SCHEMA_VERSION:
                data, origin = migrate(data, self._now()), "recovered its contents"
            else:
                data = StoreState().to_snapshot(0, self._now())
                origin = "no good backup was found, so the store starts empty"
        state = StoreState.from_snapshot(data)
        base = _generation_of(data)
        replayed = 0
        for gen, journal in self._journals():
            if gen >= base:
                replayed += self._replay_file(state, journal)
        try:
            aside = set_aside(path, self._stamp())
            self._generation = base
            self._write_snapshot_locked(state)
            self._state = state
        except OSError as error:
            self._state = state
            self.read_only = True
            self.warnings.append(
                f"{path} is unreadable ({reason}) and could not be repaired "
                f"({error.strerror or error}); showing recovered data read-only"
            )
            return
        extra = f", and re-applied {replayed} recent changes" if replayed else ""
        self.warnings.append(
            f"{path} was unreadable ({reason}); it was set aside as {aside}; {origin}{extra}"
        )

    def _replay_file(self, state: StoreState, journal: Path) -> int:
        try:
            data = journal.read_bytes()
        except OSError:
            return 0
        count = 0
        for line in data[: data.rfind(b"\n") + 1].splitlines():
            op = _parse_op(line)
            if op is not None and state.apply(op):
                count += 1
        return count

    def _read_journal(self, locked: bool) -> None:
        path = self._journal_path()
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size < self._journal_offset:
                    # Cut back by someone other than us: start over from the snapshot.
                    self._snapshot_sig = None
                    self._load_locked()
                    return
                handle.seek(self._journal_offset)
                data = handle.read(size - self._journal_offset)
        except FileNotFoundError:
            return
        end = data.rfind(b"\n") + 1
        bad = unknown = 0
        for line in data[:end].splitlines():
            op = _parse_op(line)
            if op is None:
                bad += 1
            elif not self._state.apply(op):
                unknown += 1
        if end:
            self.revision += 1
        if end < len(data) and locked and not self.read_only:
            # An incomplete last line: a writer died mid-save. Its change never happened.
            try:
                os.truncate(path, self._journal_offset + end)
            except OSError:
                pass
        self._journal_offset += end
        if bad:
            self.warnings.append(f"{path}: skipped {bad} unreadable change(s)")
        if unknown:
            self.read_only = True
            self.warnings.append(
                f"{path} holds changes from a newer briefing; the store is open read-only"
            )


def normalise_tag(tag: str) -> str:
    """A tag as stored: one line, no leading '#', inner whitespace as '-'."""
    return "-".join(clean_line(repair_text(tag)).lstrip("#").split())


def _unique_tags(tags: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for tag in tags:
        tag = normalise_tag(tag)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _note_text(text: str) -> str:
    return clean_text(repair_text(text)).strip("\n")


def _article_id(article_id: str) -> str:
    if not isinstance(article_id, str) or not article_id.strip():
        raise StoreError("an article id is required")
    return article_id


def _note_order(record: dict[str, Any]) -> tuple[str, str]:
    return (record["created"], record["id"])


def _parse_op(line: bytes) -> Op | None:
    try:
        op = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    return op if isinstance(op, dict) else None


def _generation_of(data: dict[str, Any]) -> int:
    gen = data.get("generation")
    return gen if isinstance(gen, int) and not isinstance(gen, bool) and gen >= 0 else 0


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)
