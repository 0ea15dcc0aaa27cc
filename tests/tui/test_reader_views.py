"""Pilot tests: the Bookmarks (B) and Notes (N) views, export (e), failing workers."""

from __future__ import annotations

from datetime import date

from briefing.export.output import default_export_path
from briefing.tui.screens.annotations import AnnotationsScreen
from briefing.tui.screens.confirm import DeleteNoteScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.note_editor import NoteEditorScreen
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.row_list import RowList
from briefing.userdata import Anchor, ArticleRef, UserData, UserDataLocked
from tests.tui.conftest import settle, started, view_rows
from tests.tui.test_reader_store import store_ready


async def library_ids(app_factory) -> list[tuple[str, str]]:
    """(id, title) of the fixture articles, newest first."""
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        return [(hit.id, hit.title) for hit in app.screen.query_one(ResultList).hits]


async def test_B_lists_bookmarks_filters_them_and_opens_one(app_factory, fixed_library):
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.toggle_bookmark(articles[1][0])
        store.toggle_bookmark(articles[2][0])
        store.set_tags(articles[2][0], ["ferries"])
        store.toggle_bookmark("gone-article")  # its article is not in the library

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("B")
        await settle(pilot, app)
        assert isinstance(app.screen, AnnotationsScreen)
        rows = view_rows(app)
        assert len(rows) == 3
        assert any(articles[1][1] in row for row in rows)
        assert any("#ferries" in row and articles[2][1] in row for row in rows)
        assert any("no longer in the library" in row for row in rows)

        await pilot.press("slash", *"ferries")
        await pilot.pause(0.3)  # the filter waits for a pause in typing
        rows = view_rows(app)
        assert len(rows) == 1 and articles[2][1] in rows[0]
        assert "1 of 3" in str(app.screen.query_one("Vertical").border_title)

        await pilot.press("enter", "enter")  # to the list, then open
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.article.id == articles[2][0]
        assert app.focused is app.screen.query_one(ArticleView)


async def test_d_in_bookmarks_removes_the_bookmark(app_factory, fixed_library):
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.toggle_bookmark(articles[0][0])

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("B")
        await settle(pilot, app)
        await pilot.press("d")
        await settle(pilot, app)
        assert view_rows(app) == []
        assert "No bookmarks yet" in str(app.screen.query_one("#annotations-empty").render())
        assert not UserData.open(fixed_library).is_bookmarked(articles[0][0])
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)


async def test_N_lists_notes_and_e_edits_one(app_factory, fixed_library):
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.add_note(articles[0][0], "first thought\nsecond line", Anchor("pilots stopped"))
        store.add_note("gone-article", "kept although the article left")
        store.add_note("gone-too", "kept with its title", about=ArticleRef("A removed story"))

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("N")
        await settle(pilot, app)
        assert isinstance(app.screen, AnnotationsScreen)
        rows = view_rows(app)
        assert len(rows) == 3
        assert "first thought" in rows[0] and "› pilots stopped" in rows[0]
        assert articles[0][1] in rows[0]
        assert "no longer in the library" in rows[1] and "kept although" in rows[1]
        assert "A removed story (article no longer in the library)" in rows[2]

        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, NoteEditorScreen)
        assert app.screen.text == "first thought\nsecond line"
        await pilot.press(*" and more", "ctrl+s")
        await settle(pilot, app)
        assert isinstance(app.screen, AnnotationsScreen)
        notes = UserData.open(fixed_library).notes(articles[0][0])
        assert [note.text for note in notes] == ["first thought\nsecond line and more"]
        assert notes[0].anchor is not None and notes[0].anchor.text == "pilots stopped"

        await pilot.press("down", "enter")  # the orphaned note: nothing to open
        await settle(pilot, app)
        assert isinstance(app.screen, AnnotationsScreen)


async def test_d_in_notes_asks_first_and_n_keeps_the_note(app_factory, fixed_library):
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.add_note(articles[0][0], "keep me")
        store.add_note(articles[1][0], "delete me")

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("N", "slash", *"delete")
        await pilot.pause(0.3)  # the filter waits for a pause in typing
        await pilot.press("enter")
        await settle(pilot, app)
        await pilot.press("d")
        await settle(pilot, app)
        assert isinstance(app.screen, DeleteNoteScreen)
        await pilot.press("n")
        await settle(pilot, app)
        assert len(UserData.open(fixed_library).notes()) == 2

        await pilot.press("d")
        await settle(pilot, app)
        await pilot.press("y")
        await settle(pilot, app)
        assert [note.text for note in UserData.open(fixed_library).notes()] == ["keep me"]
        assert view_rows(app) == []  # the filter still says "delete"

        await pilot.press("enter")  # nothing highlighted: nothing happens
        await pilot.press("escape")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("N")
        await settle(pilot, app)
        rows = view_rows(app)
        assert len(rows) == 1 and "keep me" in rows[0]
        await pilot.press("enter")
        await settle(pilot, app)
        assert app.screen.article.id == articles[0][0]


async def test_N_steps_back_through_matches_while_the_find_bar_is_open(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("ctrl+f", *"the", "enter")
        await settle(pilot, app)
        assert app.screen.query_one(FindBar).is_open
        await pilot.press("N")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)


async def test_e_exports_to_the_proposed_file_and_never_overwrites_unasked(
    app_factory, fixed_library
):
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.add_note(articles[0][0], "Ask the harbour master about *night* pilots.")
        store.toggle_bookmark(articles[1][0])
    target = default_export_path(fixed_library, date.today())

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("e")
        await settle(pilot, app)
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path").value == str(target)
        await pilot.press("enter")
        await settle(pilot, app)
        assert isinstance(app.screen, MainScreen)
        text = target.read_text(encoding="utf-8")
        assert "article_count: 2" in text
        assert "Ask the harbour master about *night* pilots." in text
        assert articles[1][1] in text

        target.write_text("mine", encoding="utf-8")
        await pilot.press("e")
        await settle(pilot, app)
        second = target.with_name(f"{target.stem}-2.md")  # a second export of the day
        assert app.screen.query_one("#export-path").value == str(second)
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")  # the file exists: the screen says so and stays
        await settle(pilot, app)
        assert isinstance(app.screen, ExportScreen)
        assert "already exists" in str(app.screen.query_one("#export-error").render())
        assert target.read_text(encoding="utf-8") == "mine"

        app.screen.query_one("#export-force").value = True
        app.screen.query_one("#scope-bookmarked").value = True
        await pilot.press("enter")
        await settle(pilot, app)
        text = target.read_text(encoding="utf-8")
        assert "bookmarked: true" in text and "article_count: 1" in text
        assert "harbour master" not in text


async def test_a_failing_store_write_is_reported_and_reading_goes_on(app_factory, monkeypatch):
    def locked(self, article_id):
        raise UserDataLocked("another briefing holds the store")

    monkeypatch.setattr(UserData, "toggle_bookmark", locked)
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("b")
        await settle(pilot, app)
        assert app.is_running and isinstance(app.screen, MainScreen)
        messages = [str(notification.message) for notification in app._notifications]
        assert any("another briefing holds the store" in message for message in messages)
        await pilot.press("j")
        await settle(pilot, app)
        assert app.screen.article is not None


async def test_f_filters_to_bookmarked_or_unread_articles(app_factory, fixed_library):
    from briefing.tui.screens.filter import FilterScreen

    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.toggle_bookmark(articles[1][0])
        store.toggle_bookmark(articles[3][0])
        store.mark_read(articles[0][0])
        store.mark_read(articles[1][0])

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("f")
        await pilot.pause(0.3)
        assert isinstance(app.screen, FilterScreen)
        assert not app.screen.query_one("#filter-bookmarked").disabled
        app.screen.query_one("#filter-bookmarked").value = True
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        listed = [hit.id for hit in app.screen.query_one(ResultList).hits]
        assert listed == [articles[1][0], articles[3][0]]  # newest first
        assert "bookmarked" in app.screen.query_one("#status").render_status()

        await pilot.press("f")
        await pilot.pause(0.3)
        app.screen.query_one("#filter-bookmarked").value = False
        app.screen.query_one("#filter-unread").value = True
        await pilot.click("#filter-apply")
        await settle(pilot, app)
        listed = [hit.id for hit in app.screen.query_one(ResultList).hits]
        assert listed == [articles[2][0], articles[3][0]]

        await pilot.press("slash", *"Velden", "enter")  # a query keeps the filter
        await settle(pilot, app)
        listed = {hit.id for hit in app.screen.query_one(ResultList).hits}
        assert articles[0][0] not in listed and articles[1][0] not in listed


async def test_long_views_build_rows_a_page_at_a_time(app_factory, fixed_library):
    from briefing.tui.widgets.row_list import PAGE

    with UserData.open(fixed_library) as store:
        for number in range(PAGE * 2 + 5):
            store.set_bookmark(f"gone-{number:03}")

    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("B")
        await settle(pilot, app)
        listing = app.screen.query_one(RowList)
        assert listing.row_count == PAGE * 2 + 5
        assert len(view_rows(app)) == PAGE  # built: one page, not every row
        await pilot.press("G")
        await pilot.press("G")
        await pilot.press("G")
        await settle(pilot, app)
        assert len(view_rows(app)) == PAGE * 2 + 5


async def test_the_export_notice_counts_as_people_write_them(app_factory, fixed_library):
    """It said "Exported 1 article(s) → ..."."""
    articles = await library_ids(app_factory)
    with UserData.open(fixed_library) as store:
        store.toggle_bookmark(articles[0][0])
    target = default_export_path(fixed_library, date.today())
    app = app_factory()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await store_ready(pilot, app)
        await pilot.press("e")
        await settle(pilot, app)
        await pilot.press("enter")
        await settle(pilot, app)
        messages = [str(notification.message) for notification in app._notifications]
        assert f"1 article → {target}" in messages
