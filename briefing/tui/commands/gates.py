"""Which reader actions can run now: one snapshot of the reader's state decides.

The main screen's `check_action` asks `allowed`; the footer, the help screen and the
command palette follow. The same snapshot tells the screen when the footer must be
redrawn (only when it changed).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.core.kinds import KINDS

NEEDS_ARTICLE = {"find", "copy_citation", "open_url", "toggle_furniture", "page_article"}
NEEDS_STORE = {"toggle_bookmark", "new_note", "edit_tags"}
NEEDS_STORE_ONLY = {"bookmarks", "notes", "export"}


@dataclass(frozen=True)
class ReaderState:
    """What the keys depend on."""

    ready: bool  # the library is open
    article: bool  # an article is open
    store: bool  # the user's data is open
    finding: bool  # the find bar is open
    can_go_back: bool
    can_go_forward: bool
    pane: str | None  # the focused pane
    fact_kind: str | None  # the kind of the fact under the cursor, in the facts pane
    typing: bool = False  # a text field has the focus: "/" is a character there


def allowed(action: str, state: ReaderState) -> bool:
    """Whether `action` can run in `state`."""
    if action == "focus_search":
        return not state.typing
    if action in ("find_next", "find_previous"):
        return state.finding
    if action == "pivot":
        return state.fact_kind is not None
    if action == "entity_page":
        return state.fact_kind in KINDS and state.ready
    if action == "timeline":
        return state.ready
    if action == "quote_fact":
        return state.fact_kind is not None and state.article and state.store
    if action in NEEDS_ARTICLE:
        return state.article
    if action in ("new_note", "notes") and state.finding:
        return False  # n and N step through the matches then
    if action in NEEDS_STORE_ONLY:
        return state.store
    if action in NEEDS_STORE:
        return state.article and state.store
    if action == "history_back":
        return state.can_go_back
    if action == "history_forward":
        return state.can_go_forward
    return True
