"""The reader's keys for moving through any list: j/k down and up, g/G first and last."""

from __future__ import annotations

from textual.binding import Binding

LIST_KEYS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "Top", show=False),
    Binding("G", "last", "Bottom", show=False),
]
