"""What a saved web page says about itself: its site, headline, authors and publication time.

trafilatura reads these too, but mixes them up on real pages: it keeps "| Site" in titles,
joins the site name to the authors, and htmldate returns the day without the time. This
module reads the explicit statements (OpenGraph and other meta tags, JSON-LD, rel=author,
<time datetime>) from the parsed tree in order of trust, and decides between them and
trafilatura's guesses.

All strings returned here are raw (not yet sanitised): the caller restores and cleans them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

_ARTICLE_TYPES = {"article", "blogposting", "socialmediaposting", "liveblogposting", "report"}
_SITE_TYPES = {"newsmediaorganization", "organization", "website", "corporation", "newspaper"}
_TITLE_META = ("title", "headline", "parsely-title", "sailthru.title", "dc.title",
               "dcterms.title", "citation_title")  # fmt: skip
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl", "citation_author", "og:article:author")  # fmt: skip
_SITE_META = ("application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher")
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished",
              "published_time", "article.published", "pubdate", "publishdate", "publish-date",
              "publish_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
              "dcterms.issued", "dcterms.created", "dcterms.date", "date")  # fmt: skip
_KEYWORD_META = {"article:tag", "keywords", "citation_keywords", "dcterms.subject",
                 "parsely-tags", "shareaholic:keywords", "tags"}  # fmt: skip
_MAX_JSON_LD = 1_000_000
_MAX_TITLE = 1000
_SEPARATOR = r"\s+(?:[|–—•·~/«»‹›:]|-{1,2}|::)\s+"
_LAST_SUFFIX = re.compile(rf"^(.*\S){_SEPARATOR}(.+)$")
_PREFIX = re.compile(rf"^(.+?)(?:{_SEPARATOR}|:\s+)(.*\S)$")
_BY = re.compile(r"^(?:by|words by|written by|posted by|author:?)\s+", re.IGNORECASE)
_PLACEHOLDER_BYLINES = {
    "staff", "admin", "administrator", "editor", "editors", "the editors", "editorial",
    "editorial staff", "editorial team", "editorial board", "newsroom", "news desk", "web desk",
    "webmaster", "web team", "guest", "guest author", "unknown", "anonymous", "n/a", "none",
}  # fmt: skip
_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du",
              "dos", "das", "al", "el", "bin", "ibn", "y", "and", "&", "ní", "nic", "mac",
              "ó", "ua", "ter", "ten", "st", "st."}  # fmt: skip
_BIO_WORDS = re.compile(
    r"\b(?:followers?|following|subscribers?|min read|writes about|reporter covering|"
    r"is an?|based in|previously|covers|former)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?]\s+[A-Z]")


@dataclass
class PageMeta:
    """The explicit metadata of one page, each list in order of trust."""

    site_names: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    host_keys: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    url: str | None = None  # the canonical link as written
    page_urls: list[str] = field(default_factory=list)  # og:url, twitter:url
    # Tags as trafilatura reads them from meta tags (in page order), and the JSON-LD section.
    keywords: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)


def read_meta(tree: Any) -> PageMeta:
    """Read the page's own statements about itself from its lxml tree."""
    meta = PageMeta()
    tags: dict[str, list[str]] = {}
    links, anchors, times, scripts, h1s, heads = [], [], [], [], [], []
    # One walk over the tree (in C) for every element of interest.
    for element in tree.iter("meta", "link", "a", "time", "script", "h1", "title"):
        tag = element.tag
        if tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content and content.strip():
                key = key.strip().lower()
                tags.setdefault(key, []).append(content.strip())
                if key in _KEYWORD_META:
                    meta.keywords.append(content.strip())
        elif tag == "a":
            if "author" in (element.get("rel") or "").lower().split():
                anchors.append(element)
        elif tag == "link":
            if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
                links.append(element.get("href").strip())
        elif tag == "time":
            if element.get("datetime"):
                times.append(element)
        elif tag == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                scripts.append(element)
        elif tag == "h1":
            if len(h1s) < 5:
                h1s.append(element)
        elif not heads:
            heads.append(element)

    def first(keys: Iterable[str]) -> Iterator[str]:
        for key in keys:
            yield from tags.get(key, ())

    ld = _json_ld(scripts)
    article = next((item for item in ld if _types(item) & _ARTICLE_TYPES or _is_article(item)), {})
    section = article.get("articleSection")
    sections = section if isinstance(section, list) else [section]
    meta.sections = [value for value in sections[:20] if isinstance(value, str) and value]

    # Site names: OpenGraph, the article's publisher, the app name, the site's own JSON-LD.
    names = list(first(("og:site_name",)))
    names += _names(article.get("publisher"))
    names += list(first(_SITE_META))
    names += [name for item in ld if _types(item) & _SITE_TYPES for name in _names(item)]
    meta.site_names = _unique(name for name in names if not _is_url(name))
    meta.handles = _unique(name.lstrip("@") for name in first(("twitter:site",)))

    meta.url = links[0] if links else None
    meta.page_urls = list(first(("og:url", "twitter:url")))
    for url in [meta.url, *meta.page_urls]:
        meta.host_keys |= _host_keys(url)

    titles = list(first(("og:title", "twitter:title")))
    titles += [value for value in [article.get("headline")] if isinstance(value, str)]
    titles += list(first(_TITLE_META))
    titles += [_text(element) for element in h1s + heads]
    meta.titles = _unique(title for title in titles if len(title) <= _MAX_TITLE)

    authors = [", ".join(_people(article.get("author")))]
    authors += [value for value in first(_AUTHOR_META) if not _is_url(value)]
    authors.append(", ".join(_unique(_text(anchor) for anchor in anchors[:20])))
    meta.authors = _unique(authors)

    dates = list(first(_DATE_META[:1]))
    dates += [value for value in [article.get("datePublished")] if isinstance(value, str)]
    dates += list(first(_DATE_META[1:]))
    dates += [t.get("datetime") for t in times if t.get("itemprop") == "datePublished"]
    dates += [t.get("datetime") for t in times if t.get("pubdate") is not None]
    in_article = next(
        (t for t in times if any(a.tag == "article" for a in t.iterancestors())), None
    )
    if in_article is not None:
        dates.append(in_article.get("datetime"))
    elif len(times) == 1:
        dates.append(times[0].get("datetime"))
    meta.dates = _unique(date for date in dates if date)
    return meta


def site_keys(meta: PageMeta, extra: Iterable[str | None] = ()) -> set[str]:
    """The loose keys a site is known by: its names and its host."""
    keys = {loose(name) for name in [*meta.site_names, *meta.handles, *extra] if name}
    return {key for key in keys if key} | meta.host_keys


def is_site_name(text: str, keys: set[str], host_keys: set[str] = frozenset()) -> bool:
    """True when `text` names the site (compared loosely: case, accents, "The", punctuation)."""
    if len(text) > 200:  # a paragraph, not a name (and not worth caching)
        return False
    key = loose(text)
    if not key:
        return False
    if key in keys:
        return True
    # "EuroFreight Today" on eurofreight.example: a short name in capitals that starts with
    # the host ("Harbor rates fall" on harbor.example is a headline).
    words = text.split()
    return (
        len(words) <= 4
        and all(word[:1].isupper() or word[:1].isdigit() for word in words)
        and any(len(host) >= 5 and key.startswith(host) for host in host_keys)
    )


def strip_site_name(title: str, keys: set[str], host_keys: set[str], byline: str | None) -> str:
    """`title` without the site's name before or after it ("Site - Headline", "Headline | Site").

    Also drops a "by <the byline>" part ("Headline | by Ana Ruiz | Site"). Never returns
    less than the headline: a title that is only the site name comes back unchanged.
    """
    byline_key = loose(byline or "")
    for _ in range(4):
        match = _LAST_SUFFIX.match(title)
        if match and _drop_part(match.group(2), match.group(1), keys, host_keys, byline_key):
            title = match.group(1)
            continue
        match = _PREFIX.match(title)
        if match and _drop_part(match.group(1), match.group(2), keys, host_keys, byline_key):
            title = match.group(2)
            continue
        break
    return title.strip()


def _drop_part(part: str, rest: str, keys: set[str], hosts: set[str], byline_key: str) -> bool:
    if not loose(rest):
        return False
    if byline_key and loose(_BY.sub("", part)) == byline_key and _BY.match(part):
        return True
    if is_site_name(part, keys, set()):
        return True
    # Matched on the host only: the headline must be the longer part.
    return is_site_name(part, set(), hosts) and len(rest.split()) > len(part.split())


def plausible_byline(text: str, keys: set[str], host_keys: set[str]) -> str | None:
    """The byline in `text` without "By", or None when it is a site name, a placeholder
    ("Staff"), a date or an author card with a bio."""
    from briefing.ingest.dates import looks_like_partial_date, parse_date_line

    name = " ".join(_BY.sub("", " ".join(text.split())).split()).strip(" ,;|·")
    words = name.split()
    if not words or len(words) > 10 or len(name) > 100:
        return None
    if name.casefold() in _PLACEHOLDER_BYLINES or is_site_name(name, keys, host_keys):
        return None
    if parse_date_line(name) or looks_like_partial_date(name) or re.search(r"\d{4}", name):
        return None
    if re.search(r"\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", name, re.IGNORECASE):
        return None
    if _SENTENCE_BREAK.search(name) or _BIO_WORDS.search(name):
        return None
    if name.endswith((".", "!", "?")) and len(words) >= 4:
        return None
    lower = [w for w in words if w[:1].islower() and w.casefold() not in _PARTICLES]
    if len(words) > 6 and len(lower) * 2 > len(words):
        return None
    return name


def _json_ld(scripts: list[Any]) -> list[dict[str, Any]]:
    """The top-level objects of the page's JSON-LD blocks (with @graph members)."""
    import orjson

    items: list[dict[str, Any]] = []
    for script in scripts:
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_JSON_LD:
            continue
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError:
            try:  # hand-written JSON-LD often has raw newlines or tabs inside strings
                data = json.loads(text, strict=False)
            except (ValueError, RecursionError):
                continue
        stack = data if isinstance(data, list) else [data]
        for entry in stack:
            if not isinstance(entry, dict):
                continue
            graph = entry.get("@graph")
            if isinstance(graph, list):
                items.extend(item for item in graph if isinstance(item, dict))
            else:
                items.append(entry)
    return items


def _types(item: dict[str, Any]) -> set[str]:
    value = item.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower() for v in values if isinstance(v, str)}


def _is_article(item: dict[str, Any]) -> bool:
    return any(t.endswith("article") or t.endswith("posting") for t in _types(item))


def _names(value: Any, depth: int = 0) -> list[str]:
    """Names in a JSON-LD value: a string, {"name": ...}, or a list of them."""
    if isinstance(value, str):
        return [value]
    if depth > 3:  # hostile nesting: names are never this deep
        return []
    if isinstance(value, dict):
        return _names(value.get("name"), depth + 1)
    if isinstance(value, list):
        return [name for item in value[:20] for name in _names(item, depth + 1)]
    return []


def _people(value: Any, depth: int = 0) -> list[str]:
    """Author names in JSON-LD, leaving out organisations (a site is not a byline)."""
    if depth > 3:
        return []
    if isinstance(value, list):
        return _unique(name for item in value[:20] for name in _people(item, depth + 1))
    if isinstance(value, dict):
        if _types(value) & _SITE_TYPES:
            return []
        name = value.get("name")
        if not name and isinstance(value.get("givenName"), str):
            name = " ".join(str(value[key]) for key in ("givenName", "familyName") if key in value)
        return [n for n in _names(name, depth + 1) if not _is_url(n)]
    if isinstance(value, str) and not _is_url(value):
        return [value]
    return []


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _is_url(text: str) -> bool:
    return bool(re.match(r"^(?:https?:)?//", text.strip(), re.IGNORECASE))


def _host_keys(url: str | None) -> set[str]:
    if not url:
        return set()
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return set()
    labels = [label for label in host.split(".") if label][:-1]
    labels = [label for label in labels if label not in {"www", "m", "amp", "co", "com", "org"}]
    keys = {loose(label) for label in labels if len(label) >= 3}
    if len(labels) > 1:
        keys.add(loose("".join(labels)))
    return {key for key in keys if key}


@lru_cache(maxsize=4096)
def loose(text: str) -> str:
    """Loose form for comparing names: no accents, case, leading "The", punctuation or TLD."""
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"^\s*(?:the|www\.)\s*", "", folded.strip().lstrip("@"))
    if " " not in folded:  # a domain as a name: "harborsentinel.com"
        folded = re.sub(r"(?:\.[a-z]{2,})?\.[a-z]{2,}$", "", folded)
    return re.sub(r"[\W_]+", "", folded)


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if isinstance(value, str):
            value = " ".join(value.split())
            if value and value not in seen:
                seen.append(value)
    return seen
