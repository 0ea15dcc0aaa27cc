"""Store latency: saving a note with 10,000 existing notes, and the other operations.

    python benchmarks/store_speed.py [--notes 10000] [--saves 300] [--work DIR]

A store with N notes (on N/3 articles, ~300 characters each, a third anchored) is set up
through `Store.replace_all`, then timed: opening it, saving notes (`add_note`, each one
fsynced before returning), updating one, toggling a bookmark, a second instance catching
up with another's saves (`reload`), and compacting the journal into a new snapshot (which
some saves trigger). Times are wall-clock milliseconds on this machine's disk.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.store import Anchor, Store  # noqa: E402

WORDS = (
    "port strike union terminal cranes automation dockers vote wage talks minister "
    "government ships diverted harbour container freight rail council mayor deal agreement "
    "court appeal drought reservoir water rationing farmers launch rocket failure inquiry"
).split()


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def seeded_snapshot(count: int, rng: random.Random) -> dict:
    notes = {}
    for i in range(count):
        note_id = f"{i:012x}"
        anchor = Anchor(text(rng, 12), 100, 180, kind="passage").to_json() if i % 3 == 0 else None
        stamp = f"2025-01-01T00:00:{i % 60:02d}.{i:06d}+00:00"
        notes[note_id] = {
            "id": note_id,
            "article_id": f"article-{i // 3:05d}",
            "text": text(rng, 45),
            "anchor": anchor,
            "created": stamp,
            "updated": stamp,
        }
    return {
        "format": "briefing-store",
        "version": 2,
        "generation": 0,
        "saved": "2025-01-01T00:00:00+00:00",
        "notes": notes,
        "bookmarks": {
            f"article-{i:05d}": "2025-01-01T00:00:00+00:00" for i in range(0, count // 3, 7)
        },
        "tags": {f"article-{i:05d}": ["strike", "ports"] for i in range(0, count // 3, 5)},
        "read": {f"article-{i:05d}": "2025-01-01T00:00:00+00:00" for i in range(0, count // 3, 2)},
    }


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def summary(name: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(
        f"{name:<34} n={len(samples):<4} median {statistics.median(samples):7.2f} ms   "
        f"p95 {p95:7.2f} ms   max {samples[-1]:7.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        folder = Path(work) / "store"
        Store.open_folder(folder).replace_all(seeded_snapshot(args.notes, rng))
        size = (folder / "store.json").stat().st_size
        print(f"store: {args.notes} notes, snapshot {size / 1e6:.1f} MB")

        opened: list[Store] = []
        summary(
            "open (load snapshot)",
            [timed(lambda: opened.append(Store.open_folder(folder))) for _ in range(5)],
        )
        store = opened[-1]
        other = Store.open_folder(folder)

        saves = [
            timed(
                lambda: store.add_note(
                    f"article-{rng.randrange(args.notes // 3):05d}", text(rng, 45)
                )
            )
            for _ in range(args.saves)
        ]
        summary(f"add_note with {args.notes}+ notes", saves)
        note_id = store.notes("article-00000")[0].id
        summary(
            "update_note",
            [timed(lambda: store.update_note(note_id, text(rng, 40))) for _ in range(100)],
        )
        summary(
            "toggle_bookmark",
            [timed(lambda: store.toggle_bookmark("article-00001")) for _ in range(100)],
        )
        summary("reload in another instance", [timed(other.reload)])
        store.add_note("article-00002", "one more")
        summary("reload after one save elsewhere", [timed(other.reload)])
        ids = [f"article-{i:05d}" for i in range(200)]
        summary("marks() for 200 listed ids", [timed(lambda: store.marks(ids)) for _ in range(50)])
        summary("compact (new snapshot + backup)", [timed(store.compact) for _ in range(5)])
        summary("reload after a compaction elsewhere", [timed(other.reload)])
        over = sum(1 for s in saves if s >= 50)
        print(f"saves at or over 50 ms: {over} of {len(saves)}")


if __name__ == "__main__":
    main()
