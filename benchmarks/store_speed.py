"""User data latency: saving a note among 10,000, listing notes, and the other operations.

    python benchmarks/store_speed.py [--notes 10000] [--saves 300] [--list 2000] [--work DIR]

A store of N notes (on N/3 articles, ~300 characters each, a third anchored) is set up
through `replace_all`, then timed: opening it, saving notes (`add_note`, each one durable
before it returns), updating one, toggling a bookmark, a second instance seeing another's
save, markers for a screenful of ids, listing every note, listing the notes of a store of
`--list` notes (the Notes view), and a rolling backup. Times are wall-clock milliseconds
on the disk of `--work` (put it on a real disk: fsync on tmpfs costs nothing).

The same script runs against the previous release (the JSON store, `briefing.store`) when
that is what is on the path, so the two can be measured side by side with one method:

    PYTHONPATH=/path/to/old/src python benchmarks/store_speed.py --work /var/tmp
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

# The checkout this script is in, after PYTHONPATH (which may name another release).
sys.path.append(str(Path(__file__).resolve().parents[1]))

try:  # this release: one SQLite database
    from briefing.userdata import Anchor, UserData

    OLD = False
except ImportError:  # the release before: a JSON snapshot and a journal
    from briefing.store import Anchor  # type: ignore[no-redef]
    from briefing.store import Store as UserData  # type: ignore[no-redef]

    OLD = True

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


def open_store(folder: Path):
    """The store kept in `folder` (the old release kept it in a `store` folder of its own)."""
    return UserData.open_folder(folder / "store" if OLD else folder)


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def summary(name: str, samples: list[float]) -> None:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    print(
        f"{name:<38} n={len(samples):<4} median {statistics.median(samples):7.2f} ms   "
        f"p95 {p95:7.2f} ms   max {samples[-1]:7.2f} ms"
    )


def size_of(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file()) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--list", type=int, default=2_000)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    rng = random.Random(7)
    code = sys.modules[UserData.__module__].__file__
    print(f"{'the JSON store' if OLD else 'SQLite user data'} ({code})")
    with tempfile.TemporaryDirectory(dir=args.work) as work:
        folder = Path(work) / "data"
        seeded = open_store(folder)
        seeded.replace_all(seeded_snapshot(args.notes, rng))
        seeded.close()
        print(f"store: {args.notes} notes, {size_of(folder):.1f} MB on disk")

        opened: list = []

        def first_open() -> None:
            """As a new process would: the new store checks the file once per process."""
            if not OLD:
                import briefing.userdata.database as database

                database._checked.clear()
            opened.append(open_store(folder))

        summary("open, as a new command does", [timed(first_open) for _ in range(5)])
        store = opened[-1]
        other = open_store(folder)

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

        def seen_elsewhere() -> None:
            if OLD:
                other.reload()
            other.notes("article-00002")

        store.add_note("article-00002", "one more")
        summary("another instance sees a save", [timed(seen_elsewhere)])
        ids = [f"article-{i:05d}" for i in range(200)]
        summary("marks() for 200 listed ids", [timed(lambda: store.marks(ids)) for _ in range(50)])
        summary(f"notes(): all {store.note_count()}", [timed(store.notes) for _ in range(5)])
        backup = store.compact if OLD else store.backup_now
        summary("rolling backup", [timed(backup) for _ in range(5)])
        over = sum(1 for s in saves if s >= 50)
        print(f"saves at or over 50 ms: {over} of {len(saves)}")

    with tempfile.TemporaryDirectory(dir=args.work) as work:
        folder = Path(work) / "data"
        small = open_store(folder)
        small.replace_all(seeded_snapshot(args.list, random.Random(8)))
        summary(f"notes(): a store of {args.list}", [timed(small.notes) for _ in range(10)])


if __name__ == "__main__":
    main()
