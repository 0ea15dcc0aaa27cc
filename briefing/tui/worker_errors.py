"""A failing worker is reported, never fatal: reading goes on.

Every reader worker runs with `exit_on_error=False` (Textual's default would quit the app
on any exception, e.g. a store locked by another process or a full disk); the screen that
started it shows the error as a notification instead.
"""

from __future__ import annotations

from textual.worker import Worker, WorkerState


class ReportsWorkerErrors:
    """Mixin for screens: notify the user when one of their workers fails."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker failure ends here, as a notification."""
        if event.state == WorkerState.ERROR:
            self.worker_failed(event.worker.error)

    def worker_failed(self, error: BaseException | None) -> None:
        """Tell the user (screens may also tidy up, e.g. hide a progress bar)."""
        self.notify(f"{type(error).__name__}: {error}", severity="error", timeout=10)  # type: ignore[attr-defined]
