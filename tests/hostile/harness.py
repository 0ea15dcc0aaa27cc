"""Running briefing the way a user does, and judging what came out.

Only public interfaces: the `briefing` command line in a subprocess (always with a
timeout, in its own session so that every process it starts can be found and ended), and
a pseudo-terminal where the bytes that reach a terminal matter. Nothing here imports
`briefing`, so the suite keeps working while the code under it moves.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# Root without the capabilities that bypass file permissions: a user whose permissions
# matter, without needing another user who can reach this Python (see `confined`).
CONFINE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]

# A traceback anywhere in what a command printed is a crash.
TRACEBACK = b"Traceback (most recent call last)"
# What briefing itself may send to a terminal: SGR (bold matches, colours), and the
# controls of the progress bar (Rich's live display): hide and show the cursor, erase the
# line, move up one line. None of them carries text from an article or a file name.
_SGR = re.compile(rb"\x1b\[[0-9;:]*m|\x1b\[\?25[lh]|\x1b\[2K|\x1b\[1A")
# Raw control bytes that must never reach a terminal from data: ESC, C0 but tab, newline
# and carriage return (the progress bar's), DEL; and C1 (as characters, or as raw bytes
# that are not part of UTF-8), plus bidi overrides and isolates.
_UNSAFE_TEXT = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\udc80-\udc9f]"
)


def briefing_env(home: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for one command: everything under `home`, the worktree on the path.

    BRIEFING_HOME is set as well as `--home`: every process the command starts inherits
    it, which is how `processes_of` finds workers left behind.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BRIEFING_", "XDG_", "PYTEST_", "COLUMNS", "LINES"))
    }
    env.update(
        PYTHONPATH=str(REPO),
        BRIEFING_HOME=str(home),
        HOME=str(home / "user-home"),
        XDG_DATA_HOME=str(home / "xdg-data"),
        XDG_CACHE_HOME=str(home / "xdg-cache"),
        XDG_CONFIG_HOME=str(home / "xdg-config"),
        PYTHONDONTWRITEBYTECODE="1",
        LC_ALL="C.UTF-8",
        TERM="xterm-256color",
    )
    env.pop("NO_COLOR", None)
    env.pop("VISUAL", None)
    env.pop("EDITOR", None)
    if extra:
        env.update(extra)
    return env


@dataclass
class Result:
    """One command: what was run, how it ended, what it printed."""

    argv: list[str]
    code: int | None
    stdout: bytes
    stderr: bytes
    seconds: float
    timed_out: bool = False
    pty: bool = False
    leftover: list[int] = field(default_factory=list)

    @property
    def crashed(self) -> bool:
        return TRACEBACK in self.stdout or TRACEBACK in self.stderr

    @property
    def out(self) -> str:
        return self.stdout.decode("utf-8", "surrogateescape")

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "surrogateescape")

    def json(self):
        return json.loads(self.stdout)

    def transcript(self, limit: int = 1500) -> str:
        shown = " ".join(_shown_arg(a) for a in self.argv)
        end = "TIMED OUT" if self.timed_out else f"exit {self.code}"
        text = f"$ {shown}  [{end}, {self.seconds:.1f}s{', pty' if self.pty else ''}]\n"
        for label, data in (("stdout", self.stdout), ("stderr", self.stderr)):
            if data:
                body = repr(data[:limit])[2:-1]
                more = f" ... ({len(data)} bytes)" if len(data) > limit else ""
                text += f"  {label}: {body}{more}\n"
        return text


def _shown_arg(arg: str) -> str:
    if len(arg) > 80:
        arg = arg[:60] + f"...({len(arg)} chars)"
    return repr(arg) if not arg.isprintable() or " " in arg or not arg else arg


def command(home: Path, *args: str) -> list[str]:
    """The argv of `briefing --home HOME ARGS...`."""
    return [PYTHON, "-m", "briefing", "--home", str(home), *args]


def run(
    home: Path,
    *args: str,
    timeout: float = 60.0,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    confined: bool = False,
    scan: bool = True,
) -> Result:
    """Run `briefing --home HOME ARGS...`, captured, ended after `timeout` seconds.

    `confined`: as root that file permissions bind (`CONFINE`), so that a read-only
    home or an unreadable file is what it would be for any user.

    With `scan`, processes still running for `home` afterwards are listed in `leftover`
    (leave it off for commands run side by side on one home).
    """
    argv = command(home, *args)
    started = time.monotonic()
    # Output to files, not pipes: a process left behind would hold a pipe open, and
    # waiting for its end would wait for that process.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            (CONFINE if confined else []) + argv,
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=briefing_env(home, env),
            cwd=cwd or home.parent,
            start_new_session=True,
        )
        timed_out = False
        try:
            if stdin is not None:
                with contextlib.suppress(BrokenPipeError):
                    process.stdin.write(stdin)
                process.stdin.close()
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _end_group(process.pid)
            process.wait()
            timed_out = True
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    seconds = time.monotonic() - started
    leftover = _leftover(home, process.pid) if scan else []
    return Result(argv, None if timed_out else process.returncode, stdout, stderr, seconds,
                  timed_out, False, leftover)  # fmt: skip


def run_pty(
    home: Path,
    *args: str,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
    keys: Sequence[tuple[float, bytes]] = (),
    size: tuple[int, int] = (40, 120),
    until: bytes | None = None,
    cwd: Path | None = None,
    scan: bool = True,
) -> Result:
    """Run briefing on a pseudo-terminal (stdout and stderr both): every byte it sends.

    `keys` are (delay in seconds, bytes) typed in order; with `until`, keys start only
    once that text has appeared. The command is ended after `timeout` seconds.
    """
    import fcntl
    import struct
    import termios

    argv = command(home, *args)
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[0], size[1], 0, 0))
    started = time.monotonic()
    process = subprocess.Popen(
        argv,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=briefing_env(home, {"COLUMNS": str(size[1]), "LINES": str(size[0]), **(env or {})}),
        cwd=cwd or home.parent,
        start_new_session=True,
    )
    os.close(slave)
    output = bytearray()
    pending = list(keys)
    next_key_at = None if until else started + (pending[0][0] if pending else 0)
    timed_out = False
    try:
        while True:
            now = time.monotonic()
            if now - started > timeout:
                timed_out = True
                break
            if next_key_at is None and until and until in output:
                next_key_at = now + (pending[0][0] if pending else 0)
            if pending and next_key_at is not None and now >= next_key_at:
                _write_all(master, pending.pop(0)[1])
                next_key_at = now + (pending[0][0] if pending else 0)
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the other side closed
                    chunk = b""
                if not chunk:
                    if process.poll() is not None:
                        break
                    time.sleep(0.01)
                output += chunk
            elif process.poll() is not None and not _readable(master):
                break
    finally:
        if timed_out or process.poll() is None:
            _end_group(process.pid)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        os.close(master)
    seconds = time.monotonic() - started
    leftover = _leftover(home, process.pid) if scan else []
    code = None if timed_out else process.returncode
    return Result(argv, code, bytes(output), b"", seconds, timed_out, True, leftover)


def _leftover(home: Path, pid: int) -> list[int]:
    """Processes of a finished command still alive (given a moment to exit)."""
    found = []
    for _ in range(20):
        found = [other for other in processes_of(home, pid) if other != pid]
        if not found:
            return []
        time.sleep(0.1)
    return found


def _write_all(fd: int, data: bytes) -> None:
    while data:
        try:
            written = os.write(fd, data[:4096])
        except BlockingIOError:
            time.sleep(0.01)
            continue
        data = data[written:]


def _readable(fd: int) -> bool:
    ready, _, _ = select.select([fd], [], [], 0.05)
    return bool(ready)


def _end_group(pid: int) -> None:
    """End a command that overran its time, with every process of its session."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            return
        time.sleep(0.3)


# Processes ---------------------------------------------------------------------------
def processes_of(home: Path, group: int | None = None) -> list[int]:
    """Live processes started for `home`: BRIEFING_HOME=home in their environment (every
    child inherits it), or in process group `group`. Zombies are not counted."""
    marker = f"BRIEFING_HOME={home}".encode() + b"\0"
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        pid = int(entry)
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            state, pgid = _stat_fields(stat)
            if state == "Z":
                continue
            if group is not None and pgid == group:
                found.append(pid)
                continue
            if marker in Path(f"/proc/{pid}/environ").read_bytes():
                found.append(pid)
        except (OSError, ValueError):
            continue
    return found


def _stat_fields(stat: str) -> tuple[str, int]:
    rest = stat[stat.rindex(")") + 2 :].split()
    return rest[0], int(rest[2])


def end_processes(pids: Iterable[int]) -> None:
    """End processes this suite started (left behind by a killed command)."""
    pids = list(pids)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    deadline = time.monotonic() + 5
    while pids and time.monotonic() < deadline:
        pids = [pid for pid in pids if _alive(pid)]
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        state, _ = _stat_fields(Path(f"/proc/{pid}/stat").read_text())
    except (OSError, ValueError):
        return False
    return state != "Z"


# Judging output ----------------------------------------------------------------------
def raw_controls(data: bytes, pty_output: bool = False) -> list[str]:
    """The control characters in `data` that did not come from briefing's own styling.

    On a terminal briefing may send SGR sequences (bold matches), CR and the progress
    bar's controls (`_SGR`); nothing else below space, no C1, no bidi override.
    """
    if pty_output:
        data = without_styling(data)
    text = data.decode("utf-8", "surrogateescape")
    return [repr(match.group())[1:-1] for match in _UNSAFE_TEXT.finditer(text)]


def without_styling(data: bytes) -> bytes:
    """Terminal output without briefing's own styling and progress controls (`_SGR`)."""
    return _SGR.sub(b"", data)


def strings_in(value) -> Iterable[str]:
    """Every string in a JSON value (keys too)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def json_controls(value) -> list[str]:
    """Control characters inside the strings of a JSON document (tab and newline allowed)."""
    found = []
    for text in strings_in(value):
        found.extend(repr(m.group())[1:-1] for m in _UNSAFE_TEXT.finditer(text))
    return found
