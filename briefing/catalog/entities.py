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
from dataclasses import dataclass, field
from typing import Any

from briefing.catalog import groupstore
from briefing.catalog.factstore import entity_key
from briefing.catalog.lookup import Row, light_rows

KIND_PREFIX = re.compile(r"^\s*(person|place|org|organisation|organization)\s*:\s*", re.I)
_KIND_NAMES = {"person": "person", "place": "place", "org": "org"}
_KIND_NAMES.update({"organisation": "org", "organization": "org"})


@dataclass
class EntityQuote:
    """A quote attributed to the entity, with the article it is from."""

    text: str
    article: Row

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {"text": self.text, **_article_json(self.article)}


@dataclass
class EntityArticle:
    """An article naming the entity: its light row, the role given there, mention count."""

    article: Row
    role: str | None
    mentions: int
    group: str

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {
            **self.article.to_json(),
            "role": self.role,
            "mentions": self.mentions,
            "group": self.group,
        }


@dataclass
class EntityPage:
    """Everything the library says about one entity."""

    name: str
    kind: str
    names: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    article_count: int = 0
    first: str | None = None
    last: str | None = None
    articles: list[EntityArticle] = field(default_factory=list)
    quotes: list[EntityQuote] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The `briefing entity --json` document."""
        return {
            "name": self.name,
            "kind": self.kind,
            "names": list(self.names),
            "roles": list(self.roles),
            "article_count": self.article_count,
            "first": self.first,
            "last": self.last,
            "articles": [item.to_json() for item in self.articles],
            "quotes": [quote.to_json() for quote in self.quotes],
        }


def split_kind(name: str) -> tuple[str | None, str]:
    """A leading `person:` / `place:` / `org:` taken off the name; quotes and escapes undone."""
    kind = None
    match = KIND_PREFIX.match(name)
    if match:
        kind = _KIND_NAMES[match.group(1).lower()]
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
    rows = db.execute(
        "SELECT article_id, name, role, mentions FROM entities WHERE key = ? AND kind = ?",
        (key, kind),
    ).fetchall()
    names: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    per_article: dict[str, tuple[str | None, int]] = {}
    for article_id, shown, role, mentions in rows:
        names[shown] += 1
        if role and kind == "person":
            roles[role] += 1
        previous = per_article.get(article_id)
        if previous is None or mentions > previous[1]:
            per_article[article_id] = (role, mentions)
    for (shown,) in db.execute(
        "SELECT DISTINCT shown FROM aliases WHERE key = ? AND kind = ?", (key, kind)
    ):
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
        name=names.most_common(1)[0][0] if names else name,
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
    for sql in (
        "SELECT key, kind, COUNT(DISTINCT article_id) FROM entities WHERE key = ? GROUP BY key, kind",
        "SELECT key, kind, COUNT(DISTINCT article_id) FROM aliases WHERE alias = ? GROUP BY key, kind",
    ):
        found = [row for row in db.execute(sql, (key,)) if kind is None or row[1] == kind]
        if found:
            found.sort(key=lambda row: (-row[2], row[0], row[1]))
            return found[0][0], found[0][1]
    return None


def _quotes(db: sqlite3.Connection, key: str, articles: dict[str, Row]) -> list[EntityQuote]:
    rows = db.execute(
        "SELECT article_id, text, start FROM quotes WHERE speaker_key = ?", (key,)
    ).fetchall()
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


def _article_json(row: Row) -> dict[str, Any]:
    return {
        "article_id": row.id,
        "title": row.title,
        "source": row.source,
        "published": row.published,
    }
