"""What many cases share in one run: an indexed base home to copy, and hostile libraries
indexed once whose files are then judged one case each."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import harness
from tests.hostile.corpus import PROSE, WORD, text_article, write
from tests.hostile.judge import Context, remove_tree

BASE_NOTES = ["base note one: the vote was close", "base note two: check the reservoir figures"]
BASE_TITLES = [
    "Dockers vote to strike at Antwerp terminals",
    "Catalonia declares drought emergency",
    "Council approves new harbour berth",
]


@dataclass
class Base:
    """An indexed home with three articles and two notes (copied by cases, never changed)."""

    home: Path
    lib: Path
    ids: dict[str, str]  # title -> id


@dataclass
class FileCase:
    """One file of a shared library and what must become of it."""

    marker: str
    path: Path  # as created (may be a bytes path; see `raw`)
    expect: str  # "indexed", "skipped", "either", "absent"
    title: str | None = None  # the exact title expected, when indexed
    remnants: tuple[str, ...] = ()  # text that must not be visible (half-removed sequences)
    show: bool = False  # also show it (terminal and JSON) and judge what is printed
    raw: bytes | None = None  # the path as bytes, for names that are not UTF-8


@dataclass
class LibraryRun:
    """A library indexed once: the index summary, every title, per-file show output."""

    name: str
    home: Path
    lib: Path
    files: dict[str, FileCase]
    context: Context
    skipped: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    shown: dict[str, harness.Result] = field(default_factory=dict)  # marker -> `show` on a tty
    found: dict[str, dict] = field(default_factory=dict)  # id -> its `search WORD --json` hit
    index_output: bytes = b""
    failed: str | None = None


class Session:
    """Shared, lazily built resources for one run of the suite (pytest or the benchmark)."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o755)
        self._base: Base | None = None
        self._libraries: dict[str, LibraryRun] = {}
        self._lock = threading.Lock()  # cases may run side by side
        self._library_locks: dict[str, threading.Lock] = {}
        self.builders: dict[str, Callable[[Path], list[FileCase]]] = {}
        self.options: dict[str, dict] = {}

    @property
    def base(self) -> Base:
        with self._lock:
            if self._base is None:
                self._base = _build_base(self.root / "base")
            return self._base

    def library(self, name: str) -> LibraryRun:
        with self._lock:
            lock = self._library_locks.setdefault(name, threading.Lock())
        with lock:
            if name not in self._libraries:
                self._libraries[name] = self._index_library(name)
            return self._libraries[name]

    def _index_library(self, name: str) -> LibraryRun:
        folder = self.root / f"library-{name}"
        folder.mkdir()
        folder.chmod(0o755)
        lib = folder / "lib"
        lib.mkdir()
        files = {case.marker: case for case in self.builders[name](lib)}
        home = folder / "home"
        context = Context(self, folder)
        options = self.options.get(name, {})
        run = LibraryRun(name, home, lib, files, context)
        # On a terminal first: what `index` prints (skipped lines with file names) is judged
        # byte by byte; then the JSON summary (a no-change scan) says what was skipped.
        result = context.tty(home, "index", str(lib), timeout=options.get("timeout", 120))
        run.index_output = result.stdout
        if result.timed_out or result.crashed or result.code != 0:
            run.failed = f"index {name} failed (exit {result.code})"
            return run
        summary = context.cli(home, "index", "--json", timeout=options.get("timeout", 120))
        try:
            data = summary.json()
            run.skipped = {item["path"]: item["reason"] for item in data["skipped"]}
        except (ValueError, KeyError, TypeError):
            run.failed = "index --json gave no summary"
            return run
        titles = context.titles(home)
        if titles is None:
            run.failed = "the library could not be listed"
            return run
        run.titles = titles
        wanted = [case for case in files.values() if case.show]
        with ThreadPoolExecutor(3) as pool:
            for case, shown in zip(wanted, pool.map(lambda c: _show(run, c), wanted), strict=True):
                if shown is not None:
                    run.shown[case.marker] = shown
        leftover = harness.processes_of(home)
        if leftover:
            context.verdict.processes += len(leftover)
            context.verdict.problems.append(f"{len(leftover)} process(es) left behind")
            harness.end_processes(leftover)
        found = context.cli(home, "search", WORD, "--json", "--copies", "--limit", "100000")
        try:
            run.found = {hit["id"]: hit for hit in found.json()["results"]}
        except (ValueError, KeyError, TypeError):
            context.verdict.problems.append(f"search {WORD} --json gave no results list")
        # Every snippet on a terminal: raw bytes are judged here, visible remnants per file
        # (in the JSON above, where each snippet is known to be its own file's).
        context.tty(home, "search", WORD, "--copies", "--limit", "1000")
        return run

    def find(self, run: LibraryRun, marker: str) -> str | None:
        """The id of the article whose title carries `marker`."""
        for article_id, title in run.titles.items():
            if marker in title:
                return article_id
        return None

    def cleanup(self) -> None:
        remove_tree(self.root)


def _show(run: LibraryRun, case: FileCase):
    article_id = None
    for found, title in run.titles.items():
        if case.marker in title:
            article_id = found
    if article_id is None:
        return None
    return harness.run_pty(run.home, "show", article_id, timeout=60, scan=False)


def _build_base(folder: Path) -> Base:
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    lib = folder / "lib"
    write(lib / "strike.txt", text_article(BASE_TITLES[0], f"{PROSE} Antwerp dockers {WORD}."))
    write(
        lib / "drought.md",
        f"---\ntitle: {BASE_TITLES[1]}\ndate: 2025-02-10\nauthor: Marta Puig\n---\n\n"
        f"{PROSE} Catalonia reservoirs.\n",
    )
    write(
        lib / "berth.json",
        json.dumps({"title": BASE_TITLES[2], "date": "2025-01-20", "body": PROSE + " Berth."}),
    )
    home = folder / "home"
    result = harness.run(home, "index", str(lib), "--quiet")
    if result.code != 0:
        raise RuntimeError(f"cannot build the base home:\n{result.transcript()}")
    ids = {}
    for title in BASE_TITLES:  # one search each: the three share a body, so they list as one story
        found = harness.run(home, "search", f'title:"{title}"', "--json").json()
        ids.update({hit["title"]: hit["id"] for hit in found["results"] if hit["title"] == title})
    for title, text in zip(BASE_TITLES[:2], BASE_NOTES, strict=True):
        note = harness.run(home, "note", ids[title], text)
        if note.code != 0:
            raise RuntimeError(f"cannot add a base note:\n{note.transcript()}")
    os.sync()
    return Base(home, lib, ids)
