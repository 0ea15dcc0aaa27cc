"""Component styles resolved against the widget's real background.

Textual's `get_component_rich_style(partial=True)` cannot resolve `auto` colours (`$text`,
`$text-muted`) or alpha: it has no background to resolve them against, and gives white.
On a light theme that made dates, sources and snippets white on white. So component
classes use `$foreground` (with alpha for muted text), and here colours are
blended over the background the widget actually has, as Textual does for its own text.
"""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget


def component_styles(widget: Widget, prefix: str, names: tuple[str, ...]) -> dict[str, Style]:
    """`{name: Rich style}` of the component classes `prefix + name` of `widget`."""
    _, background = widget.background_colors
    key = (widget.app.theme, background, prefix, names)
    cache = widget.__dict__.setdefault("_resolved_styles", {})
    if key in cache:
        return cache[key]
    resolved = {}
    for name in names:
        component = f"{prefix}{name}"
        styles = widget.get_component_styles(component)
        style = widget.get_component_rich_style(component, partial=True)
        under = background
        if styles.has_rule("background"):
            under = background + styles.background
            style += Style(bgcolor=under.rich_color)
        if styles.has_rule("color"):
            style += Style(color=(under + styles.color).rich_color)
        resolved[name] = style
    cache.clear()  # one theme and background at a time
    cache[key] = resolved
    return resolved


def highlighted_styles(
    widget: Widget, styles: dict[str, Style], keep: tuple[str, ...]
) -> dict[str, Style]:
    """`styles` for the row under an OptionList's cursor: muted parts in the cursor's own
    text colour (slightly dimmed), so they stay readable on its background; `keep` names
    the parts that keep their colour (search terms, markers)."""
    _, background = widget.background_colors
    cursor = widget.get_component_styles("option-list--option-highlighted")
    under = background + cursor.background if cursor.has_rule("background") else background
    text = under + cursor.color if cursor.has_rule("color") else under.get_contrast_text()
    dimmed = under + text.with_alpha(0.8)
    return {
        name: style
        if name in keep
        else style + Style(color=(text if style.bold else dimmed).rich_color)
        for name, style in styles.items()
    }
