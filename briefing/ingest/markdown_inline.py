"""Markdown's inline markup taken out of an article body: links and pictures, emphasis and
code spans become the words they mark.

Read as plain text, "**Nordquay Terminals**" and "[the union](https://...)" reach the
reader as they are typed and the key facts read the asterisks and addresses as words (a
person's role was lost beside "*Anneke Dros*"). Line markup (headings, lists, quotations)
stays while the furniture rules run, which go by it; then a heading's marks go too
(`heading_marks_removed`): "## Delays expected" reached the reader and the result snippets
with its marks.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s+\"[^\"\n]*\")?\)")
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{0,2000}(?:\s+\"[^\"\n]*\")?\)")
_STRONG = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^\n*_]{1,300}?)(?<=[^\s*_])\1(?![\w*])")
_CODE = re.compile(r"`([^`\n]{1,300})`")
# a link that only leads on, at the end of a line ("... said Tom Reyes. [Read more](https://
# ...)"): its words are no part of the article
_MORE_LINK = re.compile(
    r"[ \t]*\[(?:read\ more|continue\ reading|full\ story|more|read\ the\ full\ (?:story|article))"
    r"(?:\ ?(?:»|›|→|\.\.\.|…))?\]\([^)\s]{0,2000}\)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def inline_markdown_to_text(body: str) -> str:
    """`body` without inline Markdown markup (see the module's docstring)."""
    if not any(mark in body for mark in ("](", "*", "_", "`")):
        return body
    body = _IMAGE.sub(r"\1", body)
    body, dropped = _MORE_LINK.subn("", body)
    if dropped:
        body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    body = _LINK.sub(r"\1", body)
    body = _STRONG.sub(r"\2", body)
    body = _EMPHASIS.sub(r"\2", body)
    return _CODE.sub(r"\1", body)


_HEADING = re.compile(r"^#{1,6}[ \t]+([^\n]*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def heading_marks_removed(body: str) -> str:
    """`body` with each ATX heading ("## Delays expected ##") as its words alone."""
    if "#" not in body:
        return body
    return _HEADING.sub(r"\1", body)
