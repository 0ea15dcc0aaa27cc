"""Site furniture: the line rules, on our own invented examples, and the same rules in every format."""

import json
from pathlib import Path

import pytest

from briefing.ingest import read_file
from briefing.ingest.furniture import is_promotion, normalise_line, strip_furniture

PROSE = [
    "Dock workers at the northern terminal stayed away for a third day on Tuesday, and the "
    "union said it would not return to talks until the crane order was suspended.",
    "The port authority said 31 ships were waiting at anchor off the breakwater.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Write & Read to Earn with Quillpad",
        "Start writing on Inkwell today",
        "Publish your own story on Quillpad",
        "Join Storyloft for free",
        "Get the Inkwell app",
        "Read more stories like this on Papertrail",
        "Originally published on Papertrail",
        "This article was first published in The Weekly Oar.",
        "Originally published at papertrail.example on 3 March 2025.",
        "*Start writing on [Inkwell](https://inkwell.example/new)*",
    ],
)
def test_a_platforms_call_to_action_is_a_promotion(line):
    assert is_promotion(line)


@pytest.mark.parametrize(
    "line",
    [
        "I started writing this piece on the night train to Basel, and I will keep writing.",
        "She now writes on Quillpad about barges.",
        "Writing on Inkwell, the skipper said the river was too low.",
        "Start writing on time, the editor told her.",
        "Join us in Rotterdam on Friday.",
        "Join us on Friday",
        "Read it on Monday",
        "Follow the money.",
        "Write to your MP with your concerns",
        "Try it yourself",
        "The plan was first published in March by the ministry and revised twice.",
    ],
)
def test_prose_that_mentions_writing_or_a_name_is_not(line):
    assert not is_promotion(line)


def test_promotion_is_removed_at_the_end_only():
    body = [*PROSE, "", "Start writing on Inkwell"]
    kept, removed = strip_furniture(body)
    assert kept == PROSE
    assert removed == ["Start writing on Inkwell"]
    # The same line in the middle of a body is left alone.
    middle = [PROSE[0], "Start writing on Inkwell", *PROSE[1:], "Talks resume on Monday."]
    assert strip_furniture(middle) == (middle, [])


def test_a_final_sentence_that_mentions_writing_stays():
    last = "I will keep writing about the river on Quillpad as the summer goes on."
    kept, removed = strip_furniture([*PROSE, last])
    assert kept[-1] == last and removed == []


def test_newsletter_box_and_related_list_at_the_end():
    tail = [
        "Get the Harbour Brief in your inbox",
        "One short email every weekday with the port stories that matter.",
        "No spam. Unsubscribe at any time.",
        "You may also like",
        "- What the tide gauge tells skippers 28 May 2025",
        "- Container volumes slip for a third month",
        "- [Tanker owners weigh a greener fleet](https://example.org/tankers)",
    ]
    kept, removed = strip_furniture([*PROSE, *tail])
    assert kept == PROSE and removed == tail


def test_a_related_heading_followed_by_sentences_keeps_them():
    tail = ["Related", "The minister will decide in June.", "Talks resume on Monday."]
    assert strip_furniture([*PROSE, *tail]) == ([*PROSE, *tail], [])


def test_a_newsletter_pitch_never_opens_the_body():
    first = "Scam emails landing in your inbox are getting harder to spot, police said."
    assert strip_furniture([first, *PROSE]) == ([first, *PROSE], [])


def test_author_card_at_the_start_goes_with_its_bio():
    card = ["Lena Marsh", "Writes about canals and freight. Former barge skipper.", "412 Followers"]
    kept, removed = strip_furniture([*card, "Follow", "6 min read · Mar 4, 2025", *PROSE])
    assert kept == PROSE
    assert removed == [*card, "Follow", "6 min read · Mar 4, 2025"]


def test_no_card_when_a_standfirst_comes_first():
    standfirst = "Operators say loads could be cut by a third if the dry spring goes on."
    lines = [standfirst, "Lena Marsh", "Follow", *PROSE]
    kept, _ = strip_furniture(lines)
    assert kept[0] == standfirst


def test_a_lone_date_line_at_the_start_is_furniture():
    kept, removed = strip_furniture(["Updated 4 March 2025", *PROSE])
    assert kept == PROSE and removed == ["Updated 4 March 2025"]


def test_markup_is_looked_through_when_lines_are_compared():
    assert normalise_line("- **Subscribe to The Harbour Brief**") == normalise_line(
        "Subscribe to The Harbour Brief"
    )
    assert normalise_line("[Read 3 more](https://x.example/)") == "read # more"


# One article in every format: the same body, and the same lines removed.
TITLE = "Barge operators warn of low water"
FURNITURE = ["Sign up for the Harbour Brief", "Get the week's port news in your inbox."]
PROMO = "Start writing on Inkwell"


def _html() -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in [*PROSE, *FURNITURE, PROMO])
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"{paragraphs}</article></body></html>"
    )


FORMATS = {
    "a.txt": lambda: "\n\n".join([TITLE, *PROSE, *FURNITURE, PROMO]) + "\n",
    "a.md": lambda: "\n\n".join([f"---\ntitle: {TITLE}\n---", *PROSE, *FURNITURE, PROMO]),
    "a.json": lambda: json.dumps(
        {"title": TITLE, "body": "\n\n".join([*PROSE, *FURNITURE, PROMO])}
    ),
    "a.html": _html,
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_meets_the_same_rules(tmp_path, name):
    path = Path(tmp_path) / name
    path.write_text(FORMATS[name](), "utf-8")
    article = read_file(path)[0].article
    assert article.title == TITLE
    assert article.body == "\n\n".join(PROSE)
    assert article.removed == [*FURNITURE, PROMO]


def test_json_with_html_body_and_markdown_lists(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in PROSE) + (
        "<h3>Related stories</h3><ul><li><a href='/a'>Crane order delayed again</a></li>"
        "<li><a href='/b'>What the strike costs shippers</a></li></ul>"
    )
    (tmp_path / "b.json").write_text(json.dumps({"title": TITLE, "content": body}), "utf-8")
    article = read_file(tmp_path / "b.json")[0].article
    assert article.body == "\n\n".join(PROSE)
    assert article.removed == [
        "Related stories",
        "Crane order delayed again",
        "What the strike costs shippers",
    ]
    markdown = "\n\n".join([f"---\ntitle: {TITLE}\n---", *PROSE, "## You may also like"]) + (
        "\n\n- [Crane order delayed again](https://x.example/a)\n- [Strike costs](https://x.example/b)\n"
    )
    (tmp_path / "c.md").write_text(markdown, "utf-8")
    article = read_file(tmp_path / "c.md")[0].article
    assert article.body == "\n\n".join(PROSE)
    assert article.removed == [
        "## You may also like",
        "- [Crane order delayed again](https://x.example/a)",
        "- [Strike costs](https://x.example/b)",
    ]


RECURRING = "The Quayside Letter is funded by its readers"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_lines_known_to_recur_in_a_source_go_in_every_format(tmp_path, name):
    path = Path(tmp_path) / name
    text = FORMATS[name]()
    for line in FURNITURE:
        text = text.replace(line, "").replace("<p></p>", "")
    path.write_text(text.replace(PROMO, RECURRING), "utf-8")
    # Without the corpus evidence the line is an ordinary closing line and stays...
    assert read_file(path)[0].article.body == "\n\n".join([*PROSE, RECURRING])
    # ...with it, every format drops it and keeps it in removed, as text files do.
    article = read_file(path, recurring={normalise_line(RECURRING)})[0].article
    assert article.body == "\n\n".join(PROSE)
    assert article.removed == [RECURRING]


def test_a_link_to_another_article_between_paragraphs_is_removed():
    lines = [
        "Firefighters battled a wildfire near Malaga on Monday as winds pushed the flames.",
        "",
        "READ MORE: Europe braces for another summer of record heat",
        "",
        "Related: How a dry spring set up the fire season",
        "",
        "Read more: the report says the season starts earlier each year.",
        "",
        "The regional government of Andalusia said 400 firefighters and 18 aircraft were "
        "deployed overnight, and that the villages nearest the front would stay closed.",
    ]
    lines[3:3] = ["Image source, PA Media", "Image caption, Crews at the edge of the fire"]
    kept, removed = strip_furniture(lines)
    assert "Image source, PA Media" in removed
    assert "Image caption, Crews at the edge of the fire" in removed
    assert "READ MORE: Europe braces for another summer of record heat" in removed
    assert "Related: How a dry spring set up the fire season" in removed
    # a sentence (it ends with a full stop) is prose, whatever it opens with
    assert "Read more: the report says the season starts earlier each year." in kept
    assert kept[0].startswith("Firefighters") and kept[-1].startswith("The regional")


def test_a_related_topics_list_at_the_end_is_removed():
    lines = [
        "Network Rail chief executive Andrew Haines welcomed the agreement, and said "
        "passengers could plan their journeys with confidence again.",
        "",
        "Related topics",
        "Rail strikes",
        "Leeds",
    ]
    kept, removed = strip_furniture(lines)
    assert kept == lines[:1]
    assert removed == ["Related topics", "Rail strikes", "Leeds"]


def test_a_scraped_nav_bar_before_the_title_is_not_the_title(tmp_path):
    # A scraper copies the site's header as one line of menu words; the headline follows it.
    page = tmp_path / "pilots.txt"
    page.write_text(
        "Skip to main content\nMenu  Search  Subscribe\nHarbour pilots walk out over rota\n"
        "By Ilse Maertens\n3 March 2026\n\n" + "\n".join(PROSE) + "\n"
        "© 2026 Coastline Media Group. All rights reserved.\n",
        "utf-8",
    )
    (entry,) = read_file(page)
    assert entry.article.title == "Harbour pilots walk out over rota"
    assert "Menu  Search  Subscribe" in entry.article.removed
    # the copyright line names the site, without the "All" of "All rights reserved"
    assert entry.article.source == "Coastline Media Group"


@pytest.mark.parametrize("line", ["Home | Sign in | Register", "Menu · Search · Newsletters"])
def test_a_bar_of_menu_words_is_furniture(line):
    kept, removed = strip_furniture([line, PROSE[0], PROSE[1]])
    assert removed == [line]


@pytest.mark.parametrize("line", ["Home secretary resigns", "Search for the missing crew"])
def test_a_headline_that_opens_with_a_menu_word_is_kept(line):
    kept, removed = strip_furniture([line, PROSE[0], PROSE[1]])
    assert removed == []


def test_an_advertisement_marker_between_paragraphs_is_removed(tmp_path):
    # a scraped page keeps the label where an advertisement stood, mid-article
    path = tmp_path / "buses.txt"
    path.write_text(
        "Council approves new bus lanes\nBy Maya Holt\n14 September 2025\n\n"
        "Riverside council voted on Tuesday to add bus lanes to three roads.\n\n"
        "Advertisement\n\nStory continues below advertisement\n\n"
        "Shop owners on Mill Road said they feared losing parking spaces.\n\n"
        "ADVERTISEMENT\n\nAdvertisement revenue at the depot rose, the council said.\n",
        "utf-8",
    )
    article = read_file(path)[0].article
    assert article.body == (
        "Riverside council voted on Tuesday to add bus lanes to three roads.\n\n"
        "Shop owners on Mill Road said they feared losing parking spaces.\n\n"
        "Advertisement revenue at the depot rose, the council said."
    )
    assert article.removed == [
        "Advertisement",
        "Story continues below advertisement",
        "ADVERTISEMENT",
    ]


def test_a_newsletter_box_and_a_picture_credit_between_paragraphs_are_removed():
    prose = "The water agency said on Friday that the Tordera reservoirs had fallen to 18%."
    lines = [
        prose,
        "",
        "Getty Images",
        "AP Photo/Jon Marsh",
        "",
        "Sign up for our morning newsletter and get the day's top stories in your inbox.",
        "",
        "Reuters reported the cuts on Monday, citing two officials at the agency.",
        "",
        "Subscribe to the newsletter, the mayor urged residents at the meeting on Monday.",
        "",
        prose,
    ]
    kept, removed = strip_furniture(lines)
    assert removed == [
        "Getty Images",
        "AP Photo/Jon Marsh",
        "Sign up for our morning newsletter and get the day's top stories in your inbox.",
    ]
    # prose that names an agency or a newsletter stays
    assert "Reuters reported the cuts on Monday, citing two officials at the agency." in kept
    assert (
        "Subscribe to the newsletter, the mayor urged residents at the meeting on Monday." in kept
    )
