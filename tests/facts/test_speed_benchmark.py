"""`benchmarks/facts_speed.py --against`: a checkout without the facts package is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_against_a_directory_without_briefing_names_it_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "facts_speed.py"), "--against", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.strip() == f"{tmp_path}: no briefing/facts package there"
