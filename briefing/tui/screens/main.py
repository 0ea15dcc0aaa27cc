"""The main screen: search bar, the panes, progress, status line and footer.

The screen lays the reader out and coordinates it. Widgets post messages up; the screen
runs the library's work in thread workers, one kind per group and `exclusive`: a newer
search, article or related lookup cancels the one still running, whose answer is then
dropped. What the keys do is in `commands/` (the table) and `screens/reader_keys.py`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.events import DescendantFocus, Resize
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Input, TextArea, Tree
from textual.worker import Worker, get_current_worker

from briefing.core.model import Article
from briefing.core.results import Filters
from briefing.core.wording import counted
from briefing.tui.commands import actions
from briefing.tui.commands.gates import ReaderState, allowed
from briefing.tui.commands.providers import ArticleTitles, Entities, ReaderCommands, ThemeChoices
from briefing.tui.config import SORTS, ReaderConfig
from briefing.tui.gateway import PAGE_SIZE, LibraryGateway, Page, Preview
from briefing.tui.history import History
from briefing.tui.marks import UserMarks
from briefing.tui.messages import (
    ArticleChosen,
    ArticleHighlighted,
    ArticleRead,
    FactChosen,
    LibraryCounted,
    LibraryFailed,
    LibraryIndexed,
    LibraryOpened,
    MoreResultsWanted,
)
from briefing.tui.screens import warm_up
from briefing.tui.screens.reader_keys import KeysOfReader, ReaderKeys
from briefing.tui.user_store import READ_AFTER_SECONDS, UserStore
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.index_progress import IndexProgress, index_summary
from briefing.tui.widgets.panes import ReaderPanes, pane_of
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList, first_page_size
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.status_line import StatusLine
from briefing.tui.worker_errors import ReportsWorkerErrors

END_CHUNK = 200  # results fetched at a time when `G` goes to the end of the list
FRESHNESS_EVERY = 15.0  # seconds between looks at whether another process re-indexed


class MainScreen(KeysOfReader, ReportsWorkerErrors, Screen[None]):
    """The reader: lays out the panes and coordinates them with the library."""

    AUTO_FOCUS = "ResultList"  # (not the search box: keys typed at start are no query)

    BINDINGS = actions.bindings()
    COMMANDS = {ReaderCommands, ArticleTitles, Entities, ThemeChoices}
    DEFAULT_CSS = """
    MainScreen { background: $background; }
    """

    article: var[Article | None] = var(None, init=False)
    """The open article."""
    ready: var[bool] = var(False, init=False)
    """Whether the library is open."""
    sort: var[str] = var("relevance", init=False)
    """The order of the results (one of `SORTS`)."""
    filters: var[Filters] = var(Filters(), init=False)
    """What the results are kept to besides the query."""

    def __init__(
        self,
        gateway: LibraryGateway,
        config: ReaderConfig,
        save: Callable[[], None],
        store: UserStore | None = None,
        read_after: float = READ_AFTER_SECONDS,
    ):
        super().__init__()
        self.gateway = gateway
        self.store = store or UserStore(gateway.locations)
        self.read_after = read_after
        self.config = config
        self.save_state = save
        self.set_reactive(MainScreen.sort, config.sort if config.sort in SORTS else "relevance")
        self.history = History()
        self.keys = ReaderKeys(self)
        self.user_marks = UserMarks(self)
        self.terms: frozenset[str] = frozenset()
        self.searched: tuple[str, str, Filters] | None = None
        self._search: Worker | None = None
        self._pending_select: str | None = config.article_id
        self._restored = bool(config.query)  # the last session's query, not yet searched
        self._warmed = False
        self._bindings_state: ReaderState | None = None
        self.timings: dict[str, float] = {}

    # Layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """Search bar on top; results, article and facts/related side by side."""
        yield SearchBar()
        yield ReaderPanes(self.config.panes, id="panes")
        yield IndexProgress()
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        """Restore the last query, then open the library in a worker."""
        view = self.query_one(ArticleView)
        view.show_placeholder("Opening the library…")
        view.show_furniture = self.config.show_furniture
        self.query_one(RelatedPane).show_message("Open an article to see related ones.")
        search = self.query_one(SearchBar).input
        with search.prevent(Input.Changed):
            search.value = self.config.query
        self.set_focus(self.query_one(ResultList))  # (at once: not after queued keys)
        if not self.query_text:
            # The newest articles at once, from the document store: `make_app` read them
            # before Textual loaded (kept by the gateway), so this does not wait.
            preview = self.gateway.peek(self.sort, PAGE_SIZE, self._pending_select)
            if preview is not None:
                self._show_preview(preview)
        # After the first frame: importing Whoosh holds the GIL, and would delay it.
        self.call_after_refresh(self.open_library)
        self.user_marks.open()

    @property
    def panes(self) -> ReaderPanes:
        """The four panes."""
        return self.query_one(ReaderPanes)

    def on_resize(self, event: Resize) -> None:
        """Below 100 columns one pane at a time; wide, the side panes grow."""
        self.panes.fit(event.size.width)
        self.set_class(self.panes.narrow, "-narrow")

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The pane holding the focus is the one shown in the narrow layout."""
        self.panes.show_pane_of(event.widget)
        self.refresh_bindings()

    def focus_pane(self, name: str) -> None:
        """Focus one of the four panes."""
        self.panes.focus_pane(name)

    # State ---------------------------------------------------------------------------
    def watch_article(self) -> None:
        """What the keys can do depends on the open article (and on `ready`)."""
        self.refresh_bindings()

    watch_ready = watch_article

    def watch_sort(self, sort: str) -> None:
        """Remember the order and search again."""
        self.config.sort = sort
        self.save_state()
        self.start_search()

    def watch_filters(self) -> None:
        """Search again with the new filters."""
        self.start_search()

    def reader_state(self) -> ReaderState:
        """What the keys depend on now."""
        focused = self.focused
        fact = focused.current_fact if isinstance(focused, FactsPane) else None
        return ReaderState(
            ready=self.ready,
            article=self.article is not None,
            store=self.store.ready,
            finding=self.query_one(FindBar).is_open if self.is_mounted else False,
            can_go_back=self.history.can_go_back,
            can_go_forward=self.history.can_go_forward,
            pane=pane_of(focused),
            fact_kind=fact.kind if fact is not None else None,
            typing=isinstance(focused, (Input, TextArea)),
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only what can run now (the footer follows)."""
        return allowed(action, self.reader_state())

    def refresh_bindings(self) -> None:
        """Redraw the footer only when what the keys can do has changed (Textual's footer
        re-lays out the screen on every call: done on each article opened, it doubled the
        time related articles took to show, 175 -> 89 ms at 10,000 articles)."""
        if not self.is_mounted:
            return
        state = self.reader_state()
        if state != self._bindings_state:
            self._bindings_state = state
            super().refresh_bindings()

    @on(Tree.NodeHighlighted, "#facts")
    def _fact_moved(self) -> None:
        self.refresh_bindings()  # Pivot, Entity and Quote depend on the fact under the cursor

    # The library ---------------------------------------------------------------------
    def open_library(self) -> None:
        """Open (or on first launch build) the index in the background."""

        def notice(message: str) -> None:
            self.app.call_from_thread(self.notify, message, timeout=6)

        self.query_one(IndexProgress).open_library(self.gateway, notice)

    def _show_preview(self, preview: Preview) -> None:
        """Show the library's first page before the index opens (the empty query's results,
        not searched again once it opens); rows beyond those that fill the list wait."""
        self.searched = ("", self.sort, self.filters)
        self.query_one(StatusLine).library_size = preview.page.results.total
        head, rest = preview.parts(self.first_page_size())
        self._search_done(None, head, preview.first)
        self.results_list().hold(rest)

    @on(LibraryFailed)
    def _library_failed(self, message: LibraryFailed) -> None:
        self.query_one(ArticleView).show_placeholder(message.text)

    @on(LibraryOpened)
    def _library_opened(self, message: LibraryOpened) -> None:
        self.query_one(IndexProgress).finish()
        self.query_one(SearchBar).suggest_samples(message.samples)
        self._show_count(message.count)
        self.ready = True
        self.set_interval(FRESHNESS_EVERY, self.check_library)
        if not self._warmed:  # not sooner: its imports hold the lock the first frame needs
            self._warmed = True
            threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
        if message.count == 0:
            self.query_one(ArticleView).show_placeholder(
                "The library is empty.\n\nAdd your articles with: briefing index PATH\n"
                "(text, Markdown, JSON/JSONL or saved HTML files in a folder)."
            )
        else:
            self.start_search(force=self.gateway.preview_stale)
        # The index opened as it was, for speed; now pick up files changed since, quietly.
        self.reindex(rebuild=False, quiet=True)

    def reindex(self, rebuild: bool, quiet: bool = False) -> None:
        """Pick up changes in the sources, or rebuild the index, in the background."""
        self.query_one(IndexProgress).reindex(self.gateway, rebuild, quiet)

    def check_library(self) -> None:
        """Look whether another process re-indexed the library (on app focus and every
        `FRESHNESS_EVERY` seconds)."""
        if self.ready:
            self.query_one(IndexProgress).look_for_changes(self.gateway)

    def _show_count(self, count: int) -> None:
        status = self.query_one(StatusLine)
        status.library_size = count
        status.refresh_status()

    @on(LibraryCounted)
    def _library_counted(self, message: LibraryCounted) -> None:
        if message.count != self.query_one(StatusLine).library_size:
            self._show_count(message.count)
            self.notify(f"The library changed: {counted(message.count, 'article')}.", timeout=4)
            self._search_again()

    @on(LibraryIndexed)
    def _library_indexed(self, message: LibraryIndexed) -> None:
        self.query_one(IndexProgress).finish()
        report = message.report
        if message.quiet and not (report.added or report.updated or report.removed):
            return
        self._show_count(message.count)
        self.notify(index_summary(report), markup=False, timeout=8 if report.skipped else 5)
        self._search_again()

    def _search_again(self) -> None:
        """Run the search again on a changed library, keeping the open article."""
        self._pending_select = self.article.id if self.article else None
        self.start_search(force=True)

    def worker_failed(self, error: BaseException | None) -> None:
        """A failed worker: hide any progress bar, then tell the user (reading goes on)."""
        self.query_one(IndexProgress).finish()
        super().worker_failed(error)

    # Searching ----------------------------------------------------------------------
    @property
    def query_text(self) -> str:
        """The text in the search box."""
        return self.query_one(SearchBar).input.value

    @on(SearchBar.Typed)
    def _query_typed(self) -> None:
        self.start_search()

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self.query_one(ResultList).focus()

    def start_search(self, force: bool = False) -> None:
        """Search for the query now (a search still running is cancelled)."""
        if not self.ready:
            return
        wanted = (self.query_text, self.sort, self.filters)
        if wanted == self.searched and not force:
            return
        self.searched = wanted
        self.timings["search_started"] = time.perf_counter()
        self._search = self.run_search(*wanted, 0, self.first_page_size())

    def search_for(self, query: str) -> None:
        """Put `query` in the search box, search now, and go to the results."""
        search = self.query_one(SearchBar).input
        with search.prevent(Input.Changed):
            search.value = query
        self.start_search()
        self.query_one(ResultList).focus()

    def first_page_size(self) -> int:
        """Enough results to fill the list and a little more (see `first_page_size`)."""
        return first_page_size(self.app.size.height)

    def run_search(
        self, query: str, sort: str, filters: Filters, offset: int, limit: int = PAGE_SIZE
    ) -> Worker:
        """One page of results (a search still running is cancelled)."""
        wanted = self._pending_select if offset == 0 else None
        results = self.query_one(ResultList)
        return results.search(
            self.gateway, self.store, (query, sort, filters), offset, limit, wanted
        )

    @on(ResultList.Failed)
    def _search_failed(self, message: ResultList.Failed) -> None:
        if not message.worker.is_cancelled:
            self.query_one(SearchBar).show_error(message.error)
            self.searched = None

    @on(ResultList.Found)
    def _found(self, message: ResultList.Found) -> None:
        self._search_done(message.worker, message.page, message.first)

    def _search_done(self, worker: Worker | None, page: Page, first: Article | None) -> None:
        if worker is not None and worker.is_cancelled:
            return  # a newer search replaced this one
        if first is not None:
            # Show the first article before laying out the list: it is what the eye seeks.
            self.terms = page.results.terms
            self.workers.cancel_group(self, "article")
            self._article_fetched(None, first)
        results = self.query_one(ResultList)
        append = page.offset > 0
        self.query_one(SearchBar).show_error(None)
        results.show_page(
            page, append=append, marks=self.store.marks(hit.id for hit in page.results.hits)
        )
        self.timings["search_done"] = time.perf_counter()
        self.query_one(StatusLine).show_results(
            results.total, len(results.hits), results.more_available, page, self.filters
        )
        if append:
            if results.going_to_end:
                self._load_more(END_CHUNK)
            return
        self._first_page_shown(page, results)

    def _first_page_shown(self, page: Page, results: ResultList) -> None:
        self.terms = page.results.terms
        restored, self._restored = self._restored and page.query == self.config.query, False
        if self.config.query != page.query:
            self.config.query = page.query
            self.save_state()
        wanted, self._pending_select = self._pending_select, None
        if not results.hits:
            self.keys.nothing_found(page.query if restored else None)
            return
        if not results.select_id(wanted):
            results.highlighted = 0
            if wanted:
                self.load_article(wanted)

    @on(MoreResultsWanted)
    def _more_wanted(self, message: MoreResultsWanted) -> None:
        self._load_more(END_CHUNK if message.to_end else PAGE_SIZE)

    def _load_more(self, limit: int) -> None:
        results = self.query_one(ResultList)
        if (held := results.take_held()) is not None:
            self._search_done(None, held, None)
            return
        if self._search is not None and self._search.is_running:
            return  # the page on its way asks again if more are still wanted
        if not results.more_available or self.searched is None:
            results.going_to_end = False
            return
        self._search = self.run_search(*self.searched, len(results.hits), limit)

    # Articles -----------------------------------------------------------------------
    @on(ArticleHighlighted)
    def _article_highlighted(self, message: ArticleHighlighted) -> None:
        if self.article is None or self.article.id != message.article_id:
            self.load_article(message.article_id)

    @on(ArticleChosen)
    def _article_chosen(self, message: ArticleChosen) -> None:
        self.open_article(message.article_id)

    def open_article(self, article_id: str, record: bool = True) -> None:
        """Open an article for reading: show it, remember it, focus the article pane."""
        if record:
            self.history.visit(article_id)
        if self.article is None or self.article.id != article_id:
            self.load_article(article_id)
        self.query_one(ArticleView).focus()

    def load_article(self, article_id: str) -> None:
        """Fetch and show an article (in a worker; one still fetching is cancelled)."""
        self.timings["article_started"] = time.perf_counter()
        self.fetch_article(article_id)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def fetch_article(self, article_id: str) -> None:
        """Read one article off the UI thread."""
        worker = get_current_worker()
        article = self.gateway.get(article_id)
        self.app.call_from_thread(self._article_fetched, worker, article)

    def _article_fetched(self, worker: Worker | None, article: Article | None) -> None:
        if worker is not None and worker.is_cancelled:
            return  # the reader moved on to another article meanwhile
        if article is None:
            self.show_article(None, "This article is no longer in the library.")
            return
        self.show_article(article)
        self.timings["article_done"] = time.perf_counter()
        if self.config.article_id != article.id:
            self.config.article_id = article.id
            self.save_state()
        self.query_one(RelatedPane).load(self.gateway, article.id, self.timings)

    def show_article(self, article: Article | None, placeholder: str = "") -> None:
        """Show `article` (or a sentence) in the article pane and its facts beside it."""
        self.article = article
        view = self.query_one(ArticleView)
        facts = self.query_one(FactsPane)
        if article is None:
            view.show_placeholder(placeholder)
            facts.show_message("No article is open.")
            self.workers.cancel_group(self.query_one(RelatedPane), "related")
            self.query_one(RelatedPane).show_message("No article is open.")
        else:
            marks, tags = self.user_marks.of(article.id)
            view.show_article(article, self.terms, marks, tags)
            # The text first: its facts fill their pane once it is drawn (the facts tree
            # cost the first screen about 20 ms before the article could show).
            self.call_after_refresh(self._show_facts, article)
        view.count_as_read_after(self.read_after if self.store.ready else None)
        bar = self.query_one(FindBar)
        if bar.is_open and article is not None:
            count = view.find(bar.input.value)
            bar.show_count(1 if count else 0, count, bar.input.value)

    def _show_facts(self, article: Article) -> None:
        if self.article is article:  # not replaced by another article meanwhile
            self.query_one(FactsPane).show_facts(article.facts)
            self.timings["facts_done"] = time.perf_counter()

    # The user's marks (`UserMarks` opens, saves and redraws them) ---------------------
    @on(ArticleRead)
    def _article_read(self, message: ArticleRead) -> None:
        self.user_marks.save_read(message.article_id)

    def on_unmount(self) -> None:
        """Close the user's data (every change was saved when made)."""
        self.store.close()

    # Facts --------------------------------------------------------------------------
    @on(FactChosen)
    def _fact_chosen(self, message: FactChosen) -> None:
        found = self.query_one(ArticleView).highlight_evidence(list(message.fact.spans))
        if not found:
            self.notify("The article does not say where this fact comes from.", timeout=4)

    def results_list(self) -> ResultList:
        """The result list (for providers and tests)."""
        return self.query_one(ResultList)
