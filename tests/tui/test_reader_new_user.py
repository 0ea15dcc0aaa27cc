"""What a new user met on a folder of their own (helper ux10's round): the reader driven
with the real keys (Pilot) on articles we wrote in the forms users drop."""

from __future__ import annotations

from pathlib import Path

from briefing.tui import make_app
from briefing.tui.widgets.article_view import ArticleView
from tests.tui.conftest import build_library, settle, started

TABLE = (
    "Waiting ships by port\nBy Data Desk\n8 March 2026\n\n"
    "The harbour office counted the ships waiting at anchor on Tuesday morning.\n\n"
    "Port:\tships\tberths\nOostkade\t11\t4\nWesthaven\t3\t2\n"
)


async def test_a_tab_in_the_article_never_reaches_the_terminal(tmp_path: Path, isolated_home):
    # A tab drawn as is moves the cursor to the terminal's next tab stop, past the pane's
    # border: the panes to the right of the article were pushed out of line.
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ships.txt").write_text(TABLE, "utf-8")
    app = make_app(build_library(isolated_home, folder), persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        view = app.screen.query_one(ArticleView)
        width = view.scrollable_content_region.width
        strips = [view.render_line(y) for y in range(view.size.height)]
        assert not any("\t" in strip.text for strip in strips)
        assert all(strip.cell_length == width for strip in strips)
        assert "Oostkade 11 4" in view.text
        # find still lands on the words after a tab (one space for one tab: same offsets)
        await pilot.press("ctrl+f", *"Westhaven", "enter")
        await settle(pilot, app)
        assert view.body[view._find[0][0] :].startswith("Westhaven")
