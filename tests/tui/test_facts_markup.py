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


async def test_a_quote_shows_its_speaker_before_the_pane_edge_cuts_it():
    # "“We have had a difficult month. We have also shown …” — Thomas Rein" was cut at the
    # pane's edge, hiding who said it; the label now opens with the speaker, as the CLI's
    facts = Facts(
        quotes=[
            Quote(
                speaker="Tomas Wren",
                text="We have had a long and difficult month at the port, and we are not done",
                span=(0, 70),
            ),
            Quote(speaker=None, text="Nobody knows who said this long sentence", span=(80, 120)),
        ],
    )
    app = _PaneApp()
    async with app.run_test(size=(40, 12)) as pilot:
        pane = app.query_one(FactsPane)
        pane.show_facts(facts)
        await pilot.pause()
        await pilot.press("down", "down")
        shown = [strip.text for strip in (pane.render_line(y) for y in range(1, 4))]
        assert "Tomas Wren: “We have" in shown[0], shown
        assert "unattributed: “Nobody" in shown[1], shown
