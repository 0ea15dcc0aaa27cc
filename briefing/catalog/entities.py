"""Entity pages: one person, place or organisation across the library.

A name is looked up by its folded key among canonical names first, then among the forms
articles mention it by ("Putin" finds "Vladimir Putin"). The page lists the kind, the
names and roles it appears under, its articles (newest first, same-story copies together)
with first and last dates, and, for a person or organisation, the quotes attributed to it.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter

from briefing.catalog import factstore, groupstore
from briefing.catalog.docstore import light_rows
from briefing.catalog.factstore import ENTITY_ROWS, entity_key
from briefing.core.kinds import KIND_NAMES
from briefing.core.results import EntityArticle, EntityPage, EntityQuote, Row

_LAST = ("\U0010ffff", 0)  # after any (article id, order) of a row
KIND_PREFIX = re.compile(r"^\s*(" + "|".join(KIND_NAMES) + r")\s*:\s*", re.I)


def split_kind(name: str) -> tuple[str | None, str]:
    """A leading `person:` / `place:` / `org:` taken off the name; quotes and escapes undone."""
    kind = None
    match = KIND_PREFIX.match(name)
    if match:
        kind = KIND_NAMES[match.group(1).lower()]
        name = name[match.end() :]
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1]
    return kind, name.replace('\\"', '"').replace("\\'", "'")


def entity_page(db: sqlite3.Connection, name: str, kind: str | None = None) -> EntityPage | None:
    """The page of the entity called `name` (optionally of one kind), or None if unknown."""
    prefixed, name = split_kind(name)
    kind = kind or prefixed
    key = entity_key(name)
    if not key:
        return None
    chosen = _choose(db, key, kind)
    if chosen is None:
        return None
    key, kind = chosen
    rows = factstore.entity_mentions(db, key, kind)
    names: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    per_article: dict[str, tuple[str | None, int]] = {}
    # Rows come by form: ties go to the earliest row by (article id, order in the article).
    first: dict[str, tuple[str, int]] = {}
    best: dict[str, tuple[int, int]] = {}
    for article_id, seq, shown, role, mentions in rows:
        names[shown] += 1
        if shown not in first or (article_id, seq) < first[shown]:
            first[shown] = (article_id, seq)
        if role and kind == "person":
            roles[role] += 1
        if article_id not in best or (mentions, -seq) > best[article_id]:
            best[article_id] = (mentions, -seq)
            per_article[article_id] = (role, mentions)
    for shown in factstore.alias_names(db, key, kind):
        names.setdefault(shown, 0)
    articles = light_rows(db, per_article)
    labels = groupstore.groups_of(db, articles)
    items = [
        EntityArticle(row, per_article[row.id][0], per_article[row.id][1], labels[row.id])
        for row in articles.values()
    ]
    items.sort(key=lambda item: (item.article.published or "", item.article.id), reverse=True)
    dates = sorted(item.article.published for item in items if item.article.published)
    page = EntityPage(
        name=min(names, key=lambda shown: (-names[shown], first.get(shown, _LAST)))
        if names
        else name,
        kind=kind,
        names=_by_count(names),
        roles=_by_count(roles),
        article_count=len(items),
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        articles=items,
    )
    if kind in ("person", "org"):
        page.quotes = _quotes(db, key, articles)
    return page


def _choose(db: sqlite3.Connection, key: str, kind: str | None) -> tuple[str, str] | None:
    """The (key, kind) meant by `key`: a canonical name first, then a mention form."""
    for aliases in (False, True):
        rows = factstore.entity_kinds(db, key, aliases)
        found = [row for row in rows if kind is None or row[1] == kind]
        if found:
            found.sort(key=lambda row: (-row[2], row[0], row[1]))
            return found[0][0], found[0][1]
    return None


def _quotes(db: sqlite3.Connection, key: str, articles: dict[str, Row]) -> list[EntityQuote]:
    rows = factstore.quotes_by(db, key)
    missing = {article_id for article_id, _, _ in rows} - set(articles)
    if missing:
        articles = {**articles, **light_rows(db, missing)}
    seen: set[str] = set()
    quotes = []
    rows.sort(
        key=lambda row: (
            (articles[row[0]].published or "", row[0], row[2])
            if row[0] in articles
            else ("", row[0], row[2])
        )
    )
    for article_id, text, _ in rows:
        folded = " ".join(text.casefold().split())
        if article_id not in articles or folded in seen:
            continue  # a syndicated copy repeats the same words: one quote, once
        seen.add(folded)
        quotes.append(EntityQuote(text, articles[article_id]))
    return quotes


def _by_count(counter: Counter[str]) -> list[str]:
    return [name for name, _ in sorted(counter.items(), key=lambda item: (-item[1], item[0]))]


def entity_names(
    db: sqlite3.Connection, prefix: str, limit: int = 20
) -> list[tuple[str, str, int]]:
    """(name, kind, articles) of the library's entities whose name, or a form articles
    mention them by, starts with `prefix` (folded as keys are); most written about first.
    When none does, those with a later word that starts so ("Raman" finds "Priya Raman"
    when the articles never say "Raman" alone).

    Two range scans over the key and alias indexes: cheap at any library size; the
    fallback reads every name form once (one row per distinct form, not per mention).
    """
    key = entity_key(prefix)
    if not key:
        return []
    end = key + "\U0010ffff"
    counts: dict[tuple[str, str], tuple[str, int]] = {}
    rows = db.execute(
        "SELECT f.key, f.kind, MIN(f.name), COUNT(DISTINCT e.article) "
        f"FROM {ENTITY_ROWS} WHERE f.key >= ? AND f.key < ? GROUP BY f.key, f.kind",
        (key, end),
    ).fetchall()
    by_alias = factstore.alias_entities(db, key, end)
    if not rows and not by_alias:
        rows = db.execute(
            "SELECT f.key, f.kind, MIN(f.name), COUNT(DISTINCT e.article) "
            f"FROM {ENTITY_ROWS} WHERE f.num IN (SELECT num FROM entity_forms "
            "WHERE instr(key, ?) > 0) GROUP BY f.key, f.kind",
            (" " + key,),
        ).fetchall()
    for found, kind, name, articles in rows:
        counts[(found, kind)] = (name, articles)
    missing = [pair for pair in by_alias if pair not in counts]
    for found, kind in missing[: limit * 4]:
        name, articles = db.execute(
            "SELECT MIN(f.name), COUNT(DISTINCT e.article) "
            f"FROM {ENTITY_ROWS} WHERE f.key = ? AND f.kind = ?",
            (found, kind),
        ).fetchone()
        if name:
            counts[(found, kind)] = (name, articles)
    ranked = sorted(counts.items(), key=lambda item: (-item[1][1], item[0][0], item[0][1]))
    return [(name, kind, articles) for (_, kind), (name, articles) in ranked[:limit]]
