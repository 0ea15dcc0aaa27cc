"""Key-facts speed: articles per second for 500- and 1,500-word articles on one core.

Usage: python benchmarks/facts_speed.py [--rounds N] [--dump FILE] [--compare FILE]
       python benchmarks/facts_speed.py --against TREE [--rounds N]

Articles are cut from the Wikinews corpus (shared/corpus/wikinews beside the repo): its
bodies are joined and re-cut into pieces of exactly 500 and 1,500 words, keeping
paragraph breaks. Rates are the best of N rounds, in articles per CPU second (the honest
one-core figure when the machine is shared) and per wall second. Also reports the
gazetteer's cold load time (CPU and wall), measured in a fresh interpreter.

`--against TREE` compares this checkout with another one (TREE is a directory holding a
`briefing/` package, e.g. an older release): both extract the same articles, each in a fresh
interpreter, in interleaved rounds (this, other; other, this; ...), and the median of each
side's per-CPU-second rates is printed with their ratio. On a shared machine this is the
honest comparison: a single run of either is off by up to a third.

Speed work must not change the output: `--dump FILE` writes the facts JSON of every
Wikinews article and sample_data/ article; `--compare FILE` extracts them again and lists
every fact that differs from that earlier dump. The Wikinews articles of gold splits that are
never tuned on (frozen, and first-sight batches not yet tuned on) are left out of both, so a
diff never shows the engine's output on them.
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


def gazetteer_cold_load_ms() -> tuple[float, float, float]:
    """(import ms CPU, gazetteer load ms CPU, gazetteer load ms wall) in a fresh interpreter."""
    code = (
        "import time; t0 = time.process_time(); import briefing.facts.gazetteer as g; "
        "t1 = time.process_time(); w1 = time.perf_counter(); g.load_gazetteer(); "
        "t2 = time.process_time(); w2 = time.perf_counter(); "
        "print((t1 - t0) * 1000, (t2 - t1) * 1000, (w2 - w1) * 1000)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    imported, loaded, wall = result.stdout.split()
    return float(imported), float(loaded), float(wall)


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


# Run in a fresh interpreter whose PYTHONPATH is the checkout measured: the articles (JSON
# file in argv[1]) extracted twice, after a warm-up; prints articles per CPU second of the
# faster pass (the first also pays for patterns compiled and tables read on first use).
_CHILD = """
import json, sys, time
from datetime import date
from briefing.facts import extract_facts
articles = [(t, date.fromisoformat(d)) for t, d in json.load(open(sys.argv[1], encoding="utf-8"))]
extract_facts("Warm up: Putin said on Monday.")
times = []
for _ in range(2):
    start = time.process_time()
    for body, published in articles:
        extract_facts(body, published)
    times.append(time.process_time() - start)
print(len(articles) / min(times))
"""


def child_rate(tree: Path, articles_file: Path) -> float:
    """Articles per CPU second of the checkout at `tree` on the articles in `articles_file`."""
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(articles_file)],
        capture_output=True,
        text=True,
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        check=True,
    )
    return float(result.stdout)


def against(other: Path, rounds: int) -> None:
    """Interleaved rounds of this checkout and `other` on the same articles: median rates."""
    with tempfile.TemporaryDirectory() as tmp:
        for words in TARGETS:
            articles_file = Path(tmp) / f"{words}.json"
            articles = [(body, day.isoformat()) for body, day in load_articles(words)]
            articles_file.write_text(json.dumps(articles), encoding="utf-8")
            rates: dict[Path, list[float]] = {ROOT: [], other: []}
            for round_number in range(rounds):
                order = [ROOT, other] if round_number % 2 == 0 else [other, ROOT]
                for tree in order:
                    rates[tree].append(child_rate(tree, articles_file))
            mine, theirs = statistics.median(rates[ROOT]), statistics.median(rates[other])
            print(
                f"{words:>5}-word articles ({len(articles)}, {rounds} interleaved rounds, "
                f"per CPU second): this {mine:7.1f}/s, {other} {theirs:7.1f}/s, "
                f"ratio {mine / theirs:.3f} (this: {', '.join(f'{r:.0f}' for r in rates[ROOT])}; "
                f"other: {', '.join(f'{r:.0f}' for r in rates[other])})"
            )
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


def held_out_ids() -> set[str]:
    """Wikinews ids of the gold splits nobody may tune on (frozen, and first-sight batches
    not yet tuned on): their engine output is left out of --dump and --compare, so reading a
    diff never shows the engine on them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from facts_eval import SPLITS, TUNED

    gold = ROOT / "tests" / "gold"
    return {
        json.loads(path.read_text(encoding="utf-8")).get("id", "")
        for split in SPLITS
        if split not in TUNED
        for path in (gold / split).glob("*.json")
    } - {""}


def snapshot() -> dict[str, dict]:
    """Facts JSON of every Wikinews article outside the held-out gold splits and of every
    sample_data/ article, by a stable key."""
    from briefing.ingest import IngestError, read_file

    out: dict[str, dict] = {}
    held_out = held_out_ids()
    lines = CORPUS_FILE.read_text(encoding="utf-8").splitlines() if CORPUS_FILE.is_file() else []
    for number, line in enumerate(lines):
        if line.strip():
            record = json.loads(line)
            if record["id"] in held_out:
                continue
            published = date.fromisoformat(record["published"])
            out[f"wikinews:{number}"] = extract_facts(record["body"], published).to_json()
    for path in sorted((ROOT / "sample_data").rglob("*")):
        if not path.is_file() or path.suffix == ".csv":
            continue
        try:
            entries = read_file(path)
        except IngestError:
            continue
        for entry in entries:
            if entry.article is not None:
                key = f"{path.relative_to(ROOT)}{entry.label}"
                out[key] = extract_facts(entry.article.body, entry.article.published).to_json()
    return out


def compare(old: dict[str, dict], new: dict[str, dict]) -> int:
    """Print every fact that differs between two snapshots; the number of articles that do."""
    differing = 0
    # An older dump may hold articles now held out: they are not compared (nor shown).
    for key in sorted(new.keys()):
        before, after = old.get(key) or {}, new[key]
        if before == after:
            continue
        differing += 1
        for kind in sorted(before.keys() | after.keys()):
            was = [json.dumps(x, sort_keys=True) for x in before.get(kind) or []]
            now = [json.dumps(x, sort_keys=True) for x in after.get(kind) or []]
            if was == now:
                continue
            print(f"== {key} {kind}" + (" (order only)" if sorted(was) == sorted(now) else ""))
            for line in [f"  - {x}" for x in was if x not in now] + [
                f"  + {x}" for x in now if x not in was
            ]:
                print(line)
    print(f"{len(new)} articles, {differing} differ")
    return differing


def main() -> None:
    """Print the rates and whether they meet the targets (or dump / compare the output)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--dump", metavar="FILE", help="write the facts of every article")
    parser.add_argument("--compare", metavar="FILE", help="diff the facts against a --dump")
    parser.add_argument(
        "--against", metavar="TREE", type=Path, help="interleaved runs with another checkout"
    )
    args = parser.parse_args()
    if args.against:
        if not (args.against / "briefing" / "facts").is_dir():
            sys.exit(f"{args.against}: no briefing/facts package there")
        if not CORPUS_FILE.is_file():
            sys.exit(f"{CORPUS_FILE}: corpus not found; nothing to measure")
        against(args.against.resolve(), args.rounds)
        return
    if args.dump:
        facts = snapshot()
        Path(args.dump).write_text(json.dumps(facts, sort_keys=True), encoding="utf-8")
        print(f"{len(facts)} articles written to {args.dump}")
        return
    if args.compare:
        old = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        sys.exit(1 if compare(old, snapshot()) else 0)
    if not CORPUS_FILE.is_file():
        print(f"corpus not found at {CORPUS_FILE}; nothing to measure")
        return
    runs = sorted(gazetteer_cold_load_ms() for _ in range(3))
    loads = sorted(load for _, load, _ in runs)
    walls = sorted(wall for _, _, wall in runs)
    imports = sorted(imported for imported, _, _ in runs)
    print(
        f"gazetteer cold load: median {loads[1]:.1f} ms CPU, {walls[1]:.1f} ms wall "
        f"(target < 100 ms); module import before it: {imports[1]:.1f} ms CPU"
    )
    extract_facts("Warm up: Putin said on Monday.")
    for words, target in TARGETS.items():
        articles = load_articles(words)
        cpu_rate, wall_rate = measure(articles, args.rounds)
        verdict = "ok" if cpu_rate >= target else "BELOW TARGET"
        print(
            f"{words:>5}-word articles: {cpu_rate:7.1f}/s CPU ({1e6 / cpu_rate:5.0f} us each), "
            f"{wall_rate:7.1f}/s wall ({len(articles)} articles, best of {args.rounds} "
            f"rounds, target {target:.0f}/s per CPU second) {verdict}"
        )
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
