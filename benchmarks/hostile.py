"""The hostile suite as figures: every case of tests/hostile, then N kills.

    python benchmarks/hostile.py [--kills 200] [--seed 17] [--only SUBSTRING] [--list-failures]

Runs each case of `tests/hostile/cases.py` (names not valid UTF-8, deep folders, links,
special files, every encoding and escape sequence, malformed and huge files, damaged index
and user files, full and read-only disks, hostile queries...) through the `briefing`
command line, then SIGKILLs, SIGTERMs and SIGHUPs `briefing index`, `index --rebuild` and
note writers at random moments (`tests/hostile/faults.py`). Prints cases tried and passed,
crashes (tracebacks), hangs, raw escape bytes reaching a terminal, notes lost or hidden,
processes and folders left behind; writes benchmarks/results/hostile.json.
`--list-failures` names each failing case with its output.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import faults  # noqa: E402
from tests.hostile.cases import CASES, by_name, prepare, run_case  # noqa: E402
from tests.hostile.judge import COUNTERS, remove_tree  # noqa: E402
from tests.hostile.session import Session  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "hostile.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="kills to inject (default 200)")
    parser.add_argument("--seed", type=int, default=17, help="seed of the kill schedule")
    parser.add_argument("--only", metavar="TEXT", help="only the cases whose name contains TEXT")
    parser.add_argument("--list-failures", action="store_true", help="name each failing case")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args()

    by_name()  # names are unique
    chosen = [c for c in CASES if not args.only or args.only in c.name]
    started = time.monotonic()
    failures = []
    totals = dict.fromkeys(COUNTERS, 0)
    tried = passed = skipped = 0
    per_item: dict[str, dict[str, int]] = {}
    folder = tempfile.mkdtemp(prefix="hostile-bench-")
    try:
        session = Session(Path(folder) / "session")
        prepare(session)
        timings = {}
        for number, case in enumerate(chosen):
            case_started = time.monotonic()
            verdict = run_case(session, case, Path(folder) / "cases" / f"{number:04d}")
            timings[case.name] = round(time.monotonic() - case_started, 2)
            if verdict.skipped:
                skipped += 1
                continue
            tried += 1
            passed += verdict.passed
            item = per_item.setdefault(str(case.item), {"tried": 0, "passed": 0})
            item["tried"] += 1
            item["passed"] += verdict.passed
            for counter in COUNTERS:
                totals[counter] += getattr(verdict, counter)
            if not verdict.passed:
                failures.append((case, verdict))
            mark = "." if verdict.passed else "F"
            print(mark, end="", flush=True, file=sys.stderr)
        print(file=sys.stderr)
        cases_seconds = time.monotonic() - started
        kills = faults.run_kills(Path(folder) / "kills", args.kills, args.seed,
                                 progress=lambda: print("k", end="", flush=True, file=sys.stderr))  # fmt: skip
        print(file=sys.stderr)
    finally:
        remove_tree(Path(folder))

    figures = {
        "cases_tried": tried,
        "cases_passed": passed,
        "cases_skipped": skipped,
        **totals,
        "kills": kills.summary(),
        "per_item": per_item,
        "failing_cases": {case.name: case.item for case, _ in failures},
        "case_seconds": timings,
        "seconds": {
            "cases": round(cases_seconds, 1),
            "total": round(time.monotonic() - started, 1),
        },  # fmt: skip
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n")

    k = figures["kills"]
    print(f"hostile cases: {tried} tried, {passed} passed, {tried - passed} failed"
          f" ({skipped} skipped: not possible on this machine)")  # fmt: skip
    print(
        f"  crashes (tracebacks) {totals['crashes']}, hangs {totals['hangs']}, "
        f"raw escape bytes reaching a terminal {totals['escapes']}, "
        f"notes lost or hidden {totals['notes_lost']}, "
        f"processes left {totals['processes']}, folders left {totals['folders']}"
    )
    print(f"kills: {k['kills']} ({k['by_signal']}) of {k['by_target']}")
    print(
        f"  next command failed {k['next_failed']}, crashes {k['crashes']}, "
        f"index wrong or duplicated {k['index_wrong']}, acknowledged notes lost "
        f"{k['notes_lost']} of {k['notes_acknowledged']}, processes left {k['processes']} "
        f"(after {k['kills_with_processes']} kills), folders or files left {k['folders']}"
    )
    print(f"  {figures['seconds']['total']:.0f} s; figures in {args.out}")
    if args.list_failures:
        for case, verdict in failures:
            print(f"\n=== {case.name} (issue 17 item {case.item}; {case.kind})")
            print(f"correct: {case.what}")
            print(verdict.report())
        for line in kills.failures:
            print(f"\n=== kill: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
