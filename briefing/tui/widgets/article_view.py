"""The article pane: plain text with our own highlighting, drawn line by line.

Never the Markdown widget: article text is untrusted and large bodies would take seconds
to lay out. Lines are wrapped once per width and drawn on demand.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from briefing.core.model import Article
from briefing.core.notes import Marks
from briefing.tui.messages import ArticleRead
from briefing.tui.render.layout import ArticleLayout, lay_out, lay_out_note, safe_body
from briefing.tui.render.styles import component_styles

Span = tuple[int, int]
MEASURE = 88  # the longest line of article text, in columns (about 12 words)


STYLE_NAMES = (
    "title",
    "meta",
    "marks",
    "note",
    "term",
    "evidence",
    "find",
    "find-current",
    "furniture",
    "furniture-head",
)


class ArticleView(ScrollView, can_focus=True):
    """The open article: title, byline, source and date, then the body."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
        Binding("space", "page_down", "Page", show=False),
    ]
    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--meta",
        "article-view--marks",
        "article-view--note",
        "article-view--term",
        "article-view--evidence",
        "article-view--find",
        "article-view--find-current",
        "article-view--furniture",
        "article-view--furniture-head",
    }
    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        padding: 0 1;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    ArticleView > .article-view--title { color: $foreground; text-style: bold; }
    ArticleView > .article-view--meta { color: $foreground 60%; }
    ArticleView > .article-view--marks { color: $accent; }
    ArticleView > .article-view--note { color: $foreground 60%; text-style: italic; }
    ArticleView > .article-view--term { background: $accent 35%; text-style: bold; }
    ArticleView > .article-view--evidence { background: $primary 45%; text-style: bold underline; }
    ArticleView > .article-view--find { background: $warning 35%; }
    ArticleView > .article-view--find-current { background: $warning; color: $background; }
    ArticleView > .article-view--furniture { color: $foreground 45%; text-style: italic; }
    ArticleView > .article-view--furniture-head { color: $foreground 60%; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.body = ""
        self.placeholder = "Loading the library…"
        self.show_furniture = False
        self._layout: ArticleLayout | None = None
        self._laid_out_for = 0
        self._terms: list[Span] = []
        self._evidence: list[Span] = []
        self._find: list[Span] = []
        self._find_index = -1
        self.marks: Marks | None = None
        self.tags: list[str] = []
        self._read_timer: Timer | None = None
        self._read_posted: str | None = None

    def on_mount(self) -> None:
        """Count the article as read when scrolled to its end."""
        self.watch(self, "scroll_y", self._scrolled, init=False)

    # Content ------------------------------------------------------------------------
    def show_article(
        self,
        article: Article | None,
        terms: frozenset[str] = frozenset(),
        marks: Marks | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Show `article` with the search `terms` highlighted and the user's `marks` and
        `tags` under its title (None: show the placeholder)."""
        self.article = article
        self.marks, self.tags = marks, list(tags or [])
        self.body = safe_body(article) if article else ""
        self._terms = []
        if article and terms:
            from briefing.library.queries import match_spans  # loads the analyzer

            self._terms = match_spans(self.body, terms)
        self._evidence = []
        self._find, self._find_index = [], -1
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_marks(self, marks: Marks | None, tags: list[str]) -> None:
        """Show the user's marks and tags on the open article (redrawn only on a change)."""
        if (marks, tags) != (self.marks, self.tags):
            self.marks, self.tags = marks, list(tags)
            if self.article is not None:
                self._relayout()

    # Reading ------------------------------------------------------------------------
    def count_as_read_after(self, seconds: float | None) -> None:
        """Post `ArticleRead` once the open article has been shown `seconds` (None: stop)."""
        if self._read_timer is not None:
            self._read_timer.stop()
            self._read_timer = None
        if seconds is None or self.article is None:
            return
        article_id = self.article.id
        self._read_timer = self.set_timer(seconds, lambda: self._read(article_id))

    def _read(self, article_id: str) -> None:
        if self.article is not None and self.article.id == article_id:
            self._read_posted = article_id
            self.post_message(ArticleRead(article_id))

    def _scrolled(self, scroll_y: float) -> None:
        article = self.article
        if article is None or self._read_posted == article.id:
            return
        if scroll_y > 0 and scroll_y >= self.max_scroll_y:
            self._read(article.id)

    def show_placeholder(self, text: str) -> None:
        """Show a sentence instead of an article (empty library, no results, loading)."""
        self.placeholder = text
        self.show_article(None)

    def set_furniture(self, visible: bool) -> None:
        """Show or hide the lines ingest removed."""
        self.show_furniture = visible
        self._relayout()

    def highlight_evidence(self, spans: list[Span]) -> bool:
        """Mark `spans` of the body and scroll to the first; False when there is none."""
        self._evidence = sorted(span for span in spans if span[1] <= len(self.body))
        self.refresh()
        if not self._evidence:
            return False
        self.scroll_to_body_offset(self._evidence[0][0])
        return True

    def find(self, needle: str) -> int:
        """Mark every case-insensitive match of `needle`; returns how many there are."""
        self._find, self._find_index = [], -1
        if needle:
            haystack, wanted = self.body.casefold(), needle.casefold()
            # casefold can change lengths (ß -> ss); fall back to lower() then.
            if len(haystack) != len(self.body):
                haystack, wanted = self.body.lower(), needle.lower()
            start = haystack.find(wanted)
            while start >= 0 and wanted:
                self._find.append((start, start + len(wanted)))
                start = haystack.find(wanted, start + len(wanted))
        if self._find:
            self.step_find(1)
        else:
            self.refresh()
        return len(self._find)

    def step_find(self, direction: int) -> tuple[int, int]:
        """Go to the next (1) or previous (-1) match: (position from 1, count)."""
        if not self._find:
            return 0, 0
        self._find_index = (self._find_index + direction) % len(self._find)
        self.scroll_to_body_offset(self._find[self._find_index][0])
        self.refresh()
        return self._find_index + 1, len(self._find)

    def scroll_to_body_offset(self, offset: int) -> None:
        """Scroll so that the line holding `offset` of the body sits near the top."""
        if self._layout is None:
            return
        row = self._layout.row_of(offset)
        self.scroll_to(y=max(0, row - 2), animate=False, immediate=True)

    @property
    def text(self) -> str:
        """Everything the pane shows, as plain text (for tests and copying)."""
        if self._layout is None:
            return ""
        return "\n".join(line.text for line in self._layout.lines)

    # Layout and drawing -------------------------------------------------------------
    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        measure = min(width, MEASURE)  # long lines are hard to read on a wide terminal
        if self.article is None:
            self._layout = lay_out_note(self.placeholder, measure)
        else:
            self._layout = lay_out(
                self.article, measure, self.show_furniture, self.marks, self.tags
            )
        self._laid_out_for = width
        self.virtual_size = Size(width, len(self._layout.lines))
        self.refresh()

    def on_resize(self) -> None:
        """Re-wrap for the new width."""
        if self._layout is None or self._laid_out_for != self.scrollable_content_region.width:
            self._relayout()

    def _styles(self) -> dict[str, Style]:
        return component_styles(self, "article-view--", STYLE_NAMES)

    def render_line(self, y: int) -> Strip:
        """Draw one screen line."""
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = scroll_y + y
        if self._layout is None or row >= len(self._layout.lines):
            return Strip.blank(width, base)
        line = self._layout.lines[row]
        styles = self._styles()
        text = Text(line.text, style=styles.get(line.kind, Style()), no_wrap=True, end="")
        if line.kind == "body":
            start, end = line.body_start, line.body_start + len(line.text)
            for spans, name in (
                (self._terms, "term"),
                (self._find, "find"),
                (self._evidence, "evidence"),
            ):
                _paint(text, spans, start, end, styles[name])
            if 0 <= self._find_index < len(self._find):
                _paint(text, [self._find[self._find_index]], start, end, styles["find-current"])
        segments = list(text.render(self.app.console))
        strip = Strip(segments).apply_style(base)
        return strip.crop_extend(scroll_x, scroll_x + width, base)


def _paint(text: Text, spans: list[Span], start: int, end: int, style: Style) -> None:
    """Style the parts of `spans` (sorted body ranges) that fall on the line [start, end)."""
    first = bisect_left(spans, (start - 10_000, 0))
    for span_start, span_end in spans[first:]:
        if span_start >= end:
            break
        if span_end <= start:
            continue
        text.stylize(style, max(span_start, start) - start, min(span_end, end) - start)
