"""Fault injection: `briefing index`, `index --rebuild` and note writers killed at random
moments (SIGKILL, SIGTERM, SIGHUP), each followed by the checks a user would make.

After every kill: the killed command's other processes exit by themselves (its indexing
workers; given a few seconds), the next command succeeds, the index is correct and
duplicate-free (every file once, by title, no id twice), no note that a command
acknowledged (exit 0) is lost, and the next start leaves no `gen-*` folder but the live one
and no temporary file. Seeded: the same seed gives the same schedule.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import harness
from tests.hostile.corpus import PROSE, text_article, write
from tests.hostile.judge import leftover_paths

FILES = 240  # over the indexer's threshold for worker processes
SIGNALS = {"KILL": signal.SIGKILL, "TERM": signal.SIGTERM, "HUP": signal.SIGHUP}
# The first kills are fixed, so that even a short run hits the workers of each command.
OPENING = [
    ("rebuild", "KILL", "workers"),
    ("note", "KILL", "random"),
    ("first-index", "TERM", "workers"),
    ("rebuild", "HUP", "workers"),
    ("changed", "KILL", "workers"),
    ("note", "TERM", "random"),
]
TARGETS = ["rebuild", "first-index", "changed", "note"]


@dataclass
class KillReport:
    kills: int = 0
    by_signal: Counter = field(default_factory=Counter)
    by_target: Counter = field(default_factory=Counter)
    killed_mid_run: int = 0  # the command was still running when the signal came
    next_failed: int = 0
    crashes: int = 0
    hangs: int = 0
    index_wrong: int = 0
    notes_acknowledged: int = 0
    notes_lost: int = 0
    processes: int = 0
    kills_with_processes: int = 0
    folders: int = 0  # kills after which a folder or file was left after the next start
    left: set = field(default_factory=set)  # every such path seen
    failures: list[str] = field(default_factory=list)
    problems: Counter = field(default_factory=Counter)  # kind -> kills it happened after

    def summary(self) -> dict:
        return {
            "kills": self.kills,
            "by_signal": dict(self.by_signal),
            "by_target": dict(self.by_target),
            "killed_mid_run": self.killed_mid_run,
            "next_failed": self.next_failed,
            "crashes": self.crashes,
            "hangs": self.hangs,
            "index_wrong": self.index_wrong,
            "notes_acknowledged": self.notes_acknowledged,
            "notes_lost": self.notes_lost,
            "processes": self.processes,
            "kills_with_processes": self.kills_with_processes,
            "folders": self.folders,
            "paths_left": len(self.left),
        }


class Library:
    """A library of FILES articles (each title once) and its home."""

    def __init__(self, folder: Path, seed: int):
        self.folder = folder
        self.lib = folder / "lib"
        self.home = folder / "home"
        self.rng = random.Random(seed)
        self.edits = 0
        for number in range(FILES):
            self._write(number)

    def _write(self, number: int) -> None:
        body = f"{PROSE} Edition {self.edits} of story {number}. {PROSE}"
        write(self.lib / f"s{number // 50}" / f"story{number:03d}.txt",
              text_article(self.title(number), body))  # fmt: skip

    @staticmethod
    def title(number: int) -> str:
        return f"Kill test story number {number:03d}"

    def titles(self) -> set[str]:
        return {self.title(n) for n in range(FILES)}

    def change(self, count: int) -> None:
        """Rewrite `count` files (same titles, new bodies): an incremental run with workers."""
        self.edits += 1
        for number in self.rng.sample(range(FILES), count):
            self._write(number)


def run_kills(
    folder: Path, count: int, seed: int = 17, progress: Callable[[], None] | None = None
) -> KillReport:
    """`count` kills at seeded random moments; every check after each (see module doc)."""
    report = KillReport()
    if count <= 0:
        return report
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    library = Library(folder, seed)
    home = library.home
    started = time.monotonic()
    first = harness.run(home, "index", str(library.lib), "--quiet", timeout=300)
    if first.code != 0:
        report.failures.append(f"the first index failed:\n{first.transcript()}")
        report.next_failed += 1
        return report
    index_seconds = time.monotonic() - started
    listing = harness.run(home, "search", "", "--json", "--limit", "1")
    article = listing.json()["results"][0]["id"]
    acknowledged: list[str] = []
    note_seconds = 0.5
    written = harness.run(home, "note", article, "kill-note before the kills")
    if written.code == 0:
        acknowledged.append("kill-note before the kills")
        note_seconds = written.seconds
    for number in range(count):
        if number < len(OPENING):
            target, signame, moment = OPENING[number]
        else:
            target = rng.choice(TARGETS)
            signame = rng.choice(list(SIGNALS))
            moment = rng.choice(["random", "workers"]) if target != "note" else "random"
        text = f"kill-note {number}"
        if target == "note":
            argv = ("note", article, text)
            window = note_seconds * 1.3  # about one in four finishes before its kill
        else:
            if target == "first-index":
                _remove_index(home)
            elif target == "changed":
                library.change(FILES - 10)
            argv = ("index", "--rebuild") if target == "rebuild" else ("index",)
            window = index_seconds * 1.2
        delay = rng.uniform(0.05, window)
        outcome = _kill_one(home, argv, SIGNALS[signame], moment, delay)
        report.kills += 1
        report.by_signal[signame] += 1
        report.by_target[target] += 1
        report.killed_mid_run += outcome["mid_run"]
        label = f"kill {number}: {target} {signame} at {outcome['at']:.2f}s ({moment})"
        if target == "note" and outcome["code"] == 0:
            acknowledged.append(text)
        if outcome["crashed"]:
            report.crashes += 1
            report.failures.append(f"{label}: the killed command printed a traceback")
        if outcome["hung"]:
            report.hangs += 1
            report.failures.append(f"{label}: still running 30 s after {signame}")
        if outcome["leftover"]:
            report.processes += len(outcome["leftover"])
            report.kills_with_processes += 1
            report.problems["processes"] += 1
            report.failures.append(
                f"{label}: {len(outcome['leftover'])} process(es) still running 5 s later"
            )
        _check_after(report, library, acknowledged, label)
        # A note saved between kills: every later check holds it too.
        saved = f"kill-note saved after kill {number}"
        if harness.run(home, "note", article, saved).code == 0:
            acknowledged.append(saved)
        if progress:
            progress()
    return report


def _remove_index(home: Path) -> None:
    import shutil

    shutil.rmtree(home / "cache" / "index", ignore_errors=True)


def _kill_one(home: Path, argv: tuple[str, ...], sig: int, moment: str, delay: float) -> dict:
    """Start `briefing ARGV`, signal it at the chosen moment, wait; what happened.

    Its output goes to files, not pipes: workers left behind would hold a pipe open."""
    output = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, after the wait)
    process = subprocess.Popen(
        harness.command(home, *argv),
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=output,
        env=harness.briefing_env(home),
        cwd=home.parent,
        start_new_session=True,
    )
    started = time.monotonic()
    if moment == "workers":
        # Once its worker processes run (or it ends), then a random part of the window.
        deadline = started + 60
        while time.monotonic() < deadline and process.poll() is None:
            if len(harness.processes_of(home, process.pid)) >= 3:
                break
            time.sleep(0.02)
        delay = delay / 3
    time.sleep(delay)
    at = time.monotonic() - started
    mid_run = process.poll() is None
    if mid_run:
        try:
            os.kill(process.pid, sig)  # the command itself, as `kill PID` would
        except ProcessLookupError:
            mid_run = False
    hung = False
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        hung = True
        process.kill()
        process.wait()
    output.seek(0)
    printed = output.read()
    output.close()
    seconds = time.monotonic() - started
    leftover = []
    deadline = time.monotonic() + 5
    while True:
        leftover = [pid for pid in harness.processes_of(home, process.pid) if pid != process.pid]
        if not leftover or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    harness.end_processes(leftover)
    return {
        "code": process.returncode,
        "crashed": harness.TRACEBACK in printed,
        "hung": hung,
        "leftover": leftover,
        "at": at,
        "seconds": seconds,
        "mid_run": mid_run,
    }


def _check_after(report: KillReport, library: Library, acknowledged: list[str], label: str):
    home = library.home
    following = harness.run(home, "index", "--json", timeout=300)
    if following.code != 0 or following.crashed:
        report.next_failed += 1
        report.crashes += following.crashed
        report.problems["next command"] += 1
        report.failures.append(f"{label}: the next `index` failed:\n{following.transcript()}")
    left = leftover_paths(home)
    if left:
        report.folders += 1
        report.left.update(left)
        report.problems["folders"] += 1
        report.failures.append(f"{label}: left after the next start: {', '.join(left[:4])}")
    listing = harness.run(
        home, "search", "", "--json", "--copies", "--limit", "100000", timeout=120
    )
    try:
        data = listing.json()
        titles = [hit["title"] for hit in data["results"]]
        ids = [hit["id"] for hit in data["results"]]
        correct = (
            data["total"] == FILES
            and len(set(ids)) == len(ids)
            and sorted(titles) == sorted(library.titles())
        )
    except (ValueError, KeyError, TypeError):
        correct, titles, ids = False, [], []
    if not correct:
        report.index_wrong += 1
        report.problems["index"] += 1
        duplicates = [t for t, n in Counter(titles).items() if n > 1]
        report.failures.append(
            f"{label}: the index is wrong: {len(titles)} listed, {len(set(ids))} ids, "
            f"duplicates {duplicates[:3]}, missing {len(library.titles() - set(titles))}"
        )
    notes = harness.run(home, "notes", "--json", timeout=60)
    try:
        texts = {note["text"] for note in notes.json()["notes"]}
    except (ValueError, KeyError, TypeError):
        texts = set()
    lost = [text for text in acknowledged if text not in texts]
    report.notes_acknowledged = len(acknowledged)
    if lost:
        report.notes_lost = max(report.notes_lost, len(lost))
        report.problems["notes"] += 1
        report.failures.append(f"{label}: acknowledged notes lost: {lost[:5]}")
    stray = harness.processes_of(home)
    if stray:
        report.processes += len(stray)
        report.failures.append(f"{label}: {len(stray)} process(es) running after the checks")
        harness.end_processes(stray)
