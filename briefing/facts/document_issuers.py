"""Who the words of a document ("the letter said") may be, when no sentence names its issuer.

An organisation speaks through its statements and reports as a matter of course, so "the
statement" after a sentence about the Harbour Board is the board's. A person is taken only
when the sentence before has somebody write, send, sign or issue something ("Ana Ruiz wrote to
the council. The letter said ..."): after "Ana Ruiz was on leave.", the letter is not hers,
and she may be what it is about.
"""

from __future__ import annotations

from typing import Any

from briefing.facts.lazy_re import lazy

_WROTE = lazy(
    r"\b(?:wrote|writes|written|sent|sends|signed|signs|issued|issues|published|publishes"
    r"|released|releases|penned|pens|filed|files|submitted|submits|addressed)\b"
)


def document_issuers(att: Any, lo: int) -> tuple[str, ...]:
    """The kinds of antecedent a document at the sentence starting at `lo` may be the words
    of: ("person", "org") after a sentence of writing or sending, else ("org",)."""
    prev = att.previous_sentence(lo)
    if prev is not None and _WROTE.search(att.body, prev[0], prev[1]):
        return ("person", "org")
    return ("org",)
