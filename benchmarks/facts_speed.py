"""Key-facts speed: articles per second for 500- and 1,500-word articles on one core.

Usage: python benchmarks/facts_speed.py [--rounds N]

Articles are cut from the Wikinews corpus (shared/corpus/wikinews beside the repo): its
bodies are joined and re-cut into pieces of exactly 500 and 1,500 words, keeping
paragraph breaks. Rates use process CPU time (the machine is shared, so wall time is
noisy); wall-clock rates are printed too. Also reports the gazetteer's cold load time
(CPU), measured in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing.facts import extract_facts  # noqa: E402

CORPUS_FILE = ROOT / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"
TARGETS = {500: 250.0, 1500: 100.0}  # words per article -> required articles/s


def load_articles(words_per_article: int, limit: int = 200) -> list[tuple[str, date]]:
    """Corpus text re-cut into articles of exactly `words_per_article` words."""
    records = [
        json.loads(line) for line in CORPUS_FILE.read_text(encoding="utf-8").splitlines() if line
    ]
    out: list[tuple[str, date]] = []
    buffer: list[str] = []
    for record in records:
        for paragraph in record["body"].split("\n\n"):
            buffer.extend(paragraph.split() + ["\n\n"])
        while sum(1 for w in buffer if w != "\n\n") >= words_per_article:
            piece: list[str] = []
            count = 0
            while count < words_per_article:
                word = buffer.pop(0)
                piece.append(word)
                count += word != "\n\n"
            text = " ".join(piece).replace(" \n\n ", "\n\n").strip()
            out.append((text, date.fromisoformat(record["published"])))
            if len(out) >= limit:
                return out
    return out


def gazetteer_cold_load_ms() -> tuple[float, float]:
    """(import ms, gazetteer load ms) in a fresh interpreter, CPU time."""
    code = (
        "import time; t0 = time.process_time(); import briefing.facts.gazetteer as g; "
        "t1 = time.process_time(); g.load_gazetteer(); t2 = time.process_time(); "
        "print((t1 - t0) * 1000, (t2 - t1) * 1000)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    imported, loaded = result.stdout.split()
    return float(imported), float(loaded)


def measure(articles: list[tuple[str, date]], rounds: int) -> tuple[float, float]:
    """(articles per CPU second, articles per wall second), best of `rounds`."""
    best_cpu = best_wall = 0.0
    for _ in range(rounds):
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for body, published in articles:
            extract_facts(body, published)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
        best_cpu = max(best_cpu, len(articles) / cpu)
        best_wall = max(best_wall, len(articles) / wall)
    return best_cpu, best_wall


def main() -> None:
    """Print the rates and whether they meet the targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS_FILE.is_file():
        print(f"corpus not found at {CORPUS_FILE}; nothing to measure")
        return
    runs = [gazetteer_cold_load_ms() for _ in range(3)]
    loads = sorted(load for _, load in runs)
    imports = sorted(imported for imported, _ in runs)
    print(
        f"gazetteer cold load: median {loads[1]:.1f} ms CPU (target < 100 ms); "
        f"module import before it: {imports[1]:.1f} ms"
    )
    extract_facts("Warm up: Putin said on Monday.")
    for words, target in TARGETS.items():
        articles = load_articles(words)
        cpu_rate, wall_rate = measure(articles, args.rounds)
        verdict = "ok" if cpu_rate >= target else "BELOW TARGET"
        print(
            f"{words:>5}-word articles: {cpu_rate:7.1f}/s CPU, {wall_rate:7.1f}/s wall "
            f"({len(articles)} articles, target {target:.0f}/s) {verdict}"
        )


if __name__ == "__main__":
    main()
