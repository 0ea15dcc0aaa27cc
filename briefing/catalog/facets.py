"""Facets of a result set: the top people, places, organisations, sources and months."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from briefing.catalog.lookup import in_chunks

FACET_SIZE = 10
KIND_FACETS = (("person", "person"), ("place", "place"), ("org", "org"))


def compute_facets(
    db: sqlite3.Connection, article_ids: Iterable[str], size: int = FACET_SIZE
) -> dict[str, list[list[object]]]:
    """`{"person": [[name, count], ...], "place", "org", "source", "month"}` over the
    articles: each count is the number of those articles naming the value."""
    ids = list(dict.fromkeys(article_ids))
    counts: dict[str, Counter[str]] = {facet: Counter() for facet, _ in KIND_FACETS}
    shown: dict[tuple[str, str], Counter[str]] = {}
    for kind, key, name, count in in_chunks(
        db,
        "SELECT kind, key, name, COUNT(DISTINCT article_id) FROM entities WHERE article_id IN",
        ids,
        "GROUP BY kind, key, name",
    ):
        counts[kind][key] += count
        shown.setdefault((kind, key), Counter())[name] += count
    facets: dict[str, list[list[object]]] = {}
    for facet, kind in KIND_FACETS:
        top = sorted(counts[kind].items(), key=lambda item: (-item[1], item[0]))[:size]
        facets[facet] = [[shown[(kind, key)].most_common(1)[0][0], count] for key, count in top]
    sources: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for source, published in in_chunks(
        db, "SELECT source, published FROM articles WHERE id IN", ids
    ):
        if source:
            sources[source] += 1
        if published:
            months[published[:7]] += 1
    facets["source"] = [[name, count] for name, count in _top(sources, size)]
    facets["month"] = [[month, count] for month, count in _top(months, size)]
    return facets


def _top(counter: Counter[str], size: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:size]
