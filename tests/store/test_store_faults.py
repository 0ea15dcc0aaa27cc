"""Faults: killed mid-save, two writers at once, read-only folder, file size limit."""

from __future__ import annotations

import os
import random
import resource
import signal
import stat
import time
from pathlib import Path

import pytest

import briefing.store.store as store_module
from briefing.store import Store, StoreError
from tests.store.helpers import in_child

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _state_step(store: Store) -> tuple[int, int]:
    """(note counter, tag counter) written by the kill-loop child."""
    notes = store.notes("counter")
    note_value = int(notes[0].text) if notes else 0
    tags = store.tags("counter")
    return note_value, int(tags[0][1:]) if tags else 0


def test_sigkill_mid_save_leaves_old_or_new_state(tmp_path, monkeypatch):
    """200 times: a child saves in a loop and is SIGKILLed at a random moment.

    Each step sets one value to the step number (odd steps the note text, even steps the
    tag), and reports the step through a pipe only once the save returned. After the kill,
    the store must load with the last reported step or the one after it, never anything
    else, never a damaged file. A tiny compaction threshold makes the child also replace
    the snapshot (and write backups) often, so kills land there too.
    """
    monkeypatch.setattr(store_module, "COMPACT_HARD_BYTES", 600)
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    note_id = store.add_note("counter", "0").id
    rng = random.Random(1234)
    compactions = 0
    for _ in range(200):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            try:
                child = Store.open_folder(folder)
                step = max(_state_step(child))
                os.write(write_end, b"ready\n")
                while True:
                    step += 1
                    if step % 2:
                        child.update_note(note_id, str(step))
                    else:
                        child.set_tags("counter", [f"t{step}"])
                    os.write(write_end, f"{step}\n".encode())
            finally:
                os._exit(1)
        os.close(write_end)
        pipe = os.fdopen(read_end, "rb")
        assert pipe.readline() == b"ready\n"  # the child is now saving in a loop
        time.sleep(rng.uniform(0.0, 0.012))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with pipe:
            reported = pipe.read().split()
        loaded = Store.open_folder(folder)
        assert loaded.warnings == [], loaded.warnings
        note_step, tag_step = _state_step(loaded)
        last_done = int(reported[-1]) if reported else None
        current = max(note_step, tag_step)
        # The state is exactly "after step N": the other value is from step N-1.
        assert min(note_step, tag_step) == current - 1 or current <= 1
        if last_done is not None:
            assert current in (last_done, last_done + 1), (last_done, note_step, tag_step)
        compactions += any((folder / "backups").glob("store-*.json"))
    assert compactions > 0
    assert max(_state_step(Store.open_folder(folder))) > 50  # the kills did land mid-loop


def test_two_processes_doing_500_operations_each_lose_nothing(tmp_path, monkeypatch):
    # Small compactions so that each writer also has to catch up with new snapshots.
    monkeypatch.setattr(store_module, "COMPACT_HARD_BYTES", 16 * 1024)
    folder = tmp_path / "store"
    Store.open_folder(folder)

    def writer(name: str):
        def body() -> int:
            store = Store.open_folder(folder, lock_wait=60)
            for i in range(500):
                if i % 3 == 0:
                    store.add_note(f"{name}-{i}", f"note {name} {i}")
                elif i % 3 == 1:
                    store.set_bookmark(f"{name}-{i}")
                else:
                    store.add_tags("shared", [f"{name}-{i}"])
            return 0

        return body

    pids = []
    for name in ("p1", "p2"):
        pid = os.fork()
        if pid == 0:
            code = 99
            try:
                code = writer(name)()
            finally:
                os._exit(code)
        pids.append(pid)
    for pid in pids:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0

    store = Store.open_folder(folder)
    for name in ("p1", "p2"):
        notes = {n.article_id for n in store.notes() if n.text.startswith(f"note {name} ")}
        assert notes == {f"{name}-{i}" for i in range(0, 500, 3)}
        bookmarks = {aid for aid in store.bookmarks() if aid.startswith(f"{name}-")}
        assert bookmarks == {f"{name}-{i}" for i in range(1, 500, 3)}
        tags = {t for t in store.tags("shared") if t.startswith(f"{name}-")}
        assert tags == {f"{name}-{i}" for i in range(2, 500, 3)}
    assert len(store.notes()) == 2 * len(range(0, 500, 3))


def _enter_as_unprivileged(folder: Path) -> None:
    """Work from `folder`; as root (which ignores permissions) continue as 'nobody'.

    The working directory is entered first, so that relative paths still resolve when the
    folders above it (a root-only pytest temp dir) are closed to 'nobody'.
    """
    os.chdir(folder)
    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)


def test_save_into_a_read_only_folder_fails_cleanly_then_succeeds(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "kept")
    store.compact()  # no journal: the next save must create a file in the folder
    snapshot = (folder / "store.json").read_bytes()
    for path in folder.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    os.chmod(tmp_path, 0o755)
    os.chmod(folder, 0o555)
    errors = tmp_path / "errors.txt"
    errors.write_text("")
    os.chmod(errors, 0o666)

    def attempt() -> int:
        _enter_as_unprivileged(tmp_path)
        child = Store.open_folder(Path("store"))
        try:
            child.add_note("a1", "lost")
        except StoreError as error:
            Path("errors.txt").write_text(str(error))
            return 3
        return 0

    try:
        assert in_child(attempt) == 3
    finally:
        os.chmod(folder, 0o700)
    message = errors.read_text()
    assert "could not save" in message and "nothing was changed" in message
    assert (folder / "store.json").read_bytes() == snapshot
    assert [n.text for n in Store.open_folder(folder).notes()] == ["kept"]
    store.add_note("a1", "later")
    assert [n.text for n in Store.open_folder(folder).notes()] == ["kept", "later"]


def _with_file_size_limit(limit: int, action) -> int:
    def body() -> int:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            action()
        except StoreError:
            return 3
        return 0

    return in_child(body)


def test_file_size_limit_on_append_keeps_the_old_journal(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "kept")
    (journal,) = folder.glob("journal-*.jsonl")
    before = journal.read_bytes()

    code = _with_file_size_limit(len(before) + 20, lambda: store.add_note("a1", "x" * 500))

    assert code == 3
    assert journal.read_bytes() == before  # the partial line was cut back
    store.add_note("a1", "later")
    assert [n.text for n in Store.open_folder(folder).notes()] == ["kept", "later"]


def test_file_size_limit_on_snapshot_keeps_the_old_snapshot(tmp_path):
    folder = tmp_path / "store"
    store = Store.open_folder(folder)
    store.add_note("a1", "kept")
    store.compact()
    snapshot = (folder / "store.json").read_bytes()
    store.add_note("a1", "y" * 2000)

    code = _with_file_size_limit(len(snapshot) + 100, store.compact)

    assert code == 3
    assert (folder / "store.json").read_bytes() == snapshot
    assert not list(folder.glob(".store.json.*.tmp"))
    assert [len(n.text) for n in Store.open_folder(folder).notes()] == [4, 2000]
    store.compact()
    assert stat.S_ISREG((folder / "store.json").stat().st_mode)
    assert len(Store.open_folder(folder).notes()) == 2
