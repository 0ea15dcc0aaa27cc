"""What related articles ask of the catalog: the entities articles share, and the
articles in date order around a day (for topping up when candidates run out)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from briefing.catalog.factstore import ENTITY_ARTICLES, ENTITY_ROWS
from briefing.catalog.lookup import in_chunks

_NAMING = f"SELECT a.id, f.kind, f.key FROM {ENTITY_ARTICLES}"


def article_count(db: sqlite3.Connection) -> int:
    """How many articles the catalog holds (at least 1, for weights)."""
    return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] or 1


def entities_of(db: sqlite3.Connection, article_id: str) -> list[tuple[str, str, str]]:
    """(kind, key, name) of every entity the article names."""
    return db.execute(
        f"SELECT f.kind, f.key, f.name FROM {ENTITY_ROWS} "
        "WHERE e.article = (SELECT num FROM articles WHERE id = ?) ORDER BY e.seq",
        (article_id,),
    ).fetchall()


def article_frequencies(db: sqlite3.Connection, keys: Iterable[str]) -> dict[tuple[str, str], int]:
    """(kind, key) -> how many articles name it, for the entity `keys`.

    Counted once per key while the catalog stays the same (`unchanged_memo`): counting
    reads every row of an entity, and the common ones that most articles name ("Russia")
    have thousands (7 of the 9 ms that related articles spent here at 100,000 articles).
    """
    keys = list(keys)
    known: dict[str, dict[str, int]] = unchanged_memo(db).setdefault("frequencies", {})
    missing = [key for key in dict.fromkeys(keys) if key not in known]
    if missing:
        if len(known) + len(missing) > _MEMO_KEYS:
            known.clear()
        found: dict[str, dict[str, int]] = {key: {} for key in missing}
        rows = in_chunks(
            db,
            f"SELECT f.kind, f.key, COUNT(*) FROM {ENTITY_ROWS} WHERE f.key IN",
            missing,
            "GROUP BY f.kind, f.key",
        )
        for kind, key, count in rows:
            found[key][kind] = count
        known.update(found)  # whole, never half-counted (a reader on another thread)
    return {(kind, key): count for key in keys for kind, count in known.get(key, {}).items()}


# The entity keys whose frequencies are kept (a library of 100,000 articles has some 8,500).
_MEMO_KEYS = 100_000
_memo: tuple[sqlite3.Connection | None, tuple[int, int], dict] = (None, (0, 0), {})


def unchanged_memo(db: sqlite3.Connection) -> dict:
    """A dict for values worked out from `db` that hold while it does not change: a new
    one once another connection has committed (`PRAGMA data_version` moves) or this one
    has written (`total_changes` moves). Kept for one connection, the last one asked."""
    global _memo
    version = (db.execute("PRAGMA data_version").fetchone()[0], db.total_changes)
    held, seen, values = _memo
    if held is not db or seen != version:
        values = {}
        _memo = (db, version, values)
    return values


def weight_by_article(
    db: sqlite3.Connection, weights: dict[tuple[str, str], float]
) -> dict[str, float]:
    """Article id -> the sum of `weights[(kind, key)]` over the entities of `weights` the
    article names (each once, however many rows or names it has for one).

    `naming` over the same keys, summed: but read by form number (an integer per row, not
    three strings) and summed as it is read: the rarer entities of an article at 100,000
    articles are named by some 4,000 articles.
    """
    forms = _forms_of(db, sorted({key for _, key in weights}))
    pair_of = {num: pair for num, pair in forms.items() if pair in weights}
    rows = in_chunks(
        db,
        "SELECT DISTINCT e.num, a.id FROM entities e JOIN articles a ON a.num = e.article "
        "WHERE e.num IN",
        pair_of,
    )
    totals: dict[str, float] = {}
    get = totals.get
    if len(set(pair_of.values())) == len(pair_of):  # one form an entity: rows are distinct
        weight_of = {num: weights[pair] for num, pair in pair_of.items()}
        for num, article_id in rows:
            totals[article_id] = get(article_id, 0.0) + weight_of[num]
        return totals
    seen: set[tuple[str, tuple[str, str]]] = set()
    for num, article_id in rows:
        pair = pair_of[num]
        if (article_id, pair) not in seen:
            seen.add((article_id, pair))
            totals[article_id] = get(article_id, 0.0) + weights[pair]
    return totals


def naming(
    db: sqlite3.Connection, keys: Iterable[str], among: Iterable[str] | None = None
) -> list[tuple[str, str, str]]:
    """(article id, kind, key) of every article naming one of the entity `keys` (only the
    articles `among`, when given)."""
    keys = list(keys)
    if among is None:
        return in_chunks(db, f"{_NAMING} WHERE f.key IN", keys)
    # By article first (`+num` keeps SQLite off the number's range): the keys here are
    # named by up to thousands of articles each, and `among` holds a hundred or so
    # (format 11 at 100,000 articles: 0.4 ms instead of 8-12 for five keys, 120 articles).
    # Through the keys' form numbers, not a join per row: 1.1 ms instead of 1.9 for
    # an article's 20 entities among 100 articles (format 12).
    form_of = _forms_of(db, keys)
    if not form_of:
        return []
    nums = list(form_of)
    rows = in_chunks(
        db,
        "SELECT a.id, e.num FROM articles a JOIN entities e ON e.article = a.num "
        "WHERE +e.num IN (" + ",".join("?" * len(nums)) + ") AND a.id IN",
        among,
        prefix=nums,
    )
    return [(article_id, *form_of[num]) for article_id, num in rows]


def _forms_of(db: sqlite3.Connection, keys: Iterable[str]) -> dict[int, tuple[str, str]]:
    """Form number -> (kind, key) of every form of the entity `keys`."""
    rows = in_chunks(db, "SELECT num, kind, key FROM entity_forms WHERE key IN", keys)
    return {num: (kind, key) for num, kind, key in rows}


def by_time_around(db: sqlite3.Connection, pivot: str | None) -> list[Iterator[tuple[str]]]:
    """Streams of article ids moving away in time from `pivot` (ISO), later ones and
    earlier ones, then the undated; without a pivot the undated, then the newest first."""
    batches = []
    if pivot:
        batches.append(
            ("SELECT id FROM articles WHERE published >= ? ORDER BY published ASC", (pivot,))
        )
        batches.append(
            ("SELECT id FROM articles WHERE published < ? ORDER BY published DESC", (pivot,))
        )
    batches.append(("SELECT id FROM articles WHERE published IS NULL ORDER BY id", ()))
    if not pivot:
        batches.append(
            ("SELECT id FROM articles WHERE published IS NOT NULL ORDER BY published DESC", ())
        )
    return [db.execute(sql, args) for sql, args in batches]
