"""Every hostile case of `cases.py` as a test (issue 17).

A case that fails on today's code is marked `xfail(strict=True)` with the issue item it
reproduces: when a fix makes it pass, the test turns XPASS and fails, and the mark must go.

The selected cases run side by side (HOSTILE_JOBS at a time, default one more than the
cores; each spends most of its time waiting for `briefing` processes), the timed ones
alone afterwards; each test then reports its own case's verdict. By default a sample
runs (see `_selected`); HOSTILE_FULL=1 runs every case.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.hostile.cases import CASES, by_name, run_case

JOBS = int(os.environ.get("HOSTILE_JOBS", str((os.cpu_count() or 1) + 1)))
# The default run keeps to a few minutes: every case of the shared libraries (one index
# each), and of the cases that build a home of their own the first three of each issue
# item and kind. HOSTILE_FULL=1 runs every case (as `benchmarks/hostile.py` does).
FULL = os.environ.get("HOSTILE_FULL", "") not in ("", "0")
PER_KIND = 3


def _selected(cases):
    if FULL:
        return list(cases)
    taken: dict[tuple[int, str], int] = {}
    chosen = []
    for one in cases:
        if "/" not in one.name:  # a home of its own
            key = (one.item, one.kind)
            taken[key] = taken.get(key, 0) + 1
            if taken[key] > PER_KIND:
                continue
        chosen.append(one)
    return chosen


# Cases that fail on today's code: name -> "issue 17 item N: what is wrong (where)".
# Item 0: found by this suite, beyond the list. None fail now.
KNOWN: dict[str, str] = {}  # case name -> the issue item that still fails it


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[case.name])] if case.name in KNOWN else []
    return pytest.param(case, id=case.name, marks=marks)


@pytest.fixture(scope="session")
def verdicts(request, hostile_session, tmp_path_factory):
    """The verdict of every selected case, run side by side, the timed ones alone."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if getattr(item, "originalname", None) == "test_hostile"
    ]
    root = tmp_path_factory.mktemp("cases")
    folders = {case.name: root / f"{number:04d}" for number, case in enumerate(selected)}
    together = [case for case in selected if not case.alone]
    with ThreadPoolExecutor(max(JOBS, 1)) as pool:
        done = pool.map(lambda case: run_case(hostile_session, case, folders[case.name]), together)
        results = {case.name: verdict for case, verdict in zip(together, done, strict=True)}
    for case in selected:
        if case.alone:
            results[case.name] = run_case(hostile_session, case, folders[case.name])
    return results


def test_known_failures_name_real_cases():
    assert not set(KNOWN) - set(by_name())


@pytest.mark.parametrize("case", [_param(c) for c in _selected(CASES)])
def test_hostile(case, verdicts):
    verdict = verdicts[case.name]
    if verdict.skipped:
        pytest.skip(verdict.skipped)
    assert verdict.passed, f"correct: {case.what}\n{verdict.report()}"
