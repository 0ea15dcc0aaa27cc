"""The key facts pane: collapsible groups (People, Places, …) of selectable facts."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.binding import Binding
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from briefing.tui.messages import FactChosen
from briefing.tui.render.facts import FactItem, fact_groups

FactData = FactItem | str | None


class FactsPane(Tree[FactData]):
    """Facts of the open article, grouped; enter shows the evidence, p pivots."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]
    DEFAULT_CSS = """
    FactsPane {
        background: $surface;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Key facts"), id=id)
        self.show_root = False
        self.guide_depth = 2

    def on_mount(self) -> None:
        """Start with a word of explanation."""
        self.show_message("Open an article to see its key facts.")

    def show_message(self, text: str) -> None:
        """Replace the facts with one sentence."""
        self.clear()
        self.root.add_leaf(Text(text), data=None)

    def show_facts(self, facts: dict[str, Any] | None) -> int:
        """Show the facts of an article; returns how many there are."""
        self.clear()
        groups = fact_groups(facts)
        if not groups:
            self.root.add_leaf(Text("No key facts for this article."), data=None)
            if facts is None:
                self.root.add_leaf(Text("(Re-index to extract them.)"), data=None)
            return 0
        count = 0
        for group in groups:
            node: TreeNode[FactData] = self.root.add(
                Text(f"{group.title} ({len(group.items)})"), data=group.kind, expand=True
            )
            for item in group.items:
                node.add_leaf(Text(item.label), data=item)
                count += 1
        self.cursor_line = 0
        return count

    @property
    def current_fact(self) -> FactItem | None:
        """The fact under the cursor, if the cursor is on one."""
        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, FactItem) else None

    def on_tree_node_selected(self, event: Tree.NodeSelected[FactData]) -> None:
        """Enter on a fact: ask the screen to show its evidence."""
        event.stop()
        if isinstance(event.node.data, FactItem):
            self.post_message(FactChosen(event.node.data))

    def labels(self) -> list[str]:
        """Every visible label, for tests."""
        lines: list[str] = []

        def walk(node: TreeNode[FactData]) -> None:
            for child in node.children:
                lines.append(str(child.label))
                if child.is_expanded:
                    walk(child)

        walk(self.root)
        return lines
