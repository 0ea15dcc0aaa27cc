"""A user's Markdown note, made safe to embed in an export without losing its formatting.

Notes keep their Markdown, but inside an export they must not break it: their headings
are shifted below the article's heading, raw HTML is escaped into text, links that are not
http(s) become text, and a code fence left open is closed. The result is then checked with
a CommonMark parser (markdown-it-py); if anything unsafe remains (a construct the rewrite
did not foresee), the note is exported verbatim in a fenced code block instead. Safety
therefore never rests on the rewrite alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.core.sanitize import clean_text
from briefing.export.escape import fenced, is_web_url

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^((?: {0,3}>[ \t]?)*)( {0,3})(#{1,6})(?=[ \t]|$)")
# Single-line code spans: the text between them is where inline escaping applies.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")
_AUTOLINK_OK = re.compile(r"<https?://[^\s<>]*>", re.IGNORECASE)
_LINK_DEST = re.compile(r"\]\(\s*<?([^\s)>]*)")
# HTML and autolinks need '<', links and images '[', headings '#' or an underline line.
_MAY_BE_UNSAFE = re.compile(r"[<\[#]|[=-][ \t]*$", re.MULTILINE)
_REF_DEF = re.compile(r"^( {0,3})\[([^\]]+)\]:[ \t]*<?([^\s>]*)")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """CommonMark, minus inline rules that cannot create or hide HTML, links or headings.

    Emphasis, entities and hard breaks only style text; dropping them makes the check
    cheaper and changes no html, link, image or heading token.
    """
    parser = MarkdownIt("commonmark")
    parser.disable(["emphasis", "entity", "newline"])
    parser.core.ruler.disable(["text_join"], ignoreInvalid=True)
    parser.inline.ruler2.disable(["balance_pairs", "fragments_join"], ignoreInvalid=True)
    return parser


def render_note(text: str, base_level: int) -> str:
    """Note `text` as Markdown safe to place under a heading of level `base_level`."""
    text = clean_text(text).strip("\n")
    if not text.strip():
        return ""
    rewritten = _rewrite(text, base_level)
    if not _MAY_BE_UNSAFE.search(rewritten):
        return rewritten  # nothing that could make HTML, a link, an image or a heading
    tokens = _parser().parse(rewritten)
    if any(_is_setext(token) for token in tokens):
        rewritten = _setext_to_atx(rewritten, tokens, base_level)
        tokens = _parser().parse(rewritten)
    if all(_token_safe(token, base_level) for token in _walk(tokens)):
        return rewritten
    return fenced(text, "markdown")


def _walk(tokens: list[Token]):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _token_safe(token: Token, base_level: int) -> bool:
    if token.type in ("html_block", "html_inline"):
        return False
    if token.type == "link_open":
        return is_web_url(str(token.attrGet("href") or ""))
    if token.type == "image":
        return is_web_url(str(token.attrGet("src") or ""))
    if token.type == "heading_open":
        return int(token.tag[1:]) > base_level
    return True


def _rewrite(text: str, base_level: int) -> str:
    lines = text.split("\n")
    fence: tuple[str, int] | None = None
    out = []
    for line in lines:
        if fence is not None:
            out.append(line)
            stripped = line.strip()
            char, length = fence
            if stripped and set(stripped) == {char} and len(stripped) >= length:
                fence = None
            continue
        opener = _FENCE_OPEN.match(line)
        if opener:
            run = opener.group(1)
            if not (run[0] == "`" and "`" in line[opener.end() :]):
                fence = (run[0], len(run))
                out.append(line)
                continue
        out.append(_rewrite_line(line, base_level))
    if fence is not None:
        out.append(fence[0] * fence[1])
    return "\n".join(out)


def _rewrite_line(line: str, base_level: int) -> str:
    line = _ATX.sub(
        lambda m: m.group(1) + m.group(2) + "#" * min(6, len(m.group(3)) + base_level),
        line,
        count=1,
    )
    definition = _REF_DEF.match(line)
    if definition and not is_web_url(definition.group(3)):
        line = definition.group(1) + "\\" + line[len(definition.group(1)) :]
    parts = []
    last = 0
    for span in _CODE_SPAN.finditer(line):
        parts.append(_escape_text(line[last : span.start()]))
        parts.append(span.group(0))
        last = span.end()
    parts.append(_escape_text(line[last:]))
    return "".join(parts)


def _escape_text(text: str) -> str:
    """Escape '<' (except http(s) autolinks) and the ']' of non-http(s) inline links."""
    pieces = []
    last = 0
    for auto in _AUTOLINK_OK.finditer(text):
        pieces.append(_escape_angles(text[last : auto.start()]))
        pieces.append(auto.group(0))
        last = auto.end()
    pieces.append(_escape_angles(text[last:]))
    text = "".join(pieces)
    return _LINK_DEST.sub(_neutralise_link, text)


def _escape_angles(text: str) -> str:
    return re.sub(r"(?<!\\)((?:\\\\)*)<", lambda m: m.group(1) + "\\<", text)


def _neutralise_link(match: re.Match[str]) -> str:
    if is_web_url(match.group(1)):
        return match.group(0)
    start = match.start()
    backslashes = len(match.string[:start]) - len(match.string[:start].rstrip("\\"))
    if backslashes % 2:
        return match.group(0)  # the ']' is already literal
    return "\\" + match.group(0)


def _is_setext(token: Token) -> bool:
    return token.type == "heading_open" and token.markup in ("=", "-")


def _setext_to_atx(markdown: str, tokens: list[Token], base_level: int) -> str:
    """Top-level setext headings ("Title" over "===") become shifted ATX headings."""
    lines: list[str | None] = list(markdown.split("\n"))
    for index, token in enumerate(tokens):
        if not _is_setext(token) or token.level or token.map is None:
            continue
        start, end = token.map
        content = tokens[index + 1].content.replace("\n", " ")
        level = min(6, int(token.tag[1:]) + base_level)
        lines[start:end] = [f"{'#' * level} {content}"] + [None] * (end - start - 1)
    return "\n".join(line for line in lines if line is not None)
