"""Fixtures for export tests: fake articles, a fake library lookup, token checks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.core.facts import Facts
from briefing.core.model import Article

EXPORTED_AT = datetime(2025, 4, 2, 8, 30, tzinfo=UTC)


def facts(people=(), places=(), dates=(), organisations=()) -> Facts:
    """Facts as the index keeps them (`m` mentions: the name listed `m` times); a date is
    its text, or (text, start, end, granularity) as the engine resolved it."""
    return Facts.from_json(
        {
            "people": [
                {"name": n, "role": r, "mentions": [n] * m, "spans": [[0, 1]]} for n, r, m in people
            ],
            "places": [
                {"name": n, "kind": "city", "mentions": [n] * m, "spans": []} for n, m in places
            ],
            "organisations": [
                {"name": n, "mentions": [n] * m, "spans": []} for n, m in organisations
            ],
            "dates": [
                {"text": t, "start": s, "end": e, "granularity": g, "spans": []}
                for t, s, e, g in (
                    (d, None, None, "day") if isinstance(d, str) else d for d in dates
                )
            ],
            "quotes": [],
            "figures": [],
        }
    )


def article(article_id: str, title: str, **fields: Any) -> Article:
    """An Article with sensible defaults."""
    fields.setdefault("body", f"Body of {title}.")
    return Article(title=title, id=article_id, **fields)


class FakeLibrary:
    """A dict of articles with `get` and a substring `search`, like the library facade."""

    def __init__(self, articles: list[Article]):
        self.articles = {a.id: a for a in articles}

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def search(self, query: str) -> list[str]:
        needle = query.casefold()
        return [
            aid
            for aid, a in self.articles.items()
            if needle in a.title.casefold() or needle in a.body.casefold()
        ]


def split_front_matter(document: str) -> tuple[dict[str, Any], str]:
    """The parsed YAML front matter and the Markdown body after it."""
    assert document.startswith("---\n")
    end = document.index("\n---\n", 4)
    return yaml.safe_load(document[4:end]), document[end + 5 :]


def tokens(markdown: str) -> list[Token]:
    """All tokens (children included) of `markdown` parsed as CommonMark."""
    return list(_walk(MarkdownIt("commonmark").parse(markdown)))


def _walk(items: list[Token]) -> Iterator[Token]:
    for token in items:
        yield token
        if token.children:
            yield from _walk(token.children)


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, inline text) of every heading."""
    items = MarkdownIt("commonmark").parse(markdown)
    found = []
    for index, token in enumerate(items):
        if token.type == "heading_open":
            found.append((int(token.tag[1:]), _text(items[index + 1])))
    return found


def _text(inline_token: Token) -> str:
    return "".join(
        child.content
        for child in inline_token.children or []
        if child.type in ("text", "code_inline")
    )


def assert_inert(markdown: str) -> None:
    """No raw HTML and no link or image other than http(s) anywhere in `markdown`."""
    for token in tokens(markdown):
        assert token.type not in ("html_block", "html_inline"), token
        if token.type == "link_open":
            assert token.attrGet("href").lower().startswith(("http://", "https://")), token
        if token.type == "image":
            assert token.attrGet("src").lower().startswith(("http://", "https://")), token
