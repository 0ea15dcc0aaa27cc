"""The reader on a fake library: anything that is a `ReaderLibrary` will do.

The reader asks the library for plain data (`briefing.core.results`) and passes filters
as data; it builds no query of its own. These tests run it on a small in-memory library,
no index, no files.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefing.core.model import Article
from briefing.core.paths import Locations
from briefing.core.results import (
    EntityPage,
    Filters,
    Hit,
    IndexReport,
    Related,
    Row,
    SearchRequest,
    SearchResults,
    Timeline,
    Why,
)
from briefing.library.protocol import ReaderLibrary
from briefing.tui import make_app
from briefing.tui.screens.filter import FilterScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList
from tests.tui.conftest import settle, started

ARTICLES = [
    Article(id="fake1", title="Gulls nest on the town hall roof", body="The gulls came back.", source="Quay Post"),
    Article(id="fake2", title="Tide tables printed again", body="Print is back for tides.", source="Harbour Notes"),
]  # fmt: skip


class FakeLibrary:
    """Two articles in memory; remembers what it was asked."""

    generation: Path | None = None

    def __init__(self) -> None:
        self.articles = {article.id: article for article in ARTICLES}
        self.searches: list[tuple[str, Filters | None]] = []

    def _row(self, article_id: str) -> Row:
        article = self.articles[article_id]
        return Row(article.id, article.title, article.source, None)

    def count(self) -> int:
        return len(self.articles)

    def search(self, query: str, **options) -> SearchResults:
        request = SearchRequest(query, **options)
        filters, offset, limit = request.filters, request.offset, request.limit
        self.searches.append((query, filters))
        words = query.casefold().split()
        found = [
            a
            for a in self.articles.values()
            if all(word in a.title.casefold() for word in words)
            and (filters is None or not filters.source or a.source == filters.source)
        ]
        hits = [Hit(a.id, a.title, a.source, None, 1.0) for a in found]
        return SearchResults(
            query, len(hits), hits[offset : None if limit is None else offset + limit]
        )

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def bodies(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: self.articles[i].body for i in ids if i in self.articles}

    def rows(self, ids: Iterable[str]) -> dict[str, Row]:
        return {i: self._row(i) for i in ids if i in self.articles}

    def listing(self, limit: int, offset: int = 0, newest_first: bool = True) -> list[Row]:
        return [self._row(i) for i in list(self.articles)[offset : offset + limit]]

    def related(self, id_or_path: str, limit: int = 10) -> list[Related]:
        others = [a for a in self.articles.values() if a.id != id_or_path][:limit]
        return [Related(a.id, a.title, a.source, None, 0.5, Why(days_apart=1)) for a in others]

    def entity(self, name: str, kind: str | None = None) -> EntityPage | None:
        return None

    def entity_names(self, prefix: str, limit: int = 20) -> list[tuple[str, str, int]]:
        people = {"Gull Warden": 1, "Harbour Master": 2}
        found = [
            (n, "person", c) for n, c in people.items() if n.lower().startswith(prefix.lower())
        ]
        return found[:limit]

    def timeline(self, query: str = "", limit: int | None = 500, filters=None) -> Timeline:
        return Timeline(query=query)

    def unchanged(self) -> bool:
        return True

    def refresh(self, progress=None, wait: float = 30.0) -> IndexReport:
        return IndexReport(unchanged=self.count())

    def rebuild(self, progress=None, wait: float = 30.0) -> IndexReport:
        return IndexReport(added=self.count())

    def close(self) -> None:
        pass


def test_the_fake_is_a_reader_library():
    library: ReaderLibrary = FakeLibrary()  # the type checker holds the fake to the Protocol
    assert library.count() == 2


async def test_the_reader_runs_on_any_reader_library(tmp_path):
    fake = FakeLibrary()
    app = make_app(
        Locations.resolve(tmp_path / "home"),
        persist=False,
        read_after=3600.0,
        opener=lambda locations, **options: fake,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        results = app.screen.query_one(ResultList)
        assert [hit.title for hit in results.hits] == [a.title for a in ARTICLES]
        assert "The gulls came back." in app.screen.query_one(ArticleView).text
        assert [item.id for item in app.screen.query_one(RelatedPane)._related] == ["fake2"]

        # A filter reaches the library as data, never as query text.
        await pilot.press("f")
        await pilot.pause(0.3)
        assert isinstance(app.screen, FilterScreen)
        app.screen.query_one("#filter-source").value = "Harbour Notes"
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        query, filters = fake.searches[-1]
        assert query == "" and filters == Filters(source="Harbour Notes")
        assert [hit.title for hit in results.hits] == ["Tide tables printed again"]
