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


def test_held_out_gold_articles_never_reach_an_output_diff() -> None:
    """--dump and --compare leave out the Wikinews articles of every split not tuned on (the
    frozen split among them), so reading a diff never shows the engine on held-out text."""
    import json

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import facts_speed

    frozen = {
        json.loads(path.read_text(encoding="utf-8"))["id"]
        for path in (ROOT / "tests" / "gold" / "frozen").glob("*.json")
    }
    tuned = {
        json.loads(path.read_text(encoding="utf-8"))["id"]
        for path in (ROOT / "tests" / "gold" / "wikinews-dev").glob("*.json")
    }
    held_out = facts_speed.held_out_ids()
    assert len(frozen) >= 30 and frozen <= held_out
    assert not tuned & held_out and "" not in held_out
