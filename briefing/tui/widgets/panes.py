"""The reader's four panes side by side: results, article, key facts over related.

The widget knows its own geometry: the widths the user chose, one pane at a time on a
narrow terminal, wider side panes on a wide one (the article keeps a readable measure),
which pane a widget belongs to, and moving the focus between panes.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget

from briefing.tui.config import PaneSizes
from briefing.tui.widgets.article_view import MEASURE, ArticleView
from briefing.tui.widgets.facts_pane import FactsPane
from briefing.tui.widgets.find_bar import FindBar
from briefing.tui.widgets.related_pane import RelatedPane
from briefing.tui.widgets.results import ResultList

PANES = ("results", "article", "facts", "related")
NARROW = 100  # below this many columns, one pane at a time
# The article pane's columns besides its text: borders, padding, scrollbar.
ARTICLE_CHROME = 6
SIDE_MAX = 90  # the side panes grow on a wide terminal, up to this
ARTICLE_MIN = 50  # the article pane's columns the side panes give way to, borders included
SIDE_MIN = 24  # ... down to this


class ReaderPanes(Horizontal):
    """Results, article and the side panes, sized for the terminal."""

    DEFAULT_CSS = """
    ReaderPanes { height: 1fr; }
    ReaderPanes .pane {
        border: round $border-blurred;
        border-title-color: $text-muted;
        background: $surface;
        height: 1fr;
    }
    ReaderPanes .pane:focus-within { border: round $border; border-title-color: $text; }
    ReaderPanes #results-pane { width: 40; }
    ReaderPanes #reader { width: 1fr; }
    ReaderPanes #side { width: 40; border: none; background: $background; }
    ReaderPanes #facts-box, ReaderPanes #related-box { height: 1fr; }
    ReaderPanes.-narrow > .pane { display: none; }
    ReaderPanes.-narrow > .pane.-active { display: block; width: 1fr; }
    """

    def __init__(self, sizes: PaneSizes, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sizes = sizes

    def compose(self) -> ComposeResult:
        """Results; the article and its find bar; facts over related."""
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

    @property
    def narrow(self) -> bool:
        """Whether one pane is shown at a time."""
        return self.has_class("-narrow")

    def fit(self, width: int, sizes: PaneSizes | None = None) -> None:
        """Lay the panes out for a terminal `width` columns wide (and new `sizes`)."""
        if sizes is not None:
            self.sizes = sizes
        self.set_class(width < NARROW, "-narrow")
        sizes = self.sizes.clamped()
        results = self.query_one("#results-pane")
        side = self.query_one("#side")
        if self.narrow:
            results.styles.width = side.styles.width = "1fr"
            return
        results_width, facts_width = sizes.results, sizes.facts
        # Just above NARROW the side panes at their widths left the article 30 columns (24
        # of text): they give way, down to SIDE_MIN each, until it has ARTICLE_MIN.
        short = ARTICLE_MIN - (width - results_width - facts_width)
        if short > 0:
            give_results = min(results_width - SIDE_MIN, (short + 1) // 2)
            facts_width = max(SIDE_MIN, facts_width - (short - give_results))
            results_width -= give_results
            results_width = max(SIDE_MIN, width - facts_width - ARTICLE_MIN, results_width)
            results_width = min(results_width, sizes.results)
        results.styles.width = results_width
        # What the article cannot use for reading goes to the facts and related panes.
        spare = width - results_width - (MEASURE + ARTICLE_CHROME)
        side.styles.width = max(facts_width, min(SIDE_MAX, spare))

    def show_pane_of(self, widget: Widget | None) -> None:
        """In the narrow layout, show the pane holding `widget`."""
        pane = pane_of(widget)
        if pane is None:
            return
        box = {"results": "results-pane", "article": "reader"}.get(pane, "side")
        for candidate in self.query("ReaderPanes > .pane"):
            candidate.set_class(candidate.id == box, "-active")

    def focus_pane(self, name: str) -> None:
        """Focus one of the four panes."""
        self.query_one(f"#{name}").focus()

    def cycle(self, focused: Widget | None, step: int) -> None:
        """Focus the next (1) or previous (-1) pane."""
        pane = pane_of(focused)
        index = PANES.index(pane) if pane in PANES else -1 if step > 0 else 0
        self.focus_pane(PANES[(index + step) % len(PANES)])


def pane_of(widget: Widget | None) -> str | None:
    """The pane (results, article, facts, related) holding `widget`, or None."""
    while widget is not None:
        if widget.id in ("results", "facts", "related"):
            return widget.id
        if widget.id == "reader":
            return "article"
        widget = widget.parent if isinstance(widget.parent, Widget) else None
    return None
