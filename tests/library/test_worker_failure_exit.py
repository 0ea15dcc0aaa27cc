"""A run with segment workers that stops early must let the process exit.

When the indexer stops while jobs are still queued for the workers (an error while
writing, Ctrl-C), the workers are terminated; the queue's feeder thread must not then
hold the process at exit trying to hand those jobs to workers that are gone.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from briefing.catalog import factstore
    from briefing.userdata.sources import Sources
    from briefing.library import Library
    from briefing.core.paths import Locations


    def fail(*args, **kwargs):
        raise OSError("disk full (simulated)")


    if __name__ == "__main__":
        home, folder = Path(sys.argv[1]), Path(sys.argv[2])
        folder.mkdir(parents=True)
        for n in range(1500):
            (folder / f"{n:05d}.txt").write_text(
                f"Harbour story {n}\\n\\nDock workers met on day {n} to talk about pay.\\n"
            )
        locations = Locations.resolve(home)
        locations.ensure()
        Sources(paths=[str(folder)], samples=False).save(locations)
        factstore.record = fail
        try:
            Library.open(locations, refresh=False)
        except OSError as error:
            print("stopped:", error)
    """
)


def test_process_exits_when_indexing_stops_with_jobs_still_queued(tmp_path):
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    # 1,500 long paths: the queued jobs outgrow the pipe to the workers many times over.
    folder = tmp_path / ("long-folder-name-" * 12) / "articles"
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "home"), str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "stopped: disk full (simulated)" in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr
