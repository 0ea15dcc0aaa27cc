"""Kills at random moments (issue 17 items 10 and 11): `briefing index`, `index --rebuild`
and note writers get SIGKILL, SIGTERM or SIGHUP; after each, the checks of `faults.py`.

HOSTILE_KILLS sets the number of kills (default 4: a fixed opening that kills a rebuild
and a first index among their workers, a rebuild by SIGHUP and a note writer; the
benchmark runs 200), HOSTILE_SEED the schedule.
"""

from __future__ import annotations

import os

import pytest

from tests.hostile import faults

KILLS = int(os.environ.get("HOSTILE_KILLS", "4"))
SEED = int(os.environ.get("HOSTILE_SEED", "17"))


@pytest.fixture(scope="module")
def kills(tmp_path_factory) -> faults.KillReport:
    report = faults.run_kills(tmp_path_factory.mktemp("kills"), KILLS, SEED)
    assert report.kills == KILLS, report.failures
    return report


def _failures(report: faults.KillReport, words: str) -> str:
    return "\n".join(line for line in report.failures if any(w in line for w in words.split("|")))


def test_the_next_command_succeeds_after_every_kill(kills):
    assert kills.next_failed == 0 and kills.crashes == 0 and kills.hangs == 0, _failures(
        kills, "next|traceback|still running 30"
    )


def test_the_index_is_correct_and_duplicate_free_after_every_kill(kills):
    assert kills.index_wrong == 0, _failures(kills, "index is wrong")


def test_no_acknowledged_note_is_lost(kills):
    assert kills.notes_acknowledged > 0
    assert kills.notes_lost == 0, _failures(kills, "notes lost")


def test_no_process_is_left_behind(kills):
    assert kills.processes == 0, _failures(kills, "process")


def test_no_folder_or_temporary_file_is_left_after_the_next_start(kills):
    assert kills.folders == 0, _failures(kills, "left after")
