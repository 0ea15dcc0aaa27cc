"""A small, tolerant reader for the YAML front matter of Markdown articles.

Front matter in article files is flat: `key: value`, quoted strings, `[a, b]` lists and
`- item` lists. A full YAML parser would accept aliases and tags we do not want from
untrusted files, so this reads only that subset; anything else is kept as a plain string.
"""

from __future__ import annotations

import re

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:\s*(.*)$")
_MAX_FRONT_MATTER = 64 * 1024
# Keys that make an unclosed block front matter rather than the opening lines of a text.
_META_KEYS = frozenset({"title", "headline", "date", "published", "author", "byline", "source"})


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split `---` front matter from the body; ({}, text) when there is none."""
    stripped = text.lstrip("\n")
    if not stripped.startswith("---"):
        return {}, text
    first_newline = stripped.find("\n")
    if first_newline < 0 or stripped[:first_newline].strip() != "---":
        return {}, text
    end = re.search(r"^(?:---|\.\.\.)\s*$", stripped[first_newline + 1 :], re.MULTILINE)
    if end is None:
        return _unclosed(stripped[first_newline + 1 :], text)
    if end.start() > _MAX_FRONT_MATTER:
        return {}, text
    block = stripped[first_newline + 1 : first_newline + 1 + end.start()]
    body = stripped[first_newline + 1 + end.end() :]
    return parse_block(block), body.lstrip("\n")


def _unclosed(rest: str, text: str) -> tuple[dict[str, object], str]:
    """Front matter whose closing `---` was forgotten: the `key: value` lines up to the
    first blank line, when every one of them is such a line (or a list item) and one names
    an article's title, date, author or source; ({}, text) otherwise."""
    block, blank, body = rest.partition("\n\n")
    lines = [line for line in block.split("\n") if line.strip()]
    if not blank or not body.strip() or not lines or len(block) > _MAX_FRONT_MATTER:
        return {}, text
    if not all(_KEY.match(line) or re.match(r"^\s*-\s", line) for line in lines):
        return {}, text
    data = parse_block(block)
    if not _META_KEYS.intersection(data):
        return {}, text
    return data, body.lstrip("\n")


def parse_block(block: str) -> dict[str, object]:
    """Parse the flat key/value subset of YAML."""
    data: dict[str, object] = {}
    current_list: list[str] | None = None
    for raw in block.split("\n"):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s*-\s+(.*)$", line)
        if item and current_list is not None:
            current_list.append(_scalar(item.group(1)))
            continue
        match = _KEY.match(line)
        if not match:
            current_list = None
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        if not value:
            current_list = []
            data[key] = current_list
            continue
        current_list = None
        # an inline list; a forgotten "]" ends it at the line's end ("[Video] Ferry..." with
        # its "]" inside stays a string)
        if value.startswith("[") and (value.endswith("]") or "]" not in value):
            inner = value[1:-1] if value.endswith("]") else value[1:]
            data[key] = [_scalar(part) for part in _split_inline(inner) if part.strip()]
        else:
            data[key] = _scalar(value)
    return data


def _split_inline(text: str) -> list[str]:
    parts, current, quote = [], [], ""
    for char in text:
        if quote:
            current.append(char)
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
            current.append(char)
        elif char == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _scalar(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    if value[:1] == '"' and '"' not in value[1:]:
        # a double quote never closed is no part of the title; a lone leading apostrophe
        # ('90s, 'Tis) is a word's, so it stays
        value = value[1:].lstrip()
    return re.sub(r"\s+#.*$", "", value)
