"""A small, tolerant reader for the YAML front matter of Markdown articles.

Front matter in article files is nearly flat: `key: value`, quoted strings, `[a, b]` lists,
`- item` lists, block scalars and a mapping under a key (`author:` / `  name: ...`). A full YAML parser would accept aliases and tags we do not want from
untrusted files, so this reads only that subset; anything else is kept as a plain string.
"""

from __future__ import annotations

import datetime
import re

_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:\s*(.*)$")
_MAX_FRONT_MATTER = 64 * 1024
# How deep mappings under keys are read (author: / name: is two); deeper ones are dropped.
_MAX_DEPTH = 4
# Keys that make an unclosed block front matter rather than the opening lines of a text.
_META_KEYS = frozenset({"title", "headline", "date", "published", "author", "byline", "source"})
# Set in the data of front matter that was never closed; no key a file can write (a space).
UNCLOSED = " unclosed"


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split `---` (YAML) or `+++` (TOML, as Hugo writes it) front matter from the body;
    ({}, text) when there is none."""
    stripped = text.lstrip("\n")
    if stripped.startswith("+++"):
        return _toml_front_matter(stripped, text)
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


def _toml_front_matter(stripped: str, text: str) -> tuple[dict[str, object], str]:
    """Hugo's `+++` front matter: read as TOML; ({}, text) when it is never closed."""
    first_newline = stripped.find("\n")
    if first_newline < 0 or stripped[:first_newline].strip() != "+++":
        return {}, text
    end = re.search(r"^\+\+\+\s*$", stripped[first_newline + 1 :], re.MULTILINE)
    if end is None or end.start() > _MAX_FRONT_MATTER:
        return {}, text
    block = stripped[first_newline + 1 : first_newline + 1 + end.start()]
    body = stripped[first_newline + 1 + end.end() :].lstrip("\n")
    import tomllib

    try:
        data = tomllib.loads(block)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        # a slip in one line should not lose the others: read `key = value` as `key: value`
        data = parse_block(re.sub(r"(?m)^([A-Za-z_][\w.-]*)\s*=\s*", r"\1: ", block))
    # dates as the text they were written as: the same checks as YAML's (Hugo's zero date
    # 0001-01-01 leaves the article undated, with a notice)
    return {str(key).lower(): _plain(value) for key, value in data.items()}, body


def _plain(value: object) -> object:
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _unclosed(rest: str, text: str) -> tuple[dict[str, object], str]:
    """Front matter whose closing `---` was forgotten: its leading `key: value` lines (with
    their list items and indented lines), up to the first blank line or the first line that
    is neither, when one names an article's title, date, author or source; the body starts
    there. ({}, text) otherwise. The data then holds UNCLOSED, for the notice."""
    lines = rest[:_MAX_FRONT_MATTER].split("\n")
    end = 0
    while end < len(lines) and (
        _KEY.match(lines[end]) or re.match(r"^\s*-\s", lines[end]) or lines[end][:1] in " \t"
    ):
        end += 1
    body = "\n".join(lines[end:]) + rest[_MAX_FRONT_MATTER:]
    if not end or not body.strip():
        return {}, text
    data = parse_block("\n".join(lines[:end]))
    if not _META_KEYS.intersection(data):
        return {}, text
    data[UNCLOSED] = True
    return data, body.lstrip("\n")


def parse_block(block: str, depth: int = 0) -> dict[str, object]:
    """Parse the key/value subset of YAML: scalars, inline and `- item` lists, a block
    scalar (`>`, `|`) and, a few levels deep, a mapping under a key ("author:" then an
    indented "name: Kim Dale", as Jekyll and Hugo themes write it) or in a list item."""
    data: dict[str, object] = {}
    lines = block.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        index += 1
        match = _KEY.match(line)
        if not match or line.lstrip().startswith("#"):
            continue
        key, value = match.group(1).lower(), match.group(2).strip()
        child: list[str] = []
        while index < len(lines) and _is_child(lines[index], value):
            child.append(lines[index].rstrip())
            index += 1
        if not value:
            data[key] = _nested(child, depth)
            continue
        if child and not re.fullmatch(r"[>|][+-]?", value):
            # a plain or quoted value that goes on over the next lines, folded into one
            value = " ".join([value, *(part.strip() for part in child if part.strip())])
        if re.fullmatch(r"[>|][+-]?", value):
            parts = [part.strip() for part in child if part.strip()]
            data[key] = (" " if value[0] == ">" else "\n").join(parts)
        # an inline list; a forgotten "]" ends it at the line's end ("[Video] Ferry..." with
        # its "]" inside stays a string)
        elif value.startswith("[") and (value.endswith("]") or "]" not in value):
            inner = value[1:-1] if value.endswith("]") else value[1:]
            data[key] = [_scalar(part) for part in _split_inline(inner) if part.strip()]
        else:
            data[key] = _scalar(value)
    return data


def _is_child(line: str, value: str) -> bool:
    """Whether `line` belongs to the key before it: an indented (or blank) line, or a
    `- item` at the key's own indentation under a key with no value."""
    if not line.strip():
        return True
    if line[:1] in " \t":
        return True
    return not value and re.match(r"^-(\s|$)", line) is not None


def _nested(lines: list[str], depth: int) -> object:
    """The value of a key written on the lines under it: a list of `- item`s (each a
    scalar or a mapping), a mapping, or [] when there is nothing (or it nests too deep)."""
    lines = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not lines or depth >= _MAX_DEPTH:
        return []
    margin = min(len(line) - len(line.lstrip()) for line in lines)
    lines = [line[margin:] for line in lines]
    if not lines[0].startswith("-"):
        return parse_block("\n".join(lines), depth + 1)
    items: list[object] = []
    for line in lines:
        item = re.match(r"^-\s*(.*)$", line)
        if item is None:  # a further line of the item above ("  twitter: ab")
            if items and isinstance(items[-1], dict):
                items[-1].update(parse_block(line.strip(), depth + 1))
            continue
        text = item.group(1)
        if _KEY.match(text) and not text.startswith(("'", '"')):
            items.append(parse_block(text, depth + 1))
        elif text.strip():
            items.append(_scalar(text))
    return items


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
