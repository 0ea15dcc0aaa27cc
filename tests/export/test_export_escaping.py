"""Untrusted titles, quotes, passages, tags and notes cannot break the export."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
import yaml

from briefing.export import ExportFilters, export_markdown
from briefing.export.escape import code_span, fenced, inline, yaml_string
from briefing.export.notes import render_note
from briefing.userdata import Anchor, UserData
from tests.export.helpers import (
    EXPORTED_AT,
    FakeLibrary,
    article,
    assert_inert,
    headings,
    split_front_matter,
    tokens,
)

HOSTILE_TITLES = [
    "Line one\n# Fake heading\n- fake item",
    "<script>alert(1)</script> & <b>bold</b>",
    "[click](javascript:alert(1)) ![x](file:///etc/passwd)",
    "*emphasis* __strong__ `code` ~~strike~~",
    "1. numbered\n2) other",
    "> quoted\n=====\n-----",
    "Title ending in hashes ##",
    "&amp; &#60;entity&#62; &copy;",
    "back\\slash \\* escaped",
    "```\nfence\n```",
    "<https://autolink.example> <mailto:x@y.z>",
    "   indented\n\n    code block",
]


def _article_with_title(title: str, i: int):
    return article(f"t{i}", title, published=datetime(2025, 1, 1 + i, tzinfo=UTC))


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_title_is_one_literal_heading(tmp_path, title):
    store = UserData.open_folder(tmp_path / "store")
    store.toggle_bookmark("t0")
    library = FakeLibrary([_article_with_title(title, 0)])
    text = export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    _, body = split_front_matter(text)
    assert headings(body) == [(1, "Briefing notes"), (2, " ".join(title.split()))]
    assert_inert(body)
    kinds = {t.type for t in tokens(body)}
    assert not kinds & {"bullet_list_open", "ordered_list_open", "blockquote_open", "fence"}


def test_hostile_quotes_passages_sources_and_tags_stay_inside(tmp_path):
    store = UserData.open_folder(tmp_path / "store")
    store.add_note(
        "a",
        "plain",
        Anchor(
            "# not a heading\n- not a list\n\n<div>x</div>\n```",
            kind="quote",
            speaker="<i>Bob</i>\n# Boss",
        ),
    )
    store.add_note("a", "second", Anchor("> nested?\n1. no\n==="))
    store.add_note(
        "a", "fact", Anchor("Jane", kind="person", label="Jane [x](javascript:1) (minister)")
    )
    store.set_tags("a", ["<b>", "`tick`", "[link](x)"])
    library = FakeLibrary(
        [
            article(
                "a",
                "Safe",
                source="- Evil Source\n# yes",
                byline="*Me*",
                url="javascript:alert(document.cookie)",
            )
        ]
    )
    _, body = split_front_matter(
        export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    )
    assert headings(body) == [(1, "Briefing notes"), (2, "Safe")]
    assert_inert(body)
    kinds = [t.type for t in tokens(body)]
    # The article's only lists: none (no facts); quotes: exactly one per anchored note.
    assert "bullet_list_open" not in kinds and "ordered_list_open" not in kinds
    assert kinds.count("blockquote_open") == 3
    assert "fence" not in kinds
    assert "javascript:alert(document.cookie)" in body  # shown as text, not a link


NOTE_ATTACKS = [
    "<script>alert(1)</script>",
    "text <img src=x onerror=alert(1)> more",
    "<!-- comment --> and <?php ?>",
    "[a](javascript:alert(1)) [b]( <vbscript:x> ) [c](relative/path) [d](#frag)",
    "[ref]: javascript:evil\n\n[use][ref]",
    "![img](data:image/svg+xml;base64,PHN2Zz4=)",
    "<javascript:alert(1)> <file:///etc/passwd>",
    "# H1\n## H2\n###### H6",
    "Setext H1\n=========\n\nSetext H2\n---------",
    "> # quoted heading\n> <b>x</b>",
    "```\nunclosed fence swallowing the rest",
    "~~~~\nunclosed tilde fence",
    "- item\n\n  <div>html in list</div>",
    "- a\n  - b\n      # deep heading in nested list",
    "[x]\n\n[x]: <javascript:y>",
    "\\<b>already escaped\\</b>",
    "`code <b>` then <b>",
]


@pytest.mark.parametrize("note", NOTE_ATTACKS)
def test_hostile_notes_are_inert_and_contained(tmp_path, note):
    store = UserData.open_folder(tmp_path / "store")
    store.add_note("a", note)
    library = FakeLibrary([article("a", "First"), article("b", "Second")])
    store.toggle_bookmark("b")
    _, body = split_front_matter(
        export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    )
    assert_inert(body)
    found = headings(body)
    # The outline is intact: both articles are level 2, in order, and every note heading
    # is below level 2 (and sits under its article).
    assert [h for h in found if h[0] <= 2] == [(1, "Briefing notes"), (2, "First"), (2, "Second")]
    assert found[-1] == (2, "Second")


def test_notes_keep_their_formatting():
    note = "Intro with **bold**, _em_ and `code`.\n\n- one\n- two\n\n```python\nx = '<b>'\n```\n\n> quoted\n\n[site](https://example.org)"
    rendered = render_note(note, 2)
    kinds = [t.type for t in tokens(rendered)]
    for kind in (
        "strong_open",
        "em_open",
        "code_inline",
        "bullet_list_open",
        "fence",
        "blockquote_open",
        "link_open",
    ):
        assert kind in kinds
    assert "x = '<b>'" in rendered  # code is verbatim
    assert rendered.count("\\") == 0  # nothing over-escaped


def test_note_headings_shift_below_the_article_level():
    rendered = render_note("# A\n\n## B\n\nC\n===\n\n##### E", 2)
    assert headings(rendered) == [(3, "A"), (4, "B"), (3, "C"), (6, "E")]


def test_unsafe_leftovers_fall_back_to_a_verbatim_fence():
    # A heading nested two lists deep is not rewritten; the parser check catches it.
    note = "- a\n  - b\n      # deep heading ```` with ticks"
    rendered = render_note(note, 2)
    assert rendered.startswith("`````markdown\n") and rendered.endswith("\n`````")
    (fence,) = [t for t in tokens(rendered) if t.type == "fence"]
    assert fence.content == note + "\n"
    assert headings(rendered) == []


def test_fence_is_longer_than_any_backtick_run():
    text = "a ``` b ```` c"
    block = fenced(text)
    assert block.startswith("`````\n") and block.endswith("\n`````")
    (fence,) = [t for t in tokens(block) if t.type == "fence"]
    assert fence.content == text + "\n"
    span = code_span("``x`` and ` y")
    (code,) = [t for t in tokens(span) if t.type == "code_inline"]
    assert code.content == "``x`` and ` y"
    edge = code_span("`starts and ends`")
    (code,) = [t for t in tokens(edge) if t.type == "code_inline"]
    assert code.content == "`starts and ends`"


def test_ordinary_punctuation_is_not_over_escaped():
    text = 'Minister\'s plan: 3.5% rise (2025) — "no deal"; costs €1,200/day! A-B, x_y, #1, #hash, a > b, done.'
    assert inline(text) == text


WEIRD = [
    "plain",
    'quote " and backslash \\',
    "line\nbreak\ttab",
    "--- not the end",
    "key: value # comment",
    "\u2028line separator\u2029 and \x85 NEL",
    "BOM \ufeff and nonchars \ufffe",
    "emoji 🗞️ and accents é ñ",
    "'single' {braces} [brackets] &anchor *alias !tag %percent @at `tick",
    "\x00\x07\x1b[31m controls",
    "",
    "yes",
    "null",
    "2025-01-01",
]


@pytest.mark.parametrize("value", WEIRD)
def test_yaml_strings_round_trip(value):
    assert yaml.safe_load(f"key: {yaml_string(value)}\n") == {"key": value}


def test_front_matter_round_trips_hostile_filters(tmp_path):
    store = UserData.open_folder(tmp_path / "store")
    store.set_tags("a", ['we"ird\n---\ntag: x'])
    library = FakeLibrary([article("a", "A <title>\n---")])
    query = 'A "quoted" query\n---\nfilters: hacked \u2028 # not a comment'
    filters = ExportFilters(tag=store.tags("a")[0], query=query)
    text = export_markdown(store.annotations(), library.articles, filters, EXPORTED_AT, ["a"])
    meta, body = split_front_matter(text)
    assert meta == {
        "title": "Briefing notes",
        "exported_at": "2025-04-02T08:30:00+00:00",
        "filters": {"tag": store.tags("a")[0], "query": query},
        "article_count": 1,
    }
    assert_inert(body)


def test_random_hostile_text_never_breaks_the_document(tmp_path):
    """Fuzz: titles, passages and notes from Markdown/HTML fragments keep the outline intact."""
    fragments = [
        "#", "##", "-", "*", "_", "`", "```", "~~~", ">", "<", "</b>", "<b>", "[", "]", "(",
        ")", "!", "&", "&lt;", "\\", "=", "===", "---", "1.", "2)", "\n", "\n\n", " ", "    ",
        "javascript:", "https://x.y", "word", "é", "|", ":", "\"", "'", "\t", "<!--", "-->",
    ]  # fmt: skip
    rng = random.Random(20250402)
    store = UserData.open_folder(tmp_path / "store")
    articles = []
    for i in range(60):

        def noise(n: int) -> str:
            return "".join(rng.choice(fragments) for _ in range(n))

        title = noise(8) + f" T{i}"
        articles.append(
            article(f"f{i}", title, source=noise(4), published=datetime(2025, 1, 1, tzinfo=UTC))
        )
        store.add_note(
            f"f{i}",
            noise(30),
            Anchor(noise(10), kind=rng.choice(["passage", "quote"]), speaker=noise(3)),
        )
    library = FakeLibrary(articles)
    meta, body = split_front_matter(
        export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    )
    assert meta["article_count"] == 60
    assert_inert(body)
    top = [h for h in headings(body) if h[0] <= 2]
    assert len(top) == 61
    ordered = sorted(articles, key=lambda a: a.title.casefold())  # same date: by title
    assert [text for _, text in top[1:]] == [" ".join(a.title.split()) for a in ordered]
