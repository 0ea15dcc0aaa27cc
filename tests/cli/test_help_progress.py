"""Small CLI items of issue 15 (item 20): `--help` says `briefing` alone opens the reader;
the progress bar never says "0s" left while the run is still working."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys

import pytest

from briefing.cli import main
from briefing.cli.progress import _progress, time_left
from tests.library.helpers import article_text


def test_help_says_briefing_alone_opens_the_reader(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Run 'briefing' with no command to open the reader" in out


def test_time_left_is_never_zero_while_working():
    assert time_left(10, 100, None) == ""
    assert time_left(99, 100, 0.0) == "1s left"
    assert time_left(99, 100, 0.2) == "1s left"
    assert time_left(50, 100, 61.5) == "1m 02s left"
    assert time_left(100, 100, 0.0) == "finishing…"


def test_the_drawn_bar_says_finishing_not_zero():
    from rich.console import Console

    output = io.StringIO()
    bar = _progress(Console(file=output, force_terminal=True, width=120))
    bar.start()
    task = bar.add_task("indexing", total=3)
    bar.update(task, completed=3)
    bar.stop()
    text = output.getvalue()
    assert "finishing…" in text and "0:00:00" not in text and "0s" not in text


def test_indexing_on_a_terminal_never_shows_zero_seconds(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(120):
        body = f"Report {number} on the harbour pilots and their rota, day {number}."
        (folder / f"a{number}.txt").write_text(article_text(f"Pilots {number}", body), "utf-8")
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120"}
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "--home", str(tmp_path / "h"), "index", str(folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait(timeout=120) == 0
    os.close(leader)
    drawn = b"".join(chunks).decode("utf-8", "replace")
    assert "added 120" in drawn and "files" in drawn
    assert "0s left" not in drawn and "0:00:00" not in drawn
