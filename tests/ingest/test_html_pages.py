"""Saved web pages: our own test pages (tests/fixtures/html) and small inline ones.

Each page is written in our own words for invented sites, in the shape of a real kind of
page: a WordPress post, an Arc-style news page with JSON-LD, a blog repost from a writing
platform, a page whose <title> is only the site name, a page with an author hover card,
and a page with escape sequences.
"""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefing.ingest import read_file

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html"


def page(name: str):
    entries = read_file(PAGES / name)
    assert len(entries) == 1 and entries[0].article is not None
    return entries[0].article


def inline(tmp_path: Path, head: str, body: str, name: str = "p.html"):
    path = tmp_path / name
    path.write_text(f"<html><head>{head}</head><body>{body}</body></html>", "utf-8")
    return read_file(path)[0].article


def tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


EXPECTED = {
    "wordpress-newsletter-related.html": dict(
        title="Barge operators warn of low Rhine water by August",
        byline="Pieterjan Claes",
        source="Lowland Ledger",
        published=datetime(2025, 6, 3, 7, 45, 12, tzinfo=tz(2)),
        first="Inland shipping companies on the Rhine have told customers to expect smaller "
        "loads from August if the unusually dry spring continues, as water levels at the Kaub "
        "gauge fell to their lowest June reading in six years.",
        last="The Dutch water authority said it would publish its next forecast for the Rhine "
        "on Friday.",
        removed=[
            "Get the Ledger in your inbox",
            "One short email every weekday morning with the trade stories that matter.",
            "No spam. Unsubscribe at any time.",
            "You may also like",
            "- What the Kaub gauge tells shippers 28 May 2025",
            "- Duisburg port volumes slip for a third month 21 May 2025",
            "- Tanker owners weigh the cost of a greener fleet 14 May 2025",
        ],
    ),
    "arc-jsonld-newsarticle.html": dict(
        title="Port authority approves overnight shifts at Pier 9",
        byline="Dana Whitfield, Rafael Ortiz",  # JSON-LD, not the meta author (the site)
        source="The Harbor Sentinel",
        published=datetime(2025, 2, 18, 14, 32, 7, tzinfo=tz(-5)),
        first="The county port authority voted on Tuesday to let the two container terminals "
        "at Pier 9 work overnight shifts from March until the end of the winter import peak, "
        "after shipping lines complained about ships waiting days for a berth.",
        last="The longshore workers’ local said it supported the shifts as long as the night "
        "crews were paid the agreed premium.",
        removed=[
            "Sign up for Business Briefing",
            "Get the day’s business headlines delivered to your inbox every afternoon.",
            "More from The Harbor Sentinel",
        ],
    ),
    "blog-repost-platform-promo.html": dict(
        title="How one barge family keeps the Rhine trade alive",
        byline="Mira Castellanos",
        source="Quillpad",
        published=datetime(2025, 4, 2, 6, 12, 44, 318000, tzinfo=UTC),
        first="The Maasstroom is 110 metres long, carries up to 3,000 tonnes of diesel and has "
        "belonged to the Verhoeven family since 1987. On a grey morning in March it was tied "
        "up at the oil terminal in Duisburg, waiting for a loading slot that was already four "
        "hours late.",
        last="I started writing this piece on the night train back to Basel, and I will keep "
        "writing about the river as the summer goes on.",
        removed=[
            "Mira Castellanos",
            "Freight nerd. Writes about rail, barges and the people who run them.",
            "2.4K Followers",
            "Write & Read to Earn with Quillpad",
        ],
    ),
    "title-only-site-name.html": dict(
        title="Council votes to close Marlow Street bridge for repairs",
        byline="Owen Pritchard",  # rel=author; the "byl" meta names the site
        source="Northgate Gazette",
        published=datetime(2025, 7, 9),  # the page gives the day only
        first="Marlow Street bridge will close to traffic for at least nine months from "
        "September after councillors voted on Tuesday night to approve a £6.2m repair plan.",
        last="Councillor Priya Shah, who chairs the transport committee, said the closure was "
        "“the last thing anyone wanted” but that patching the bridge again would only delay "
        "the work. The council will hold a drop-in session about the diversions at the Corn "
        "Exchange on 22 July.",
        removed=["Wednesday 9 July 2025"],
    ),
    "hovercard-author.html": dict(
        title="Valley farmers told to cut water use by a fifth",
        byline="Tomos Rees",
        source="The Upland Courier",
        published=datetime(2025, 8, 14, 9, 20, tzinfo=tz(1)),
        first="Farmers in the Teme valley have been told to cut the water they take from the "
        "river by a fifth from Monday, after the driest summer in the region since records "
        "began in 1911.",
        last="The National Farmers’ Union said some fruit growers could lose a third of their "
        "late harvest, and called for a temporary fund for on-farm reservoirs.",
        removed=[
            "Tomos Rees",
            "Environment reporter. Covers rivers, farming and the uplands. Previously at the "
            "Border Herald.",
            "318 articles",
            "Follow",
        ],
    ),
    "escape-sequences.html": dict(
        title="Ferry fares to rise in spring",
        byline="Ailsa MacLeod",
        source="Isles Bulletin",
        published=datetime(2025, 1, 30, 16, 45, tzinfo=UTC),
        first="Fares on the island ferry routes will rise by 6% from April, the operator said "
        "on Thursday, the first increase in three years. The cost of a car and driver on the "
        "crossing to Stornhaven will go up to £58.",
        last="Community councils on three islands said they would write to the transport "
        "minister to ask for the increase to be phased in over two years. A decision is "
        "expected in March.",
        removed=[],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page(name):
    article = page(name)
    expected = EXPECTED[name]
    paragraphs = article.body.split("\n\n")
    assert article.title == expected["title"]
    assert article.byline == expected["byline"]
    assert article.source == expected["source"]
    assert article.published == expected["published"]
    assert article.published.utcoffset() == expected["published"].utcoffset()
    assert paragraphs[0] == expected["first"]
    assert paragraphs[-1] == expected["last"]
    assert article.removed == expected["removed"]
    assert article.format == "html"


def test_every_test_page_is_checked():
    assert sorted(p.name for p in PAGES.glob("*.html")) == sorted(EXPECTED)


def test_published_prints_with_its_offset_or_as_written():
    assert page("arc-jsonld-newsarticle.html").to_json()["published"] == (
        "2025-02-18T14:32:07-05:00"
    )
    assert page("title-only-site-name.html").to_json()["published"] == "2025-07-09T00:00:00"


def test_escape_page_keeps_no_control_character():
    article = page("escape-sequences.html")
    for text in (article.title, article.byline, article.body):
        assert not any(ord(ch) < 32 and ch not in "\n\t" or 0x7F <= ord(ch) <= 0x9F for ch in text)
        assert not any(r in text for r in ("]52;", "[2J", "[31m", "[0m", "]0;", "]8;"))


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
            f"{HEADLINE} | EuroFreight Today",
            '<meta property="og:url" content="https://eurofreight.example/a">',
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
    assert article.removed == ["Harbor Sentinel"]


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


def test_where_the_page_states_nothing_trafilatura_guesses(tmp_path):
    wordpress = page("wordpress-newsletter-related.html")
    assert wordpress.byline == "Pieterjan Claes"  # from the theme's byline markup
    assert wordpress.tags == ["Rhine", "barges"]  # from the tag links
    assert wordpress.url == (
        "https://lowlandledger.example/2025/06/03/barge-operators-warn-low-rhine-water/"
    )
    # The day from the URL, and the URL made absolute from a relative canonical link.
    head = (
        "<title>Night shifts approved</title>"
        '<link rel="canonical" href="/news/2025/03/05/night-shifts">'
        '<meta property="og:image" content="https://harbor.example/i.png">'
    )
    article = inline(tmp_path, head, body())
    assert article.published == datetime(2025, 3, 5)
    assert article.url == "https://harbor.example/news/2025/03/05/night-shifts"
    assert article.source == "harbor.example"
    # Tags from a keywords meta, or from the JSON-LD section.
    head = '<meta name="keywords" content="port, night shifts">'
    assert inline(tmp_path, head, body()).tags == ["port, night shifts"]
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","articleSection":"Ports"}</script>'
    )
    assert inline(tmp_path, head, body()).tags == ["Ports"]
    # No title anywhere: the first line of the text stands in, as for JSON.
    article = inline(tmp_path, "", body(h1=None))
    assert article.title.startswith("The county port authority voted on Tuesday")


def test_json_ld_with_raw_newlines_in_its_strings_is_read(tmp_path):
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"NewsArticle","headline":"Night shifts\n approved",'
        '"author":{"@type":"Person","name":"Dana\tWhitfield"},'
        '"datePublished":"2025-03-05T08:00:00+01:00"}</script>'
    )
    article = inline(tmp_path, head, body(h1=None))
    assert (article.title, article.byline) == ("Night shifts approved", "Dana Whitfield")
    assert article.published == datetime(2025, 3, 5, 8, tzinfo=tz(1))
