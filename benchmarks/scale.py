"""Briefing at scale, beside a plain Whoosh writer and SQLite FTS5, on real news text.

    python benchmarks/scale.py [--sizes 1000 10000] [--big] [--work DIR] [--repeat N]
                               [--references OLD.json]
    python benchmarks/scale.py --compare OLD.json NEW.json

For each size, on a library generated once by `real_corpus.py` under --work (outside the
project): the build with key facts (wall, CPU, peak memory of the process tree, size on
disk by file), a no-change re-index, adding 100 articles to the built index, cold
commands (`briefing search WORD` with an ordinary and a frequent word, `show`,
`related`: fresh processes started from cached bytecode, as an installed briefing
starts, even under PYTHONDONTWRITEBYTECODE; see `scale_proc`), in-process search
latency with and without snippets (ordinary and frequent words), related articles, and
the reader (first screen, then its memory after opening 50 articles, headless). Each
figure stands beside the same work done by a plain Whoosh writer (default settings,
briefing's schema, one process reading the files) and by SQLite FTS5, as ratios; the
engines run in turn, round after round (interleaved), each in a process of its own.
`--big` adds 100,000 articles (about an hour of two cores: with `--references`, the
Whoosh and FTS5 builds of an earlier run are reused). Results go to
`benchmarks/results/scale-*.json`; `--compare` prints two such files side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scale_proc import command, run, sizes_on_disk, table_sizes  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"
ENGINES = ("ours", "whoosh", "fts5")
EXTRA = 100


def default_work() -> Path:
    shared = Path("/work/scale-data")
    return shared if shared.is_dir() else Path(os.environ.get("TMPDIR", "/tmp")) / "briefing-scale"


def corpus(work: Path, name: str, count: int, seed: int = 7) -> Path:
    """A generated library (made once; the same seed gives the same bytes)."""
    from benchmarks.real_corpus import generate

    folder = work / name
    if not (folder / "stories.tsv").exists():
        print(f"generating {name} ({count} articles)…", flush=True)
        generate(folder, count, seed=seed)
    return folder


def median_of(runs: list[dict], key: str = "wall_s") -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def best(runs: list[dict]) -> dict:
    """The round with the least CPU time (the least disturbed by other load)."""
    return min(runs, key=lambda r: r["cpu_s"])


def build(work: Path, folder: Path, size: int, repeat: int, reuse: dict | None = None) -> dict:
    """Each engine builds its index from the files, in turn, `repeat` rounds.

    `reuse` maps an engine to its build figures from an earlier run (`--references`):
    that engine's index on disk is kept and not rebuilt.
    """
    reuse = reuse or {}
    homes = {
        "ours": work / f"home-{size}",
        "whoosh": work / f"whoosh-{size}",
        "fts5": work / f"fts5-{size}.sqlite",
    }
    rounds: dict[str, list[dict]] = {name: [] for name in ENGINES}
    for _ in range(repeat):
        for name in ENGINES:
            if name in reuse:
                continue
            target = homes[name]
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            payload = {"corpus": str(folder), "home": str(target), "target": str(target)}
            rounds[name].append(run(f"build_{name}", payload, memory=True))
            print(f"  build {name:6}: {rounds[name][-1]}", flush=True)
    from briefing.core.paths import Locations

    index_dir = Locations.resolve(homes["ours"]).index_dir
    disk = {
        "ours": sizes_on_disk(index_dir),
        "whoosh": sizes_on_disk(homes["whoosh"]),
        "fts5": sizes_on_disk(homes["fts5"]),
    }
    out = {name: best(runs) for name, runs in rounds.items() if runs}
    out.update(reuse)
    for name in ENGINES:
        out[name]["articles_per_s"] = round(size / out[name]["wall_s"], 1)
        out[name]["articles_per_cpu_s"] = round(size / out[name]["cpu_s"], 1)
        out[name]["disk_mb"] = round(sum(disk[name].values()) / 2**20, 1)
        out[name]["disk_by_file_mb"] = {k: round(v / 2**20, 2) for k, v in disk[name].items()}
    catalogs = sorted(index_dir.glob("*/docs.sqlite"))
    if catalogs:  # the catalog's tables and indexes, by size (what makes docs.sqlite)
        sizes = table_sizes(catalogs[-1])
        out["ours"]["docs_tables_mb"] = {k: round(v / 2**20, 2) for k, v in sizes.items()}
    out["ratios"] = {
        "throughput_vs_whoosh": round(out["whoosh"]["wall_s"] / out["ours"]["wall_s"], 2),
        "cpu_vs_whoosh": round(out["ours"]["cpu_s"] / out["whoosh"]["cpu_s"], 2),
        "peak_vs_whoosh": round(out["ours"]["peak_mb"] / out["whoosh"]["peak_mb"], 2),
        "disk_vs_whoosh": round(out["ours"]["disk_mb"] / out["whoosh"]["disk_mb"], 2),
        "throughput_vs_fts5": round(out["fts5"]["wall_s"] / out["ours"]["wall_s"], 2),
    }
    return {"build": out, "homes": {k: str(v) for k, v in homes.items()}}


def adding(work: Path, folder: Path, homes: dict, repeat: int) -> dict:
    """Adding 100 new articles to each built index (then taking them out again, untimed).

    The references add to copies of their indexes, which stay as built for every figure
    after this one and for a later run's `--references`: adding and removing 100 articles
    left Whoosh's index bigger each time (10,000 articles: 40.1 MB as built, 45.9 MB after
    the add rounds of five runs, the figure `--references` then reported as its size).
    """
    extra = corpus(work, f"extra-{EXTRA}", EXTRA, seed=99)
    rounds: dict[str, list[dict]] = {name: [] for name in ENGINES}
    targets = dict(homes)
    for name in ("whoosh", "fts5"):
        built = Path(homes[name])
        copy = built.with_name(f"{built.name}.adding")
        if built.is_dir():
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(built, copy)
        else:
            shutil.copy2(built, copy)
        targets[name] = str(copy)
    try:
        for round_number in range(repeat):
            target = folder / f"zz-added-{round_number}"
            shutil.copytree(extra, target, ignore=shutil.ignore_patterns("stories.tsv"))
            paths = [str(p) for p in sorted(target.rglob("*.txt"))]
            payload = {"home": homes["ours"], "target": "", "paths": paths}
            for name in ENGINES:
                payload["target"] = targets[name]
                rounds[name].append(run(f"add_{name}", payload, memory=True))
            shutil.rmtree(target)
            run("add_ours", payload)  # the vanished files leave the library again
            run("remove_whoosh", {**payload, "target": targets["whoosh"]})
            run("remove_fts5", {**payload, "target": targets["fts5"]})
    finally:
        for name in ("whoosh", "fts5"):
            copy = Path(targets[name])
            if copy.is_dir():
                shutil.rmtree(copy)
            else:
                copy.unlink(missing_ok=True)
    out = {name: best(runs) for name, runs in rounds.items()}
    out["ratios"] = {"vs_whoosh": round(out["ours"]["wall_s"] / out["whoosh"]["wall_s"], 2)}
    return out


def cold(homes: dict, sample: dict, runs: int) -> dict:
    """Whole processes: one command each, fresh, interleaved with the references."""
    from briefing.search.analysis import STOP_WORDS

    word = sample["queries"][0].split()[0]
    # A word of most articles: its count of stories reads the most labels.
    frequent = next(w for w in sample["frequent"] if w not in STOP_WORDS)
    article = sample["ids"][0]
    home = ["--home", homes["ours"]]
    calls = {
        "search": lambda: command([*home, "search", word]),
        "search (frequent)": lambda: command([*home, "search", frequent]),
        "show": lambda: command([*home, "show", article]),
        "related": lambda: command([*home, "related", article]),
        "index (no change)": lambda: command([*home, "index", "--quiet"]),
        "whoosh search": lambda: run("cold_whoosh", {"target": homes["whoosh"], "word": word}),
        "fts5 search": lambda: run("cold_fts5", {"target": homes["fts5"], "word": word}),
    }
    times: dict[str, list[dict]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            times[name].append(call())
    out = {
        name: {"wall_s": median_of(r), "cpu_s": median_of(r, "cpu_s")} for name, r in times.items()
    }
    out["word"], out["frequent_word"] = word, frequent
    out["ratios"] = {
        "search_vs_whoosh": round(out["search"]["wall_s"] / out["whoosh search"]["wall_s"], 2),
        "search_vs_fts5": round(out["search"]["wall_s"] / out["fts5 search"]["wall_s"], 2),
    }
    return out


def reused(path: Path | None, work: Path, size: int) -> dict:
    """The reference engines' build figures at `size` from an earlier results file, for
    those whose index is still on disk under `work` (each marked with where it came from)."""
    if path is None:
        return {}
    data = json.loads(path.read_text())
    figures = data["sizes"].get(str(size), {}).get("build", {})
    homes = {"whoosh": work / f"whoosh-{size}", "fts5": work / f"fts5-{size}.sqlite"}
    return {
        name: {**figures[name], "reused_from": f"{path.name} ({data['commit']}, {data['when']})"}
        for name, home in homes.items()
        if name in figures and home.exists()
    }


def measure(work: Path, size: int, args: argparse.Namespace) -> dict:
    folder = corpus(work, f"corpus-{size}", size)
    print(f"\n{size} articles from {folder}", flush=True)
    reuse = reused(args.references, work, size)
    if reuse:
        print(f"  reusing the {', '.join(reuse)} build from {args.references}", flush=True)
    result = build(work, folder, size, args.repeat, reuse)
    homes = result.pop("homes")
    rounds = [run("no_change_ours", {"home": homes["ours"]}) for _ in range(3)]
    result["no_change"] = {"ours": {"seconds": median_of(rounds, "seconds")}}
    result["add_100"] = adding(work, folder, homes, args.repeat)
    sample = run("sample", {"home": homes["ours"], "n": args.queries})
    result["cold"] = cold(homes, sample, args.cold_runs)
    payload = {"home": homes["ours"], "whoosh": homes["whoosh"], "fts5": homes["fts5"]}
    result["latency"] = run("latency", {**payload, **sample})
    for engines in result["latency"].values():
        if isinstance(engines, dict) and "whoosh" in engines:
            ours, whoosh = engines["ours"]["median_ms"], engines["whoosh"]["median_ms"]
            engines["ours_vs_whoosh"] = round(ours / whoosh, 2) if whoosh else None
    result["reader"] = run("reader", {"home": homes["ours"], "articles": 50}, memory=True)
    result["load_average"] = [round(v, 2) for v in os.getloadavg()]
    summary(size, result)
    return result


def summary(size: int, result: dict) -> None:
    b, ratios = result["build"], result["build"]["ratios"]
    lines = [
        f"build       ours {b['ours']['wall_s']:.1f} s ({b['ours']['articles_per_s']:.0f}/s, "
        f"CPU {b['ours']['cpu_s']:.1f} s, peak {b['ours']['peak_mb']:.0f} MB, "
        f"disk {b['ours']['disk_mb']:.0f} MB) | whoosh {b['whoosh']['wall_s']:.1f} s "
        f"(peak {b['whoosh']['peak_mb']:.0f} MB, disk {b['whoosh']['disk_mb']:.0f} MB) | "
        f"fts5 {b['fts5']['wall_s']:.1f} s (disk {b['fts5']['disk_mb']:.0f} MB)",
        f"            throughput {ratios['throughput_vs_whoosh']}x whoosh (wall), "
        f"{1 / ratios['cpu_vs_whoosh']:.2f}x per CPU second, disk "
        f"{ratios['disk_vs_whoosh']}x, peak {ratios['peak_vs_whoosh']}x"
        + (" (whoosh's build reused: compare CPU)" if "reused_from" in b["whoosh"] else ""),
        f"no change   {result['no_change']['ours']['seconds']:.2f} s",
        f"add 100     ours {result['add_100']['ours']['wall_s']:.2f} s | whoosh "
        f"{result['add_100']['whoosh']['wall_s']:.2f} s | fts5 {result['add_100']['fts5']['wall_s']:.2f} s",
    ]
    for name, figures in result["cold"].items():
        if isinstance(figures, dict) and "wall_s" in figures:
            lines.append(
                f"cold        {name:18} {figures['wall_s']:.2f} s (CPU {figures['cpu_s']:.2f})"
            )
    for name, engines in result["latency"].items():
        if not isinstance(engines, dict):
            continue
        text = " | ".join(
            f"{e} {v['median_ms']:.1f}/{v['p95_ms']:.1f} ms"
            for e, v in engines.items()
            if isinstance(v, dict)
        )
        lines.append(f"{name:28} (median/p95) {text}")
    reader = result["reader"]
    lines.append(
        f"reader      first screen {reader['first_screen_s']:.2f} s, after {reader['opened']} "
        f"articles {reader['rss_mb']:.0f} MB (peak {reader['peak_mb']:.0f} MB)"
    )
    print(f"\n== {size} articles ==\n" + "\n".join(lines), flush=True)


def flatten(data, prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(flatten(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(data, int | float) and not isinstance(data, bool):
        out[prefix] = data
    return out


def compare(old_path: Path, new_path: Path) -> None:
    old = flatten(json.loads(old_path.read_text())["sizes"])
    new = flatten(json.loads(new_path.read_text())["sizes"])
    print(f"{'figure':70} {'old':>10} {'new':>10} {'new/old':>8}")
    for key in sorted(set(old) & set(new)):
        a, b = old[key], new[key]
        ratio = f"{b / a:8.2f}" if a else "       -"
        print(f"{key:70} {a:10.3f} {b:10.3f} {ratio}")


def commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--big", action="store_true", help="also 100,000 articles")
    parser.add_argument("--work", type=Path, default=default_work())
    parser.add_argument("--repeat", type=int, default=1, help="interleaved build rounds")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--out", type=Path, help="the JSON file (default: under results/)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument(
        "--references",
        type=Path,
        metavar="OLD.json",
        help="keep the Whoosh and FTS5 indexes already under --work and take their build "
        "figures from this earlier results file (builds only ours: saves ~35 min at 100k)",
    )
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    os.environ.pop("BRIEFING_HOME", None)
    os.environ["BRIEFING_FACTS"] = "1"
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [*args.sizes, *([100_000] if args.big else [])]
    results = {
        "commit": commit(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "sizes": {},
    }
    out = args.out or RESULTS / f"scale-{results['commit']}-{'-'.join(map(str, sizes))}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    for size in sizes:  # written after each size: a long run cut short keeps what it measured
        results["sizes"][str(size)] = measure(args.work, size, args)
        out.write_text(json.dumps(results, indent=2) + "\n")
        print(f"\nresults: {out}", flush=True)


if __name__ == "__main__":
    main()
