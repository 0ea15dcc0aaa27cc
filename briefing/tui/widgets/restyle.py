"""Rows drawn with colours resolved from the theme, drawn again when those change.

List rows carry explicit colours (see `render.styles`: resolved against the widget's real
background, and for the row under the cursor, against the cursor's). Textual restyles
widgets when the theme, a background or the focus changes, but not the prompts already
built: this mixin draws them again then, so a theme switch or a focus change never leaves
rows in the old colours (on the light theme, unreadable ones).
"""

from __future__ import annotations

from typing import Any


class RestylesRows:
    """Mixin for an `OptionList` subclass that implements `row_styles` and `redraw_rows`."""

    _drawn_with: Any = None

    def row_styles(self) -> Any:
        """The resolved styles the rows are drawn with (the same object while unchanged)."""
        raise NotImplementedError

    def redraw_rows(self, styles: Any) -> None:
        """Build every shown row again with `styles`."""
        raise NotImplementedError

    def rows_drawn_with(self, styles: Any) -> None:
        """Record that the rows were just built with `styles`."""
        self._drawn_with = (styles, self.has_focus)  # type: ignore[attr-defined]

    def notify_style_update(self) -> None:
        """Textual restyled the widget: check, once the update is done, whether the rows'
        colours changed."""
        super().notify_style_update()  # type: ignore[misc]
        if self.option_count:  # type: ignore[attr-defined]
            self.call_later(self._redraw_if_restyled)  # type: ignore[attr-defined]

    def _redraw_if_restyled(self) -> None:
        styles = self.row_styles()
        if (styles, self.has_focus) == self._drawn_with:  # type: ignore[attr-defined]
            return
        self.rows_drawn_with(styles)
        self.redraw_rows(styles)
