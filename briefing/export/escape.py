"""Putting untrusted text into Markdown and YAML so that it stays text.

Only what could start a construct is escaped: ordinary punctuation (quotes, dashes,
colons, parentheses, full stops, '#' inside a line) is left alone.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.core.sanitize import clean_text

# Always meaningful inline: backslash, code, emphasis '*', link/image '[', HTML/autolink '<'.
# '_' only where it could open or close emphasis (not inside a word); '&' only before
# something that reads as an entity.
_INLINE = re.compile(r"[\\`*\[<]|(?<![^\W_])_|_(?![^\W_])|&(?=#?[0-9A-Za-z]+;)")
# What a line may not start with: heading, block quote, list bullets, setext underline,
# tilde fence; an ordered-list marker is handled separately.
_LINE_START = re.compile(r"^[#>+\-=~]")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_TRAILING_HASHES = re.compile(r"(#+)$")
# Whatever `clean_text` would remove or rewrite (most text has none: skip the work).
_UNCLEAN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
_BACKTICKS = re.compile(r"`+")
_SAFE_URL = re.compile(r"https?://[^\s<>]+", re.IGNORECASE)
_URL_UNSAFE = re.compile(r"[\x00-\x20<>\x7f]")


def one_line(text: str | None) -> str:
    """`text` cleaned of control sequences, with every run of whitespace (newlines too) as one space."""
    if not text:
        return ""
    if _UNCLEAN.search(text) or not unicodedata.is_normalized("NFC", text):
        text = clean_text(text)
    return " ".join(text.split())


def inline(text: str | None) -> str:
    """Untrusted text as literal inline Markdown, on one line."""
    return _INLINE.sub(lambda m: "\\" + m.group(0), one_line(text))


def block_line(text: str | None) -> str:
    """Untrusted text as a line that cannot start a heading, list, quote, fence or underline."""
    return guard_line_start(inline(text))


def guard_line_start(line: str) -> str:
    """An already inline-escaped `line`, kept from starting a block construct."""
    if _LINE_START.match(line):
        return "\\" + line
    return _ORDERED.sub(r"\1\\\2", line, count=1)


def heading(text: str | None, level: int) -> str:
    """An ATX heading whose text is literal (a trailing '#' run is not a closing sequence)."""
    body = _TRAILING_HASHES.sub(lambda m: "\\" + m.group(1), inline(text)) or "(untitled)"
    return f"{'#' * level} {body}"


def longest_backtick_run(text: str) -> int:
    """Length of the longest run of backticks in `text`."""
    return max((len(m.group(0)) for m in _BACKTICKS.finditer(text)), default=0)


def code_span(text: str | None) -> str:
    """`text` (one line) as a code span whose delimiters outlast any backticks inside it."""
    body = one_line(text)
    ticks = "`" * (longest_backtick_run(body) + 1)
    if body.startswith("`") or body.endswith("`"):
        body = f" {body} "
    return f"{ticks}{body}{ticks}"


def fenced(text: str, info: str = "") -> str:
    """`text` verbatim in a fenced code block longer than any backtick run inside it."""
    ticks = "`" * max(3, longest_backtick_run(text) + 1)
    return f"{ticks}{info}\n{text}\n{ticks}" if text else f"{ticks}{info}\n{ticks}"


def link_or_text(url: str | None) -> str:
    """An http(s) URL as an autolink; anything else (javascript:, file:, ...) as code text."""
    url = one_line(url)
    if _SAFE_URL.fullmatch(url):
        return f"<{url}>"
    if re.match(r"https?://", url, re.IGNORECASE):
        return "<" + _URL_UNSAFE.sub(lambda m: f"%{ord(m.group(0)):02X}", url) + ">"
    return code_span(url)


def is_web_url(url: str) -> bool:
    """Whether `url` is an http or https URL (the only links an export may contain)."""
    return bool(re.match(r"https?://", url.strip(), re.IGNORECASE))


def yaml_string(text: str) -> str:
    """`text` as a YAML double-quoted scalar that any YAML parser reads back unchanged."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            # Line separators and non-printables in YAML's eyes.
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
