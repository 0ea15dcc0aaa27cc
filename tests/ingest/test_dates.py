import json
from datetime import UTC, datetime, timedelta

import pytest

from briefing.ingest.dates import looks_like_partial_date, parse_date, parse_date_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("24 May 2024", datetime(2024, 5, 24)),
        ("May 24, 2024", datetime(2024, 5, 24)),
        ("Published: 3 March 2025", datetime(2025, 3, 3)),
        ("Mon 3 Mar 2025 10:42", datetime(2025, 3, 3, 10, 42)),
        ("24/05/2024", datetime(2024, 5, 24)),
    ],
)
def test_real_site_forms(line, expected):
    assert parse_date_line(line) == expected


def test_timezone_kept_when_given():
    iso = parse_date_line("2024-05-24T10:00:00Z")
    assert iso.utcoffset() == timedelta(0)
    rfc = parse_date_line("Fri, 24 May 2024 10:00:00 +0200")
    assert rfc.utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "line", ["214", "3 March", "Staff reporter", "Soon", "32 Foo 2025", "1,200 people"]
)
def test_not_dates(line):
    assert parse_date_line(line) is None


def test_partial_date_is_recognised_but_not_invented():
    assert looks_like_partial_date("March 3")
    assert parse_date_line("March 3") is None


def test_parse_date_values():
    assert parse_date(None) is None
    assert parse_date(True) is None
    assert parse_date("2024-05-24") == datetime(2024, 5, 24)
    assert parse_date(1716544800).year == 2024


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thu 12 Feb 2026 14.05 GMT", "2026-02-12T14:05:00+00:00"),
        ("12 February 2026, 8.15am", "2026-02-12T08:15:00"),
        ("Published 3 March 2026 at 7.45pm", "2026-03-03T19:45:00"),
        ("Mon 2 Mar 2026 23.59 BST", "2026-03-02T23:59:00+01:00"),
        # the time first, as CNN writes it
        ("Published 2:14 PM EDT, Mon August 10, 2026", "2026-08-10T14:14:00-04:00"),
        ("14.05 GMT, 12 Feb 2026", "2026-02-12T14:05:00+00:00"),
    ],
)
def test_a_time_with_a_dot_or_before_the_date(line, expected):
    # British sites' date lines: the time as "14.05", which dateutil alone rejects.
    assert parse_date_line(line).isoformat() == expected


def test_a_numeric_date_then_the_same_date_in_words() -> None:
    from datetime import datetime

    from briefing.ingest.dates import parse_date_line

    assert parse_date_line("12/04/2024 December 4, 2024") == datetime(2024, 12, 4)
    assert parse_date_line("04.12.2024 4 December 2024 10:30") == datetime(2024, 12, 4, 10, 30)


def test_a_zone_after_a_comma() -> None:
    from datetime import datetime

    from briefing.ingest.dates import parse_date_line

    assert parse_date_line("Saturday 22 February 2025 14:05, UK") == datetime(2025, 2, 22, 14, 5)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2023-02-30", "is not a real day"),
        ("2023-02-30T10:00:00Z", "is not a real day"),
        ("0000-05-01", "is not a real day"),
        ("2023-13-01", "is not a real day"),
        ("30 February 2023", "is not a real day"),
        ("Published: February 30, 2023", "is not a real day"),
        ("31/04/2023", "is not a real day"),
        ("9999-12-31", "is after 2100"),
        ("12 May 1066", "is before 1900"),
        ("2023-03-01", None),  # a date we read
        ("02/03/2023", None),
        ("next Tuesday", None),  # not written as a full date: nothing to say
        ("March 3", None),
        (1700000000, None),
    ],
)
def test_why_a_date_written_in_full_gives_no_date(value, problem):
    from briefing.ingest.dates import date_problem

    assert date_problem(value) == problem


def test_each_format_keeps_an_article_with_an_impossible_date_and_says_why(tmp_path):
    from briefing.ingest import read_file

    body = "The ferry sailed on time for the first week since the storm closed the port."
    files = {
        "feed.jsonl": json.dumps({"title": "Ferry back", "date": "2023-02-30", "body": body}),
        "front.md": f"---\ntitle: Ferry back\ndate: 2023-02-30\n---\n\n{body}\n",
        "plain.txt": f"Ferry back\nBy Ann Lee\n2023-02-30\n\n{body}\n",
        "page.html": (
            '<html><head><meta property="article:published_time" content="2023-02-30">'
            f"<title>Ferry back</title></head><body><article><p>{body}</p><p>{body}</p>"
            "</article></body></html>"
        ),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, "utf-8")
        (entry,) = read_file(tmp_path / name)
        assert entry.article is not None and entry.article.published is None, name
        assert entry.notice == "its date 2023-02-30 is not a real day; kept without a date"
        assert entry.article.extra == {}, name  # the notice never stays on the article
        assert "2023-02-30" not in entry.article.body, name


@pytest.mark.parametrize(
    "value",
    [
        "2025-11-17 18:30:00 +0000",  # Jekyll's front matter
        "2025-11-17 18:30 +0000",
        "2025-11-17 18:30:00 UTC",
        "2025-11-17T18:30:00Z",
    ],
)
def test_an_iso_time_with_its_zone_after_a_space_is_read(value):
    # Jekyll and Hugo write the zone after a space: the article was left undated.
    assert parse_date(value) == datetime(2025, 11, 17, 18, 30, tzinfo=UTC)


def test_a_timestamp_in_milliseconds_is_read():
    # JavaScript's Date.now() in a JSON export: it was taken for a date after 2100.
    assert parse_date(1763553600000) == datetime(2025, 11, 19, 12, 0, tzinfo=UTC)
    assert parse_date(1763553600) == datetime(2025, 11, 19, 12, 0, tzinfo=UTC)
    assert parse_date(99999999999999) is None
