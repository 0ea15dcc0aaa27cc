"""Every reader action, defined once: its keys, footer label, help text and group.

The screen's bindings, the footer, the `?` help screen and the command palette are all
built from `ACTIONS`, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class ReaderAction:
    """One thing the user can do."""

    name: str  # the screen's `action_<name>`; empty for keys handled by a widget
    keys: str  # comma-separated Textual key names; empty for palette-only actions
    label: str  # short, for the footer
    help: str  # one line, for the help screen and the palette
    group: str
    footer: bool = True
    palette: bool = True
    key_display: str | None = None

    @property
    def shown_keys(self) -> str:
        """The keys as the help screen writes them."""
        if self.key_display:
            return self.key_display
        return " / ".join(_pretty(key) for key in self.keys.split(",") if key)


def _pretty(key: str) -> str:
    names = {
        "slash": "/",
        "question_mark": "?",
        "left_square_bracket": "[",
        "right_square_bracket": "]",
        "less_than_sign": "<",
        "greater_than_sign": ">",
        "space": "space",
    }
    return names.get(key, key)


NAVIGATE, READ, FACTS, NOTES, LIBRARY, APP = (
    "Navigate",
    "Read",
    "Facts and related",
    "Bookmarks and notes",
    "Library",
    "App",
)

ACTIONS: tuple[ReaderAction, ...] = (
    # Navigate
    ReaderAction(
        "focus_search",
        "slash",
        "Search",
        "Focus the search box (type to search as you go)",
        NAVIGATE,
    ),
    ReaderAction(
        "",
        "enter",
        "Open",
        "Search box: go to the results · results: open the article · facts: show the evidence · related: open it",
        NAVIGATE,
        footer=False,
        palette=False,
    ),
    ReaderAction(
        "back",
        "escape",
        "Back",
        "Go back one step (close the find bar, leave a pane)",
        NAVIGATE,
        footer=False,
        palette=False,
    ),
    ReaderAction(
        "",
        "j",
        "Down",
        "Move down (arrows work too)",
        NAVIGATE,
        footer=False,
        palette=False,
        key_display="j / ↓",
    ),
    ReaderAction(
        "",
        "k",
        "Up",
        "Move up (arrows work too)",
        NAVIGATE,
        footer=False,
        palette=False,
        key_display="k / ↑",
    ),
    ReaderAction("", "g", "Top", "Go to the top", NAVIGATE, footer=False, palette=False),
    ReaderAction(
        "",
        "G",
        "Bottom",
        "Go to the bottom (in the results: loads every result and goes to the last)",
        NAVIGATE,
        footer=False,
        palette=False,
    ),
    ReaderAction("next_pane", "tab", "Next pane", "Cycle to the next pane", NAVIGATE, footer=False),
    ReaderAction(
        "previous_pane",
        "shift+tab",
        "Previous pane",
        "Cycle to the previous pane",
        NAVIGATE,
        footer=False,
    ),
    ReaderAction("pane('results')", "1", "Results", "Show the result list", NAVIGATE, footer=False),
    ReaderAction("pane('article')", "2", "Article", "Show the article", NAVIGATE, footer=False),
    ReaderAction("pane('facts')", "3", "Facts", "Show the key facts", NAVIGATE, footer=False),
    ReaderAction(
        "pane('related')", "4", "Related", "Show the related articles", NAVIGATE, footer=False
    ),
    ReaderAction(
        "history_back",
        "left_square_bracket",
        "Back in history",
        "Go back through the articles you opened",
        NAVIGATE,
        footer=False,
    ),
    ReaderAction(
        "history_forward",
        "right_square_bracket",
        "Forward",
        "Go forward through the articles you opened",
        NAVIGATE,
        footer=False,
    ),
    # Read
    ReaderAction(
        "page_article", "space,pagedown", "Page", "Page the article down", READ, footer=False
    ),
    ReaderAction("find", "ctrl+f", "Find", "Find text in the open article", READ),
    ReaderAction(
        "find_next",
        "n",
        "Next match",
        "Next match (while the find bar is open)",
        READ,
        palette=False,
    ),
    ReaderAction(
        "find_previous",
        "N",
        "Previous match",
        "Previous match (while the find bar is open)",
        READ,
        palette=False,
    ),
    ReaderAction(
        "toggle_furniture",
        "u",
        "Furniture",
        "Show or hide the site furniture that ingest removed",
        READ,
        footer=False,
    ),
    ReaderAction(
        "copy_citation",
        "c",
        "Cite",
        "Copy a citation (title, source, date, URL) to the clipboard (says which one took it)",
        READ,
    ),
    ReaderAction(
        "open_url",
        "o",
        "Open URL",
        "Show the article's web address and open it in the browser if you agree",
        READ,
        footer=False,
    ),
    # Facts and related
    ReaderAction(
        "",
        "enter",
        "Evidence",
        "On a fact: highlight where the article says it and scroll there",
        FACTS,
        footer=False,
        palette=False,
    ),
    ReaderAction(
        "pivot",
        "p",
        "Pivot",
        "On a fact: search the library for that person, place, organisation or date",
        FACTS,
    ),
    ReaderAction(
        "entity_page",
        "i",
        "Entity",
        "On a person, place or organisation: its page (names, roles, articles, quotes)",
        FACTS,
    ),
    ReaderAction(
        "quote_fact",
        "y",
        "Quote",
        "On a fact or quote: start a note on it (a quote shows once, with who said it and where)",
        FACTS,
        footer=False,
    ),
    ReaderAction(
        "",
        "enter",
        "Open related",
        "On a related article: open it",
        FACTS,
        footer=False,
        palette=False,
    ),
    ReaderAction(
        "toggle_bookmark",
        "b",
        "Bookmark",
        "Bookmark the open article or remove its bookmark (results: ★ bookmarked ✎ noted ✓ read)",
        NOTES,
        footer=False,
    ),
    ReaderAction(
        "new_note",
        "n",
        "Note",
        "Write a note on the open article (Markdown; ctrl+s saves, escape cancels)",
        NOTES,
        footer=False,
    ),
    ReaderAction(
        "edit_tags",
        "t",
        "Tags",
        "Edit the open article's tags (separated by spaces or commas)",
        NOTES,
        footer=False,
    ),
    ReaderAction(
        "bookmarks",
        "B",
        "Bookmarks",
        "Your bookmarks: filter them, open one (enter), remove one (d)",
        NOTES,
        footer=False,
    ),
    ReaderAction(
        "notes",
        "N",
        "Notes",
        "Your notes: filter them, open the article (enter), edit (e) or delete (d) one",
        NOTES,
        footer=False,
    ),
    ReaderAction(
        "export",
        "e",
        "Export",
        "Export your notes and their articles as Markdown (asks where, proposes a file)",
        NOTES,
        footer=False,
    ),
    # Library
    ReaderAction("toggle_sort", "s", "Sort", "Sort by relevance, newest or oldest", LIBRARY),
    ReaderAction(
        "timeline",
        "T",
        "Timeline",
        "The dated events of the current search (or the whole library), earliest first",
        LIBRARY,
        footer=False,
    ),
    ReaderAction(
        "filter",
        "f",
        "Filter",
        "Filter by source, date range or one of your tags; bookmarked or unread only",
        LIBRARY,
    ),
    ReaderAction(
        "reindex",
        "",
        "Re-index library",
        "Pick up new, changed and removed files (in the background)",
        LIBRARY,
    ),
    ReaderAction(
        "rebuild",
        "",
        "Rebuild index",
        "Rebuild the whole index from the sources (in the background)",
        LIBRARY,
    ),
    ReaderAction(
        "clear_search",
        "",
        "Show the whole library",
        "Clear the query and filters: every article, newest first",
        LIBRARY,
    ),
    # App
    ReaderAction(
        "widen_pane",
        "greater_than_sign",
        "Wider",
        "Make the focused side pane wider",
        APP,
        footer=False,
    ),
    ReaderAction(
        "narrow_pane",
        "less_than_sign",
        "Narrower",
        "Make the focused side pane narrower",
        APP,
        footer=False,
    ),
    ReaderAction("help", "question_mark", "Help", "Show every key", APP),
    ReaderAction(
        "",
        "ctrl+p",
        "Commands",
        "Command palette: every action, open article by title, go to any entity, switch theme",
        APP,
        footer=False,
        palette=False,
    ),
    ReaderAction(
        "quit",
        "q",
        "Quit",
        "Quit (q when not typing; ctrl+q anywhere, asking first if a note or tags are unsaved)",
        APP,
    ),
)


def bindings() -> list[Binding]:
    """Screen bindings for every action that has keys and a handler."""
    result = []
    for action in ACTIONS:
        if not action.name or not action.keys:
            continue
        result.append(
            Binding(
                action.keys,
                action.name,
                action.label,
                show=action.footer,
                key_display=action.key_display,
                # "/" is checked before the focused pane sees any key, so the keys typed
                # right after it (queued together while the reader was busy) reach the
                # search box; the screen turns it off while a text field has the focus
                priority=action.name == "focus_search",
            )
        )
    return result


def palette_actions() -> list[ReaderAction]:
    """The actions the command palette offers."""
    return [action for action in ACTIONS if action.name and action.palette]


def groups() -> dict[str, list[ReaderAction]]:
    """Actions by help-screen group, in definition order."""
    grouped: dict[str, list[ReaderAction]] = {}
    for action in ACTIONS:
        grouped.setdefault(action.group, []).append(action)
    return grouped
