"""Exporting notes on real news articles (the Wikinews test corpus, when present)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import orjson
import pytest

from briefing.core.model import Article
from briefing.export import ExportFilters, export_markdown
from briefing.store import Anchor, Store
from tests.export.helpers import EXPORTED_AT, assert_inert, headings, split_front_matter

CORPUS = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "wikinews" / "articles.jsonl"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    if not CORPUS.exists():
        pytest.skip("the Wikinews corpus is not present")
    rows = [orjson.loads(line) for line in CORPUS.read_bytes().splitlines()[:60] if line.strip()]
    return [
        Article(
            id=row["id"],
            title=row["title"],
            body=row["body"],
            url=row.get("url"),
            source="Wikinews",
            published=datetime.fromisoformat(row["published"]) if row.get("published") else None,
        )
        for row in rows
        if row.get("body")
    ]


def test_real_articles_with_anchored_notes_export_cleanly(tmp_path, articles):
    store = Store.open_folder(tmp_path / "store")
    for article in articles:
        passage_end = article.body.find(".", 40) + 1 or min(len(article.body), 200)
        passage = article.body[:passage_end]
        store.add_note(
            article.id, f"Key point of *{article.title}*", Anchor(passage, 0, passage_end)
        )
    by_id = {a.id: a for a in articles}
    text = export_markdown(store, by_id.get, ExportFilters(), EXPORTED_AT)
    meta, body = split_front_matter(text)
    assert meta["article_count"] == len(articles)
    assert_inert(body)
    titles = [title for level, title in headings(body) if level == 2]
    assert sorted(titles) == sorted(" ".join(a.title.split()) for a in articles)
    for article in articles:
        if article.url and article.url.startswith("http"):
            assert f"<{article.url}>" in body
