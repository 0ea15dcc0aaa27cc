"""String pre-checks written for speed before a pattern must never skip one of its matches."""

from __future__ import annotations

import random

from briefing.facts.org_rules import (
    _CUE_AFTER_OPENERS,
    _CUE_BEFORE_ENDS,
    _ORG_CUE_AFTER,
    _ORG_CUE_BEFORE,
)

_PIECES = (
    "shares", "Shares", "stake", "stakes", "in", "of", "at", "analyst", "analysts", "Analysts",
    "shareholders", "The", "the", "firm", "company,", "airline,", ",", "\n", "Nordvik", "x",
    "shares of", "Stakes in", "analyst at", "Shareholders of", "The firm,", "the lender,",
)  # fmt: skip


def _generated(seed: int, count: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of a name after and before random cue-like words."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        before = "".join(
            rng.choice(_PIECES) + rng.choice((" ", "", "\n", ", ", "  ", " \n"))
            for _ in range(rng.randint(0, 5))
        )
        after = rng.choice(("", " shares", "'s chief executive", "’s CEO", " stock", "x", "\n"))
        out.append((before + "Nordvik" + after, len(before), len(before) + 7))
    return out


def test_org_cue_pre_checks_keep_every_cue() -> None:
    found = [0, 0]
    for text, start, end in _generated(13, 20_000):
        after = _ORG_CUE_AFTER.match(text, end) is not None
        assert after == (text[end : end + 1] in _CUE_AFTER_OPENERS and after)
        before = _ORG_CUE_BEFORE.search(text, max(0, start - 20), start) is not None
        assert before == (text.endswith(_CUE_BEFORE_ENDS, 0, start) and before)
        found[0] += after
        found[1] += before
    assert min(found) > 100  # (the texts hold both kinds of cue, "of \n" ones too)
