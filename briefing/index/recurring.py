"""Corpus evidence for site furniture: a short line that recurs at the edges of many
articles from the same source is furniture, even when no rule recognises it.

Each article's candidate edge lines (short lines among its first two and last five) are
recorded in the document store. After an indexing run, lines seen in at least
`MIN_ARTICLES` articles of one source are removed from the edges of those articles, which
are then re-indexed. The source is the site name when known, else the article's folder.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from briefing.core.model import Article
from briefing.index.docstore import DocStore
from briefing.ingest.furniture import is_short, normalise_line, strip_furniture

MIN_ARTICLES = 3
_HEAD, _TAIL = 2, 5


def source_key(article: Article) -> str:
    """What counts as 'the same source' for recurring lines."""
    if article.source:
        return "site:" + article.source.casefold()
    if article.paths:
        return "dir:" + os.path.dirname(article.paths[0])
    return ""


def edge_lines(article: Article) -> set[str]:
    """Normalised short lines at the start and end of the body."""
    lines = [line for line in article.body.split("\n") if line.strip()]
    edges = lines[:_HEAD] + lines[-_TAIL:]
    return {normalise_line(line) for line in edges if is_short(line)}


def recurring_plan(docs: DocStore, candidates: set[str]) -> dict[str, set[str]]:
    """Per source, the recurring edge lines shared by any of `candidates`."""
    return docs.recurring_edges(MIN_ARTICLES, candidates) if candidates else {}


def remove_recurring(
    docs: DocStore, plan: dict[str, set[str]], reindex: Callable[[Article], None]
) -> int:
    """Strip the recurring lines of `plan` from the edges of their sources' articles.

    Returns how many articles changed; each is saved and passed to `reindex`.
    """
    changed = 0
    for key, lines in plan.items():
        for article_id in docs.articles_with_edges(key, lines):
            article = docs.get(article_id)
            if article is None:
                continue
            body_lines = article.body.split("\n")
            kept, removed = strip_furniture(body_lines, lines)
            if not removed:
                continue
            article.body = "\n".join(kept).strip("\n")
            article.removed = article.removed + removed
            docs.put(article)
            reindex(article)
            changed += 1
    return changed
