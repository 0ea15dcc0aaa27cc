"""The result list: a virtualised OptionList, one option per hit, paged in as needed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.tui.gateway import Page
from briefing.tui.messages import ArticleChosen, ArticleHighlighted, MoreResultsWanted
from briefing.tui.render.rows import result_row

if TYPE_CHECKING:
    from briefing.index.search import Hit

NEAR_END = 5


class ResultList(OptionList):
    """Search results or the whole library: title, source and date, a snippet line."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "first", "Top", show=False),
        Binding("G", "last", "Bottom", show=False),
    ]
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
    ResultList > .result-list--date { color: $text-muted; }
    ResultList > .result-list--source { color: $secondary; }
    ResultList > .result-list--snippet { color: $text-muted; }
    ResultList > .result-list--term { color: $accent; text-style: bold; }
    ResultList > .result-list--marker { color: $accent; }
    ResultList > .option-list--separator { color: $panel; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[Hit] = []
        self.total = 0
        self._leads: dict[str, str] = {}

    def show_page(self, page: Page, append: bool = False) -> None:
        """Show a page of results (replacing the list, or appended to it)."""
        styles = {
            name: self.get_component_rich_style(f"result-list--{name}", partial=True)
            for name in ("title", "date", "source", "snippet", "term", "marker")
        }
        if not append:
            self.hits = []
            self._leads = {}
            self.clear_options()
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
            lead = page.leads.get(hit.id, "")
            options.append(Option(result_row(hit, lead, styles), id=hit.id))
            self.hits.append(hit)
        self.add_options(options)

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
        if event.option.id:
            self.post_message(ArticleHighlighted(event.option.id))
        if self.more_available and event.option_index >= self.option_count - NEAR_END * 2:
            self.post_message(MoreResultsWanted())

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a result opens it."""
        event.stop()
        if event.option.id:
            self.post_message(ArticleChosen(event.option.id))
