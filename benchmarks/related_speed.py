"""Speed of related articles, entity pages, the timeline, and what grouping adds to indexing.

    python benchmarks/related_speed.py DIR [--grouping-articles 1000]

DIR is the work folder of `related_quality.py --big DIR` (its `home` holds the indexed
generated library; `corpus/` its files). Reports the median and 90th percentile of
`Library.related` (limit 10), `Library.entity` and `Library.timeline(query)`, warm, and
the cost of same-story grouping: the same files indexed in one process with and without
sketches and linking (inline parsing, so both runs do identical work otherwise).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.internals import catalog_db  # noqa: E402
from briefing.core.paths import Locations  # noqa: E402
from briefing.library import Library  # noqa: E402


def timed(calls: list[Callable[[], object]]) -> tuple[float, float]:
    """Median and 90th percentile in milliseconds (after a few warm-up calls)."""
    for call in calls[:3]:
        call()
    times = []
    for call in calls:
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9) - 1]


def query_speed(home: Path, samples: int) -> dict[str, tuple[float, float]]:
    """Related, entity and timeline latencies on the indexed library under `home`."""
    library = Library.open(Locations.resolve(home), refresh=False, notify=lambda m: None)
    db = catalog_db(library)
    rng = random.Random(3)
    ids = sorted(library.ids())
    picked = rng.sample(ids, min(samples, len(ids)))
    names = [
        row[0]
        for row in db.execute(
            "SELECT MIN(name) FROM entity_forms GROUP BY kind, key ORDER BY kind, key"
        ).fetchall()
    ]
    people = rng.sample(names, min(100, len(names)))
    titles = [library.get(article_id).title for article_id in picked[:40]]
    queries = [" ".join(title.split()[:2]) for title in titles]
    result = {
        "related (limit 10)": timed([lambda a=a: library.related(a, 10) for a in picked]),
        "entity page": timed([lambda n=n: library.entity(n) for n in people]),
        "timeline of a query": timed([lambda q=q: library.timeline(q) for q in queries]),
        "search --facets": timed([lambda q=q: library.search(q, facets=True) for q in queries]),
    }
    library.close()
    return result


def grouping_cost(corpus: Path, count: int) -> dict[str, float]:
    """Index `count` files inline with and without grouping; seconds and the extra share."""
    files = sorted(corpus.glob("0*/article-*.txt"))[:count]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "lib"
        folder.mkdir()
        for path in files:
            (folder / path.name).write_bytes(path.read_bytes())
        runs: dict[str, list[float]] = {"with grouping": [], "without grouping": []}
        for attempt in range(2):
            for label in (
                ("without grouping", "with grouping")
                if attempt
                else ("with grouping", "without grouping")
            ):
                home = Path(work) / f"home-{label.split()[0]}-{attempt}"
                patches = [mock.patch("briefing.library.indexer._POOL_THRESHOLD", 10**9)]
                if label == "without grouping":
                    patches += [
                        mock.patch("briefing.library.jobs.sketch", lambda text: []),
                        mock.patch("briefing.catalog.linking.Linker.link", lambda _, a, s: a),
                        mock.patch("briefing.catalog.linking.Linker.unlink", lambda _, a: []),
                        mock.patch("briefing.catalog.groupstore.regroup", lambda db, t: {}),
                    ]
                for patch in patches:
                    patch.start()
                try:
                    start = time.perf_counter()
                    library = Library.open(
                        Locations.resolve(home), build=False, notify=lambda m: None
                    )
                    library.index([folder])
                    runs[label].append(time.perf_counter() - start)
                    library.close()
                finally:
                    for patch in patches:
                        patch.stop()
    with_grouping = min(runs["with grouping"])
    without = min(runs["without grouping"])
    return {
        "articles": float(len(files)),
        "seconds with grouping": with_grouping,
        "seconds without grouping": without,
        "grouping adds": (with_grouping - without) / without,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("work", type=Path, help="the --big folder of related_quality.py")
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--grouping-articles", type=int, default=1000)
    args = parser.parse_args()
    print(f"library: {args.work / 'home'}")
    for name, (median, p90) in query_speed(args.work / "home", args.samples).items():
        print(f"  {name:22} median {median:7.1f} ms   p90 {p90:7.1f} ms")
    if args.grouping_articles:
        cost = grouping_cost(args.work / "corpus", args.grouping_articles)
        print(f"indexing {int(cost['articles'])} articles in one process (best of two)")
        print(f"  with grouping     {cost['seconds with grouping']:.2f} s")
        print(f"  without grouping  {cost['seconds without grouping']:.2f} s")
        print(f"  grouping adds     {cost['grouping adds']:.1%}")


if __name__ == "__main__":
    main()
