"""Same-story groups kept in the document store's SQLite database.

The indexer calls `link` for each article it writes (with the sketch the parse worker
computed), `unlink` for each article it removes, and `regroup` once at the end of a run.
Readers call `groups_of` (or `relabelled`, for many) and `members`. Groups are labelled by
their smallest member id, so a rebuild gives the same labels whatever order files were read
in.

`regroup` also marks which members a listing by date folds away (every member but the one
listed first, newest first and oldest first), so the listing (`listed_page`, `copy_count`)
is an indexed read that never looks at the copies it leaves out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from briefing.catalog import docstore
from briefing.catalog.grouping import (
    MIN_SHARED,
    SKETCH_SIZE,
    THRESHOLD,
    components,
    pack,
    similarity,
    unpack,
)
from briefing.catalog.lookup import in_chunks
from briefing.core.results import Row

# A sketch value shared by more articles than this is a stock phrase, not evidence.
COMMON_DF = 200


def link(
    db: sqlite3.Connection, article_id: str, sketch: Sequence[int], replace: bool = True
) -> str:
    """Store `article_id`'s sketch, link it to its near duplicates; return its group label.

    The label is provisional when the article joins two groups at once: `regroup`
    settles it. `replace=False` says the article has no sketch or links yet (the caller
    has just unlinked it), which saves the look-ups.
    """
    if replace:
        unlink(db, article_id)
    if not sketch:
        _set_group(db, article_id, article_id)
        return article_id
    values = list(dict.fromkeys(sketch))
    marks = ",".join("?" * len(values))
    # Shingles found in very many articles (stock phrases) would make every look-up read
    # thousands of rows, and say nothing about being the same story: leave them out.
    # (Counted before this article's own hashes are added: n >= COMMON_DF here is
    # n > COMMON_DF once they are.)
    common = {
        row[0]
        for row in db.execute(
            f"SELECT hash FROM sketch_df WHERE hash IN ({marks}) AND n >= ?", [*values, COMMON_DF]
        )
    }
    usable = [value for value in values if value not in common]
    candidates: list[tuple[int, int]] = []
    if usable:
        marks = ",".join("?" * len(usable))
        candidates = db.execute(
            f"SELECT num, COUNT(*) FROM sketch_hashes WHERE hash IN ({marks}) "
            "GROUP BY num HAVING COUNT(*) >= ?",
            [*usable, min(MIN_SHARED, len(usable))],
        ).fetchall()
    num = db.execute(
        "INSERT INTO sketches (article_id, data) VALUES (?, ?)", (article_id, pack(values))
    ).lastrowid
    db.executemany(
        "INSERT INTO sketch_hashes (hash, num) VALUES (?, ?)", [(value, num) for value in values]
    )
    db.executemany(
        "INSERT INTO sketch_df (hash, n) VALUES (?, 1) ON CONFLICT(hash) DO UPDATE SET n = n + 1",
        [(value,) for value in values],
    )
    label = article_id
    for other, score in _similar(db, values, len(common), candidates):
        db.executemany(
            "INSERT OR REPLACE INTO near_dups (a, b, similarity) VALUES (?, ?, ?)",
            [(article_id, other, score), (other, article_id, score)],
        )
        label = min(label, group_of(db, other))
    _set_group(db, article_id, label)
    return label


def _similar(
    db: sqlite3.Connection, values: list[int], common: int, candidates: list[tuple[int, int]]
) -> list[tuple[str, float]]:
    """The candidates (sketch numbers) whose estimated similarity to sketch `values`
    reaches `THRESHOLD`: their article ids, with it.

    Each candidate comes with the number of `values` it shares outside the `common`
    stock-phrase hashes. A full sketch (`SKETCH_SIZE` values) makes the estimate a share
    of `SKETCH_SIZE`, and it cannot share more than that count plus the common hashes:
    a candidate below the threshold even then is left out unread. The others' sketches
    are read in one query (not one per candidate).
    """
    if len(values) >= SKETCH_SIZE:
        needed = THRESHOLD * SKETCH_SIZE - common
        candidates = [(other, shared) for other, shared in candidates if shared >= needed]
    if not candidates:
        return []
    rows = in_chunks(
        db,
        "SELECT num, article_id, data FROM sketches WHERE num IN",
        [other for other, _ in candidates],
    )
    found = []
    for _, other, data in sorted(rows):
        score = similarity(values, unpack(data))
        if score >= THRESHOLD:
            found.append((other, score))
    return found


def unlink(db: sqlite3.Connection, article_id: str) -> list[str]:
    """Forget an article's sketch and links; return the articles it was linked to."""
    linked = [row[0] for row in db.execute("SELECT b FROM near_dups WHERE a = ?", (article_id,))]
    row = db.execute(
        "SELECT num, data FROM sketches WHERE article_id = ?", (article_id,)
    ).fetchone()
    if row is not None:
        # The stored sketch names the hash rows: look them up by hash (indexed).
        num, values = row[0], [(value,) for value in set(unpack(row[1]))]
        db.executemany("UPDATE sketch_df SET n = n - 1 WHERE hash = ?", values)
        db.executemany(
            "DELETE FROM sketch_hashes WHERE hash = ? AND num = ?",
            [(value, num) for (value,) in values],
        )
        db.execute("DELETE FROM sketches WHERE num = ?", (num,))
    if linked:
        # Links are stored both ways: the rows pointing here are (other, article_id).
        db.execute("DELETE FROM near_dups WHERE a = ?", (article_id,))
        db.executemany(
            "DELETE FROM near_dups WHERE a = ? AND b = ?", [(other, article_id) for other in linked]
        )
    return linked


def forget(db: sqlite3.Connection, article_id: str) -> None:
    """Remove an article entirely (sketch, links and group row)."""
    unlink(db, article_id)
    db.execute("DELETE FROM groups WHERE article_id = ?", (article_id,))


def regroup(db: sqlite3.Connection, touched: Iterable[str]) -> dict[str, str]:
    """Recompute the groups around `touched` articles; return {article id: new label}
    for each article still in the library whose label changed.

    `touched` holds the articles written, updated or removed in this run; their former
    group mates are reconsidered too, so a split or a merge relabels every member.
    """
    seeds = set(touched)
    labels = {label for label in _labels_of(db, seeds)}
    seeds.update(_members_of_labels(db, labels))
    # Walk the links out from the seeds: the whole component of each seed.
    frontier, seen = set(seeds), set(seeds)
    edges: list[tuple[str, str]] = []
    while frontier:
        batch = list(frontier)
        frontier = set()
        for a, b in in_chunks(db, "SELECT a, b FROM near_dups WHERE a IN", batch):
            edges.append((a, b))
            if b not in seen:
                seen.add(b)
                frontier.add(b)
    present = docstore.present(db, seen)
    current = {
        article_id: tuple(state)
        for article_id, *state in in_chunks(
            db,
            "SELECT article_id, group_id, copy_newest, copy_oldest FROM groups WHERE article_id IN",
            seen,
        )
    }
    groups = components([(a, b) for a, b in edges if a in present and b in present], present)
    # The date and title of the members of groups of two or more (the others are listed).
    rows = docstore.light_rows(
        db, [member for group in groups if len(group) > 1 for member in group]
    )
    changed: dict[str, str] = {}
    for component in groups:
        label = min(component)
        newest = oldest = label
        if len(component) > 1:
            members_rows = [rows[member] for member in component]
            newest, oldest = listed_first(members_rows, True), listed_first(members_rows, False)
        for member in component:
            state = (label, int(member != newest), int(member != oldest))
            before = current.get(member)
            if before != state:
                db.execute(
                    "INSERT OR REPLACE INTO groups (article_id, group_id, copy_newest, "
                    "copy_oldest) VALUES (?, ?, ?, ?)",
                    (member, *state),
                )
            if before is None or before[0] != label:
                changed[member] = label
    gone = seen - present
    for article_id in gone:
        db.execute("DELETE FROM groups WHERE article_id = ?", (article_id,))
    return changed


def group_of(db: sqlite3.Connection, article_id: str) -> str:
    """An article's group label (its own id when it has no near duplicates)."""
    row = db.execute("SELECT group_id FROM groups WHERE article_id = ?", (article_id,)).fetchone()
    return row[0] if row else article_id


def groups_of(db: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    """Group labels of several articles (an article missing from the table is its own)."""
    ids = list(ids)
    found = dict(in_chunks(db, "SELECT article_id, group_id FROM groups WHERE article_id IN", ids))
    return {article_id: found.get(article_id, article_id) for article_id in ids}


def relabelled(db: sqlite3.Connection) -> dict[str, str]:
    """Article id -> group label of every article labelled by another member (any other
    article is its own label): `groups_of` for many ids at once, in one scan of the table
    (69,000 ids cost 0.55 s through `groups_of` at 100,000 articles, this 25 ms)."""
    return dict(db.execute("SELECT article_id, group_id FROM groups WHERE group_id != article_id"))


def members(db: sqlite3.Connection, labels: Iterable[str]) -> dict[str, list[str]]:
    """The members of each group label, sorted (a label with no rows is a lone article)."""
    labels = list(labels)
    found: dict[str, list[str]] = {label: [] for label in labels}
    for article_id, label in in_chunks(
        db, "SELECT article_id, group_id FROM groups WHERE group_id IN", labels
    ):
        found[label].append(article_id)
    for label, ids in found.items():
        if not ids:
            ids.append(label)
        ids.sort()
    return found


def _set_group(db: sqlite3.Connection, article_id: str, label: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO groups (article_id, group_id) VALUES (?, ?)", (article_id, label)
    )


def _labels_of(db: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    return {
        label
        for _, label in in_chunks(
            db, "SELECT article_id, group_id FROM groups WHERE article_id IN", ids
        )
    }


def _members_of_labels(db: sqlite3.Connection, labels: Iterable[str]) -> set[str]:
    return {
        article_id
        for article_id, _ in in_chunks(
            db, "SELECT article_id, group_id FROM groups WHERE group_id IN", labels
        )
    }


def collapse(db: sqlite3.Connection, ids: Sequence[str]) -> tuple[list[str], dict[str, list[str]]]:
    """`ids` in order with each group's first member only, and for each kept id the other
    members of its group (in the library, whether or not they were in `ids`)."""
    labels = groups_of(db, ids)
    kept: list[str] = []
    seen: set[str] = set()
    for article_id in ids:
        label = labels[article_id]
        if label not in seen:
            seen.add(label)
            kept.append(article_id)
    return kept, others_of(db, kept, labels)


def others_of(
    db: sqlite3.Connection, ids: Sequence[str], labels: dict[str, str] | None = None
) -> dict[str, list[str]]:
    """For each id, the other members of its group (sorted; empty when it stands alone)."""
    labels = labels or groups_of(db, ids)
    everyone = members(db, {labels[a] for a in ids})
    return {a: [m for m in everyone[labels[a]] if m != a] for a in ids}


def listed_first(rows: Sequence[Row], newest_first: bool = True) -> str:
    """The id of the member of a group that a listing by date shows (it names the others):
    the newest (or oldest) dated one, then the first by title, then by id; among undated
    members only, the first by title, then by id."""
    dated = [row for row in rows if row.published]
    if dated:
        day = (max if newest_first else min)(row.published for row in dated)
        rows = [row for row in dated if row.published == day]
    return min(rows, key=lambda row: (row.title or "", row.id)).id


def _copy_column(newest_first: bool) -> str:
    return "copy_newest" if newest_first else "copy_oldest"


def listed_page(
    db: sqlite3.Connection, limit: int | None, offset: int, newest_first: bool = True
) -> list[Row]:
    """A page of the library by date (undated last) with each group folded to the member
    listed first: the articles index read in order, each row's flag looked up by key."""
    order = "DESC" if newest_first else "ASC"
    rows = db.execute(
        "SELECT id, title, source, published FROM articles a WHERE NOT EXISTS (SELECT 1 "
        f"FROM groups g WHERE g.article_id = a.id AND g.{_copy_column(newest_first)} = 1) "
        f"ORDER BY published IS NULL, published {order}, title LIMIT ? OFFSET ?",
        (-1 if limit is None else limit, offset),
    )
    return [Row(*row) for row in rows]


def copy_count(db: sqlite3.Connection, newest_first: bool = True) -> int:
    """How many articles a listing by date folds away (counted on a partial index)."""
    column = _copy_column(newest_first)
    return db.execute(f"SELECT count(*) FROM groups WHERE {column} = 1").fetchone()[0]


def copies_among(db: sqlite3.Connection, ids: Iterable[str], newest_first: bool = True) -> set[str]:
    """Those of `ids` that a listing by date folds away."""
    head = f"SELECT article_id FROM groups WHERE {_copy_column(newest_first)} = 1 AND article_id IN"
    return {row[0] for row in in_chunks(db, head, ids)}
