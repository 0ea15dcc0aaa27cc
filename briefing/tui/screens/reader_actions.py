"""What the reader's keys do (a mixin of the main screen), gated so the footer shows what works."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual import work

from briefing.core.kinds import ANCHOR_KINDS, KINDS
from briefing.core.results import Filters
from briefing.core.sanitize import terminal_safe
from briefing.tui.config import SORTS
from briefing.tui.render.citation import citation
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.index_progress import IndexProgress
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.status_line import StatusLine

if TYPE_CHECKING:
    from briefing.core.model import Article
    from briefing.core.notes import Anchor
    from briefing.tui.screens.export import ExportRequest
    from briefing.tui.screens.main import MainScreen

    _Base = MainScreen
else:
    _Base = object

PANES = ("results", "article", "facts", "related")
NEEDS_ARTICLE = {"find", "copy_citation", "open_url", "toggle_furniture", "page_down"}
NEEDS_STORE = {"toggle_bookmark", "new_note", "edit_tags"}
NEEDS_STORE_ONLY = {"bookmarks", "notes", "export"}


class ReaderActions(_Base):
    """The `action_*` methods behind the keys in `commands.actions.ACTIONS`."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what can run now (the footer follows)."""
        if action in ("find_next", "find_previous"):
            return self.query_one(FindBar).is_open
        if action == "pivot":
            focused = self.focused
            return isinstance(focused, FactsPane) and focused.current_fact is not None
        if action == "entity_page":
            focused = self.focused
            return (
                isinstance(focused, FactsPane)
                and focused.current_fact is not None
                and focused.current_fact.kind in KINDS
                and self.ready
            )
        if action == "timeline":
            return self.ready
        if action == "quote_fact":
            focused = self.focused
            return (
                isinstance(focused, FactsPane)
                and focused.current_fact is not None
                and self.article is not None
                and self.store.ready
            )
        if action in NEEDS_ARTICLE:
            return self.article is not None
        if action in ("new_note", "notes") and self.query_one(FindBar).is_open:
            return False  # n and N step through the matches then
        if action in NEEDS_STORE_ONLY:
            return self.store.ready
        if action in NEEDS_STORE:
            return self.article is not None and self.store.ready
        if action == "history_back":
            return self.history.can_go_back
        if action == "history_forward":
            return self.history.can_go_forward
        return True

    # Navigation ---------------------------------------------------------------------
    def action_focus_search(self) -> None:
        """Focus the search box."""
        self.query_one(SearchBar).input.focus()

    def action_back(self) -> None:
        """One step back: close the find bar, or leave the pane for the one before it."""
        bar = self.query_one(FindBar)
        if bar.is_open:
            bar.close()
            self.focus_pane("article")
            self.refresh_bindings()
            return
        pane = self._pane_of(self.focused)
        if pane in ("facts", "related"):
            self.focus_pane("article")
        elif pane in ("article", None):
            self.focus_pane("results")

    def action_pane(self, name: str) -> None:
        """Focus a pane by name."""
        self.focus_pane(name)

    def action_next_pane(self) -> None:
        """Focus the next pane."""
        self._cycle(1)

    def action_previous_pane(self) -> None:
        """Focus the previous pane."""
        self._cycle(-1)

    def _cycle(self, step: int) -> None:
        pane = self._pane_of(self.focused)
        index = PANES.index(pane) if pane in PANES else -1 if step > 0 else 0
        self.focus_pane(PANES[(index + step) % len(PANES)])

    def action_history_back(self) -> None:
        """Reopen the article read before this one."""
        article_id = self.history.back()
        if article_id:
            self.open_article(article_id, record=False)
        self.refresh_bindings()

    def action_history_forward(self) -> None:
        """Reopen the article read after this one."""
        article_id = self.history.forward()
        if article_id:
            self.open_article(article_id, record=False)
        self.refresh_bindings()

    # Reading --------------------------------------------------------------------------
    def action_page_down(self) -> None:
        """Page the article down."""
        self.query_one(ArticleView).scroll_page_down(animate=False)

    def action_find(self) -> None:
        """Open the find bar."""
        self.query_one(FindBar).open()
        self.refresh_bindings()

    def find_changed(self, needle: str) -> None:
        """Mark the matches of what is typed in the find bar."""
        count = self.query_one(ArticleView).find(needle)
        self.query_one(FindBar).show_count(1 if count else 0, count, needle)

    def find_submitted(self) -> None:
        """Enter in the find bar: read on, with n/N to step through the matches."""
        self.focus_pane("article")
        self.refresh_bindings()

    def action_find_next(self) -> None:
        """Go to the next match."""
        self._step_find(1)

    def action_find_previous(self) -> None:
        """Go to the previous match."""
        self._step_find(-1)

    def _step_find(self, direction: int) -> None:
        bar = self.query_one(FindBar)
        position, count = self.query_one(ArticleView).step_find(direction)
        bar.show_count(position, count, bar.input.value)

    def action_toggle_furniture(self) -> None:
        """Show or hide the lines ingest removed."""
        view = self.query_one(ArticleView)
        view.set_furniture(not view.show_furniture)
        self.config.show_furniture = view.show_furniture
        self.save_state()
        self.notify(
            "Showing the removed site furniture at the end of the article."
            if view.show_furniture
            else "Site furniture hidden.",
            timeout=3,
        )

    def action_copy_citation(self) -> None:
        """Copy a citation of the open article."""
        if self.article is None:
            return
        text = citation(self.article)
        self.app.copy_to_clipboard(text)
        self.notify(text, title="Citation copied", timeout=5)

    def action_open_url(self) -> None:
        """Show the article's address and open it in the browser if the user agrees."""
        url = (self.article.url or "") if self.article else ""
        if not url.lower().startswith(("http://", "https://")):
            self.notify(
                "This article has no web address that can be opened (only http and https).",
                severity="warning",
                timeout=5,
            )
            return

        def answered(agreed: bool | None) -> None:
            if agreed:
                self.app.open_url(url)

        from briefing.tui.screens.confirm import ConfirmUrlScreen

        self.app.push_screen(ConfirmUrlScreen(url), answered)

    # Bookmarks and notes ---------------------------------------------------------------
    def action_toggle_bookmark(self) -> None:
        """Bookmark the open article, or remove its bookmark."""
        if self.article is not None and self.store.ready:
            self.save_bookmark(self.article.id, self.article.title)

    @work(thread=True, group="store", exit_on_error=False)
    def save_bookmark(self, article_id: str, title: str) -> None:
        """Flip the bookmark (an fsynced append: off the UI thread)."""
        on = self.store.toggle_bookmark(article_id)
        self.app.call_from_thread(self._bookmark_saved, on, title)

    def _bookmark_saved(self, on: bool, title: str) -> None:
        self.refresh_marks()
        self.notify(
            terminal_safe(title) or "(untitled)",
            title="Bookmarked" if on else "Bookmark removed",
            markup=False,
            timeout=3,
        )

    def action_new_note(self, text: str = "", anchor: Anchor | None = None) -> None:
        """Write a note on the open article (ctrl+s saves, escape cancels)."""
        article = self.article
        if article is None or not self.store.ready:
            return

        def written(text: str | None) -> None:
            if text is not None:
                self.save_note(article, text, anchor)

        from briefing.tui.screens.note_editor import NoteEditorScreen

        self.app.push_screen(NoteEditorScreen(article.title, text), written)

    def action_quote_fact(self) -> None:
        """Start a note quoting the fact or quote under the cursor, with its citation."""
        fact = self.query_one(FactsPane).current_fact
        article = self.article
        if fact is None or article is None:
            return
        from briefing.core.notes import Anchor

        start, end = fact.spans[0] if fact.spans else (None, None)
        passage = article.body[start:end] if start is not None else ""
        passage = passage or fact.name or fact.label
        anchor = Anchor(
            passage,
            start=start,
            end=end,
            kind=ANCHOR_KINDS.get(fact.kind, "passage"),
            label=fact.label,
        )
        quoted = "\n".join(f"> {line}" for line in terminal_safe(passage).splitlines())
        self.action_new_note(f"{quoted}\n>\n> — {citation(article)}\n\n", anchor)

    @work(thread=True, group="store", exit_on_error=False)
    def save_note(self, article: Article, text: str, anchor: Anchor | None = None) -> None:
        """Save a note, with what it is about (an fsynced commit: off the UI thread)."""
        from briefing.userdata.listing import reference

        self.store.add_note(article.id, text, anchor, about=reference(article))
        self.app.call_from_thread(self._note_saved)

    def _note_saved(self) -> None:
        self.refresh_marks()
        self.notify("Note saved.", timeout=3)

    def action_edit_tags(self) -> None:
        """Edit the open article's tags."""
        article = self.article
        if article is None or not self.store.ready:
            return

        def edited(tags: list[str] | None) -> None:
            if tags is not None:
                self.save_tags(article.id, tags)

        from briefing.tui.screens.tags import TagsScreen

        self.app.push_screen(TagsScreen(article.title, self.store.tags(article.id)), edited)

    @work(thread=True, group="store", exit_on_error=False)
    def save_tags(self, article_id: str, tags: list[str]) -> None:
        """Save the tags (an fsynced append: off the UI thread)."""
        saved = self.store.set_tags(article_id, tags)
        self.app.call_from_thread(self._tags_saved, saved)

    def _tags_saved(self, tags: list[str]) -> None:
        shown = ", ".join(terminal_safe(tag) for tag in tags)
        self.notify(shown or "No tags.", title="Tags saved", markup=False, timeout=3)

    def action_bookmarks(self) -> None:
        """The Bookmarks view: filter, open (enter), remove (d)."""
        self._annotations("bookmarks")

    def action_notes(self) -> None:
        """The Notes view: filter, open the article (enter), edit (e), delete (d)."""
        self._annotations("notes")

    def _annotations(self, kind: str) -> None:
        if not self.store.ready:
            return

        def closed(article_id: str | None) -> None:
            self.refresh_marks()  # notes may have been edited or deleted there
            if article_id:
                self.open_article(article_id)

        from briefing.tui.screens.annotations import AnnotationsScreen

        self.app.push_screen(AnnotationsScreen(kind, self.store, self.gateway), closed)

    def action_export(self) -> None:
        """Export notes as Markdown: ask where (proposing a file) and what."""
        if not self.store.ready:
            return
        from datetime import date

        from briefing.export.output import default_export_path

        proposed = default_export_path(self.gateway.locations, date.today())

        def chosen(request: ExportRequest | None) -> None:
            if request is not None:
                self.notify(f"Exporting to {terminal_safe(str(request.path))}…", timeout=3)
                self.run_export(request)

        from briefing.tui.screens.export import ExportScreen

        self.app.push_screen(ExportScreen(proposed, self.query_text), chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def run_export(self, request: ExportRequest) -> None:
        """Select, render and write the export off the UI thread (the CLI's core calls)."""
        from datetime import UTC, datetime

        from briefing.core.errors import BriefingError
        from briefing.export import ExportFilters, candidates, export_document, write_export

        if not self.ready:
            self.app.call_from_thread(self.notify, "The library is still opening.", timeout=4)
            return
        filters = ExportFilters(
            bookmarked=request.scope == "bookmarked", query=request.query or None
        )
        now = datetime.now(UTC)
        annotations = self.store.annotations()

        def from_library(library) -> tuple[list[str] | None, dict[str, Article]]:
            matches = None
            if filters.query:  # every match, not a page of them
                found = library.search(filters.query, limit=None, snippets=False).hits
                matches = [hit.id for hit in found]
            wanted = candidates(annotations, filters, matches)
            return matches, {aid: article for aid in wanted if (article := library.get(aid))}

        matches, articles = self.gateway.call(from_library)
        text, selection = export_document(annotations, articles, filters, now, matches)
        try:
            documents = self.gateway.locations.documents_dir
            write_export(request.path, text, force=request.force, may_create=documents)
        except BriefingError as error:
            self.app.call_from_thread(
                self.notify, terminal_safe(str(error)), severity="error", timeout=10
            )
            return
        count = len(selection.articles)
        orphans = sum(len(notes) for notes in selection.orphans.values())
        extra = f" and {orphans} orphaned note(s)" if orphans else ""
        self.app.call_from_thread(
            self.notify,
            f"{count} article(s){extra} → {terminal_safe(str(request.path))}",
            title="Exported",
            markup=False,
            timeout=8,
        )

    # Entities and the timeline ------------------------------------------------------
    def action_entity_page(self) -> None:
        """The page of the person, place or organisation under the cursor."""
        fact = self.query_one(FactsPane).current_fact
        if fact is not None and fact.kind in KINDS:
            self.show_entity(fact.name, KINDS[fact.kind])

    def show_entity(self, name: str, kind: str | None) -> None:
        """Open an entity's page (also from the palette's "Go to entity")."""
        from briefing.tui.screens.entity import EntityScreen

        screen = EntityScreen(self.gateway, name, kind, self.search_for, self.show_timeline)
        self.app.push_screen(screen, self._open_picked)

    def action_timeline(self) -> None:
        """The timeline of the current search (with its filters), or of the whole library."""
        self.show_timeline(self.query_text, self.filters)

    def show_timeline(self, query: str, filters: Filters | None = None) -> None:
        """Open the timeline of the articles matching `query` (and `filters`)."""
        from briefing.tui.screens.timeline import TimelineScreen

        self.app.push_screen(TimelineScreen(self.gateway, query, filters), self._open_picked)

    def _open_picked(self, article_id: str | None) -> None:
        if article_id:
            # Leave any stacked list views (an entity's timeline) for the reader.
            while len(self.app.screen_stack) > 1 and self.app.screen is not self:
                self.app.pop_screen()
            self.open_article(article_id)

    # Library --------------------------------------------------------------------------
    def action_toggle_sort(self) -> None:
        """Cycle the sort: relevance, newest, oldest."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.config.sort = self.sort
        self.save_state()
        self.notify(f"Sorted by {self.sort}", timeout=2)
        self.start_search()

    @work(group="filter", exit_on_error=False)
    async def action_filter(self) -> None:
        """Choose filters (source, date range, bookmarked, unread) and search again."""
        from briefing.tui.screens.filter import FilterScreen

        sources = await asyncio.to_thread(self.gateway.sources) if self.ready else []
        chosen = await self.app.push_screen_wait(
            FilterScreen(self.filters, sources, self.store.ready, self.store.tag_names())
        )
        if chosen is not None:
            self.filters = chosen
            self.start_search()

    def action_clear_search(self) -> None:
        """Clear the query and the filters."""
        self.filters = type(self.filters)()
        self.search_for("")

    def action_reindex(self) -> None:
        """Pick up changes in the sources, in the background."""
        self._reindex(rebuild=False)

    def action_rebuild(self) -> None:
        """Rebuild the index, in the background."""
        self._reindex(rebuild=True)

    def _reindex(self, rebuild: bool) -> None:
        if not self.ready:
            self.notify("The library is still opening.", timeout=3)
            return
        label = "Rebuilding the index" if rebuild else "Re-indexing the library"
        self.query_one(IndexProgress).start(label)
        self.run_reindex(rebuild, label)

    @work(thread=True, exclusive=True, group="reindex", exit_on_error=False)
    def run_reindex(self, rebuild: bool, label: str, quiet: bool = False) -> None:
        """Index in the background; reading and searching go on meanwhile.

        A quiet run (the check at start-up) shows progress only if files changed.
        """
        if quiet:
            progress = self._progress_reporter("Picking up changed files")
        else:
            bar = self.query_one(IndexProgress)

            def progress(done: int, total: int) -> None:
                self.app.call_from_thread(bar.advance, done, total)

        report = self.gateway.reindex(progress, rebuild)
        count = self.gateway.count()
        self.app.call_from_thread(self._reindexed, report, count, quiet)

    def _reindexed(self, report, count: int, quiet: bool = False) -> None:
        self.query_one(IndexProgress).finish()
        changed = report.added or report.updated or report.removed
        if quiet and not changed:
            return
        status = self.query_one(StatusLine)
        status.library_size = count
        status.refresh_status()
        self.notify(
            f"Index up to date: {report.added} added, {report.updated} updated, "
            f"{report.removed} removed.",
            timeout=5,
        )
        self._pending_select = self.article.id if self.article else None
        self.start_search(force=True)

    # App ------------------------------------------------------------------------------
    def action_widen_pane(self) -> None:
        """Make the focused side pane wider."""
        self._resize_pane(+4)

    def action_narrow_pane(self) -> None:
        """Make the focused side pane narrower."""
        self._resize_pane(-4)

    def _resize_pane(self, step: int) -> None:
        pane = self._pane_of(self.focused)
        sizes = self.config.panes
        if pane == "results":
            sizes.results += step
        elif pane in ("facts", "related"):
            sizes.facts += step
        else:
            self.notify("Focus the results or the facts pane to resize it.", timeout=3)
            return
        self.config.panes = sizes.clamped()
        self.apply_pane_sizes()
        self.save_state()

    def action_help(self) -> None:
        """Show every key."""
        from briefing.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        """Save the state and quit."""
        self.save_state()
        self.app.exit()

    def results_list(self) -> ResultList:
        """The result list (for providers and tests)."""
        return self.query_one(ResultList)
