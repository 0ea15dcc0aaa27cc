"""Running one measured process: wall and CPU time, and the peak memory of its tree.

Memory is read from /proc (psutil is not a dependency): the resident set of the process
and every descendant, summed, polled every 50 ms; the peak of that sum is the figure
(so spawned workers count, as they do for the machine). CPU time is the children's
rusage (workers that were waited for included).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

CHILD = Path(__file__).with_name("scale_child.py")
_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss(pid: int) -> int:
    """Resident bytes of one process (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def descendants(root: int) -> list[int]:
    """Every process below `root` (children, their children...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    out, frontier = [], [root]
    while frontier:
        children = parents.get(frontier.pop(), [])
        out.extend(children)
        frontier.extend(children)
    return out


class PeakMemory:
    """Poll the tree of `pid` in a thread; `peak` and `largest` (one process) in bytes."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.peak = self.largest = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        while not self._stop.is_set():
            sizes = [rss(pid) for pid in [self.pid, *descendants(self.pid)]]
            self.peak = max(self.peak, sum(sizes))
            self.largest = max(self.largest, max(sizes))
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# Measured processes start as an installed briefing starts: from bytecode. With
# PYTHONDONTWRITEBYTECODE set (as in some shells and CI), every fresh process compiled
# briefing's hundred modules again: about 0.1 s of each cold command at any size. The
# bytecode goes to a cache of its own (the first run of each module writes it), not into
# the source tree.
PYCACHE = Path(tempfile.gettempdir()) / "briefing-scale-pycache"


def child_environment(extra: dict | None = None) -> dict:
    """The environment of a measured process: ours, bytecode cached, plus `extra`."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(PYCACHE), **(extra or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(operation: str, payload: dict, env: dict | None = None, memory: bool = False) -> dict:
    """Run one operation of `scale_child.py` in a fresh process; its result with `wall_s`,
    `cpu_s` and (with `memory`) `peak_mb` and `largest_mb` added."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(CHILD), operation, json.dumps(payload)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_environment(env),
    )
    monitor = PeakMemory(process.pid) if memory else None
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    if monitor is not None:
        monitor.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        raise SystemExit(f"{operation} failed:\n{stderr[-3000:]}")
    lines = [line for line in stdout.splitlines() if line.startswith("RESULT ")]
    result = json.loads(lines[-1][7:]) if lines else {}
    result["wall_s"] = round(wall, 3)
    result["cpu_s"] = round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 3)
    if monitor is not None:
        result["peak_mb"] = round(monitor.peak / 2**20, 1)
        result["largest_mb"] = round(monitor.largest / 2**20, 1)
    return result


def command(arguments: list[str], env: dict | None = None) -> dict:
    """Wall and CPU seconds of one whole `briefing` command (a fresh process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "briefing", *arguments],
        capture_output=True,
        text=True,
        env=child_environment(env),
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode != 0:
        raise SystemExit(f"briefing {' '.join(arguments)} failed:\n{completed.stderr[-2000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}


def sizes_on_disk(folder: Path) -> dict[str, int]:
    """Bytes per kind of file under `folder` (Whoosh segment files by extension)."""
    out: dict[str, int] = {}
    paths = [folder] if folder.is_file() else folder.rglob("*")
    for path in paths:
        if path.is_file():
            name = path.name if path.suffix in {"", ".sqlite", ".json"} else f"*{path.suffix}"
            out[name] = out.get(name, 0) + path.stat().st_size
    return out


def table_sizes(database: Path) -> dict[str, int]:
    """Bytes of each table and index of an SQLite file (SQLite's dbstat table, what
    `sqlite3_analyzer` reports), largest first; empty when this SQLite lacks dbstat."""
    import sqlite3

    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
        return dict(rows.fetchall())
    except sqlite3.OperationalError:
        return {}
    finally:
        db.close()
