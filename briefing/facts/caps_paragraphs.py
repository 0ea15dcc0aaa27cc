"""Paragraphs written in capitals (a headline in capitals, a shouted notice), where
capitalisation says nothing of names. Used by `briefing.facts.entities`."""

from __future__ import annotations

import re

_PARAGRAPH = re.compile(r"[^\n]+")
# Four words in capitals: "(?<!\w)(?:[A-ZÀ-Þ]{2,}\W+){4}", written to open with a character
# class (the engine then skips ahead to capitals; ~2x faster than a lookahead opening).
CAPS_RUN = re.compile(r"[A-ZÀ-Þ](?<!\w[A-ZÀ-Þ])[A-ZÀ-Þ]+\W+(?:[A-ZÀ-Þ]{2,}\W+){3}")
# A cheaper test that a body may hold `CAPS_RUN`, which is first scanned for in every body
# and found in few: the body as bytes (a character past Latin-1 is "?"), each byte made "A"
# for a capital of the run's set, "a" for another word character, "." for the rest; four
# words of two capitals or more, each followed by a non-word character, then hold
# `CAPS_SHAPE`. It opens with a literal, which the regex engine finds without testing each
# character against a set (as `CAPS_RUN`'s scan did), and a match of `CAPS_RUN` is one of
# it (without the look-behind; a character past Latin-1 is at most taken for a separator).
# ("×", in the set of capitals and no word character, can be either: a body with one is
# scanned as before.)
CAPS_CLASSES = bytes(
    ord("A") if "A" <= chr(i) <= "Z" or "À" <= chr(i) <= "Þ"
    else ord("a") if chr(i).isalnum() or chr(i) == "_"
    else ord(".")
    for i in range(256)
)  # fmt: skip
CAPS_SHAPE = re.compile(rb"AA+\.+AA+\.+AA+\.+AA+\.")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")


def caps_ranges(body: str) -> list[tuple[int, int]]:
    """Paragraph ranges written in capitals, where capitalisation says nothing."""
    out: list[tuple[int, int]] = []
    raw = body.encode("latin-1", "replace")
    if b"\xd7" not in raw and not CAPS_SHAPE.search(raw.translate(CAPS_CLASSES)):
        return out
    for m in _PARAGRAPH.finditer(body):
        line = m.group()
        if not CAPS_RUN.search(line):
            continue
        upper, lower = len(_UPPER.findall(line)), len(_LOWER.findall(line))
        if upper > 30 and upper > 1.5 * lower:
            out.append(m.span())
    return out
