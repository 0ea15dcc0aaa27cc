"""Markdown with front matter, JSON documents and JSON Lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import orjson

from briefing.core.model import Article
from briefing.core.sanitize import clean_line
from briefing.ingest.dates import NOTICE_KEY
from briefing.ingest.errors import IngestError
from briefing.ingest.fields import BODY_KEYS, TITLE_KEYS, article_from_fields, lookup
from briefing.ingest.frontmatter import UNCLOSED, split_front_matter
from briefing.ingest.markdown_inline import heading_marks_removed, inline_markdown_to_text
from briefing.ingest.text import parse_text
from briefing.ingest.values import text_of

_CONTAINER_KEYS = ("articles", "items", "entries", "posts", "data", "results", "stories", "docs")


def parse_markdown(text: str, recurring: Iterable[str] = ()) -> Article:
    """A Markdown article: front matter for metadata, or scraped-text rules without it."""
    meta, body = split_front_matter(text)
    if not meta:
        # inline markup taken out first, so that the header under the title is read too:
        # "*By Priti Shah | 24 March 2026*" was the byline, asterisks and date included
        article = parse_text(inline_markdown_to_text(text), recurring)
        article.format = "markdown"
        if article.title.startswith("#"):
            article.title = article.title.lstrip("#").strip()
        article.body = heading_marks_removed(article.body)
        return article
    unclosed = meta.pop(UNCLOSED, False)
    article = article_from_fields(meta, body=body, fmt="markdown", recurring=recurring)
    if unclosed:  # said by `briefing index` and the reader's re-index, as a date's problem is
        article.extra.setdefault(
            NOTICE_KEY,
            "its front matter has no closing '---' line; its fields were read up to the first"
            " line that is not one",
        )
    article.body = inline_markdown_to_text(article.body)
    first, _, rest = article.body.partition("\n\n")
    if not article.title:
        article.title = first.lstrip("#").strip()[:300]
        article.body = rest
    elif first.startswith("#") and _folded(first.lstrip("#")) == _folded(article.title):
        # the title again as the body's first heading: the reader shows it twice
        article.body = rest
        article.removed.insert(0, first)
    article.body = heading_marks_removed(article.body)
    return article


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def parse_json(
    text: str, recurring: Iterable[str] = ()
) -> Iterator[tuple[str, Article | IngestError]]:
    """Articles of a JSON file: one object, a list, or a list under a container key.

    Yields (entry label, article or the reason that entry was skipped).
    """
    try:
        data = _loads(text)
    except ValueError as error:
        raise IngestError(f"invalid JSON: {_short(error)}") from None
    entries = _entries(data)
    if entries is None:
        raise IngestError("JSON holds no article objects")
    site = _feed_title(data)
    for number, entry in enumerate(entries, start=1):
        article = _article_or_error(entry, recurring)
        if site and isinstance(article, Article) and not article.source:
            article.source = site
        yield f"#{number}", article


def _feed_title(data: Any) -> str | None:
    """The site's name a JSON Feed gives at its top ("version": "https://jsonfeed.org/...")."""
    if not isinstance(data, Mapping) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/"
    ):
        return None
    return clean_line(text_of(data.get("title")) or "")[:200] or None


def parse_jsonl(
    text: str, recurring: Iterable[str] = ()
) -> Iterator[tuple[str, Article | IngestError]]:
    """Articles of a JSON Lines file; a bad line is skipped with its reason, the rest read."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        label = f":{number}"  # shown after the path ("feed.jsonl:2"), so reasons omit it
        try:
            entry = _loads(line)
        except ValueError as error:
            yield label, IngestError(f"invalid JSON: {_in_line(_short(error))}")
            continue
        yield label, _article_or_error(entry, recurring)


def _loads(text: str) -> Any:
    """JSON as orjson reads it; what only its strictness refuses (a lone surrogate escape,
    a number beyond a double or 64 bits: legal JSON grammar) read by the standard library,
    such numbers as missing values, so that one odd value does not cost the whole file."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as error:
        import json

        try:
            return json.loads(text, parse_float=_finite, parse_int=_bounded, parse_constant=_none)
        except (ValueError, RecursionError):
            raise error from None


def _finite(text: str) -> float | None:
    import math

    number = float(text)
    return number if math.isfinite(number) else None


def _bounded(text: str) -> int | None:
    return int(text) if len(text.lstrip("-")) <= 19 else None  # SQLite's and JSON's range


def _none(text: str) -> None:
    return None  # NaN, Infinity: not JSON


def _entries(data: Any) -> list[Any] | None:
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        # An object with a text is one article; a feed has a title of its own beside the
        # list of its articles (JSON Feed's "items"), so the list comes before a title.
        if lookup(data, BODY_KEYS) is not None:
            return [data]
        for key in _CONTAINER_KEYS:
            value = lookup(data, (key,))
            if isinstance(value, list):
                return value
        if lookup(data, TITLE_KEYS) is not None:
            return [data]
    return None


def _article_or_error(entry: Any, recurring: Iterable[str] = ()) -> Article | IngestError:
    if not isinstance(entry, Mapping):
        return IngestError("not a JSON object")
    article = article_from_fields(entry, recurring=recurring)
    if not article.body.strip():
        given = next((key for key in entry if str(key).lower() in BODY_KEYS), None)
        if given is not None:  # "body": null, "content": ""
            return IngestError(
                f"no article text (its {clean_line(str(given))[:40]} field is empty)"
            )
        return IngestError("no article text (no body/content/text field)")
    if not article.title:
        article.title = article.body.split("\n", 1)[0][:120]
    return article


def _short(error: Exception) -> str:
    return str(error).split("\n", 1)[0][:120]


_ONE_LINE_POSITION = re.compile(r"line 1 column (\d+) \(char \d+\)")


def _in_line(reason: str) -> str:
    """A JSON Lines line is parsed alone, so the parser's "line 1 column 7 (char 6)" means
    column 7 of the line the label already names."""
    return _ONE_LINE_POSITION.sub(r"column \1", reason)
