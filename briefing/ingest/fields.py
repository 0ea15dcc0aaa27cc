"""Article fields found under the common names that exports and front matter use."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from briefing.core.model import Article
from briefing.core.sanitize import clean_line, clean_text
from briefing.ingest.dates import NOTICE_KEY, date_notice, parse_date
from briefing.ingest.values import lookup, tags_of, text_of

TITLE_KEYS = ("title", "headline", "name", "subject")
# content_text, content_html, date_published: JSON Feed (a feed reader's export)
BODY_KEYS = ("body", "content", "text", "articlebody", "article_body", "content_text",
             "content_html", "description", "summary")  # fmt: skip
DATE_KEYS = ("date", "published", "datepublished", "published_at", "publishedat", "pubdate",
             "date_published", "created", "created_at", "time", "timestamp", "updated",
             "datemodified", "date_modified")  # fmt: skip
AUTHOR_KEYS = ("author", "byline", "authors", "creator", "by")
SOURCE_KEYS = ("source", "site", "site_name", "sitename", "publisher", "outlet", "publication")
URL_KEYS = ("url", "link", "href", "canonical", "permalink")
TAG_KEYS = ("tags", "keywords", "categories", "topics")
EXTRA_KEYS = ("story",)


def article_from_fields(
    data: Mapping[str, Any],
    body: str | None = None,
    fmt: str = "json",
    recurring: Iterable[str] = (),
) -> Article:
    """An Article from a mapping of metadata (JSON object or front matter)."""
    if body is None:
        body = text_of(lookup(data, BODY_KEYS)) or ""
        if "<" in body and "</" in body:
            from briefing.ingest.markup import html_fragment_to_text

            body = html_fragment_to_text(body)
        else:
            body = unescaped(body)
    body, removed = strip_body_furniture(normalise_body(clean_text(body)), recurring)
    url = clean_line(text_of(lookup(data, URL_KEYS)) or "") or None
    extra = {}
    for key in EXTRA_KEYS:
        value = text_of(lookup(data, (key,)))
        if value:
            extra[key] = clean_line(value)[:200]
    given = lookup(data, DATE_KEYS)
    published = parse_date(given)
    if published is None and (notice := date_notice(given)):
        extra[NOTICE_KEY] = clean_line(notice)
    return Article(
        title=clean_line(plain_line(text_of(lookup(data, TITLE_KEYS)) or "")),
        body=body,
        byline=clean_line(plain_line(byline_of(data) or "")) or None,
        published=published,
        source=clean_line(unescaped(text_of(lookup(data, SOURCE_KEYS)) or "")) or None,
        url=url,
        tags=tags_of(lookup(data, TAG_KEYS)),
        removed=removed,
        format=fmt,
        extra=extra,
    )


def byline_of(data: Mapping[str, Any]) -> str | None:
    """The author's name: not a number, which a CMS export gives as its user id (WordPress's
    `"author": 3`, shown as the byline "3"); WordPress names the author under
    `_embedded.author` when exported with `?_embed`."""
    given = lookup(data, AUTHOR_KEYS)
    if isinstance(given, (int, float)) or (isinstance(given, str) and given.strip().isdigit()):
        given = None
    if given is None and isinstance(embedded := data.get("_embedded"), Mapping):
        given = lookup(embedded, ("author",))
    return text_of(given)


# an HTML tag in a title or byline ("<em>Sea wall</em> repairs"), not "3 < 5" or "<3"
_INLINE_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>]{0,500})?/?>")


def plain_line(text: str) -> str:
    """A title or byline as plain text: the tags a feed or CMS export left in it taken out
    and its character references read."""
    if "<" in text and _INLINE_TAG.search(text) is not None:
        from briefing.ingest.markup import html_fragment_to_text

        return html_fragment_to_text(text)
    return unescaped(text)


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def unescaped(text: str) -> str:
    """`text` with its HTML character references read ("Sea wall &#8211; repairs" ->
    "Sea wall – repairs"), as WordPress and feed exports write titles; control characters
    they name are removed later, with the rest (`clean_line`, `clean_text`)."""
    if "&" not in text or _ENTITY.search(text) is None:
        return text
    import html

    return html.unescape(text)


def strip_body_furniture(body: str, recurring: Iterable[str] = ()) -> tuple[str, list[str]]:
    """The body without the site furniture at its start and end, and the lines removed.

    The same line rules as for scraped text (`ingest.furniture`); each paragraph line of a
    JSON or Markdown body stays on its own line, so the corpus-wide pass over lines that
    recur across a source sees them too.
    """
    from briefing.ingest.furniture import strip_furniture

    kept, removed = strip_furniture(body.split("\n"), recurring)
    return (normalise_body("\n".join(kept)) if removed else body), removed


def normalise_body(body: str) -> str:
    """Trim lines and keep paragraphs separated by exactly one blank line."""
    paragraphs = []
    for block in body.split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)
