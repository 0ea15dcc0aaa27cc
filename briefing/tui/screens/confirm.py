"""Yes/no questions: open a web address, discard edits or quit with them, delete a note.

Each is a `modal.ConfirmScreen`: the safe answer has the focus, so enter never does harm.
"""

from __future__ import annotations

from briefing.tui.screens.modal import ConfirmScreen, DiscardScreen


class ConfirmUrlScreen(ConfirmScreen):
    """ "Open this address in your web browser?" — y opens, escape or n does not."""

    def __init__(self, url: str) -> None:
        super().__init__("Open this address in your web browser?", url, yes="Open")
        self.url = url


class DiscardNoteScreen(DiscardScreen):
    """ "Discard the changes to this note?" — y discards, escape or n keeps editing."""

    def __init__(self) -> None:
        super().__init__("Discard the changes to this note?")


class DeleteNoteScreen(ConfirmScreen):
    """ "Delete this note?" with the start of its text — y deletes, escape or n keeps it."""

    def __init__(self, text: str) -> None:
        first = " ".join(text.split())
        super().__init__(
            "Delete this note? This cannot be undone.",
            first[:200] + ("…" if len(first) > 200 else ""),
            yes="Delete",
            no="Keep it",
            warning=True,
        )
