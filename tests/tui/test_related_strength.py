"""The related pane shows each item's strength and sets weak items apart, dimmed."""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from rich.style import Style

from briefing.core.results import Related, Why
from briefing.tui.gateway import LibraryGateway
from briefing.tui.render.rows import related_row, strength_bar
from briefing.tui.widgets.related_pane import LESS_RELATED, SEPARATOR_ID, RelatedPane
from tests.tui.conftest import settle, started

STRIKE = "Velden harbour pilots walk out over night-shift rota"
FERRY = "Osterby ferry line adds winter sailings"
LIBRARY = "Hallin island library reopens after flood repairs"
STYLES = {
    "title": Style(bold=True),
    "date": Style(color="grey50"),
    "snippet": Style(color="grey50"),
    "strength": Style(color="cyan"),
    "weak": Style(color="grey35", italic=True),
}


def _text(renderable) -> str:
    console = Console(width=80, file=io.StringIO(), color_system=None)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_strength_bar_rounds_to_cells_and_clamps():
    assert strength_bar(0.0) == "░░░░░"
    assert strength_bar(0.6) == "███░░"
    assert strength_bar(1.0) == "█████"
    assert strength_bar(1.7) == "█████" and strength_bar(-1) == "░░░░░"


def test_weak_rows_say_weak_and_are_drawn_dim_throughout():
    strong = related_row("Port strike", "2024-05-05", "Velden", STYLES, 0.6, weak=False)
    weak = related_row("Ferry sailings", "2024-05-01", "Osterby", STYLES, 0.05, weak=True)
    assert "███░░" in _text(strong) and "weak" not in _text(strong)
    assert _text(weak).splitlines()[1].startswith("weak ░░░░░")
    head, line = weak.renderables
    assert head.style == STYLES["weak"]
    assert {span.style for span in line.spans} == {STYLES["weak"]}
    assert strong.renderables[0].style == STYLES["title"]


@pytest.fixture
def graded_related(monkeypatch):
    """The gateway answers one strong item and two weak ones (real ids of the library)."""

    def related(self: LibraryGateway, article_id: str, limit: int = 10):
        with self._open_library() as library:
            by_title = {hit.title: hit.id for hit in library.search("", limit=None).hits}
        return [
            Related(by_title[STRIKE], STRIKE, None, "2024-05-03", 0.62, Why(), strength=0.62, weak=False),
            Related(by_title[FERRY], FERRY, None, "2024-04-20", 0.08, Why(), strength=0.08, weak=True),
            Related(by_title[LIBRARY], LIBRARY, None, "2024-03-01", 0.0, Why(), strength=0.0, weak=True),
        ]  # fmt: skip

    monkeypatch.setattr(LibraryGateway, "related", related)


async def test_weak_items_come_after_a_less_related_line_and_still_open(
    app_factory, graded_related
):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await settle(pilot, app)
        pane = app.screen.query_one(RelatedPane)
        prompts = [pane.get_option_at_index(i) for i in range(pane.option_count)]
        assert [option.id for option in prompts][1] == SEPARATOR_ID
        assert str(prompts[1].prompt) == LESS_RELATED and prompts[1].disabled
        strong, weak = _text(prompts[0].prompt), _text(prompts[2].prompt)
        assert STRIKE in strong and "███░░" in strong and "weak" not in strong
        assert FERRY in weak and "weak ░░░░░" in weak
        # Down from the strong item skips the separator to the first weak one; enter opens it.
        await pilot.press("4")
        assert pane.has_focus and pane.highlighted == 0
        await pilot.press("j")
        assert pane.highlighted == 2
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.article.title == FERRY


async def test_every_related_row_shows_a_strength_bar(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await settle(pilot, app)
        pane = app.screen.query_one(RelatedPane)
        rows = [
            _text(pane.get_option_at_index(i).prompt)
            for i in range(pane.option_count)
            if pane.get_option_at_index(i).id != SEPARATOR_ID
        ]
        assert rows and all("█" in row or "░" in row for row in rows)
        for item in pane._related:
            assert 0.0 <= item.strength <= 1.0
