"""The linker's in-memory value lists give exactly the links of the rule, over any mix of
runs (a new linker each), flushes, removals and re-links, stock phrases included."""

from __future__ import annotations

import random
import sqlite3
from array import array

import pytest

from briefing.catalog import groupstore, linking
from briefing.catalog.grouping import MIN_SHARED, SKETCH_SIZE, THRESHOLD, similarity
from briefing.catalog.linking import Linker
from briefing.catalog.schema import create_tables

STOCK_DF = 4  # a small stock-phrase cut-off, so the rule's stock-phrase branch runs


class Reference:
    """The linking rule, stated directly: an article is linked, when it is stored, to
    each article in the library sharing enough of its values that fewer than `STOCK_DF`
    articles hold (at that moment), whose sketch is similar enough."""

    def __init__(self) -> None:
        self.sketches: dict[str, list[int]] = {}
        self.links: set[tuple[str, str]] = set()

    def link(self, article_id: str, values: list[int]) -> None:
        held = {value: 0 for value in values}
        for other in self.sketches.values():
            for value in other:
                if value in held:
                    held[value] += 1
        usable = {value for value in values if held[value] < STOCK_DF}
        for other, sketch in self.sketches.items():
            shared = len(usable & set(sketch))
            if (
                usable
                and shared >= min(MIN_SHARED, len(usable))
                and similarity(values, sketch) >= THRESHOLD
            ):
                self.links |= {(article_id, other), (other, article_id)}
        self.sketches[article_id] = values

    def unlink(self, article_id: str) -> None:
        self.sketches.pop(article_id, None)
        self.links = {pair for pair in self.links if article_id not in pair}


def _sketches(rng: random.Random, count: int) -> list[list[int]]:
    """Stories and their copies (sharing 20 to 60 values), over a pool of stock values
    that many articles hold."""
    stock = rng.sample(range(1, 2**31), 12)
    bases = [rng.sample(range(1, 2**31), SKETCH_SIZE) for _ in range(count // 4)]
    out = []
    for _ in range(count):
        base = rng.choice(bases)
        kept = rng.sample(base, rng.randint(20, 60))
        extra = rng.sample(stock, rng.randint(0, 8))
        fresh = rng.sample(range(1, 2**31), SKETCH_SIZE)
        values = list(dict.fromkeys(kept + extra + fresh))[:SKETCH_SIZE]
        if rng.random() < 0.1:
            values = values[: rng.randint(8, 40)]  # a short article: a partial sketch
        out.append(sorted(values))
    return out


def _links(db: sqlite3.Connection) -> set[tuple[str, str]]:
    return set(db.execute("SELECT a, b FROM near_dups").fetchall())


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_runs_flushes_removals_and_relinks_give_the_rule_s_links(monkeypatch, seed):
    monkeypatch.setattr(linking, "COMMON_DF", STOCK_DF)
    rng = random.Random(seed)
    sketches = _sketches(rng, 120)
    db = sqlite3.connect(":memory:")
    create_tables(db)
    reference = Reference()
    present: list[str] = []
    for run in range(6):
        linker = Linker(db, flush_every=rng.choice((1, 3, 50)))
        for step in range(40):
            if present and rng.random() < 0.3:
                article_id = rng.choice(present)
                linker.unlink(article_id)
                reference.unlink(article_id)
                if rng.random() < 0.5:  # removed, or stored again (an edit)
                    present.remove(article_id)
                    continue
                values = sketches[rng.randrange(len(sketches))]
            else:
                article_id = f"a{run:02d}{step:02d}"
                values = sketches[(run * 40 + step) % len(sketches)]
                present.append(article_id)
            linker.link(article_id, values)
            reference.link(article_id, values)
            assert _links(db) == reference.links
        linker.flush()
    stored = db.execute("SELECT COUNT(*) FROM sketches").fetchone()[0]
    assert stored == len(present) == len(reference.sketches)
    lists = {
        value: sorted(array("i", nums))
        for value, nums in db.execute("SELECT hash, nums FROM sketch_lists")
    }
    numbers = dict(db.execute("SELECT article_id, num FROM sketches"))
    expected: dict[int, list[int]] = {}
    for article_id in present:
        for value in set(reference.sketches[article_id]):
            expected.setdefault(value, []).append(numbers[article_id])
    assert lists == {value: sorted(nums) for value, nums in expected.items()}
    assert len(reference.links) > 20  # the data has links to find


def test_a_value_held_by_stock_df_articles_is_not_evidence(monkeypatch):
    monkeypatch.setattr(linking, "COMMON_DF", 2)
    db = sqlite3.connect(":memory:")
    create_tables(db)
    base = list(range(1000, 1000 + SKETCH_SIZE))
    linker = Linker(db)
    linker.link("a", base)
    linker.link("b", base)  # every value held by one article: linked
    assert _links(db) == {("a", "b"), ("b", "a")}
    linker.link("c", base)  # every value held by two: all stock, no candidates
    assert ("c", "a") not in _links(db)
    linker.flush()
    # A new run reads the lists from the table: the same counts.
    linker = Linker(db)
    linker.unlink("a")
    linker.link("d", base)  # each value held by b and c: stock again
    assert _links(db) == set()
    linker.unlink("c")
    linker.link("e", base)  # held by b and d only: stock
    linker.unlink("d")
    linker.link("f", base)  # held by b and e: stock
    assert _links(db) == set()
    linker.unlink("e")
    linker.unlink("b")
    linker.link("g", base)  # held by f alone: evidence again
    assert _links(db) == {("g", "f"), ("f", "g")}


def test_a_rebuild_looks_nothing_up_and_writes_each_batch_sorted():
    db = sqlite3.connect(":memory:")
    create_tables(db)
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    linker = Linker(db, flush_every=10)
    rng = random.Random(4)
    for number in range(25):
        linker.link(f"a{number:02d}", sorted(rng.sample(range(1, 2**31), SKETCH_SIZE)))
    linker.flush()
    assert not [sql for sql in statements if "FROM sketch_lists" in sql]
    assert db.execute("SELECT COUNT(*) FROM sketches").fetchone()[0] == 25
    nums = [row[0] for row in db.execute("SELECT num FROM sketches ORDER BY article_id")]
    assert nums == list(range(1, 26))  # numbered in link order, as SQLite would


def test_groups_come_from_the_links(monkeypatch):
    db = sqlite3.connect(":memory:")
    create_tables(db)
    base = list(range(1000, 1000 + SKETCH_SIZE))
    linker = Linker(db)
    assert linker.link("b", base) == "b"
    assert linker.link("a", base[:40] + list(range(5000, 5024))) == "a"
    assert linker.link("c", []) == "c"
    linker.flush()
    assert groupstore.groups_of(db, ["a", "b", "c"]) == {"a": "a", "b": "b", "c": "c"}
    db.execute("INSERT INTO articles (id, title, data) VALUES ('a', '', x''), ('b', '', x'')")
    assert groupstore.regroup(db, ["a", "b"]) == {"b": "a"}
