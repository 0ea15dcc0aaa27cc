"""Which rule named each quotation's speaker: a record kept for measurement only.

`scripts/speaker_paths.py` sets `RECORD` to a list before it extracts an article's facts and
reads back one (quote span, path) pair per quotation: the path is the rule of
`briefing.facts.quotes` that chose the speaker, then the steps below it ("after/named",
"before/pronoun/previous-subject"). While `RECORD` is None (always, outside that script)
`step` and `note` return at once.
"""

from __future__ import annotations

RECORD: list[tuple[tuple[int, int], str]] | None = None
_steps: list[str] = []


def step(label: str) -> None:
    """A step below the rule being tried (kept for the next `note`)."""
    if RECORD is not None:
        _steps.append(label)


def restart() -> None:
    """Forget the steps noted so far (a rule is tried afresh)."""
    if RECORD is not None:
        _steps.clear()


def note(span: tuple[int, int], path: str) -> None:
    """The rule `path` chose the speaker of the quotation at `span`."""
    if RECORD is not None:
        RECORD.append((span, "/".join([path, *_steps])))
        _steps.clear()
