"""Pilot tests: bookmarks, notes, tags and read state, checked on screen and on disk."""

from __future__ import annotations

import io

from rich.console import Console
from textual.widgets import Input

from briefing.tui import user_store
from briefing.tui.screens.confirm import DiscardNoteScreen
from briefing.tui.screens.modal import DiscardScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.screens.tags import TagsScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.results import ResultList
from briefing.userdata import READ_AFTER_SECONDS, UserData
from tests.tui.conftest import settle, started

NEWEST = "Velden port talks resume as pilots' strike enters fourth day"


def row_text(app, index: int) -> str:
    """The rendered text of one result row."""
    results = app.screen.query_one(ResultList)
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(results.get_option(results.hits[index].id).prompt)
    return console.export_text()


async def store_ready(pilot, app) -> None:
    """Wait until the user's data is open as well as the library."""
    for _ in range(100):
        await settle(pilot, app)
        if app.screen.store.ready:
            return
        await pilot.pause(0.02)
    raise AssertionError("the user's data did not open")


def test_the_reader_default_read_delay_is_the_user_data_rule():
    assert user_store.READ_AFTER_SECONDS == READ_AFTER_SECONDS


async def test_b_bookmarks_the_open_article_and_marks_its_row(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        assert app.screen.article.title == NEWEST
        assert "★" not in row_text(app, 0)

        await pilot.press("b")
        await settle(pilot, app)
        assert UserData.open(fixed_library).is_bookmarked(article_id)
        assert "★" in row_text(app, 0)
        assert "★" not in row_text(app, 1)

        await pilot.press("b")
        await settle(pilot, app)
        assert not UserData.open(fixed_library).is_bookmarked(article_id)
        assert "★" not in row_text(app, 0)


async def test_markers_show_what_the_store_holds_at_start(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        ids = [hit.id for hit in app.screen.query_one(ResultList).hits]
    with UserData.open(fixed_library) as store:
        store.toggle_bookmark(ids[1])
        store.add_note(ids[2], "worth a follow-up")
        store.mark_read(ids[3])

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await settle(pilot, app)
        assert "★" in row_text(app, 1) and "✎" not in row_text(app, 1)
        assert "✎" in row_text(app, 2) and "★" not in row_text(app, 2)
        assert "✓" in row_text(app, 3)
        assert not any(mark in row_text(app, 0) for mark in "★✎✓")


async def test_an_article_open_long_enough_counts_as_read(app_factory, fixed_library):
    app = app_factory(read_after=0.2)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        await pilot.pause(0.5)
        await settle(pilot, app)
        assert UserData.open(fixed_library).is_read(article_id)
        assert "✓" in row_text(app, 0)
        assert "✓" not in row_text(app, 1), "only the article that was open"


async def test_a_briefly_open_article_is_not_read(app_factory, fixed_library):
    app = app_factory(read_after=2.0)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        first = app.screen.article.id
        await pilot.press("j")
        await settle(pilot, app)
        assert app.screen.article.id != first
        await pilot.pause(2.3)
        await settle(pilot, app)
        store = UserData.open(fixed_library)
        assert not store.is_read(first)
        assert store.is_read(app.screen.article.id)


async def test_scrolling_to_the_end_counts_as_read(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(80, 16)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        view = app.screen.query_one(ArticleView)
        await pilot.press("2")
        assert view.max_scroll_y > 0, "the article is longer than the pane"
        assert not UserData.open(fixed_library).is_read(article_id)
        await pilot.press("G")
        await settle(pilot, app)
        assert UserData.open(fixed_library).is_read(article_id)
        assert "✓" in row_text(app, 0)


async def test_n_writes_a_note_and_ctrl_s_saves_it(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        await pilot.press("n")
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        assert NEWEST in str(app.screen.query_one("#note-title").render())
        await pilot.press(*"Ask the port", "enter", *"**why** now")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        assert not isinstance(app.screen, NoteEditorScreen)
        notes = UserData.open(fixed_library).notes(article_id)
        assert [note.text for note in notes] == ["Ask the port\n**why** now"]
        assert "✎" in row_text(app, 0)


async def test_escape_leaves_an_unchanged_note_at_once(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("n")
        await settle(pilot, app)
        await pilot.press("escape")
        await settle(pilot, app)
        assert not isinstance(app.screen, (NoteEditorScreen, DiscardNoteScreen))
        assert UserData.open(fixed_library).notes() == []


async def test_escape_asks_before_discarding_a_changed_note(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("n")
        await settle(pilot, app)
        await pilot.press(*"draft")
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, DiscardNoteScreen)
        await pilot.press("n")  # keep editing
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.text == "draft"
        await pilot.press("escape", "y")
        await settle(pilot, app)
        assert not isinstance(app.screen, (NoteEditorScreen, DiscardNoteScreen))
        assert UserData.open(fixed_library).notes() == []
        assert "✎" not in row_text(app, 0)


async def test_t_edits_the_tags_of_the_open_article(app_factory, fixed_library):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        with UserData.open(fixed_library) as store:
            store.set_tags(article_id, ["ports"])
        await pilot.press("t")
        await settle(pilot, app)
        assert isinstance(app.screen, TagsScreen)
        field = app.screen.query_one(Input)
        assert field.value == "ports "
        await pilot.press(*"strike,  Velden", "enter")  # typed straight away: a new tag
        await settle(pilot, app)
        assert not isinstance(app.screen, TagsScreen)
        assert UserData.open(fixed_library).tags(article_id) == ["ports", "strike", "Velden"]

        await pilot.press("t")
        await settle(pilot, app)
        assert app.screen.query_one(Input).value == "ports strike Velden "
        await pilot.press(*"extra", "escape")
        await settle(pilot, app)
        assert isinstance(app.screen, DiscardScreen), "escape asks before dropping edits"
        await pilot.press("n")  # keep editing
        await settle(pilot, app)
        assert isinstance(app.screen, TagsScreen)
        assert app.screen.query_one(Input).value == "ports strike Velden extra"
        await pilot.press("escape", "y")  # discard
        await settle(pilot, app)
        assert not isinstance(app.screen, (TagsScreen, DiscardScreen))
        assert UserData.open(fixed_library).tags(article_id) == ["ports", "strike", "Velden"]

        await pilot.press("t")
        await settle(pilot, app)
        await pilot.press("escape")  # nothing edited: no question
        await settle(pilot, app)
        assert not isinstance(app.screen, (TagsScreen, DiscardScreen))


async def test_y_on_a_quote_starts_an_anchored_note_with_its_citation(app_factory, fixed_library):
    """The quote shows once, as a block quote ending "— Speaker, Source, date"; the note's
    own text does not repeat it; the anchor keeps the speaker (the export shows it)."""
    quote = "Nobody boards a tanker in a gale after fourteen hours awake and does it safely"
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("j")
        await settle(pilot, app)
        article = app.screen.article
        assert article.title == "Velden harbour pilots walk out over night-shift rota"
        await pilot.press("3")
        facts = app.screen.query_one(FactsPane)
        for _ in range(40):
            if facts.current_fact is not None and facts.current_fact.kind == "quotes":
                break
            await pilot.press("j")
        assert facts.current_fact.kind == "quotes"
        await pilot.press("y")
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        shown = str(app.screen.query_one("#note-quoted").content)
        assert shown == f"> {quote}\n>\n> — Mara Lindgren, Harbour Gazette, 2024-05-02"
        assert app.screen.text == "", "the quote is not repeated in the note's text"
        await pilot.press(*"Check the rota")
        await pilot.press("ctrl+s")
        await settle(pilot, app)
        (note,) = UserData.open(fixed_library).notes(article.id)
        assert note.text == "Check the rota"
        assert note.anchor.kind == "quote"
        assert note.anchor.text == quote
        assert note.anchor.speaker == "Mara Lindgren"
        assert article.body[note.anchor.start : note.anchor.end] == quote

        # The export: one block quote with its attribution, then the note.
        from briefing.export.markdown import _note

        blocks = _note(note, article.source, article.published)
        assert blocks[1:] == [
            f"> {quote}\n>\n> — Mara Lindgren, Harbour Gazette, 2024-05-02",
            "Check the rota",
        ]


async def test_a_quoted_phrase_in_the_tag_box_is_one_tag(app_factory, fixed_library):
    """'"port strike" ferries' stored the tags '"port' and 'strike"' beside 'ferries'."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        article_id = app.screen.article.id
        await pilot.press("t")
        await settle(pilot, app)
        await pilot.press(*'"port strike" ferries, "night pilots', "enter")
        await settle(pilot, app)
        assert not isinstance(app.screen, TagsScreen)
        tags = UserData.open(fixed_library).tags(article_id)
        assert tags == ["port-strike", "ferries", "night-pilots"]
        await pilot.press("t")
        await settle(pilot, app)
        assert app.screen.query_one(Input).value == "port-strike ferries night-pilots "
        await pilot.press("escape")  # nothing edited: no question
        await settle(pilot, app)
        assert not isinstance(app.screen, (TagsScreen, DiscardScreen))
