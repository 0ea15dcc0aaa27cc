"""Facets of a result set: the top people, places, organisations, sources and months."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable

from briefing.catalog import factstore
from briefing.catalog.docstore import sources_and_dates
from briefing.core.kinds import GROUPS

FACET_SIZE = 10


def compute_facets(
    db: sqlite3.Connection, article_ids: Iterable[str], size: int = FACET_SIZE
) -> dict[str, list[list[object]]]:
    """`{"person": [[name, count], ...], "place", "org", "source", "month"}` over the
    articles: each count is the number of those articles naming the value."""
    ids = list(dict.fromkeys(article_ids))
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in GROUPS}
    shown: dict[tuple[str, str], Counter[str]] = {}
    for kind, key, name, count in factstore.entity_counts(db, ids):
        counts[kind][key] += count
        shown.setdefault((kind, key), Counter())[name] += count
    facets: dict[str, list[list[object]]] = {}
    for kind in GROUPS:
        top = sorted(counts[kind].items(), key=lambda item: (-item[1], item[0]))[:size]
        facets[kind] = [[shown[(kind, key)].most_common(1)[0][0], count] for key, count in top]
    sources: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for source, published in sources_and_dates(db, ids):
        if source:
            sources[source] += 1
        if published:
            months[published[:7]] += 1
    facets["source"] = [[name, count] for name, count in _top(sources, size)]
    facets["month"] = [[month, count] for month, count in _top(months, size)]
    return facets


def _top(counter: Counter[str], size: int) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:size]
