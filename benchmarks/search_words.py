"""In-process search latency of frequent (or ordinary) words with ten snippets, this
tree against another checkout, each in its own process, interleaved.

    python benchmarks/search_words.py HOME [--words frequent|ordinary] [--rounds 3]
        [--pairs 2] [--against /work/main]

HOME is a built library's home (opened read as it is, never refreshed). The words are
`scale_child.sample`'s: the 40 words found in most articles of a 200-article sample
(`frequent`) or its 100 queries of ordinary words. Each side prints CPU (process time)
and wall median / p95 over every search, and the median / p95 of each query's best CPU
time; the results (count, ids, scores, snippets) of both sides are compared whole.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _percentiles(times: list[float]) -> list[float]:
    times = sorted(times)
    return [
        round(statistics.median(times) * 1000, 2),
        round(times[max(0, int(len(times) * 0.95) - 1)] * 1000, 2),
    ]


def child(home: str, words: list[str], rounds: int) -> dict:
    """Time `library.search(word, limit=10, snippets=True)` for every word, `rounds` times."""
    sys.path.insert(0, os.getcwd())
    from benchmarks.scale_child import home_locations
    from briefing.library import Library

    library = Library.open(home_locations(home), refresh=False, notify=lambda message: None)
    for word in words[:3]:  # warm-up
        library.search(word, limit=10, snippets=True)
    cpu: list[float] = []
    wall: list[float] = []
    best: dict[str, float] = {}
    results: dict[str, list] = {}
    for _ in range(rounds):
        for word in words:
            started, ticks = time.perf_counter(), time.process_time()
            found = library.search(word, limit=10, snippets=True)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - ticks)
            best[word] = min(best.get(word, cpu[-1]), cpu[-1])
            results[word] = [found.total, [[h.id, h.score, h.snippet] for h in found.hits]]
    library.close()
    return {
        "cpu_ms": _percentiles(cpu),
        "wall_ms": _percentiles(wall),
        "best_cpu_ms": _percentiles(list(best.values())),
        "results": results,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("home")
    parser.add_argument("--words", choices=("frequent", "ordinary"), default="frequent")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--against", default="/work/main", help="the other checkout")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        words = json.loads(Path(args.child).read_text("utf-8"))
        print("RESULT " + json.dumps(child(args.home, words, args.rounds)))
        return
    sample = _run([sys.executable, str(ROOT / "benchmarks/scale_child.py"), "sample",
                   json.dumps({"home": args.home, "n": 100})], ROOT)  # fmt: skip
    words = sample["frequent" if args.words == "frequent" else "queries"]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(words, handle)
    sides = {"this": ROOT, "other": Path(args.against).resolve()}
    found: dict[str, dict] = {}
    for _ in range(args.pairs):
        for name, tree in sides.items():
            command = [sys.executable, str(Path(__file__).resolve()), args.home, "--child",
                       handle.name, "--rounds", str(args.rounds)]  # fmt: skip
            found[name] = _run(command, tree)
            shown = {key: found[name][key] for key in ("cpu_ms", "wall_ms", "best_cpu_ms")}
            print(f"{name:5} {args.words}: {json.dumps(shown)}", flush=True)
    os.unlink(handle.name)
    same = found["this"]["results"] == found["other"]["results"]
    print("results identical" if same else "RESULTS DIFFER")


def _run(command: list[str], tree: Path) -> dict:
    environment = dict(os.environ, PYTHONPATH=str(tree))
    done = subprocess.run(
        command, cwd=tree, env=environment, capture_output=True, text=True, check=True
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line[len("RESULT ") :])


if __name__ == "__main__":
    main()
