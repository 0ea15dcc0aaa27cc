"""The result list: a virtualised OptionList, one option per hit, paged in as needed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from briefing.core.errors import QuerySyntaxError
from briefing.tui.gateway import PAGE_SIZE, Page, article_to_show
from briefing.tui.messages import ArticleChosen, ArticleHighlighted, MoreResultsWanted
from briefing.tui.render.rows import MARKERS, result_row
from briefing.tui.render.styles import component_styles, highlighted_styles
from briefing.tui.widgets.list_keys import LIST_KEYS
from briefing.tui.widgets.restyle import RestylesRows

if TYPE_CHECKING:
    from rich.console import Group
    from rich.style import Style

    from briefing.core.model import Article
    from briefing.core.notes import Marks
    from briefing.core.results import Filters, Hit
    from briefing.tui.gateway import LibraryGateway
    from briefing.tui.user_store import UserStore

NEAR_END = 5
CHROME_LINES = 7  # search bar, pane borders, status line and footer
ROW_LINES = 4  # a result row: title (often two lines), source and date, snippet, rule


def first_page_size(height: int) -> int:
    """Enough results to fill a list on a terminal `height` lines high, and a little more:
    snippets cost ~2 ms a hit at 10,000 articles, so typing waits for what shows, not for
    a whole page."""
    rows = max(0, height - CHROME_LINES) // ROW_LINES
    return max(8, min(PAGE_SIZE, rows + 3))


class ResultList(RestylesRows, OptionList):
    """Search results or the whole library: title, source and date, a snippet line."""

    BINDINGS = LIST_KEYS
    COMPONENT_CLASSES = {
        "result-list--title",
        "result-list--date",
        "result-list--source",
        "result-list--snippet",
        "result-list--term",
        "result-list--marker",
    }
    DEFAULT_CSS = """
    ResultList, ResultList:focus {
        background: $surface;
        border: none;
        padding: 0;
        scrollbar-size-vertical: 1;
    }
    ResultList > .option-list--option { padding: 0 1; }
    ResultList > .result-list--title { text-style: bold; }
    ResultList > .result-list--date { color: $foreground 60%; }
    ResultList > .result-list--source { color: $foreground 60%; text-style: italic; }
    ResultList > .result-list--snippet { color: $foreground 60%; }
    ResultList > .result-list--term { color: $accent; text-style: bold; }
    ResultList > .result-list--marker { color: $accent; }
    ResultList > .option-list--separator { color: $panel; }
    """

    @dataclass
    class Found(Message):
        """A page of results, and the article to show with a first page."""

        worker: Worker
        page: Page
        first: Article | None

    @dataclass
    class Failed(Message):
        """The query could not be read."""

        worker: Worker
        error: str

    def search(
        self,
        gateway: LibraryGateway,
        store: UserStore,
        wanted: tuple[str, str, Filters],
        offset: int,
        limit: int,
        show: str | None = None,
    ) -> Worker:
        """Search off the UI thread (a search still running is cancelled, its answer
        dropped); posts `Found` or `Failed`. A first page comes with the article to show:
        `show` if listed, else the first."""
        return self._search(gateway, store, wanted, offset, limit, show)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, gateway, store, wanted, offset: int, limit: int, show) -> None:
        worker = get_current_worker()
        query, sort, filters = wanted
        try:
            only = store.bookmarked_ids() if filters.bookmarked else None
            exclude = store.read_ids() if filters.unread else None
            tagged = store.tagged_for(query, filters)
            page = gateway.search(query, sort, filters, offset, limit, only, exclude, tagged)
        except QuerySyntaxError as error:
            self.post_message(self.Failed(worker, str(error)))
            return
        first = None
        if offset == 0 and not worker.is_cancelled:
            shown = article_to_show([hit.id for hit in page.results.hits], show)
            first = gateway.get(shown) if shown else None
        self.post_message(self.Found(worker, page, first))

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []
        self.total = 0
        self._leads: dict[str, str] = {}
        self.marks: dict[str, Marks] = {}
        self._restyled: str | None = None  # the row drawn in the cursor's colours
        self.going_to_end = False  # `G` was pressed: load every result, then go to the last
        self._held: Page | None = None  # rows received but not drawn yet (see `hold`)

    def _row(self, hit: Hit, styles: dict[str, Style]) -> Group:
        mark = self.marks.get(hit.id)
        markers = frozenset(name for name in MARKERS if getattr(mark, name, False))
        if hit.id == self._restyled:
            styles = highlighted_styles(self, styles, keep=("term", "marker"))
        return result_row(hit, self._leads.get(hit.id, ""), styles, markers)

    def _restyle(self, article_id: str | None) -> None:
        """Draw the row under the cursor in the cursor's colours, the one before normally."""
        previous, self._restyled = self._restyled, article_id
        if previous == article_id:
            return
        styles = self.row_styles()
        for hit in self.hits:
            if hit.id in (previous, article_id):
                self.replace_option_prompt(hit.id, self._row(hit, styles))

    def row_styles(self) -> dict[str, Style]:
        """The rows' styles, from the theme (see `RestylesRows`)."""
        names = ("title", "date", "source", "snippet", "term", "marker")
        return component_styles(self, "result-list--", names)

    def redraw_rows(self, styles: dict[str, Style]) -> None:
        """See `RestylesRows` (the row under the cursor takes the cursor's colours)."""
        for hit in self.hits:
            self.replace_option_prompt(hit.id, self._row(hit, styles))

    def show_page(
        self, page: Page, append: bool = False, marks: dict[str, Marks] | None = None
    ) -> None:
        """Show a page of results (replacing the list, or appended to it), with markers."""
        styles = self.row_styles()
        self.rows_drawn_with(styles)
        if not append:
            self._restyled = None
            self._held = None
            self.hits = []
            self._leads = {}
            self.marks = {}
            self.clear_options()
        self.marks.update(marks or {})
        self.total = page.results.total
        self._leads.update(page.leads)
        options: list[Option | None] = []
        known = {hit.id for hit in self.hits}
        for hit in page.results.hits:
            if hit.id in known:
                continue
            known.add(hit.id)
            if self.hits or options:
                options.append(None)
            options.append(Option(self._row(hit, styles), id=hit.id))
            self.hits.append(hit)
        self.add_options(options)
        if append and not options:
            self.total = len(self.hits)  # the library had no more to give than this
        if not append:
            self.going_to_end = False
        elif self.going_to_end and not self.more_available:
            self.going_to_end = False
            super().action_last()

    def action_last(self) -> None:
        """To the last result: the last of every match, loading the rest first."""
        if self.more_available:
            self.going_to_end = True
            self.post_message(MoreResultsWanted(to_end=True))
        super().action_last()

    def set_marks(self, marks: dict[str, Marks]) -> None:
        """New markers for the listed articles (`marks` covers them all); redraw changed rows."""
        styles = self.row_styles()
        for hit in self.hits:
            old, new = self.marks.get(hit.id), marks.get(hit.id)
            if old != new:
                if new is None:
                    del self.marks[hit.id]
                else:
                    self.marks[hit.id] = new
                self.replace_option_prompt(hit.id, self._row(hit, styles))

    def hold(self, page: Page | None) -> None:
        """Keep `page`, the rows that follow the list, to draw when more are wanted (a
        first frame draws only the rows that fill the list)."""
        self._held = page

    def take_held(self) -> Page | None:
        """The rows kept by `hold`, once, if they still follow the list."""
        held, self._held = self._held, None
        return held if held is not None and held.offset == len(self.hits) else None

    @property
    def more_available(self) -> bool:
        """Whether the library has more matches than are loaded."""
        return len(self.hits) < self.total

    @property
    def selected_id(self) -> str | None:
        """The id of the highlighted article."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def select_id(self, article_id: str | None) -> bool:
        """Move the cursor to `article_id` if it is in the list."""
        if article_id is None:
            return False
        try:
            self.highlighted = self.get_option_index(article_id)
        except Exception:
            return False
        return True

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Tell the screen to show the article under the cursor; ask for more near the end."""
        event.stop()
        self._restyle(event.option.id)
        if event.option.id:
            self.post_message(ArticleHighlighted(event.option.id))
        if self.more_available and event.option_index >= self.option_count - NEAR_END * 2:
            self.post_message(MoreResultsWanted())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a result opens it."""
        event.stop()
        if event.option.id:
            self.post_message(ArticleChosen(event.option.id))
