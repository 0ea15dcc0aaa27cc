"""Radio buttons and checkboxes whose state shows in their shape, not only their colour.

Textual draws a toggle's mark (● or X) whether it is on or off and tells the two apart
by colour alone: under NO_COLOR, on a monochrome terminal or to a colour-blind reader an
export scope that is chosen looked like one that is not. These draw the mark only when
the toggle is on (the box keeps its look, blank inside, when off).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox, RadioButton


class _MarkedWhenOn:
    """Mixin: the inner mark is the class's when the toggle is on, a blank when off."""

    value: bool
    BUTTON_INNER: str

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = type(self).BUTTON_INNER if self.value else " "
        return super()._button  # type: ignore[misc]


class MarkedRadioButton(_MarkedWhenOn, RadioButton):
    """A radio button whose dot shows only when it is chosen."""


class MarkedCheckbox(_MarkedWhenOn, Checkbox):
    """A checkbox whose X shows only when it is ticked."""
