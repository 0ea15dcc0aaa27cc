"""Same-story groups kept in the document store's SQLite database.

The indexer links each article it writes (with the sketch the parse worker computed) and
unlinks each article it removes through a `linking.Linker`, then calls `regroup` once at
the end of a run. Readers call `groups_of` (or `relabelled`, for many) and `members`.
Groups are labelled by their smallest member id, so a rebuild gives the same labels
whatever order files were read in.

`regroup` also marks which members a listing by date folds away (every member but the one
listed first, newest first and oldest first), so the listing (`listed_page`,
`copy_count`) is an indexed read that never looks at the copies it leaves out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from briefing.catalog import docstore
from briefing.catalog.grouping import components
from briefing.catalog.lookup import in_chunks
from briefing.core.results import Row


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


def set_group(db: sqlite3.Connection, article_id: str, label: str) -> None:
    """Record an article's group label (provisional until `regroup`)."""
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
