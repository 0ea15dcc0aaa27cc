"""A case's verdict, and the context a case runs in (its folder, the shared run, checks)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile import harness
from tests.hostile.harness import Result

COUNTERS = ("crashes", "hangs", "escapes", "notes_lost", "processes", "folders")


@dataclass
class Verdict:
    """What went wrong in one case (nothing: it passed), counted by kind."""

    problems: list[str] = field(default_factory=list)
    crashes: int = 0
    hangs: int = 0
    escapes: int = 0
    notes_lost: int = 0
    processes: int = 0
    folders: int = 0
    skipped: str | None = None
    transcripts: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems and self.skipped is None

    def report(self) -> str:
        lines = [f"- {problem}" for problem in self.problems]
        return "\n".join(lines + ["", *self.transcripts])


class Skip(Exception):
    """This machine cannot make the case (no tmpfs, no mknod...)."""


class Context:
    """What a case gets: a folder of its own, the shared session, and checks that record
    into its verdict."""

    def __init__(self, session, folder: Path):
        self.session = session
        self.folder = folder
        self.verdict = Verdict()

    # Checks ----------------------------------------------------------------------------
    def expect(self, condition: bool, problem: str) -> bool:
        if not condition:
            self.verdict.problems.append(problem)
        return bool(condition)

    def record(self, result: Result, ok: tuple[int, ...] = (0,), what: str = "") -> Result:
        """Judge one command: traceback, hang, exit code, raw control bytes, processes."""
        verdict = self.verdict
        verdict.transcripts.append(result.transcript())
        label = what or _label(result)
        if result.timed_out:
            verdict.hangs += 1
            verdict.problems.append(f"hang: {label} still running after {result.seconds:.0f}s")
        if result.crashed:
            verdict.crashes += 1
            verdict.problems.append(f"traceback: {label}")
        elif not result.timed_out and result.code not in ok:
            verdict.problems.append(f"exit {result.code} (expected {ok}): {label}")
        controls = harness.raw_controls(result.stdout, result.pty)
        if not _is_json(result):
            controls += harness.raw_controls(result.stderr)
        else:
            controls = harness.raw_controls(result.stderr)
        if controls:
            verdict.escapes += len(controls)
            verdict.problems.append(f"raw control bytes reach the terminal: {label}: "
                                    f"{' '.join(sorted(set(controls))[:8])}")  # fmt: skip
        if result.leftover:
            verdict.processes += len(result.leftover)
            verdict.problems.append(f"{len(result.leftover)} process(es) left behind: {label}")
            harness.end_processes(result.leftover)
        return result

    def cli(self, home: Path, *args: str, ok=(0,), timeout: float = 60.0, **options) -> Result:
        """Run briefing (captured) and judge it."""
        return self.record(harness.run(home, *args, timeout=timeout, **options), ok)

    def tty(self, home: Path, *args: str, ok=(0,), timeout: float = 60.0, **options) -> Result:
        """Run briefing on a pseudo-terminal and judge every byte it sent."""
        return self.record(harness.run_pty(home, *args, timeout=timeout, **options), ok)

    def one_line_error(self, result: Result, *naming: str) -> None:
        """Exit 1 with a last stderr line 'briefing: ...' that names each of `naming`."""
        if result.pty:  # without the progress bar's controls, which end before it
            text = harness.without_styling(result.stdout).decode("utf-8", "surrogateescape")
        else:
            text = result.err
        lines = [line for line in text.splitlines() if line.strip()]
        last = lines[-1] if lines else ""
        label = _label(result)
        if result.timed_out or result.crashed:
            return  # already counted
        if not self.expect(
            result.code == 1, f"{label}: exit {result.code}, expected 1 with a message"
        ):
            return
        self.expect(last.startswith("briefing: "), f"{label}: no one-line error ({last[:120]!r})")
        for name in naming:
            self.expect(name in last, f"{label}: the error does not name {name!r}: {last[:160]!r}")

    def notes(self, home: Path, **options) -> list[str] | None:
        """The text of every note (`notes --json`), or None when listing failed."""
        result = self.cli(home, "notes", "--json", **options)
        try:
            return [note["text"] for note in result.json()["notes"]]
        except (ValueError, KeyError, TypeError):
            self.verdict.problems.append("notes --json did not give a notes list")
            return None

    def notes_kept(self, home: Path, expected: list[str], **options) -> None:
        """Every note in `expected` is still listed, its text starting as it did (counted as
        lost or hidden otherwise)."""
        found = self.notes(home, **options)
        missing = [
            text for text in expected if found is None or not any(f.startswith(text) for f in found)
        ]
        if missing:
            self.verdict.notes_lost += len(missing)
            self.verdict.problems.append(f"{len(missing)} of {len(expected)} notes lost or hidden")

    def titles(self, home: Path, **options) -> dict[str, str] | None:
        """{id: title} of the whole library (`search '' --json`), or None on failure."""
        result = self.cli(home, "search", "", "--json", "--copies", "--limit", "100000", **options)
        try:
            data = result.json()
            return {hit["id"]: hit["title"] for hit in data["results"]}
        except (ValueError, KeyError, TypeError):
            self.verdict.problems.append("search '' --json did not list the library")
            return None

    def leftovers(self, home: Path) -> None:
        """No generation folder but the live one, no temporary file, anywhere in home."""
        found = leftover_paths(home)
        if found:
            self.verdict.folders += len(found)
            self.verdict.problems.append(f"left behind: {', '.join(found[:5])}")

    # Folders -----------------------------------------------------------------------------
    def path(self, *parts: str) -> Path:
        return self.folder.joinpath(*parts)

    def base_home(self, name: str = "home") -> Path:
        """A copy of the session's indexed base home (3 articles, 2 notes)."""
        target = self.path(name)
        shutil.copytree(self.session.base.home, target, symlinks=True)
        return target


def leftover_paths(home: Path) -> list[str]:
    """gen-* folders that CURRENT does not name, and *.tmp files elsewhere, under `home`."""
    found = []
    index = home / "cache" / "index"
    try:
        live = (index / "CURRENT").read_text("utf-8", "replace").strip()
    except OSError:
        live = None
    stale = []
    if index.is_dir():
        stale = [p for p in index.iterdir() if p.name.startswith("gen-") and p.name != live]
        found.extend(str(p.relative_to(home)) for p in stale)
    for item in home.rglob("*"):
        if any(folder in item.parents for folder in stale):
            continue  # inside a stale generation, already counted
        if item.name.endswith((".tmp", ".part")) or ".tmp" in item.suffixes:
            found.append(str(item.relative_to(home)))
    return found


def remove_tree(path: Path) -> None:
    """Delete a folder however deep (shutil.rmtree recurses, and the corpus has folders
    1,000 levels deep)."""
    import subprocess

    subprocess.run(["rm", "-rf", "--one-file-system", str(path)], check=False)


def _label(result: Result) -> str:
    """The command, short (a 10,000-word query is shown by its start)."""
    text = " ".join(result.argv[5:7])
    return text if len(text) <= 80 else text[:60] + f"... ({len(text)} characters)"


def _is_json(result: Result) -> bool:
    return "--json" in result.argv
