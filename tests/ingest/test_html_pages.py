"""Saved web pages: small inline pages, in our own words for invented sites."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefing.ingest import read_file


def inline(tmp_path: Path, head: str, body: str, name: str = "p.html"):
    path = tmp_path / name
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", "utf-8")
    return read_file(path)[0].article


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


BODY = (
    "<article>{h1}<p>The county port authority voted on Tuesday to let the two "
    "container terminals work overnight shifts from March, after shipping lines complained "
    "about ships waiting days for a berth.</p><p>The commission approved the plan by four "
    "votes to one, and will review it in June.</p>{extra}</article>"
)
HEADLINE = "Port authority approves overnight shifts"


def body(h1: str | None = HEADLINE, extra: str = "") -> str:
    return BODY.format(h1=f"<h1>{h1}</h1>" if h1 else "", extra=extra)


@pytest.mark.parametrize(
    ("title", "site"),
    [
        (
            f"{HEADLINE} | Harbor Sentinel",
            '<meta property="og:site_name" content="Harbor Sentinel">',
        ),
        (
            f"Harbor Sentinel - {HEADLINE}",
            '<meta property="og:site_name" content="The Harbor Sentinel">',
        ),
        (
            f"{HEADLINE} — HARBOR SENTINEL",
            '<meta name="application-name" content="Harbor Sentinel">',
        ),
        (
            f"Harbor Sentinel: {HEADLINE}",
            '<meta property="og:site_name" content="Harbor Sentinel">',
        ),
        (
            f"{HEADLINE} · Harbor Sentinel",
            '<script type="application/ld+json">{"@context":"https://schema.org",'
            '"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbor Sentinel"}}'
            "</script>",
        ),
        (
            f"{HEADLINE} | harborsentinel.com",
            '<link rel="canonical" href="https://www.harborsentinel.com/a">',
        ),
        (
            f"{HEADLINE} | Harbor Sentinel",
            '<link rel="canonical" href="https://harborsentinel.example/a">',
        ),
        (
            f"{HEADLINE} | Section | Harbor Sentinel",
            '<meta property="og:site_name" content="Harbor Sentinel">',
        ),
    ],
)
def test_site_name_is_stripped_from_the_title(tmp_path, title, site):
    head = f'<meta property="og:title" content="{title}">{site}'
    expected = HEADLINE + (" | Section" if "Section" in title else "")
    assert inline(tmp_path, head, body(h1=title)).title == expected


def test_a_title_part_that_is_not_the_site_stays(tmp_path):
    head = (
        '<meta property="og:title" content="Port strike - day three | Harbor Sentinel">'
        '<meta property="og:site_name" content="Harbor Sentinel">'
    )
    assert inline(tmp_path, head, body()).title == "Port strike - day three"
    head = "<title>Harbor rates fall - what shippers pay now</title>"
    head += '<link rel="canonical" href="https://harbor.example/a">'
    assert (
        inline(tmp_path, head, body(h1=None)).title == "Harbor rates fall - what shippers pay now"
    )


def test_the_title_is_never_the_site_name(tmp_path):
    head = '<title>Harbor Sentinel</title><meta property="og:site_name" content="Harbor Sentinel">'
    logo = '<header><h1 class="logo">Harbor Sentinel</h1></header>'
    article = inline(tmp_path, head, logo + body())
    assert article.title == HEADLINE
    # Nothing but the site name anywhere: the first line of the text stands in.
    article = inline(tmp_path, head, logo + body(h1="Harbor Sentinel"))
    assert article.title.startswith("The county port authority voted on Tuesday")
    assert article.body.startswith(article.title)


def test_a_by_author_part_of_the_title_goes_with_the_site(tmp_path):
    head = (
        f"<title>{HEADLINE} | by Ana Ruiz | Quillpad</title>"
        '<meta property="og:site_name" content="Quillpad"><meta name="author" content="Ana Ruiz">'
    )
    assert inline(tmp_path, head, body(h1=None)).title == HEADLINE


AUTHOR_LD = (
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
    '"author":{"@type":"Person","name":"Dana Whitfield"}}</script>'
)
SITE = '<meta property="og:site_name" content="Harbor Sentinel">'


@pytest.mark.parametrize(
    ("head", "extra", "byline"),
    [
        # The site's name as the meta author: JSON-LD says better.
        ('<meta name="author" content="Harbor Sentinel">' + AUTHOR_LD, "", "Dana Whitfield"),
        # "By Staff": the rel=author link says better.
        (
            '<meta name="author" content="By Staff">',
            '<a rel="author" href="/p/o">Owen Pritchard</a>',
            "Owen Pritchard",
        ),
        # A date where the author should be.
        ('<meta name="author" content="March 3, 2025">', "", None),
        # An author card with a bio and nothing better: no byline.
        (
            '<meta name="author" content="Lena Marsh Writes about canals and freight. Former skipper.">',
            "",
            None,
        ),
        ('<meta name="author" content="Staff">', "", None),
        # An organisation as the JSON-LD author is the site, not a byline.
        (
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"author":{"@type":"Organization","name":"Harbor Sentinel"}}</script>'
            '<meta name="author" content="Ana Ruiz">',
            "",
            "Ana Ruiz",
        ),
        # Real bylines stay as they are.
        ('<meta name="author" content="Gráinne Ní Bhriain">', "", "Gráinne Ní Bhriain"),
        (
            '<meta name="author" content="By Ana Ruiz and Tom Fairbairn">',
            "",
            "Ana Ruiz and Tom Fairbairn",
        ),
    ],
)
def test_wrong_bylines_are_fixed_or_dropped(tmp_path, head, extra, byline):
    article = inline(tmp_path, SITE + head, body(extra=f"<p>{extra}</p>" if extra else ""))
    assert article.byline == byline


@pytest.mark.parametrize(
    ("head", "extra", "published"),
    [
        (
            '<meta property="article:published_time" content="2025-03-05T08:00:00+01:00">',
            "",
            datetime(2025, 3, 5, 8, 0, tzinfo=tz(1)),
        ),
        (
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
            '"datePublished":"2025-03-05T08:00:00Z","dateModified":"2025-03-06T10:00:00Z"}</script>',
            "",
            datetime(2025, 3, 5, 8, 0, tzinfo=UTC),
        ),
        (
            "",
            '<time datetime="2025-03-05T08:15">5 March, 8.15am</time>',
            datetime(2025, 3, 5, 8, 15),
        ),
        # The day from one tag, the time from another on the same day.
        (
            '<meta name="pubdate" content="2025-03-05">',
            '<time datetime="2025-03-05T08:15:00+01:00">5 March</time>',
            datetime(2025, 3, 5, 8, 15, tzinfo=tz(1)),
        ),
        ('<meta name="date" content="2025-03-05">', "", datetime(2025, 3, 5)),
        ("", "", None),
    ],
)
def test_publication_time_is_kept_when_the_page_has_one(tmp_path, head, extra, published):
    article = inline(tmp_path, head, body(extra=extra))
    assert article.published == published
    if published is not None:
        assert article.published.utcoffset() == published.utcoffset()
