"""The main screen: search bar, results, article, key facts and related articles.

Widgets post messages up; this screen coordinates them, runs the library work in thread
workers (one library call at a time, through the gateway) and keeps the reader's state.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus, Resize
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Footer, Input, Tree

from briefing.core.errors import QuerySyntaxError
from briefing.core.model import Article
from briefing.core.results import Filters
from briefing.core.sanitize import message_line
from briefing.tui.commands import actions
from briefing.tui.commands.providers import ArticleTitles, Entities, ReaderCommands, ThemeChoices
from briefing.tui.config import SORTS, ReaderConfig
from briefing.tui.gateway import PAGE_SIZE, LibraryGateway, Page, Preview, article_to_show
from briefing.tui.history import History
from briefing.tui.messages import ArticleChosen, ArticleHighlighted, FactChosen, MoreResultsWanted
from briefing.tui.screens.reader_actions import ReaderActions
from briefing.tui.user_store import READ_AFTER_SECONDS, UserStore
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.index_progress import IndexProgress
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList
from briefing.tui.widgets.search_bar import SearchBar
from briefing.tui.widgets.status_line import StatusLine
from briefing.tui.worker_errors import ReportsWorkerErrors

DEBOUNCE = 0.04
CHROME_LINES = 7  # search bar, pane borders, status line and footer
ROW_LINES = 4  # a result row: title (often two lines), source and date, snippet, rule
NARROW = 100
MAINTAIN_EVERY = 300.0  # seconds between looks at whether a backup of user data is due


def warm_up() -> None:
    """Import the secondary screens once the first results show, so that the first B, N,
    e, i or T opens without waiting for its imports (a TextArea, Markdown export...)."""
    import briefing.tui.screens.annotations  # noqa: F401
    import briefing.tui.screens.entity  # noqa: F401
    import briefing.tui.screens.export  # noqa: F401
    import briefing.tui.screens.filter  # noqa: F401
    import briefing.tui.screens.help  # noqa: F401
    import briefing.tui.screens.tags  # noqa: F401
    import briefing.tui.screens.timeline  # noqa: F401


class MainScreen(ReportsWorkerErrors, ReaderActions, Screen[None]):
    """The reader (its key actions are in `ReaderActions`)."""

    BINDINGS = actions.bindings()
    COMMANDS = {ReaderCommands, ArticleTitles, Entities, ThemeChoices}
    DEFAULT_CSS = """
    MainScreen { background: $background; }
    MainScreen #panes { height: 1fr; }
    MainScreen .pane {
        border: round $border-blurred;
        border-title-color: $text-muted;
        background: $surface;
        height: 1fr;
    }
    MainScreen .pane:focus-within { border: round $border; border-title-color: $text; }
    MainScreen #results-pane { width: 40; }
    MainScreen #reader { width: 1fr; }
    MainScreen #side { width: 40; border: none; background: $background; }
    MainScreen #facts-box, MainScreen #related-box { height: 1fr; }
    MainScreen.-narrow #panes > .pane { display: none; }
    MainScreen.-narrow #panes > .pane.-active { display: block; width: 1fr; }
    """

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
        self._read_timer: Timer | None = None
        self.config = config
        self.save_state = save
        self.sort = config.sort if config.sort in SORTS else "relevance"
        self.filters = Filters()
        self.history = History()
        self.article: Article | None = None
        self.terms: frozenset[str] = frozenset()
        self._token = 0
        self._searched: tuple[str, str, Filters] | None = None
        self._debounce: Timer | None = None
        self._article_token = 0
        self._loading_more = False
        self._pending_select: str | None = config.article_id
        self.ready = False
        self._warmed = False
        self._bindings_state: tuple | None = None
        self.timings: dict[str, float] = {}

    # Layout -------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        """Search bar on top; results, article and facts/related side by side."""
        yield SearchBar()
        with Horizontal(id="panes"):
            with Vertical(id="results-pane", classes="pane -active") as results:
                results.border_title = "Results"
                yield ResultList(id="results")
            with Vertical(id="reader", classes="pane") as reader:
                reader.border_title = "Article"
                yield ArticleView(id="article")
                yield FindBar()
            with Vertical(id="side", classes="pane"):
                with Vertical(id="facts-box", classes="pane") as facts:
                    facts.border_title = "Key facts"
                    yield FactsPane(id="facts")
                with Vertical(id="related-box", classes="pane") as related:
                    related.border_title = "Related"
                    yield RelatedPane(id="related")
        yield IndexProgress()
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        """Restore the last query and pane sizes, then open the library in a worker."""
        self.apply_pane_sizes()
        self.query_one(ArticleView).show_placeholder("Opening the library…")
        self.query_one(ArticleView).show_furniture = self.config.show_furniture
        self.query_one(RelatedPane).show_message("Open an article to see related ones.")
        search = self.query_one(SearchBar).input
        with search.prevent(Input.Changed):
            search.value = self.config.query
        self.query_one(ResultList).focus()
        if not self.query_text:
            # The newest articles at once, from the document store: `make_app` read them
            # before Textual loaded (kept by the gateway), so this does not wait.
            preview = self.gateway.peek(self.sort, PAGE_SIZE, self._pending_select)
            if preview is not None:
                self._show_preview(preview)
        # After the first frame: importing Whoosh holds the GIL, and would delay it.
        self.call_after_refresh(self.open_library)
        self.open_store()
        self.watch(self.query_one(ArticleView), "scroll_y", self._article_scrolled, init=False)

    def apply_pane_sizes(self) -> None:
        """Set the side panes to the remembered widths (the full width when narrow)."""
        sizes = self.config.panes.clamped()
        narrow = self.has_class("-narrow")
        self.query_one("#results-pane").styles.width = "1fr" if narrow else sizes.results
        self.query_one("#side").styles.width = "1fr" if narrow else sizes.facts

    def on_resize(self, event: Resize) -> None:
        """Below 100 columns show one pane at a time."""
        self.set_class(event.size.width < NARROW, "-narrow")
        self.apply_pane_sizes()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The pane holding the focus is the one shown in the narrow layout."""
        pane = self._pane_of(event.widget)
        if pane is not None:
            box = {"results": "#results-pane", "article": "#reader"}.get(pane, "#side")
            for candidate in self.query("#panes > .pane"):
                candidate.set_class(candidate.id == box.lstrip("#"), "-active")
        self.refresh_bindings()

    # Opening the library -------------------------------------------------------------
    @work(thread=True, exclusive=True, group="library-open", exit_on_error=False)
    def open_library(self) -> None:
        """Open (or on first launch build) the index, with progress on screen."""
        progress = self._progress_reporter("Indexing the library")
        try:
            count = self.gateway.open(progress=progress, notify=self._notice_from_thread)
        except Exception as error:  # say why on screen, never "the library is empty"
            self.app.call_from_thread(self._library_failed, error)
            raise
        self.app.call_from_thread(self._library_ready, count)

    def _library_failed(self, error: Exception) -> None:
        self.query_one(ArticleView).show_placeholder(
            f"The library could not be opened: {message_line(str(error) or type(error).__name__)}"
            "\n\nFix the cause and start briefing again; your notes and bookmarks are safe."
        )

    def _first_article(self, page: Page) -> Article | None:
        """The article to show with a first page of results."""
        wanted = article_to_show([hit.id for hit in page.results.hits], self._pending_select)
        return self.gateway.get(wanted) if wanted else None

    def _show_preview(self, preview: Preview) -> None:
        """Show the library's first page before the index opens (as the empty query's
        results: when the index is ready, that search is not run again)."""
        self._searched = ("", self.sort, self.filters)
        self._token += 1
        status = self.query_one(StatusLine)
        status.library_size = preview.page.results.total
        self._search_done(self._token, preview.page, preview.first)

    def _progress_reporter(self, label: str) -> Callable[[int, int], None]:
        last = [0.0, False]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if total <= 0 or (now - last[0] < 0.1 and done < total):
                return
            last[0] = now
            if not last[1]:
                last[1] = True
                self.app.call_from_thread(self.query_one(IndexProgress).start, label)
            self.app.call_from_thread(self.query_one(IndexProgress).advance, done, total)

        return report

    def _notice_from_thread(self, message: str) -> None:
        self.app.call_from_thread(self.notify, message, timeout=6)

    def _library_ready(self, count: int) -> None:
        self.query_one(IndexProgress).finish()
        status = self.query_one(StatusLine)
        status.library_size = count
        status.refresh_status()
        self.ready = True
        if count == 0:
            self.query_one(ArticleView).show_placeholder(
                "The library is empty.\n\nAdd your articles with: briefing index PATH\n"
                "(text, Markdown, JSON/JSONL or saved HTML files in a folder)."
            )
        else:
            self.start_search(force=self.gateway.preview_stale)
        # The index opened as it was, for speed; now pick up files changed since, quietly.
        self.run_reindex(False, "", quiet=True)

    # Searching ----------------------------------------------------------------------
    @property
    def query_text(self) -> str:
        """The text in the search box."""
        return self.query_one(SearchBar).input.value

    @on(Input.Changed, "#query")
    def _query_changed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self.start_search)

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        self.query_one(ResultList).focus()

    @on(Input.Changed, "#find")
    def _find_changed(self, event: Input.Changed) -> None:
        self.find_changed(event.value)

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.find_submitted()

    def start_search(self, force: bool = False) -> None:
        """Search for the query now (stale results of earlier searches are dropped)."""
        if not self.ready:
            return
        wanted = (self.query_text, self.sort, self.filters)
        if wanted == self._searched and not force:
            return
        self._searched = wanted
        self._token += 1
        self._loading_more = False
        self.timings["search_started"] = time.perf_counter()
        self.run_search(self._token, *wanted, 0, self.first_page_size())

    def first_page_size(self) -> int:
        """Enough results to fill the list and a little more: snippets cost ~2 ms a hit at
        10,000 articles, so typing waits for what shows, not for a whole page."""
        # The screen's height, not the list's: the list may not be laid out yet.
        rows = max(0, self.app.size.height - CHROME_LINES) // ROW_LINES
        return max(8, min(PAGE_SIZE, rows + 3))

    @work(thread=True, group="search", exit_on_error=False)
    def run_search(
        self,
        token: int,
        query: str,
        sort: str,
        filters: Filters,
        offset: int,
        limit: int = PAGE_SIZE,
    ) -> None:
        """One page of results, computed off the UI thread, with the article to show first."""
        if token != self._token:
            return
        try:
            only = self.store.bookmarked_ids() if filters.bookmarked else None
            exclude = self.store.read_ids() if filters.unread else None
            page = self.gateway.search(query, sort, filters, offset, limit, only, exclude)
        except QuerySyntaxError as error:
            self.app.call_from_thread(self._search_failed, token, str(error))
            return
        first = self._first_article(page) if offset == 0 and token == self._token else None
        self.app.call_from_thread(self._search_done, token, page, first)

    def _search_failed(self, token: int, message: str) -> None:
        if token == self._token:
            self.query_one(SearchBar).show_error(message)
            self._searched = None

    def _search_done(self, token: int, page: Page, first: Article | None = None) -> None:
        if token != self._token:
            return
        if first is not None:
            # Show the first article before laying out the list: it is what the eye seeks.
            self.terms = page.results.terms
            self._article_token += 1
            self._article_fetched(self._article_token, first.id, first)
        results = self.query_one(ResultList)
        append = page.offset > 0
        self._loading_more = False
        self.query_one(SearchBar).show_error(None)
        results.show_page(
            page, append=append, marks=self.store.marks(hit.id for hit in page.results.hits)
        )
        self.timings["search_done"] = time.perf_counter()
        if not self._warmed:
            self._warmed = True
            threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
        status = self.query_one(StatusLine)
        status.total, status.shown = results.total, len(results.hits)
        status.more = results.more_available
        status.query, status.sort, status.filters = page.query, page.sort, self.filters.describe()
        status.refresh_status()
        if append:
            return
        self.terms = page.results.terms
        if self.config.query != page.query:
            self.config.query = page.query
            self.save_state()
        wanted, self._pending_select = self._pending_select, None
        if not results.hits:
            self.show_article(
                None, "No articles match this search. Press escape and / to change it."
            )
            return
        if not results.select_id(wanted):
            results.highlighted = 0
            if wanted:
                self.load_article(wanted)

    @on(MoreResultsWanted)
    def _more_wanted(self) -> None:
        results = self.query_one(ResultList)
        if self._loading_more or not results.more_available or self._searched is None:
            return
        self._loading_more = True
        self.run_search(self._token, *self._searched, len(results.hits))

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
        """Fetch and show an article (in a worker)."""
        self._article_token += 1
        self.timings["article_started"] = time.perf_counter()
        self.fetch_article(self._article_token, article_id)

    @work(thread=True, group="article", exit_on_error=False)
    def fetch_article(self, token: int, article_id: str) -> None:
        """Read one article off the UI thread."""
        if token != self._article_token:
            return
        article = self.gateway.get(article_id)
        self.app.call_from_thread(self._article_fetched, token, article_id, article)

    def _article_fetched(self, token: int, article_id: str, article: Article | None) -> None:
        if token != self._article_token:
            return
        if article is None:
            self.show_article(None, "This article is no longer in the library.")
            return
        self.show_article(article)
        self.timings["article_done"] = time.perf_counter()
        if self.config.article_id != article.id:
            self.config.article_id = article.id
            self.save_state()
        self.query_one(RelatedPane).show_message("Finding related articles…")
        self.fetch_related(token, article.id)

    def show_article(self, article: Article | None, placeholder: str = "") -> None:
        """Show `article` (or a sentence) in the article pane and its facts beside it."""
        self.article = article
        view = self.query_one(ArticleView)
        facts = self.query_one(FactsPane)
        if article is None:
            view.show_placeholder(placeholder)
            facts.show_message("No article is open.")
            self.query_one(RelatedPane).show_message("No article is open.")
        else:
            view.show_article(article, self.terms)
            facts.show_facts(article.facts)
        self._start_read_timer()
        bar = self.query_one(FindBar)
        if bar.is_open and article is not None:
            count = view.find(bar.input.value)
            bar.show_count(1 if count else 0, count, bar.input.value)
        self.refresh_bindings()

    @work(thread=True, group="related", exit_on_error=False)
    def fetch_related(self, token: int, article_id: str) -> None:
        """Related articles, computed off the UI thread (not for an article already left)."""
        if token != self._article_token:
            return
        self.timings["related_started"] = time.perf_counter()
        try:
            related = self.gateway.related(article_id) or []
            self.timings["related_computed"] = time.perf_counter()
        except Exception as error:  # a failing related engine must not break reading
            self.app.call_from_thread(self._related_failed, token, str(error))
            return
        self.app.call_from_thread(self._related_done, token, related)

    def _related_done(self, token: int, related: list[Any]) -> None:
        if token == self._article_token:
            self.query_one(RelatedPane).show_related(related)
            self.timings["related_done"] = time.perf_counter()

    def _related_failed(self, token: int, message: str) -> None:
        if token == self._article_token:
            self.query_one(RelatedPane).show_message(f"Related articles failed: {message}")

    # The user's store ---------------------------------------------------------------
    @work(thread=True, exclusive=True, group="store-open", exit_on_error=False)
    def open_store(self) -> None:
        """Open the bookmarks, notes, tags and read state (file I/O: off the UI thread)."""
        from briefing.userdata import UserDataError

        try:
            warnings = self.store.open()
        except UserDataError as error:
            self.app.call_from_thread(
                self.notify,
                f"Bookmarks and notes are unavailable: {error}",
                severity="warning",
                timeout=10,
            )
            return
        self.app.call_from_thread(self._store_ready, warnings)

    def _store_ready(self, warnings: list[str]) -> None:
        for warning in warnings:
            self.notify(warning, severity="warning", timeout=10)
        self.set_interval(MAINTAIN_EVERY, self.maintain_store)
        self.refresh_marks()
        self._start_read_timer()
        self.refresh_bindings()

    def refresh_marks(self) -> None:
        """Redraw the bookmarked / noted / read markers of the listed articles."""
        results = self.query_one(ResultList)
        results.set_marks(self.store.marks(hit.id for hit in results.hits))

    def _start_read_timer(self) -> None:
        """Count the open article as read once it has been open `read_after` seconds."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if self.article is None or not self.store.ready:
            return
        article_id = self.article.id
        self._read_timer = self.set_timer(self.read_after, lambda: self._read_done(article_id))

    def _read_done(self, article_id: str) -> None:
        if self.article is not None and self.article.id == article_id:
            self.save_read(article_id)

    def _article_scrolled(self, scroll_y: float) -> None:
        view = self.query_one(ArticleView)
        if self.article is not None and scroll_y > 0 and scroll_y >= view.max_scroll_y:
            self._read_done(self.article.id)

    @work(thread=True, exclusive=True, group="store-maintain", exit_on_error=False)
    def maintain_store(self) -> None:
        """Make a rolling backup of the user's data if one is due (saves never wait for it)."""
        if self.store.ready:
            self.store.maintain()

    @work(thread=True, group="store", exit_on_error=False)
    def save_read(self, article_id: str) -> None:
        """Record that `article_id` was read (an fsynced append: off the UI thread)."""
        if self.store.mark_read(article_id):
            self.app.call_from_thread(self.refresh_marks)

    def on_unmount(self) -> None:
        """Back up the user's data if due (every change was saved when made)."""
        if self._read_timer is not None:
            self._read_timer.stop()
        self.store.close()

    # Facts --------------------------------------------------------------------------
    @on(FactChosen)
    def _fact_chosen(self, message: FactChosen) -> None:
        found = self.query_one(ArticleView).highlight_evidence(list(message.fact.spans))
        if not found:
            self.notify("The article does not say where this fact comes from.", timeout=4)

    def action_pivot(self) -> None:
        """Search the library for the fact under the cursor."""
        fact = self.query_one(FactsPane).current_fact
        if fact is not None:
            self.search_for(fact.pivot)

    def search_for(self, query: str) -> None:
        """Put `query` in the search box, search now, and go to the results."""
        search = self.query_one(SearchBar).input
        with search.prevent(Input.Changed):
            search.value = query
        self.start_search()
        self.query_one(ResultList).focus()

    # Worker errors --------------------------------------------------------------------
    def worker_failed(self, error: BaseException | None) -> None:
        """A failed worker: hide any progress bar, then tell the user (reading goes on)."""
        self.query_one(IndexProgress).finish()
        super().worker_failed(error)

    # Footer -----------------------------------------------------------------------------
    def refresh_bindings(self) -> None:
        """Redraw the footer only when what the keys can do has changed.

        Textual's footer rebuilds itself and re-lays out the screen on every call; done on
        each article opened, it kept the UI thread busy long enough to double the time the
        related articles took to show (175 -> 89 ms at 10,000 articles).
        """
        focused = self.focused
        fact = focused.current_fact if isinstance(focused, FactsPane) else None
        state = (
            self.ready,
            self.article is not None,
            self.store.ready,
            self.query_one(FindBar).is_open if self.is_mounted else False,
            self.history.can_go_back,
            self.history.can_go_forward,
            self._pane_of(focused),
            fact.kind if fact is not None else None,
        )
        if state != self._bindings_state:
            self._bindings_state = state
            super().refresh_bindings()

    @on(Tree.NodeHighlighted, "#facts")
    def _fact_moved(self) -> None:
        self.refresh_bindings()  # Pivot, Entity and Quote depend on the fact under the cursor

    # Helpers --------------------------------------------------------------------------
    def _pane_of(self, widget: Widget | None) -> str | None:
        while widget is not None:
            if widget.id in ("results", "facts", "related"):
                return widget.id
            if widget.id == "reader":
                return "article"
            widget = widget.parent if isinstance(widget.parent, Widget) else None
        return None

    def focus_pane(self, name: str) -> None:
        """Focus one of the four panes."""
        self.query_one(f"#{name}").focus()
