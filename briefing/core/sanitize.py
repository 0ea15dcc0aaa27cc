"""Make untrusted text safe for the terminal and for everything downstream.

Textual and Rich pass escape sequences straight to the terminal: an OSC 52 sequence in a
title writes the user's clipboard, `ESC[2J` clears the screen. Every string read from an
article goes through `clean_text` once, at ingest; the reader drops any ESC or C1 that
still got through with `terminal_safe` as a last guard.
"""

from __future__ import annotations

import re
import unicodedata

# String-type sequences (OSC, DCS, SOS, PM, APC), 7-bit (ESC ] ...) and 8-bit (0x9d ...):
# everything up to the string terminator (BEL, ESC \, ST); an unterminated one runs to the
# end of its line, so that no payload survives as visible garbage.
_STRING_SEQ = re.compile(
    r"(?:\x1b[\]P_^X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
)
# CSI, 7-bit (ESC [) and 8-bit (0x9b): parameters, intermediates, one final byte.
_CSI_SEQ = re.compile(r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?")
# Any other escape: ESC, optional intermediates, one final byte (ESC c, ESC 7, ESC ( B ...).
_OTHER_ESC = re.compile(r"\x1b[\x20-\x2f]*[\x30-\x7e]?")
# C0 controls except tab and newline, DEL, C1 controls, and bidi embeddings, overrides
# and isolates (which can make text display differently from what it says).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_C1 = re.compile(r"[\x80-\x9f]")
_TERMINAL_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Lone surrogates: a file name or argument that was not UTF-8 arrives with each bad byte
# as U+DC80..U+DCFF (surrogateescape). Printed, they raise (strict) or go out as the raw
# byte (surrogateescape), and 0x80..0x9F are C1 controls.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Normalise newlines and Unicode (NFC) and remove every control sequence.

    Tabs and newlines are kept; CR and CRLF become LF; escape sequences (CSI, OSC, DCS,
    APC, PM, SOS, 7- and 8-bit), C0/C1 controls and bidi override characters are removed.
    """
    if not text:
        return ""
    text = _NEWLINES.sub("\n", text)
    if "\x1b" in text or _C1.search(text):
        text = _STRING_SEQ.sub("", text)
        text = _CSI_SEQ.sub("", text)
        text = _OTHER_ESC.sub("", text)
    text = _CONTROL.sub("", text)
    # Lone surrogates cannot be encoded anywhere; replace them rather than fail later.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """`clean_text` for a one-line field (title, byline, source): whitespace folded."""
    return " ".join(clean_text(text).split())


def terminal_safe(text: str) -> str:
    """Last guard before the terminal: drop any ESC, C0 (but tab/newline) or C1 character
    and bidi override; show a byte that was not UTF-8 (a lone surrogate) as `\\xNN`."""
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(_shown_surrogate, text)
    return _TERMINAL_UNSAFE.sub("", text)


def shortened(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending in "…" when it was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def message_line(text: str) -> str:
    """A one-line message for the terminal (an error, a notice, a skipped file), built from
    anything (file names, arguments, exception texts): escape sequences removed whole,
    line breaks and tabs as spaces, bytes that were not UTF-8 shown as `\\xNN`; leading
    indentation kept."""
    text = _SURROGATE.sub(_shown_surrogate, text)  # before clean_text makes them "?"
    indent = len(text) - len(text.lstrip(" "))
    text = clean_text(text).replace("\n", " ").replace("\t", " ").strip()
    return terminal_safe(" " * indent + text)


def is_utf8(text: str) -> bool:
    """Whether `text` can be written as UTF-8: a file name or an argument that was not
    UTF-8 arrives with lone surrogates, which SQLite, JSON and the terminal refuse."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"
