"""The library's upkeep in the background, and a progress bar while it indexes.

The widget opens the library, re-indexes it and looks whether another process did, each
in a thread worker, and posts what came of it (`messages.Library*`) to the screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from briefing.core.sanitize import message_line, terminal_safe
from briefing.core.wording import counted
from briefing.tui.messages import LibraryCounted, LibraryFailed, LibraryIndexed, LibraryOpened

if TYPE_CHECKING:
    from briefing.core.results import IndexReport
    from briefing.tui.gateway import LibraryGateway


def index_summary(report: IndexReport) -> str:
    """What a re-index in the reader did, in one line: the counts and, when files could not
    be read, how many and the first one's reason (a file dropped in a folder that could
    not be read was left out without a word)."""
    said = (
        f"Index up to date: {report.added} added, {report.updated} updated, "
        f"{report.removed} removed."
    )
    if report.skipped:
        first = report.skipped[0]
        name = first["path"].replace("\\", "/").rsplit("/", 1)[-1]
        said += f" {counted(len(report.skipped), 'file')} skipped: {name}: {first['reason']}"
        said += "; `briefing index` lists them all." if len(report.skipped) > 1 else "."
    return terminal_safe(said)


class IndexProgress(Horizontal):
    """ "Indexing… [=====    ] 40%" docked at the bottom while indexing runs."""

    DEFAULT_CSS = """
    IndexProgress {
        height: 1;
        display: none;
        background: $panel;
        padding: 0 1;
    }
    IndexProgress.-running { display: block; }
    IndexProgress > Label { width: auto; padding-right: 1; color: $text; }
    """

    def compose(self) -> ComposeResult:
        """Nothing until there is progress to show (`start` adds the label and the bar):
        the reader's first frame need not style and lay out a hidden bar."""
        return iter(())

    async def start(self, label: str) -> None:
        """Show the bar with `label`."""
        if not self.children:
            bar = ProgressBar(total=None, show_eta=False, id="index-bar")
            await self.mount(Label(label, id="index-label"), bar)
        self.query_one("#index-label", Label).update(label)
        self.query_one("#index-bar", ProgressBar).update(total=None, progress=0)
        self.add_class("-running")

    def advance(self, done: int, total: int) -> None:
        """Move the bar to done/total."""
        bar = next(iter(self.query(ProgressBar)), None)
        if total > 0 and bar is not None and bar.is_mounted:  # `start` has built it
            bar.update(total=total, progress=done)

    def finish(self) -> None:
        """Hide the bar."""
        self.remove_class("-running")

    def reporter(self, label: str, show: bool = False) -> Callable[[int, int], None]:
        """A progress callback for a thread: shows the bar (with `label`) once there is
        something to count, then moves it, at most ten times a second."""
        last, shown = [0.0], [show]

        def report(done: int, total: int) -> None:
            now = time.monotonic()
            if total <= 0 or (now - last[0] < 0.1 and done < total):
                return
            last[0] = now
            if not shown[0]:
                shown[0] = True
                self.app.call_from_thread(self.start, label)
            self.app.call_from_thread(self.advance, done, total)

        return report

    # The library's upkeep -------------------------------------------------------------
    @work(thread=True, exclusive=True, group="library-open", exit_on_error=False)
    def open_library(self, gateway: LibraryGateway, notify: Callable[[str], None]) -> None:
        """Open (or on first launch build) the index, with progress on screen."""
        try:
            count = gateway.open(progress=self.reporter("Indexing the library"), notify=notify)
        except Exception as error:  # say why on screen, then report it as a failed worker
            reason = message_line(str(error) or type(error).__name__)
            self.post_message(
                LibraryFailed(
                    f"The library could not be opened: {reason}\n\nFix the cause and start "
                    "briefing again; your notes and bookmarks are safe."
                )
            )
            raise
        self.post_message(LibraryOpened(count, gateway.uses_samples()))

    def reindex(self, gateway: LibraryGateway, rebuild: bool, quiet: bool = False) -> None:
        """Pick up changes in the sources (or rebuild), in the background.

        A quiet run (the look at start-up) shows progress only if files changed.
        """
        if quiet:
            label = "Picking up changed files"
        else:
            label = "Rebuilding the index" if rebuild else "Re-indexing the library"
            self.call_later(self.start, label)
        self._reindex(gateway, rebuild, label, quiet)

    @work(thread=True, exclusive=True, group="reindex", exit_on_error=False)
    def _reindex(self, gateway: LibraryGateway, rebuild: bool, label: str, quiet: bool) -> None:
        report = gateway.reindex(self.reporter(label, show=not quiet), rebuild)
        self.post_message(LibraryIndexed(report, gateway.count(), quiet))

    @work(thread=True, exclusive=True, group="freshness", exit_on_error=False)
    def look_for_changes(self, gateway: LibraryGateway) -> None:
        """Pick up an index run by another process (a cheap look at the index's
        generation, then the article count)."""
        self.post_message(LibraryCounted(gateway.catch_up()))
