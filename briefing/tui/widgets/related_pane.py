"""Related articles: title, strength, date and the one-line reason each is related.

Weak items (too weakly related to present as related) come after a "less related" line,
dimmed and marked "weak".
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from rich.style import Style
from textual import work
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.core.kinds import KINDS
from briefing.core.results import NOTHING_SHARED
from briefing.core.wording import counted
from briefing.tui.messages import ArticleChosen
from briefing.tui.render.rows import related_row
from briefing.tui.render.styles import component_styles
from briefing.tui.widgets.list_keys import LIST_KEYS
from briefing.tui.widgets.restyle import RestylesRows

if TYPE_CHECKING:
    from briefing.tui.gateway import LibraryGateway

LESS_RELATED = "── less related ──"
SEPARATOR_ID = "related-pane-less-related"


def reason_of(why: Any) -> str:
    """One line saying why an article is related (shared people, places, terms, days apart)."""
    if hasattr(why, "to_json"):
        why = why.to_json()
    if not isinstance(why, dict):
        return ""
    parts = []
    for key in (*KINDS, "terms"):
        names = why.get(key) or []
        if names:
            parts.append(", ".join(str(name) for name in list(names)[:3]))
    if not parts:
        parts.append(NOTHING_SHARED)
    days = why.get("days_apart")
    if isinstance(days, int | float):
        parts.append("same day" if days == 0 else f"{counted(int(days), 'day')} apart")
    return " · ".join(parts)


class RelatedPane(RestylesRows, OptionList):
    """Articles related to the open one; enter opens one."""

    BINDINGS = LIST_KEYS
    COMPONENT_CLASSES = {
        "related-pane--title",
        "related-pane--date",
        "related-pane--reason",
        "related-pane--strength",
        "related-pane--weak",
    }
    DEFAULT_CSS = """
    RelatedPane, RelatedPane:focus {
        background: $surface;
        border: none;
        padding: 0;
    }
    RelatedPane > .option-list--option { padding: 0 1; }
    RelatedPane > .related-pane--title { text-style: bold; }
    RelatedPane > .related-pane--date { color: $foreground 60%; }
    RelatedPane > .related-pane--reason { color: $foreground 60%; }
    RelatedPane > .related-pane--strength { color: $accent; }
    RelatedPane > .related-pane--weak { color: $foreground 45%; text-style: italic; }
    """

    _related: list[Any] = []

    def load(self, gateway: LibraryGateway, article_id: str, timings: dict[str, float]) -> None:
        """Find the articles related to `article_id` and show them (an earlier search still
        running is cancelled: its answer is for an article already left)."""
        self.show_message("Finding related articles…")
        self._fetch(gateway, article_id, timings)

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def _fetch(self, gateway: LibraryGateway, article_id: str, timings: dict[str, float]) -> None:
        worker = get_current_worker()
        timings["related_started"] = time.perf_counter()
        try:
            related = gateway.related(article_id) or []
            timings["related_computed"] = time.perf_counter()
        except Exception as error:  # a failing related engine must not break reading
            message = f"Related articles failed: {error}"
            self.app.call_from_thread(self._answer, worker, self.show_message, message, timings)
            return
        self.app.call_from_thread(self._answer, worker, self.show_related, related, timings)

    def _answer(self, worker, show, value, timings: dict[str, float]) -> None:
        if not worker.is_cancelled:
            show(value)
            timings["related_done"] = time.perf_counter()

    def show_message(self, text: str) -> None:
        """Replace the list with one (disabled) sentence."""
        self._related = []
        self.clear_options()
        self.add_option(Option(text, disabled=True))

    def row_styles(self) -> dict[str, Style]:
        """See `RestylesRows`."""
        return component_styles(
            self, "related-pane--", ("title", "date", "reason", "strength", "weak")
        )

    def show_related(self, related: list[Any]) -> int:
        """Show related articles (objects with id, title, published, why)."""
        if not related:
            self.show_message("No related articles found in the library.")
            return 0
        self._related = list(related)
        styles = self.row_styles()
        self.rows_drawn_with(styles)
        self.clear_options()
        options: list[Option | None] = []
        separated = False
        for item in related:
            if getattr(item, "weak", False) and not separated:
                # Everything below is listed so the pane is never empty, not as related.
                separated = True
                if options:
                    options.append(None)
                options.append(Option(LESS_RELATED, id=SEPARATOR_ID, disabled=True))
            if options:
                options.append(None)
            options.append(Option(self._row(item, styles), id=item.id))
        self.add_options(options)
        self.highlighted = 0 if not getattr(related[0], "weak", False) else 1
        return len(related)

    def redraw_rows(self, styles: dict[str, Style]) -> None:
        """See `RestylesRows`."""
        for item in self._related:
            self.replace_option_prompt(item.id, self._row(item, styles))

    @staticmethod
    def _row(item: Any, styles: dict[str, Style]):
        published = item.published
        if published is not None and not isinstance(published, str):
            published = published.isoformat()
        styles = {**styles, "snippet": styles["reason"]}
        return related_row(
            item.title,
            published,
            reason_of(getattr(item, "why", None)),
            styles,
            strength=getattr(item, "strength", None),
            weak=bool(getattr(item, "weak", False)),
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a related article opens it."""
        event.stop()
        if event.option.id and event.option.id != SEPARATOR_ID:
            self.post_message(ArticleChosen(event.option.id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Keep highlights here (the result list's handler must not see them)."""
        event.stop()
