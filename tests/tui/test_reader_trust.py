"""Issue 15, the reader's part: typing never lost on quit, `G` to the real end, marks that
are never cut, honest copy and open, wide layouts, library-wide entities, a count that
follows another process's index run, sample suggestions only with the samples.

Every test drives the reader with the real keys (Pilot).
"""

from __future__ import annotations

import os
import shutil
import stat
import webbrowser
from pathlib import Path

from textual import events
from textual.command import CommandInput, CommandPalette

from briefing.core.paths import Locations
from briefing.library import Library
from briefing.tui import make_app
from briefing.tui.render.citation import citation
from briefing.tui.screens.entity import EntityScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.modal import DiscardScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.screens.tags import TagsScreen
from briefing.tui.widgets.article_view import MEASURE, ArticleView
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import PLACEHOLDER, SAMPLE_PLACEHOLDER, SearchBar
from briefing.tui.widgets.status_line import StatusLine
from tests.tui.conftest import build_library, settle, started
from tests.tui.test_reader_store import row_text, store_ready


def notices(app) -> list[str]:
    """Title and text of every notification shown so far."""
    return [f"{n.title}: {n.message}" for n in app._notifications]


def write_articles(folder: Path, count: int, source: str = "Quay Post", start: int = 0) -> None:
    """`count` short articles of our own, one a day."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(start, start + count):
        day = 1 + number % 28
        (folder / f"note-{number:03}.md").write_text(
            f"---\ntitle: Harbour notice {number}\ndate: 2024-03-{day:02}\nsource: {source}\n---\n\n"
            f"Notice {number}: the tide board at berth {number} was repainted.\n",
            "utf-8",
        )


# 1. Quitting never drops a draft without asking ----------------------------------------
async def test_ctrl_q_and_the_palettes_quit_ask_before_dropping_a_note(app_factory, monkeypatch):
    app = app_factory()
    exits: list[bool] = []
    monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(True))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("n", *"half a thought")
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert isinstance(app.screen, DiscardScreen) and exits == []
        await pilot.press("n")  # keep editing
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.text == "half a thought"

        await pilot.press("ctrl+p", *"quit")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, DiscardScreen) and exits == []
        await pilot.press("y")
        await settle(pilot, app)
        assert exits == [True]


async def test_ctrl_q_with_nothing_typed_quits_at_once(app_factory, monkeypatch):
    app = app_factory()
    exits: list[bool] = []
    monkeypatch.setattr(app, "exit", lambda *args, **kwargs: exits.append(True))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("t")
        await settle(pilot, app)
        assert isinstance(app.screen, TagsScreen)
        await pilot.press("ctrl+q")
        await settle(pilot, app)
        assert exits == [True]


# 7. G goes to the real end; ? explains the copies mark --------------------------------
async def test_G_loads_every_result_and_goes_to_the_last(tmp_path, isolated_home):
    write_articles(tmp_path / "many", 60)
    locations = build_library(isolated_home, tmp_path / "many")
    app = make_app(locations, persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 30)) as pilot:
        await started(pilot, app)
        results = app.screen.query_one(ResultList)
        assert len(results.hits) < 60 and results.total == 60
        await pilot.press("G")
        await settle(pilot, app)
        assert len(results.hits) == 60
        assert results.highlighted == results.option_count - 1
        assert results.selected_id == results.hits[-1].id
        status = str(app.screen.query_one(StatusLine).render_status())
        assert "loaded" not in status


async def test_the_whole_library_lists_a_story_once_as_a_search_does(tmp_path, isolated_home):
    from tests.related.helpers import DROUGHT, STRIKE, STRIKE_COPY, write_jsonl

    write_jsonl(
        tmp_path / "lib",
        [
            {"title": "Antwerp dockers vote to strike", "body": STRIKE, "date": "2025-03-03", "source": "Harbour Daily"},
            {"title": "Port faces walkout over robot cranes", "body": STRIKE_COPY, "date": "2025-03-03", "source": "Coastline Post"},
            {"title": "Catalonia declares drought emergency", "body": DROUGHT, "date": "2025-02-01", "source": "Northgate"},
        ],
    )  # fmt: skip
    locations = build_library(isolated_home, tmp_path / "lib")
    app = make_app(locations, persist=False, read_after=3600.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        results = app.screen.query_one(ResultList)
        assert results.total == 2 == len(results.hits)
        assert "⧉ +1" in row_text(app, 0)
        await pilot.press("slash", *"drought OR strike OR cranes", "enter")
        await settle(pilot, app)
        assert results.total == 2 == len(results.hits), "the same stories as the listing"


async def test_help_explains_the_marks_and_the_copies_mark(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 48)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark")
        await settle(pilot, app)
        assert isinstance(app.screen, HelpScreen)
        intro = str(app.screen.query_one("#help-intro").content)
        assert "⧉ +2 the same story also came from 2 other sources" in intro
        assert "★ bookmarked" in intro and "✓ read" in intro


# 14. The open article's id, file and marks; result marks never cut ----------------------
async def test_the_article_shows_its_id_file_and_marks(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article = app.screen.article
        view = app.screen.query_one(ArticleView)
        assert f"id {article.id}" in view.text
        assert article.paths[0] in "".join(view.text.split())  # wrapped over lines
        assert "★ bookmarked" not in view.text
        await pilot.press("b")
        await settle(pilot, app)
        await pilot.press("t", *"ports", "enter")
        await settle(pilot, app)
        assert "★ bookmarked · #ports" in view.text


async def test_marks_stay_whole_beside_a_long_source_at_120_columns(tmp_path, isolated_home):
    long_source = "The Extremely Long Name of a Coastal Weekly Newspaper and Almanac"
    write_articles(tmp_path / "long", 3, source=long_source)
    locations = build_library(isolated_home, tmp_path / "long")
    app = make_app(locations, persist=False, read_after=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("b", "n", *"kept", "ctrl+s")
        await pilot.pause(0.3)
        await settle(pilot, app)
        row = app.screen.query_one(ResultList).get_option_at_index(0).prompt
        from io import StringIO

        from rich.console import Console

        width = app.screen.query_one(ResultList).scrollable_content_region.width
        console = Console(width=width, file=StringIO(), record=True)
        console.print(row)
        meta = console.export_text().splitlines()[1]
        assert meta.rstrip().endswith("★ ✎ ✓"), meta
        assert "…" in meta, "the source is what gets cut"
        assert "★ ✎ ✓" in row_text(app, 0)


# 16. Copying and opening say what happened ------------------------------------------------
def fake_clipboard(folder: Path, name: str = "xclip") -> Path:
    """A clipboard command on PATH that keeps its stdin and its arguments."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text(
        # Only builtins and absolute paths: PATH holds nothing but this folder.
        f'#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "{folder}/args"\n'
        f'exec {shutil.which("cat")} > "{folder}/copied"\n',
        "utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder


async def test_c_copies_with_the_system_clipboard_and_says_with_what(
    app_factory, tmp_path, monkeypatch
):
    tools = fake_clipboard(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tools))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("c")
        await settle(pilot, app)
        text = citation(app.screen.article)
        assert (tools / "copied").read_text("utf-8") == text
        # The text goes in through stdin only, never as an argument.
        assert (tools / "args").read_text("utf-8").split() == ["-selection", "clipboard"]
        assert any(n.startswith("Citation copied (with xclip)") for n in notices(app))


async def test_c_without_a_clipboard_shows_the_citation_to_copy_by_hand(
    app_factory, tmp_path, monkeypatch
):
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("c")
        await settle(pilot, app)
        text = citation(app.screen.article)
        assert (
            f"Copy this citation by hand (no clipboard command found; sent to the terminal too): {text}"
            in notices(app)
        )


async def test_o_with_no_browser_says_so(app_factory, monkeypatch):
    def no_browser(using=None):
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", no_browser)
    app = app_factory()
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, new_tab=True: opened.append(url))
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("j")
        await settle(pilot, app)
        await pilot.press("o", "y")
        await settle(pilot, app)
        assert opened == []
        assert any("No web browser could be found here" in n for n in notices(app))


# 17. Wide terminals -----------------------------------------------------------------------
async def test_a_wide_terminal_grows_the_side_panes_and_caps_the_line_length(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(200, 60)) as pilot:
        await started(pilot, app)
        await settle(pilot, app)
        side = app.screen.query_one("#side").size.width
        assert side >= 60, side
        lines = app.screen.query_one(ArticleView).text.splitlines()
        assert max(len(line) for line in lines) <= MEASURE
        assert max(len(line) for line in lines) >= MEASURE - 15, "the measure is used"


async def test_a_160_column_terminal_keeps_the_remembered_widths(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await started(pilot, app)
        assert app.screen.query_one("#side").size.width == app.config.panes.facts


# 18. Go to entity: the whole library --------------------------------------------------------
async def test_the_palette_offers_entities_of_the_whole_library(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        assert "Fennick" not in (app.screen.article.body)  # not in the open article
        await pilot.press("ctrl+p", *"go to entity: Oda")
        await pilot.pause(1.0)
        await settle(pilot, app)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        from textual.command import CommandList

        options = palette.query_one(CommandList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Go to entity: Oda Fennick" in prompt for prompt in prompts), prompts
        for index, prompt in enumerate(prompts):
            if "Oda Fennick" in prompt:
                options.highlighted = index
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, EntityScreen)


# 20. A count that follows another process; samples; the palette takes a burst -----------------
async def test_the_count_follows_an_index_run_by_another_process(app_factory, tmp_path):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        status = app.screen.query_one(StatusLine)
        before = status.library_size
        write_articles(tmp_path / "more", 3)
        with Library.open(Locations.resolve(os.environ["BRIEFING_HOME"]), refresh=False) as other:
            other.index([tmp_path / "more"])
        app.post_message(events.AppFocus())
        await pilot.pause(0.3)
        await settle(pilot, app)
        assert status.library_size == before + 3
        assert any("The library changed" in n for n in notices(app))


async def test_the_search_box_suggests_sample_queries_only_with_the_samples(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        assert app.screen.query_one(SearchBar).input.placeholder == PLACEHOLDER
        assert "antwerp" not in PLACEHOLDER and "antwerp" in SAMPLE_PLACEHOLDER


async def test_the_palette_keeps_every_key_of_a_burst_and_a_paste(app_factory):
    app = app_factory(persist=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        # As a terminal delivers a fast burst: all the events at once, no pause between.
        app.post_message(events.Key("ctrl+p", None))
        for char in "timeline":
            app.post_message(events.Key(char, char))
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).value == "timeline"
        assert app.screen_stack[-2].sort == "relevance", "no key reached the reader"
        await pilot.press("escape")
        await pilot.pause(0.3)
        app.post_message(events.Key("ctrl+p", None))
        app.post_message(events.Paste("sort by"))
        await pilot.pause(0.5)
        assert app.screen.query_one(CommandInput).value == "sort by"


async def test_the_note_editor_has_no_side_border_for_an_emoji_to_push(app_factory):
    """Terminals draw some emoji wider than Unicode says (❤️, flags, skin tones); a border
    drawn after them on the same line moved out of line. The editor has rules above and
    below only, so there is none to move."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("n", *"ok ")
        app.screen.query_one("TextArea").insert("❤️ 👍🏽 🇧🇪")
        await settle(pilot, app)
        box = app.screen.query_one(".dialog")
        area = app.screen.query_one("TextArea")
        for widget in (box, area):
            assert widget.styles.border_left[0] in ("", "none")
            assert widget.styles.border_right[0] in ("", "none")
        assert box.styles.border_top[0] == "round" and box.styles.border_bottom[0] == "round"
        assert app.screen.text == "ok ❤️ 👍🏽 🇧🇪"
