"""Indexing workers end with their parent, and the next run holding the writer lock
removes what killed runs left (issue 17 items 10 and 11)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.library import generations, lifeline

# The middle process: starts a worker the way the indexer does (spawn), prints its pid,
# then waits to be killed.
_PARENT = """
import sys, time
from multiprocessing import get_context
from tests.library.test_lifeline import worker
context = get_context("spawn")
import os
child = context.Process(target=worker, args=(os.getpid(), sys.argv[1] == "both"), daemon=True)
child.start()
print(child.pid, flush=True)
time.sleep(120)
"""


def worker(parent: int, both: bool) -> None:
    """A worker that would wait for jobs forever."""
    if both:
        lifeline.exit_with_parent(parent)
    else:
        lifeline._watch_sentinel()  # the portable line of defence alone
    time.sleep(120)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to watch processes")
@pytest.mark.parametrize("defences", ["both", "sentinel"])
def test_a_worker_ends_when_its_parent_is_killed(defences):
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(repo)}
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, defences], stdout=subprocess.PIPE, env=env, cwd=repo
    )
    try:
        child = int(parent.stdout.readline())
        time.sleep(0.5)  # the worker is up and armed
        assert _alive(child)
        parent.kill()
        parent.wait()
        deadline = time.monotonic() + 10
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(child)
    finally:
        parent.kill()
        parent.stdout.close()


def test_clean_removes_what_killed_runs_left(tmp_path):
    index_dir = tmp_path / "index"
    live = generations.create(index_dir)
    generations.activate(index_dir, live)
    stale = generations.create(index_dir)  # a killed rebuild's
    (stale / "docs.sqlite").write_bytes(b"half")
    (live / "MAIN.abc.tmp").mkdir()  # a killed worker's segment pool
    (live / "MAIN.abc.tmp" / "x.seg").write_bytes(b"x")
    (index_dir / ".CURRENT.123.tmp").write_bytes(b"gen-")
    broken = index_dir / "broken-20250101-000000-gen-1"
    broken.mkdir()  # set aside on purpose: kept for the user to inspect
    (live / "_MAIN_1.toc").write_bytes(b"toc")

    removed = generations.clean(index_dir)

    assert sorted(removed) == sorted([stale.name, "MAIN.abc.tmp", ".CURRENT.123.tmp"])
    assert sorted(p.name for p in index_dir.iterdir()) == sorted(
        [live.name, broken.name, "CURRENT"]
    )
    assert (live / "_MAIN_1.toc").exists() and (live / "manifest.json").exists()
    assert generations.clean(index_dir) == []
