"""Same-story links, made and unmade for one indexing run (see `groupstore` for groups).

A `Linker` stores each article's sketch and links it to the articles whose sketches
estimate a similarity of at least `THRESHOLD`. The candidates are the articles sharing
enough of its sketch values; a value found in `COMMON_DF` or more articles is a stock
phrase, not evidence, and is left out of that count.

Finding candidates counts, for each of an article's values, every article holding it:
read from SQLite for each article, that count grew with the library (a value a topic's
articles share is held by more of them the bigger the library) and was the indexer's
largest serial cost. The linker holds the value -> articles lists it has read or
written in memory for the run, loads the missing ones in one query per article (none
when the library was empty: a rebuild), counts candidates in memory, and writes new
sketches in sorted batches. The links are exactly those the per-article queries found.

On disk a value's list is one row (`sketch_lists`: the value as the row's key, the sketch
numbers packed four bytes each), not a row per (value, article): 10,000 articles hold
640,000 values but 126,556 distinct ones.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Sequence

from briefing.catalog.grouping import MIN_SHARED, SKETCH_SIZE, THRESHOLD, pack, similarity, unpack
from briefing.catalog.groupstore import group_of, set_group
from briefing.catalog.lookup import in_chunks

# A value's sketch numbers, packed as stored (four bytes each: a library has fewer than
# two billion sketches).
_NUMS = "i"

# A sketch value shared by this many articles or more is a stock phrase, not evidence.
COMMON_DF = 200
# New sketches are written to SQLite this many articles at a time (sorted: fewer pages).
FLUSH_EVERY = 2000


class Linker:
    """Links and unlinks articles' sketches over one connection; `flush` before reading
    the sketch tables any other way (the indexer flushes at the end of a run).

    Nothing else may write the sketch tables while a linker is in use: it keeps the
    article lists of the values it has seen (`_holders`) in step with its own writes.
    """

    def __init__(self, db: sqlite3.Connection, flush_every: int = FLUSH_EVERY) -> None:
        self.db = db
        self.flush_every = flush_every
        # Sketch value -> the sketch numbers of every article holding it (stored or
        # pending), for each value looked up or written in this run; a value read from
        # the table already held by `COMMON_DF` articles or more has its count instead
        # (a stock phrase's thousands of rows are not read).
        self._holders: dict[int, array] = {}
        self._common: dict[int, int] = {}
        # An empty table at the start (a rebuild): a value not in `_holders` has none.
        self._empty = db.execute("SELECT 1 FROM sketches LIMIT 1").fetchone() is None
        last = db.execute("SELECT MAX(num) FROM sketches").fetchone()[0]
        self._next = (last or 0) + 1
        # Sketches linked but not written yet: num -> (article id, values), and by id.
        self._pending: dict[int, tuple[str, list[int]]] = {}
        self._pending_ids: dict[str, int] = {}

    def link(self, article_id: str, sketch: Sequence[int]) -> str:
        """Store `article_id`'s sketch (it must have none: `unlink` it first), link it to
        its near duplicates; return its group label.

        The label is provisional when the article joins two groups at once:
        `groupstore.regroup` settles it.
        """
        db = self.db
        values = list(dict.fromkeys(sketch))
        if not values:
            set_group(db, article_id, article_id)
            return article_id
        self._load(values)
        holders, stock = self._holders, self._common
        # Shingles found in very many articles (stock phrases) would make every look-up
        # count thousands of articles, and say nothing about being the same story.
        # (Counted before this article's own values are added.)
        usable = [
            value for value in values if value not in stock and len(holders[value]) < COMMON_DF
        ]
        common = len(values) - len(usable)
        candidates: list[tuple[int, int]] = []
        if usable:
            counts: Counter[int] = Counter()
            for value in usable:
                counts.update(holders[value])
            needed = min(MIN_SHARED, len(usable))
            candidates = [(num, n) for num, n in counts.items() if n >= needed]
        num = self._next
        self._next += 1
        for value in values:
            if value in stock:
                stock[value] += 1
            else:
                holders[value].append(num)
        self._pending[num] = (article_id, values)
        self._pending_ids[article_id] = num
        label = article_id
        for other, score in self._similar(values, common, candidates):
            db.executemany(
                "INSERT OR REPLACE INTO near_dups (a, b, similarity) VALUES (?, ?, ?)",
                [(article_id, other, score), (other, article_id, score)],
            )
            label = min(label, group_of(db, other))
        set_group(db, article_id, label)
        if len(self._pending) >= self.flush_every:
            self.flush()
        return label

    def _load(self, values: list[int]) -> None:
        """Read the article lists of `values` not held yet (a count for stock values)."""
        holders, stock = self._holders, self._common
        missing = [value for value in values if value not in holders and value not in stock]
        if missing and not self._empty:
            self._read_lists(missing, count_stock=True)
        else:
            for value in missing:
                holders[value] = array("q")

    def _read_lists(self, values: list[int], count_stock: bool = False) -> None:
        """Read the article lists of `values` from the table (with `count_stock`, a list
        of `COMMON_DF` articles or more is kept as its count, in `_common`)."""
        holders = self._holders
        for value in values:
            holders[value] = array("q")
        rows = in_chunks(self.db, "SELECT hash, nums FROM sketch_lists WHERE hash IN", values)
        for value, data in rows:
            nums = array(_NUMS)
            nums.frombytes(data)
            if count_stock and len(nums) >= COMMON_DF:
                del holders[value]
                self._common[value] = len(nums)
            else:
                holders[value] = array("q", nums)

    def _similar(
        self, values: list[int], common: int, candidates: list[tuple[int, int]]
    ) -> list[tuple[str, float]]:
        """The candidates (sketch numbers) whose estimated similarity to sketch `values`
        reaches `THRESHOLD`: their article ids, with it.

        Each candidate comes with the number of `values` it shares outside the `common`
        stock-phrase values. A full sketch (`SKETCH_SIZE` values) makes the estimate a
        share of `SKETCH_SIZE`, and it cannot share more than that count plus the common
        values: a candidate below the threshold even then is left out unread. The stored
        sketches of the others are read in one query (not one per candidate).
        """
        if len(values) >= SKETCH_SIZE:
            needed = THRESHOLD * SKETCH_SIZE - common
            candidates = [(other, shared) for other, shared in candidates if shared >= needed]
        if not candidates:
            return []
        found_sketches: list[tuple[int, str, list[int]]] = []
        stored = []
        for other, _ in candidates:
            pending = self._pending.get(other)
            if pending is None:
                stored.append(other)
            else:
                found_sketches.append((other, pending[0], pending[1]))
        rows = in_chunks(self.db, "SELECT num, article_id, data FROM sketches WHERE num IN", stored)
        found_sketches.extend((num, other, unpack(data)) for num, other, data in rows)
        found = []
        for _, other, sketch in sorted(found_sketches):
            score = similarity(values, sketch)
            if score >= THRESHOLD:
                found.append((other, score))
        return found

    def unlink(self, article_id: str) -> list[str]:
        """Forget an article's sketch and links; return the articles it was linked to."""
        db = self.db
        linked = [
            row[0] for row in db.execute("SELECT b FROM near_dups WHERE a = ?", (article_id,))
        ]
        num = self._pending_ids.pop(article_id, None)
        if num is not None:
            values = self._pending.pop(num)[1]
        else:
            row = db.execute(
                "SELECT num, data FROM sketches WHERE article_id = ?", (article_id,)
            ).fetchone()
            values = []
            if row is not None:
                num, values = row[0], list(dict.fromkeys(unpack(row[1])))
                self._drop_from_lists(num, values)
                db.execute("DELETE FROM sketches WHERE num = ?", (num,))
        fewer = []  # stock values now held by fewer than COMMON_DF articles
        for value in values:
            held = self._holders.get(value)
            if held is not None:
                held.remove(num)
            elif value in self._common:
                self._common[value] -= 1
                if self._common[value] < COMMON_DF:
                    fewer.append(value)
        if fewer:
            # Evidence again: their lists are needed, read whole once every sketch is
            # in the table.
            self.flush()
            for value in fewer:
                del self._common[value]
            self._read_lists(fewer)
        if linked:
            # Links are stored both ways: the rows pointing here are (other, article_id).
            db.execute("DELETE FROM near_dups WHERE a = ?", (article_id,))
            db.executemany(
                "DELETE FROM near_dups WHERE a = ? AND b = ?",
                [(other, article_id) for other in linked],
            )
        return linked

    def _drop_from_lists(self, num: int, values: list[int]) -> None:
        """Take sketch `num` out of the stored lists of `values` (a list left empty goes)."""
        changed, emptied = [], []
        for value, data in in_chunks(
            self.db, "SELECT hash, nums FROM sketch_lists WHERE hash IN", values
        ):
            nums = array(_NUMS)
            nums.frombytes(data)
            if num in nums:
                nums.remove(num)
            if nums:
                changed.append((nums.tobytes(), value))
            else:
                emptied.append((value,))
        self.db.executemany("UPDATE sketch_lists SET nums = ? WHERE hash = ?", changed)
        self.db.executemany("DELETE FROM sketch_lists WHERE hash = ?", emptied)

    def flush(self) -> None:
        """Write the sketches linked since the last flush, and the lists of their values.

        A value held in memory has its whole list there (read before any article was
        added to it): it is written as it is, read from nowhere. A stock value's list is
        read, added to and written back."""
        if not self._pending:
            return
        pending, self._pending, self._pending_ids = self._pending, {}, {}
        self.db.executemany(
            "INSERT INTO sketches (num, article_id, data) VALUES (?, ?, ?)",
            [(num, article_id, pack(values)) for num, (article_id, values) in pending.items()],
        )
        holders = self._holders
        added: dict[int, list[int]] = {}
        for num, (_, values) in pending.items():
            for value in values:
                if value not in holders:
                    added.setdefault(value, []).append(num)
        rows = []
        for value in sorted({value for _, values in pending.values() for value in values}):
            if value in holders:
                rows.append((value, array(_NUMS, holders[value]).tobytes()))
        if added:
            for value, data in in_chunks(
                self.db, "SELECT hash, nums FROM sketch_lists WHERE hash IN", added
            ):
                nums = array(_NUMS)
                nums.frombytes(data)
                nums.extend(added.pop(value))
                rows.append((value, nums.tobytes()))
            rows.extend((value, array(_NUMS, nums).tobytes()) for value, nums in added.items())
            rows.sort()
        self.db.executemany("INSERT OR REPLACE INTO sketch_lists (hash, nums) VALUES (?, ?)", rows)
