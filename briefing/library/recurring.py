"""Corpus evidence for site furniture: a short line that recurs at the edges of many
articles from the same source is furniture, even when no rule recognises it.

Each article's candidate edge lines (short lines among its first two and last five, as
read) are recorded in the document store. Before an indexing run ends, lines seen in at
least `MIN_ARTICLES` articles of one source are removed from the edges of those articles;
the indexer then computes everything that depends on the text again (key facts and their
rows, the same-story sketch, the postings). The source is the site name when known, else
the article's folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from briefing.catalog.docstore import DocStore
from briefing.core.model import Article
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


def without_recurring_lines(docs: DocStore, candidates: set[str]) -> Iterator[Article]:
    """The articles that lose lines recurring in their source, with those lines taken out
    of their bodies (and added to `removed`); not saved, nothing derived from the text is
    recomputed here. `candidates` are the articles whose lines may have become recurring
    (those written in this run)."""
    for key, lines in recurring_plan(docs, candidates).items():
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
            docs.mark_edges_removed(article_id, {normalise_line(line) for line in removed})
            yield article
