"""Where a figure may start (`figures._FIGURE_START`: a digit whose run of digits, "," and "."
and of thousands set off by spaces is followed, past any spaces and hyphens, by a letter, "%"
or "°"), found in a copy of the
body with one byte per character standing for its class.

The pattern opens with `\\d`, a class: the regex engine tests every character of the body
against it (some 290,000 instructions for a 500-word article, about 2% of the key facts). In
the class bytes a digit is "0", a literal the engine skips to, and the same pattern written
over the classes finds the same matches for about a tenth of that. Each Latin-1 character's
class comes from a table (`bytes.translate`); the few characters past Latin-1 (a dash, a
Cyrillic word) are classed one by one; a body with a digit past Latin-1 ("٣") is scanned
with the pattern itself.
"""

from __future__ import annotations

import re
from itertools import islice


def _class(char: str) -> bytes:
    """The class byte of `char` for `_SHAPE`: what `\\d`, `\\w`, `[^\\W\\d_]` and `\\s` of a
    str pattern make of it (Unicode decimal digit, alphanumeric, white space)."""
    if char.isdecimal():
        return b"0"
    if char == "_":
        return b"_"  # (a word character, no letter)
    if char.isalnum():
        return b"a"
    if char in " \u00a0\u202f":
        return b"s"  # (the spaces that may set off thousands: "38 000")
    if char.isspace():
        return b" "
    if char in ".,-":
        return char.encode()
    if char in "%°":
        return b"%"
    return b"#"


_CLASSES = b"".join(_class(chr(i)) for i in range(256))
# `_FIGURE_START` over the classes:
# r"\d(?<![\w.,]\d)(?=[\d.,]*+(?:[ \u00a0\u202f]\d{3}(?!\d))*[\s-]*+(?:[^\W\d_]|[%°]))".
_SHAPE = re.compile(rb"0(?<![a0_.,]0)(?=[0.,]*+(?:s000(?!0))*[ s\-]*+[a%])")


def figure_starts(
    body: str, encoded: bytes | None, pattern: re.Pattern[str], limit: int | None
) -> list[int]:
    """`[m.start() for m in islice(pattern.finditer(body), limit)]` for `_FIGURE_START`, given
    `encoded`, the body as Latin-1 bytes with "?" past it (None: the pattern scans)."""
    if encoded is None:
        return [m.start() for m in islice(pattern.finditer(body), limit)]
    if encoded.count(b"?") * 8 > len(encoded):  # (mostly past Latin-1: one by one costs more)
        return [m.start() for m in islice(pattern.finditer(body), limit)]
    shape = encoded.translate(_CLASSES)
    at = encoded.find(b"?")
    if at >= 0:
        patched = bytearray(shape)
        while at >= 0:
            char = body[at]
            if char != "?":  # (a character past Latin-1)
                if char.isdecimal():
                    return [m.start() for m in islice(pattern.finditer(body), limit)]
                patched[at] = _class(char)[0]
            at = encoded.find(b"?", at + 1)
        shape = bytes(patched)
    return [m.start() for m in islice(_SHAPE.finditer(shape), limit)]


def _money_class(i: int) -> bytes:
    """The class byte of Latin-1 character `i` for `_MONEY_SHAPE`."""
    char = chr(i)
    if "A" <= char <= "Z":
        return b"A"
    if char in "sphku$?":  # ("Rs", "Rp", "KSh", "Tk", "Nu"; "?" is also a character past Latin-1)
        return char.encode()
    if char == "¢":  # ("GH¢")
        return b"c"
    if char.isdecimal():
        return b"0"
    if char.isalnum() or char == "_":
        return b"w"
    return b" " if char.isspace() else b"#"


_MONEY_CLASSES = b"".join(_money_class(i) for i in range(256))
# Where `figures.MONEY_BEFORE` may match a currency written with letters: an ISO code (three
# capitals, then a digit, a space or none between: "USD 5", "SEK4"), two capitals before one
# ("RM120", "QR 5", "JD 10"), "Rs", "Rp", "KSh", "GH¢", "Sh", "Dh", "Tk" or "Nu", after no word
# character nor "$". A "?" may be any character (one past Latin-1: a
# thin space, a foreign digit, a letter), so it is taken for whatever lets a currency match:
# a few more places are tried, none is missed. It opens with a literal, which the regex
# engine skips to, where the scan of capitals it replaces tested every character.
_MONEY_SHAPE = re.compile(rb"A(?<![Asphkuw0$].)(?=A{1,2}[ ?]?[0?]|[sphku]|A[hc])")


def money_starts(encoded: bytes) -> list[int]:
    """Where a currency written with letters may open in the body that `encoded` is (its
    Latin-1 bytes, "?" past it): every start of such a currency's match, and a few more."""
    shape = encoded.translate(_MONEY_CLASSES)
    return [
        start
        for m in _MONEY_SHAPE.finditer(shape)
        if shape[(start := m.start()) + 1] not in _SMALL or encoded[start : start + 2] in _PAIRS
    ]


# The currencies of a capital and a small letter. The shape reads every capital as "A", so a
# capital before "h", "s", "u" passes it too ("The", "Chinese", "Australia": some twenty
# places an article, each a costly try of `MONEY_BEFORE`); there the two letters themselves
# must be one of these. (A start whose next class is a capital passed another branch.)
_PAIRS = frozenset((b"Rs", b"Rp", b"Sh", b"Dh", b"Tk", b"Nu"))
_SMALL = frozenset(b"sphku")
