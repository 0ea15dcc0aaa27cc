"""Each reader on our own small examples of its format."""

import json
from datetime import datetime
from pathlib import Path

from briefing.ingest import read_file

SCRAPED = """Port strike enters second week as talks stall

Staff reporter
3 March 2025
214

Dock workers in Antwerp stayed away from the container terminals for a seventh day on Monday, and the union said no new talks had been set.

"We are ready to talk when they are ready to listen," said Jan Peeters, the union's secretary.

The port authority said 46 ships were waiting at anchor.

Share this story
Subscribe to HARBOUR DAILY
K
2 Comments
No comments yet.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    return path


def only(path: Path):
    entries = read_file(path)
    assert len(entries) == 1 and entries[0].article is not None
    return entries[0].article


def test_scraped_text_header_body_and_furniture(tmp_path):
    article = only(write(tmp_path, "a.txt", SCRAPED))
    assert article.title == "Port strike enters second week as talks stall"
    assert article.byline == "Staff reporter"
    assert article.published == datetime(2025, 3, 3)
    assert article.source == "Harbour Daily"
    assert article.body.startswith("Dock workers in Antwerp")
    assert article.body.endswith("46 ships were waiting at anchor.")
    assert article.removed == [
        "214",
        "Share this story",
        "Subscribe to HARBOUR DAILY",
        "K",
        "2 Comments",
        "No comments yet.",
    ]


def test_header_lines_in_any_order_and_a_user_handle(tmp_path):
    text = "Title here\n\n1,204\nMarch 4, 2025\n9Lau...3RuW\n\nBody paragraph that is long enough to read as prose, with a full stop.\n"
    article = only(write(tmp_path, "b.txt", text))
    assert article.byline == "9Lau...3RuW"
    assert article.published == datetime(2025, 3, 4)
    assert "1,204" in article.removed


def test_a_second_header_line_before_the_date(tmp_path):
    text = (
        "Senate passes stopgap bill\n\nBy Ana Ruiz and Tom Baird\nReporting from Washington\n"
        "Dec. 19, 2025, 11:48 p.m. ET\n\nThe Senate on Friday passed a stopgap bill that keeps "
        "the government open through January.\n"
    )
    article = only(write(tmp_path, "c.txt", text))
    assert article.byline == "Ana Ruiz and Tom Baird"
    assert article.published == datetime(2025, 12, 19, 23, 48)
    assert article.body.startswith("The Senate on Friday")
    assert "Reporting from Washington" in article.removed
    # without a date after it, a short line after the byline is the body's first line
    text = "Title\n\nBy Ana Ruiz\nA short opening line\n\nThe rest of the story, told at length.\n"
    assert only(write(tmp_path, "d.txt", text)).body.startswith("A short opening line")


def test_a_standfirst_before_the_byline_and_date(tmp_path):
    text = (
        "Ministers urged to act as river pollution reports double\n\n"
        "Agency figures show 1,140 serious incidents last year\n\n"
        "Helena Ortiz Environment correspondent\nWed 4 Mar 2026 06.00 GMT\n\n"
        "Reports of serious river pollution in England doubled in 2025, the agency said.\n\n"
        "Explore more on these topics\nRivers\nPollution\n"
    )
    article = only(write(tmp_path, "s.txt", text))
    assert article.byline == "Helena Ortiz Environment correspondent"
    assert article.published == datetime(2026, 3, 4, 6, 0, tzinfo=article.published.tzinfo)
    assert article.body.startswith("Agency figures show 1,140 serious incidents last year\n\n")
    assert article.body.endswith("the agency said.")


def test_a_byline_and_date_on_one_line(tmp_path):
    text = "Mayor sentenced\n\nBy Chris Dunn | March 2, 2026\n\nA judge on Monday sentenced him.\n"
    article = only(write(tmp_path, "e.txt", text))
    assert article.byline == "Chris Dunn"
    assert article.published == datetime(2026, 3, 2)
    assert article.body == "A judge on Monday sentenced him."
    # a title-like line with a bar and no date stays what it was
    text = "Mayor sentenced\n\nNews | Local\n\nA judge on Monday sentenced him.\n"
    assert only(write(tmp_path, "f.txt", text)).published is None


def test_plain_headline_then_paragraphs(tmp_path):
    text = "A plain headline\n\nThe first paragraph begins at once, with no byline or date, as many files do.\n\nShort close.\n"
    article = only(write(tmp_path, "c.txt", text))
    assert article.byline is None and article.published is None
    assert article.body.endswith("Short close.")
    assert article.removed == []


def test_a_date_line_that_is_not_a_date_is_not_invented(tmp_path):
    text = "Headline\n\nBy Ana Ruiz\n32 Foo 2025\n\nBody text that runs long enough to be the first paragraph of prose here.\n"
    article = only(write(tmp_path, "d.txt", text))
    assert article.published is None
    assert article.byline == "Ana Ruiz"


def test_real_body_paragraphs_are_never_removed(tmp_path):
    text = (
        "Headline\n\nThe first paragraph is long enough to read as prose and is plainly the article.\n\n"
        "Read more about the dispute in our explainer, which sets out what each side wants and why the talks failed last week.\n\n"
        "Subscribe to HARBOUR DAILY\n"
    )
    article = only(write(tmp_path, "e.txt", text))
    assert "Read more about the dispute" in article.body
    assert article.removed == ["Subscribe to HARBOUR DAILY"]


def test_markdown_front_matter(tmp_path):
    text = '---\ntitle: "Drought: phase two"\ndate: 2025-04-02\nauthor: Marta Soler\nsource: Meridian\nurl: https://meridian.example/a\ntags: [water, catalonia]\nstory: drought\n---\n\nReservoirs fell to 16% on Tuesday.\n'
    article = only(write(tmp_path, "f.md", text))
    assert (article.title, article.byline, article.source) == (
        "Drought: phase two",
        "Marta Soler",
        "Meridian",
    )
    assert article.published == datetime(2025, 4, 2)
    assert article.url == "https://meridian.example/a"
    assert article.tags == ["water", "catalonia"]
    assert article.extra == {"story": "drought"}
    assert article.body == "Reservoirs fell to 16% on Tuesday."


def test_a_title_whose_quote_never_closes_loses_only_the_stray_mark(tmp_path):
    text = '---\ntitle: "Ferry sinks off Oslo\ndate: 2024-01-02\n---\nThe coastguard said all were saved.\n'
    assert only(write(tmp_path, "f.md", text)).title == "Ferry sinks off Oslo"
    text = "---\ntitle: '90s ferries return\n---\nOld ferries sail again.\n"
    assert only(write(tmp_path, "g.md", text)).title == "'90s ferries return"


def test_json_object_list_and_common_field_names(tmp_path):
    data = [
        {
            "headline": "One",
            "articleBody": "<p>First para.</p><p>Second para.</p>",
            "datePublished": "2025-03-01T09:00:00+01:00",
            "authors": [{"name": "A. Writer"}],
            "site": "Wire",
            "link": "https://w.example/1",
            "keywords": "a, b",
        },
        {
            "title": "Two",
            "content": "Body two.",
            "published": "March 2, 2025",
            "byline": "B",
            "source": "S",
        },
    ]
    entries = read_file(write(tmp_path, "g.json", json.dumps(data)))
    first, second = (entry.article for entry in entries)
    assert first.title == "One" and first.body == "First para.\n\nSecond para."
    assert first.byline == "A. Writer" and first.source == "Wire" and first.tags == ["a", "b"]
    assert first.published.utcoffset().total_seconds() == 3600
    assert second.published == datetime(2025, 3, 2)


def test_html_page_metadata_and_main_text(tmp_path):
    html = """<html><head><title>Cranes idle | Meridian</title>
<meta property="og:title" content="Cranes idle at Antwerp"><meta property="og:site_name" content="Meridian Times">
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2025-03-05T08:00:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="ad">Buy now</div>
<script>document.write('evil')</script><article><h1>Cranes idle at Antwerp</h1>
<p>Dock workers at the Port of Antwerp-Bruges stopped work on Wednesday for the third day running, leaving cranes idle.</p>
<p>"We will not accept machines that take our jobs," said Jan Peeters, the union's secretary, outside the gates.</p></article>
<section id="comments"><h3>Comments</h3><p>Great article, thanks!</p></section></body></html>"""
    article = only(write(tmp_path, "h.html", html))
    assert article.title == "Cranes idle at Antwerp"
    assert article.source == "Meridian Times" and article.byline == "Ana Ruiz"
    assert article.published.date().isoformat() == "2025-03-05"
    assert "Dock workers" in article.body and "Jan Peeters" in article.body
    for junk in ("evil", "Buy now", "Great article", "World"):
        assert junk not in article.body


def test_a_title_and_one_short_line_is_read_without_error():
    # A short line under the title with nothing after it: the standfirst look-ahead read
    # past the end (IndexError); it is the text of a brief, not a byline with no text after
    # it (the file was skipped as having no article text).
    from briefing.ingest.text import parse_text

    article = parse_text("Title\n\nA five word short line\n")
    assert (article.title, article.byline, article.body) == (
        "Title",
        None,
        "A five word short line",
    )


def test_share_and_save_buttons_above_the_byline(tmp_path):
    text = (
        "Smoke blankets the city\nShare\nSave\nLena Okoro\nSydney\nMon 13 Jan 2025 02.14 AEDT\n"
        "Smoke from more than 90 fires has blanketed the city for a third day.\n\n"
        "Most viewed\nReuse this content\n"
    )
    article = only(write(tmp_path, "g.txt", text))
    assert article.byline == "Lena Okoro"
    assert article.body == "Smoke from more than 90 fires has blanketed the city for a third day."


def test_a_desk_line_and_a_relative_publication_time(tmp_path):
    text = (
        "Doctors walk out\nBy Grace Adeyemi\nHealth reporter\nPublished 2 hours ago\n\n"
        "Thousands of resident doctors have begun a five-day strike in a dispute over pay.\n"
    )
    article = only(write(tmp_path, "h.txt", text))
    assert article.byline == "Grace Adeyemi"
    assert article.body.startswith("Thousands of resident doctors")
    assert "Published 2 hours ago" in article.removed


def test_a_markdown_heading_that_repeats_the_title_is_not_kept_in_the_body(tmp_path):
    page = tmp_path / "cranes.md"
    page.write_text(
        "---\ntitle: Crane drivers win pay deal\ndate: 2026-02-18\n---\n\n"
        "# Crane  drivers win pay deal\n\nThe drivers returned to work on Wednesday.\n\n"
        "## What the deal says\n\nNo driver loses a job before 2028.\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    assert entry.article.title == "Crane drivers win pay deal"
    assert entry.article.body.startswith("The drivers returned to work on Wednesday.")
    assert "\n\nWhat the deal says\n\n" in entry.article.body  # other headings stay, unmarked
    assert entry.article.removed[0] == "# Crane  drivers win pay deal"  # shown by `u`


def test_section_breadcrumbs_above_the_headline_are_not_the_title(tmp_path):
    # A page copied whole: its section path, then the headline, a listen prompt, the byline
    # and desk, an age, a picture credit.
    page = tmp_path / "locks.txt"
    page.write_text(
        "World\nEurope\nDutch lock keepers vote to strike over pensions\n"
        "Listen to this article · 4 min\nAnna de Groot\nAmsterdam Correspondent\n"
        "Updated 5 hours ago\nImage: A lock on a canal. Photo: Harbour Photo Agency\n"
        "Lock keepers voted on Monday to strike for a day next week over their pensions.\n"
        "About 600 keepers run the country's locks and movable bridges.\n"
        "More from Europe\nBelgian ports report record quarter\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    article = entry.article
    assert article.title == "Dutch lock keepers vote to strike over pensions"
    assert article.byline == "Anna de Groot"
    assert article.body.startswith("Lock keepers voted on Monday")
    assert article.removed[:2] == ["World", "Europe"]
    assert article.source is None  # "More from Europe" names the section, not the site


def test_a_site_menu_copied_one_item_a_line_is_not_the_title_or_byline(tmp_path):
    # The headline was "News", the byline "Sport" and the date was lost in the body.
    page = tmp_path / "menu.txt"
    page.write_text(
        "Skip to main content\nMenu\nNews\nSport\nBusiness\nWeather\nSearch\nOpinion\n"
        "Ferry operator cancels winter timetable after engine failure\nBy Ola Brandt\n"
        "Published 4 February 2026, 08:15 GMT\n3 comments\n"
        "The island ferry will run twice a day until March, its operator said.\n"
        "Repairs to the second engine will take six weeks.\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    article = entry.article
    assert article.title == "Ferry operator cancels winter timetable after engine failure"
    assert (article.byline, article.published.day) == ("Ola Brandt", 4)
    assert article.body.startswith("The island ferry will run")
    assert article.removed[2:8] == ["News", "Sport", "Business", "Weather", "Search", "Opinion"]


def test_a_short_headline_above_its_standfirst_stays_the_title(tmp_path):
    page = tmp_path / "short.txt"
    page.write_text(
        "Lock strike\nKeepers across the country will stop work for a day.\n"
        "By Anna de Groot\n3 March 2026\n\nLock keepers voted on Monday to strike.\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    assert entry.article.title == "Lock strike"


def test_markdown_without_front_matter_reads_an_emphasised_byline_and_date(tmp_path):
    # The byline was "*By Ola Brandt | 24 March 2026*", asterisks and date, and no date.
    page = tmp_path / "ferry.md"
    page.write_text(
        "# Ferry timetable restored\n\n*By Ola Brandt | 24 March 2026*\n\n"
        "The island ferry returns to **four** sailings a day from Monday.\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    article = entry.article
    assert (article.title, article.byline) == ("Ferry timetable restored", "Ola Brandt")
    assert (article.published.month, article.published.day) == (3, 24)
    assert article.body == "The island ferry returns to four sailings a day from Monday."


def test_markdown_inline_markup_is_read_as_the_words_it_marks(tmp_path):
    page = tmp_path / "clip.md"
    page.write_text(
        "---\ntitle: Crane deal\n---\n\n"
        "The operator, **Nordquay Terminals**, agreed, said negotiator *Anneke Dros*.\n\n"
        "![A crane at dusk](img/crane.jpg)\n\n"
        'Read [the union\'s statement](https://union.example/s "Statement") and `rota_v2`.\n\n'
        "- a list item stays a list item, as does snake_case_name and 2 * 3\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    assert entry.article.body == (
        "The operator, Nordquay Terminals, agreed, said negotiator Anneke Dros.\n\n"
        "A crane at dusk\n\n"
        "Read the union's statement and rota_v2.\n\n"
        "- a list item stays a list item, as does snake_case_name and 2 * 3"
    )


def test_front_matter_with_an_author_mapping_and_a_list_of_authors(tmp_path):
    text = (
        "---\nlayout: post\ntitle: Ferry service resumes\ndate: 2025-04-03 10:00:00 +0200\n"
        "author:\n  name: Kim Dale\n  url: https://example.org/kim\n"
        "description: >-\n  A ferry runs\n  again.\n---\n\nThe ferry to Penrick sailed again.\n"
    )
    article = only(write(tmp_path, "a.md", text))
    assert (article.title, article.byline) == ("Ferry service resumes", "Kim Dale")
    assert article.published.isoformat() == "2025-04-03T10:00:00+02:00"
    text = (
        "---\ntitle: Two writers\nauthors:\n  - name: Ann Lowe\n    handle: ann\n"
        "  - name: Tom Reyes\ntags:\n- ferry\n- storm\n---\nPilots walked out.\n"
    )
    article = only(write(tmp_path, "b.md", text))
    assert (article.byline, article.tags) == ("Ann Lowe, Tom Reyes", ["ferry", "storm"])


def test_a_front_matter_title_over_two_lines_or_as_a_block_is_read_whole(tmp_path):
    text = "---\ntitle: Harbour pilots strike\n  for a second week\nauthor: Ann Lowe\n---\nBody.\n"
    assert only(write(tmp_path, "a.md", text)).title == "Harbour pilots strike for a second week"
    text = "---\ntitle: >\n  Harbour pilots\n  strike again\n---\nBody.\n"
    assert only(write(tmp_path, "b.md", text)).title == "Harbour pilots strike again"


def test_hugo_toml_front_matter(tmp_path):
    text = (
        '+++\ntitle = "Kelby opens a library"\ndate = 2025-03-01T09:00:00Z\n'
        'author = "Rob Finch"\ntags = ["books", "kelby"]\n+++\n\nThe town of Kelby opened it.\n'
    )
    article = only(write(tmp_path, "a.md", text))
    assert (article.title, article.byline, article.tags) == (
        "Kelby opens a library",
        "Rob Finch",
        ["books", "kelby"],
    )
    assert article.published.isoformat() == "2025-03-01T09:00:00+00:00"
    assert article.body == "The town of Kelby opened it."
    # Hugo's zero date is no date; a slip in the TOML loses only its own line
    text = '+++\ntitle = "Zero date"\ndate = 0001-01-01T00:00:00Z\n+++\nBody.\n'
    assert only(write(tmp_path, "b.md", text)).published is None
    text = '+++\ntitle = "Kept anyway"\nauthor = "Rob\n+++\nBody.\n'
    assert only(write(tmp_path, "c.md", text)).title == "Kept anyway"


def test_markdown_heading_marks_are_not_shown(tmp_path):
    text = (
        "---\ntitle: Harbour pilots strike in Portmere\n---\n\n# Harbour pilots strike\n\n"
        "Pilots walked out on Thursday.\n\n## Delays expected ##\n\nShips wait. #portmere\n"
    )
    article = only(write(tmp_path, "a.md", text))
    assert article.body == (
        "Harbour pilots strike\n\nPilots walked out on Thursday.\n\n"
        "Delays expected\n\nShips wait. #portmere"
    )
    text = "Ferry returns\n\nThe ferry sailed again.\n\n### What next\n\nMore sailings soon.\n"
    assert "What next\n\nMore" in only(write(tmp_path, "b.md", text)).body


def test_a_read_more_link_ending_a_markdown_line_is_dropped(tmp_path):
    text = (
        "---\ntitle: Pilots strike\n---\n\nPilots walked out, said Tom Reyes. "
        "[Read more](https://example.org/a)\n\n[Continue reading →](https://example.org/b)\n\n"
        "Officials gave [more](https://example.org/c) figures to [the union](https://example.org/d).\n"
    )
    article = only(write(tmp_path, "a.md", text))
    assert article.body == (
        "Pilots walked out, said Tom Reyes.\n\nOfficials gave more figures to the union."
    )
