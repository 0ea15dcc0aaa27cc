"""Same-story linking reads only the candidates that can reach the threshold, and finds
exactly the pairs a comparison of every pair finds."""

from __future__ import annotations

import random
import sqlite3

from briefing.catalog.grouping import MIN_SHARED, SKETCH_SIZE, THRESHOLD, similarity
from briefing.catalog.linking import Linker
from briefing.catalog.schema import create_tables


def _sketches(seed: int) -> dict[str, list[int]]:
    """Bases and variants sharing 8 to 63 of a base's 64 values (around the threshold)."""
    rng = random.Random(seed)
    out: dict[str, list[int]] = {}
    for base in range(6):
        values = rng.sample(range(1, 2**31), SKETCH_SIZE)
        out[f"b{base}"] = sorted(values)
        for shared in range(8, 64, 3):
            kept = rng.sample(values, shared)
            fresh = rng.sample(range(1, 2**31), SKETCH_SIZE - shared)
            out[f"b{base}v{shared:02d}"] = sorted(kept + fresh)[:SKETCH_SIZE]
    return out


def _brute_force(sketches: dict[str, list[int]]) -> set[tuple[str, str]]:
    pairs = set()
    for a, first in sketches.items():
        for b, second in sketches.items():
            shared = len(set(first) & set(second))
            if a != b and shared >= MIN_SHARED and similarity(first, second) >= THRESHOLD:
                pairs.add((a, b))
    return pairs


def test_links_match_every_pair_compared():
    sketches = _sketches(5)
    db = sqlite3.connect(":memory:")
    create_tables(db)
    linker = Linker(db)
    for article_id, values in sketches.items():
        linker.link(article_id, values)
    linked = set(db.execute("SELECT a, b FROM near_dups").fetchall())
    expected = _brute_force(sketches)
    assert linked == expected
    linked_variants = {b[-3:] for a, b in expected if a.startswith("b") and len(a) == 2}
    assert linked_variants and linked_variants != {f"v{n:02d}" for n in range(8, 64, 3)}


def test_sketches_are_read_in_one_query_per_article_and_only_when_they_can_match():
    sketches = _sketches(9)
    db = sqlite3.connect(":memory:")
    create_tables(db)
    linker = Linker(db, flush_every=1)  # every sketch read from the table, not memory
    reads: list[str] = []
    db.set_trace_callback(lambda sql: reads.append(sql) if "FROM sketches" in sql else None)
    for article_id, values in sketches.items():
        linker.link(article_id, values)
    pairs = [
        (a, b)
        for a, first in sketches.items()
        for b, second in sketches.items()
        if a < b and len(set(first) & set(second)) >= MIN_SHARED
    ]
    linked = db.execute("SELECT COUNT(*) FROM near_dups").fetchone()[0] // 2
    # Candidates sharing 10 to about 28 values cannot reach the threshold: never read.
    assert len(pairs) > linked
    assert 0 < len(reads) <= linked
