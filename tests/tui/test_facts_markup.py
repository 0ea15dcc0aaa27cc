"""Key facts are article text: the facts pane shows them as written, never as Rich markup
(a quote holding "[/x]" made Textual's tree raise a MarkupError; "[bold]" was hidden)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from briefing.core.facts import Facts, Person, Quote
from briefing.tui.widgets.facts_pane import FactsPane


class _PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield FactsPane(id="facts")


async def test_fact_labels_with_brackets_are_shown_as_written():
    facts = Facts(
        people=[Person(name="Ann [bold]Lee[/bold]", spans=[(0, 3)])],
        quotes=[Quote(speaker="Ann Lee", text="we said [/x] no and [red]yes", span=(5, 20))],
    )
    app = _PaneApp()
    async with app.run_test() as pilot:
        pane = app.query_one(FactsPane)
        assert pane.show_facts(facts) == 2
        await pilot.pause()
        labels = pane.labels()
        assert any("Ann [bold]Lee[/bold]" in label for label in labels), labels
        assert any("we said [/x] no and [red]yes" in label for label in labels), labels
