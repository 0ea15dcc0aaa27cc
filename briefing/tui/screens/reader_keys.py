"""What the reader's keys do: the `action_*` handlers of `commands.actions.ACTIONS`.

`ReaderKeys` is owned by the main screen, which hands Textual these handlers when a key,
the footer or the palette runs an action (`MainScreen.__getattr__`); which ones can run
now is `commands.gates`. Each handler asks the widget that does the work, opens a dialog,
or tells the screen what to search for.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from briefing.core.kinds import KINDS
from briefing.core.results import Filters
from briefing.core.sanitize import terminal_safe
from briefing.tui.config import SORTS
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.panes import pane_of
from briefing.tui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from briefing.core.notes import Anchor
    from briefing.tui.screens.export import ExportRequest
    from briefing.tui.screens.main import MainScreen

RESIZE_STEP = 4


class KeysOfReader:
    """Hands Textual a screen's `action_<name>` from its `ReaderKeys` (kept as `keys`)."""

    def __getattr__(self, name: str):
        """`action_<name>`: what a key does is `ReaderKeys`'s (Textual finds it here)."""
        if name.startswith("action_") and "keys" in self.__dict__:
            return getattr(self.__dict__["keys"], name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class ReaderKeys:
    """The handlers behind the reader's keys, for one main screen."""

    def __init__(self, screen: MainScreen) -> None:
        self.screen = screen

    @property
    def app(self):
        """The running app."""
        return self.screen.app

    def notify(self, message: str, **options) -> None:
        """A notification on the reader's screen."""
        self.screen.notify(message, **options)

    def _in_thread(self, work, *args, group: str, exclusive: bool = False) -> None:
        """Run `work(*args)` in a thread worker of the screen (a failure is reported)."""
        self.screen.run_worker(
            lambda: work(*args), thread=True, group=group, exclusive=exclusive, exit_on_error=False
        )

    def nothing_found(self, last_session_query: str | None) -> None:
        """No result: say so; the last session's query, restored as the reader opens, is
        dropped for the whole library instead (after `briefing index ~/news` replaced the
        samples, the reader opened on a sample search that found nothing of the user's)."""
        if not last_session_query:
            self.screen.show_article(
                None, "No articles match this search. Press escape and / to change it."
            )
            return
        self.notify(
            f"Your last search, {terminal_safe(last_session_query)!r}, finds nothing in the "
            "library now: showing the whole library.",
            title="Search",
            markup=False,
            timeout=8,
        )
        self.screen.search_for("")

    # Navigation ---------------------------------------------------------------------
    def action_focus_search(self) -> None:
        """Focus the search box, at once: keys typed right after "/" (queued while the reader
        was busy, or typed fast) go into the box, not to the pane that had the focus."""
        self.screen.set_focus(self.screen.query_one(SearchBar).input)

    def action_back(self) -> None:
        """One step back: close the find bar, or leave the pane for the one before it."""
        bar = self.screen.query_one(FindBar)
        if bar.is_open:
            bar.close()
            self.screen.focus_pane("article")
            self.screen.refresh_bindings()
            return
        pane = pane_of(self.screen.focused)
        if pane in ("facts", "related"):
            self.screen.focus_pane("article")
        elif pane in ("article", None):
            self.screen.focus_pane("results")

    def action_pane(self, name: str) -> None:
        """Focus a pane by name."""
        self.screen.focus_pane(name)

    def action_next_pane(self) -> None:
        """Focus the next pane."""
        self.screen.panes.cycle(self.screen.focused, 1)

    def action_previous_pane(self) -> None:
        """Focus the previous pane."""
        self.screen.panes.cycle(self.screen.focused, -1)

    def action_history_back(self) -> None:
        """Reopen the article read before this one."""
        self._reopen(self.screen.history.back())

    def action_history_forward(self) -> None:
        """Reopen the article read after this one."""
        self._reopen(self.screen.history.forward())

    def _reopen(self, article_id: str | None) -> None:
        if article_id:
            self.screen.open_article(article_id, record=False)
        self.screen.refresh_bindings()

    # Reading --------------------------------------------------------------------------
    def action_page_article(self) -> None:
        """Page the article down."""
        self.screen.query_one(ArticleView).scroll_page_down(animate=False)

    async def action_find(self) -> None:
        """Open the find bar."""
        await self.screen.query_one(FindBar).open()
        self.screen.refresh_bindings()

    def action_find_next(self) -> None:
        """Go to the next match."""
        self._step_find(1)

    def action_find_previous(self) -> None:
        """Go to the previous match."""
        self._step_find(-1)

    def _step_find(self, direction: int) -> None:
        bar = self.screen.query_one(FindBar)
        position, count = self.screen.query_one(ArticleView).step_find(direction)
        bar.show_count(position, count, bar.input.value)

    def action_toggle_furniture(self) -> None:
        """Show or hide the lines ingest removed."""
        view = self.screen.query_one(ArticleView)
        view.set_furniture(not view.show_furniture)
        self.screen.config.show_furniture = view.show_furniture
        self.screen.save_state()
        if not view.show_furniture:
            message = "Site furniture hidden."
        elif view.article is not None and not view.article.removed:
            # it said "Showing the removed site furniture" over "Ingest removed no site
            # furniture from this article"
            message = "Site furniture shown: none was removed from this article."
        else:
            message = "Showing the removed site furniture at the end of the article."
        self.notify(message, timeout=3)

    def action_copy_citation(self) -> None:
        """Copy a citation of the open article: to the terminal (OSC 52) and to the system
        clipboard; say which took it, or show it to copy by hand."""
        article = self.screen.article
        if article is None:
            return
        from briefing.tui.render.citation import citation

        text = citation(article)
        self.app.copy_to_clipboard(text)  # OSC 52: many terminals ignore it, silently
        self._in_thread(self._copy_with_system, text, group="clipboard")

    def _copy_with_system(self, text: str) -> None:
        from briefing.tui.clipboard import copy_with_system

        tool = copy_with_system(text)
        if tool:
            title = f"Citation copied (with {tool})"
        else:
            title = (
                "Copy this citation by hand (no clipboard command found; sent to the terminal too)"
            )
        self.app.call_from_thread(self.notify, text, title=title, markup=False, timeout=8)

    def action_open_url(self) -> None:
        """Show the article's address and open it in the browser if the user agrees."""
        article = self.screen.article
        url = (article.url or "") if article else ""
        if not url.lower().startswith(("http://", "https://")):
            self.notify(
                # "(only http and https)" was said of an article with no address at all
                "This article's address cannot be opened (only http and https ones can)."
                if url
                else "This article has no web address (its file gave none).",
                severity="warning",
                timeout=5,
            )
            return

        def answered(agreed: bool | None) -> None:
            if agreed:
                self._in_thread(self._open_in_browser, url, group="browser")

        from briefing.tui.screens.confirm import ConfirmUrlScreen

        self.app.push_screen(ConfirmUrlScreen(url), answered)

    def _open_in_browser(self, url: str) -> None:
        # Textual's driver hands the address to `webbrowser` and says nothing when no
        # browser can be found: look first, and say so. (Imported here: it is not needed
        # for the first frame, and brings `shlex` and `subprocess` with it.)
        import webbrowser

        try:
            webbrowser.get()
        except webbrowser.Error:
            self.app.call_from_thread(
                self.notify,
                f"No web browser could be found here. The address: {terminal_safe(url)}",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        self.app.call_from_thread(self.app.open_url, url)

    # Facts --------------------------------------------------------------------------
    def action_pivot(self) -> None:
        """Search the library for the fact under the cursor."""
        fact = self.screen.query_one(FactsPane).current_fact
        if fact is not None:
            self.screen.search_for(fact.pivot)

    def action_entity_page(self) -> None:
        """The page of the person, place or organisation under the cursor."""
        fact = self.screen.query_one(FactsPane).current_fact
        if fact is not None and fact.kind in KINDS:
            self.show_entity(fact.name, KINDS[fact.kind])

    def show_entity(self, name: str, kind: str | None) -> None:
        """Open an entity's page (also from the palette's "Go to entity")."""
        from briefing.tui.screens.entity import EntityScreen

        screen = EntityScreen(
            self.screen.gateway, name, kind, self.screen.search_for, self.show_timeline
        )
        self.app.push_screen(screen, self._open_picked)

    def action_quote_fact(self) -> None:
        """Start a note quoting the fact or quote under the cursor, who said it and where."""
        fact = self.screen.query_one(FactsPane).current_fact
        article = self.screen.article
        if fact is None or article is None:
            return
        from briefing.tui.render.citation import fact_anchor, note_start

        anchor = fact_anchor(article, fact)
        self.action_new_note(note_start(article, anchor), anchor)

    # Bookmarks, notes, tags, export -----------------------------------------------------
    def action_toggle_bookmark(self) -> None:
        """Bookmark the open article, or remove its bookmark."""
        if self.screen.article is not None and self.screen.store.ready:
            self.screen.user_marks.toggle_bookmark(self.screen.article)

    def action_new_note(self, text: str = "", anchor: Anchor | None = None) -> None:
        """Write a note on the open article (ctrl+s saves, escape cancels)."""
        article = self.screen.article
        if article is None or not self.screen.store.ready:
            return

        def written(text: str | None) -> None:
            if text is not None:
                self.screen.user_marks.save_note(article, text, anchor)

        from briefing.tui.render.citation import QUOTED_KINDS, quoted_anchor
        from briefing.tui.screens.note_editor import NoteEditorScreen

        shown = quoted_anchor(anchor, article) if anchor and anchor.kind in QUOTED_KINDS else ""
        self.app.push_screen(NoteEditorScreen(article.title, text, shown), written)

    def action_edit_tags(self) -> None:
        """Edit the open article's tags."""
        article = self.screen.article
        if article is None or not self.screen.store.ready:
            return

        def edited(tags: list[str] | None) -> None:
            if tags is not None:
                self.screen.user_marks.save_tags(article.id, tags)

        from briefing.tui.screens.tags import TagsScreen

        tags = self.screen.store.tags(article.id)
        self.app.push_screen(TagsScreen(article.title, tags), edited)

    def action_bookmarks(self) -> None:
        """The Bookmarks view: filter, open (enter), remove (d)."""
        self._annotations("bookmarks")

    def action_notes(self) -> None:
        """The Notes view: filter, open the article (enter), edit (e), delete (d)."""
        self._annotations("notes")

    def _annotations(self, kind: str) -> None:
        if not self.screen.store.ready:
            return

        def closed(article_id: str | None) -> None:
            self.screen.user_marks.refresh()  # notes may have been edited or deleted there
            if article_id:
                self.screen.open_article(article_id)

        from briefing.tui.screens.annotations import AnnotationsScreen

        view = AnnotationsScreen(kind, self.screen.store, self.screen.gateway)
        self.app.push_screen(view, closed)

    def action_export(self) -> None:
        """Export notes as Markdown: ask where (proposing a file) and what."""
        if not self.screen.store.ready:
            return
        from briefing.export.output import default_export_path
        from briefing.tui.screens.export import ExportScreen

        proposed = default_export_path(self.screen.gateway.locations, date.today())

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self.notify(f"Exporting to {terminal_safe(str(request.path))}…", timeout=3)
                self._in_thread(self._export, request, group="export", exclusive=True)

        self.app.push_screen(ExportScreen(proposed, self.screen.query_text), chosen)

    def _export(self, request: ExportRequest) -> None:
        from briefing.tui.exporting import export_notes

        if not self.screen.ready:
            self.app.call_from_thread(self.notify, "The library is still opening.", timeout=4)
            return
        outcome = export_notes(self.screen.gateway, self.screen.store, request)
        self.app.call_from_thread(
            self.notify,
            outcome.message,
            title=outcome.title,
            severity="error" if outcome.failed else "information",
            markup=False,
            timeout=10 if outcome.failed else 8,
        )

    # Library --------------------------------------------------------------------------
    def action_timeline(self) -> None:
        """The timeline of the current search (with its filters), or of the whole library."""
        self.show_timeline(self.screen.query_text, self.screen.filters)

    def show_timeline(self, query: str, filters: Filters | None = None) -> None:
        """Open the timeline of the articles matching `query` (and `filters`)."""
        from briefing.tui.screens.timeline import TimelineScreen

        timeline = TimelineScreen(self.screen.gateway, query, filters)
        self.app.push_screen(timeline, self._open_picked)

    def _open_picked(self, article_id: str | None) -> None:
        if article_id:
            # Leave any stacked list views (an entity's timeline) for the reader.
            while len(self.app.screen_stack) > 1 and self.app.screen is not self.screen:
                self.app.pop_screen()
            self.screen.open_article(article_id)

    def action_toggle_sort(self) -> None:
        """Cycle the sort: relevance, newest, oldest."""
        sort = SORTS[(SORTS.index(self.screen.sort) + 1) % len(SORTS)]
        self.notify(f"Sorted by {sort}", timeout=2)
        self.screen.sort = sort

    def action_filter(self) -> None:
        """Choose filters (source, date range, bookmarked, unread) and search again."""
        # the coroutine function, not a coroutine: made only when the worker runs (q then f
        # left "coroutine ... was never awaited" on the terminal)
        self.screen.run_worker(self._filter, group="filter", exit_on_error=False)

    async def _filter(self) -> None:
        import asyncio

        from briefing.tui.screens.filter import FilterScreen

        screen = self.screen
        sources = await asyncio.to_thread(screen.gateway.sources) if screen.ready else []
        chosen = await self.app.push_screen_wait(
            FilterScreen(screen.filters, sources, screen.store.ready, screen.store.tag_names())
        )
        if chosen is not None:
            screen.filters = chosen

    def action_clear_search(self) -> None:
        """Clear the query and the filters."""
        self.screen.filters = Filters()
        self.screen.search_for("")

    def action_reindex(self) -> None:
        """Pick up changes in the sources, in the background."""
        self._reindex(rebuild=False)

    def action_rebuild(self) -> None:
        """Rebuild the index, in the background."""
        self._reindex(rebuild=True)

    def _reindex(self, rebuild: bool) -> None:
        if not self.screen.ready:
            self.notify("The library is still opening.", timeout=3)
            return
        self.screen.reindex(rebuild)

    # App ------------------------------------------------------------------------------
    def action_widen_pane(self) -> None:
        """Make the focused side pane wider."""
        self._resize_pane(+RESIZE_STEP)

    def action_narrow_pane(self) -> None:
        """Make the focused side pane narrower."""
        self._resize_pane(-RESIZE_STEP)

    def _resize_pane(self, step: int) -> None:
        pane = pane_of(self.screen.focused)
        sizes = self.screen.config.panes
        if pane == "results":
            sizes.results += step
        elif pane in ("facts", "related"):
            sizes.facts += step
        else:
            self.notify("Focus the results or the facts pane to resize it.", timeout=3)
            return
        self.screen.config.panes = sizes.clamped()
        self.screen.panes.fit(self.screen.size.width, self.screen.config.panes)
        self.screen.save_state()

    def action_help(self) -> None:
        """Show every key."""
        from briefing.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Quit (asking first if an editor holds unsaved changes)."""
        await self.app.action_quit()
