"""One odd value or line does not cost a whole JSON or JSON Lines file (found by the
hostile suite, issue 17): orjson refuses legal JSON that the standard library reads."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.ingest import parse_bytes

BODY = "The harbour authority said on Tuesday that the new berth would open in the spring."


def test_lone_surrogate_escapes_are_read_and_cleaned():
    raw = json.dumps({"title": "Odd title \ud800", "body": f"{BODY} \udfff end"}).encode()
    (entry,) = parse_bytes(Path("a.json"), raw)
    assert entry.article.title.startswith("Odd title")
    entry.article.title.encode("utf-8")  # storable: no surrogate left
    assert entry.article.body.endswith("end")


def test_numbers_beyond_range_are_missing_values():
    raw = (
        '{"title": "Huge numbers", "body": "' + BODY + '", "date": 1e400, '
        '"published": -99999999999999999999}'
    ).encode()
    (entry,) = parse_bytes(Path("b.json"), raw)
    assert entry.article.title == "Huge numbers" and entry.article.published is None


def test_a_binary_line_costs_only_itself():
    good = json.dumps({"title": "Before binary", "body": BODY}).encode()
    after = json.dumps({"title": "After binary", "body": BODY}).encode()
    entries = parse_bytes(Path("c.ndjson"), good + b"\n\x00\xff\xfe\x01\n" + after + b"\n")
    assert [e.article.title if e.article else None for e in entries] == [
        "Before binary",
        None,
        "After binary",
    ]
    assert (entries[1].label, entries[1].error[:12]) == (":2", "invalid JSON")


def test_invalid_json_still_says_so():
    (entry,) = parse_bytes(Path("ok.jsonl"), b'{"title": "x", "body": "' + BODY.encode() + b'"}')
    assert entry.article is not None
    try:
        parse_bytes(Path("bad.json"), b'{"title": "cut')
    except Exception as error:
        assert str(error).startswith("invalid JSON")
    else:
        raise AssertionError("a cut JSON file was read")


def test_a_json_feed_export_is_read_with_its_site_name():
    # JSON Feed, as feed readers export it: the feed's own title beside its items, whose
    # text is content_text or content_html and whose date is date_published.
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Westhaven Post",
        "items": [
            {"id": "1", "title": "Tram vote", "content_text": BODY,
             "date_published": "2026-05-05T10:00:00Z", "authors": [{"name": "Maud Okafor"}]},
            {"id": "2", "title": "Berth opens", "content_html": f"<p>{BODY}</p><p>More.</p>"},
        ],
    }  # fmt: skip
    first, second = parse_bytes(Path("feed.json"), json.dumps(feed).encode())
    assert (first.article.title, first.article.body) == ("Tram vote", BODY)
    assert first.article.published.isoformat() == "2026-05-05T10:00:00+00:00"
    assert first.article.byline == "Maud Okafor"
    assert first.article.source == second.article.source == "Westhaven Post"
    assert second.article.body == f"{BODY}\n\nMore."


def test_a_wordpress_export_gives_its_rendered_title_and_content():
    post = {"title": {"rendered": "Tram vote"}, "content": {"rendered": f"<p>{BODY}</p>"},
            "date": "2026-05-06T09:00:00", "link": "https://post.example/tram"}  # fmt: skip
    (entry,) = parse_bytes(Path("posts.json"), json.dumps([post]).encode())
    assert (entry.article.title, entry.article.body) == ("Tram vote", BODY)
    assert entry.article.url == "https://post.example/tram"


def test_a_wordpress_author_id_is_no_byline_and_its_embedded_name_is():
    # "author": 3 is the CMS's user id: the byline showed "3"
    post = {"title": {"rendered": "Tram vote"}, "content": {"rendered": f"<p>{BODY}</p>"},
            "author": 3, "_embedded": {"author": [{"id": 3, "name": "Nell Ambrose"}]}}  # fmt: skip
    (entry,) = parse_bytes(Path("posts.json"), json.dumps([post]).encode())
    assert entry.article.byline == "Nell Ambrose"
    del post["_embedded"]
    (entry,) = parse_bytes(Path("posts.json"), json.dumps([post]).encode())
    assert entry.article.byline is None
    post["author"] = "17"
    (entry,) = parse_bytes(Path("posts.json"), json.dumps([post]).encode())
    assert entry.article.byline is None


def test_a_titled_object_without_text_is_still_one_article_skipped_for_it():
    (entry,) = parse_bytes(Path("a.json"), json.dumps({"title": "Only a title"}).encode())
    assert entry.error.startswith("no article text")


def test_character_references_in_a_title_byline_source_or_plain_body_are_read():
    # A WordPress export writes its titles with references: "Sea wall &#8211; repairs start"
    # was the title shown.
    post = {
        "title": {"rendered": "Sea wall &#8211; repairs start at O&#8217;Neill&#x27;s Quay"},
        "author": "Ana &amp; Tom",
        "source": "Holt &amp; District Post",
        "content": "Repairs start on Monday &mdash; six weeks of work. Tide &#27;[2J tables &c.",
    }
    (entry,) = parse_bytes(Path("wp.json"), json.dumps([post]).encode())
    article = entry.article
    assert article.title == "Sea wall \u2013 repairs start at O\u2019Neill's Quay"
    assert (article.byline, article.source) == ("Ana & Tom", "Holt & District Post")
    assert article.body.startswith("Repairs start on Monday \u2014 six weeks of work.")
    assert "\x1b" not in article.body and "&c." in article.body  # no reference: as written


def test_html_tags_in_a_title_or_byline_are_taken_out():
    raw = json.dumps(
        {
            "title": {"rendered": "<em>Sea wall</em> repairs &#8211; phase <b>two</b>"},
            "author": "<a href='/by/ann'>Ann Lowe</a>",
            "body": BODY,
        }
    ).encode()
    (entry,) = parse_bytes(Path("c.json"), raw)
    assert entry.article.title == "Sea wall repairs – phase two"
    assert entry.article.byline == "Ann Lowe"
    raw = json.dumps({"title": "Why 3 < 5 berths <3 the port", "body": BODY}).encode()
    (entry,) = parse_bytes(Path("d.json"), raw)
    assert entry.article.title == "Why 3 < 5 berths <3 the port"
