"""The reader's plain-Python parts: wrapping, layout, facts, citations, settings, themes."""

from __future__ import annotations

import json
from datetime import datetime

from rich.cells import cell_len

from briefing.core.facts import Facts
from briefing.core.model import Article
from briefing.core.results import Filters
from briefing.search.syntax import with_filters as combine_query
from briefing.tui.config import SETTING, ReaderConfig, load_config
from briefing.tui.history import History
from briefing.tui.render.citation import citation
from briefing.tui.render.facts import fact_groups
from briefing.tui.render.layout import lay_out
from briefing.tui.render.wrap import wrap_spans
from briefing.tui.themes import load_themes
from tests.tui.facts_helper import facts_for

TEXT = "Harbour pilots at the Port of Velden stopped work at dawn, leaving eleven ships waiting."


def test_wrapping_keeps_every_character_and_fits_the_width():
    for width in (5, 12, 30):
        spans = wrap_spans(TEXT, width)
        assert "".join(TEXT[a:b] for a, b in spans) == TEXT
        assert all(cell_len(TEXT[a:b].rstrip()) <= width for a, b in spans)


def test_layout_maps_body_offsets_to_rows():
    body = TEXT + "\n\n" + "Second paragraph about the breakwater."
    layout = lay_out(Article(title="Pilots", body=body, byline="Ines"), 20)
    offset = body.index("breakwater")
    row = layout.row_of(offset)
    line = layout.lines[row]
    assert line.kind == "body"
    assert line.body_start <= offset < line.body_start + len(line.text) + 1
    assert "breakwater" in line.text


def test_furniture_appears_only_when_asked():
    article = Article(title="T", body="Body.", removed=["Subscribe now"])
    assert "Subscribe now" not in [line.text for line in lay_out(article, 40).lines]
    assert "Subscribe now" in [line.text for line in lay_out(article, 40, True).lines]
    # one line is one line ("(1 lines)")
    heads = [
        line.text for line in lay_out(article, 60, True).lines if line.kind == "furniture-head"
    ]
    assert heads == ["Site furniture removed at ingest (1 line):"]


def test_fact_groups_follow_the_engine_shape_and_skip_junk():
    body = "Mara Lindgren of the Velden Pilots' Guild said 34 vessels waited at Velden on Thursday."
    data = facts_for(body).to_json()  # junk in stored facts is dropped as they are read
    data["people"].append({"name": "", "spans": [[1, 2]]})
    data["places"].append("not a dict")
    groups = fact_groups(Facts.from_json(data))
    assert [group.title for group in groups] == [
        "People",
        "Places",
        "Organisations",
        "Dates",
        "Figures",
    ]
    person = groups[0].items[0]
    assert person.label == "Mara Lindgren — guild secretary" and person.pivot == '"Mara Lindgren"'
    assert body[person.spans[0][0] : person.spans[0][1]] == "Lindgren"
    assert groups[3].items[0].pivot == "date:2024-05-02"
    assert fact_groups(None) == [] and fact_groups(Facts()) == []


def test_citation_has_title_source_date_and_url():
    article = Article(
        title="Ferry adds sailings",
        body="",
        source="Coastal Ledger",
        published=datetime(2024, 3, 18),
        url="https://ledger.example/a",
    )
    assert (
        citation(article)
        == "\u201cFerry adds sailings\u201d, Coastal Ledger, 18 March 2024. https://ledger.example/a"
    )
    assert citation(Article(title="Bare", body="")) == "\u201cBare\u201d."


def test_citation_names_the_author_first():
    article = Article(
        title="Ferry adds sailings", body="", byline="Ana Ruiz", published=datetime(2024, 3, 18)
    )
    assert citation(article) == "Ana Ruiz, \u201cFerry adds sailings\u201d, 18 March 2024."


def test_filters_become_query_clauses():
    filters = Filters(source="Harbour Gazette", date_from="2024-05-01")
    assert combine_query("pilots", filters) == (
        '(pilots) AND source:"Harbour Gazette" AND published:[20240501 to 29991231]'
    )
    assert combine_query("pilots", Filters()) == "pilots"
    assert combine_query("", Filters(date_to="2024-01-31")) == "published:[19000101 to 20240131]"


def test_settings_round_trip_and_survive_damage(tmp_path):
    import sqlite3

    from briefing.core.paths import Locations
    from briefing.userdata import UserData

    locations = Locations.resolve(tmp_path / "home")
    config = ReaderConfig(theme="briefing-light", query="ferry", sort="oldest", article_id="abc")
    config.panes.results = 50
    with UserData.open(locations) as data:
        data.save_setting(SETTING, config.to_json())
    assert load_config(locations) == config
    db = sqlite3.connect(locations.user_db)
    db.execute("UPDATE settings SET value = '{not json' WHERE name = ?", (SETTING,))
    db.commit()
    db.close()
    assert load_config(locations) == ReaderConfig()
    with UserData.open(locations) as data:
        data.save_setting(SETTING, {"sort": "sideways", "panes": {"results": 500}})
    loaded = load_config(locations)
    assert loaded.sort == "relevance" and loaded.panes.results == 80


def test_settings_of_the_previous_release_are_read_once(tmp_path):
    from briefing.core.paths import Locations

    locations = Locations.resolve(tmp_path / "home")
    locations.data_dir.mkdir(parents=True)
    locations.config_file.write_text(json.dumps({"theme": "briefing-light", "sort": "oldest"}))
    loaded = load_config(locations)
    assert loaded.theme == "briefing-light" and loaded.sort == "oldest"
    assert not locations.config_file.exists()  # kept among the pre-migration files
    locations.config_file.write_text("{not json")  # damaged, or written by an older briefing
    assert load_config(locations) == loaded


def test_history_goes_back_and_forward_and_forgets_the_forward_branch():
    history = History()
    for article_id in ("a", "b", "c"):
        history.visit(article_id)
    assert history.back() == "b" and history.back() == "a" and history.back() is None
    assert history.forward() == "b"
    history.visit("d")
    assert not history.can_go_forward and history.back() == "b"


def test_our_three_themes_load():
    names = {theme.name for theme in load_themes()}
    assert {"briefing-dark", "briefing-light", "briefing-high-contrast"} <= names


def test_snippet_line_starts_a_few_words_before_the_first_match():
    from briefing.tui.render.rows import LEAD_IN, lead_in

    snippet = "…back onto the Antwerp ring road on Friday as a 48-hour strike by dock workers"
    start = snippet.index("strike")
    text, highlights = lead_in(snippet, [(start, start + 6), (0, 5)])
    assert text.startswith("…") and text.index("strike") <= LEAD_IN + 1
    assert [text[a:b] for a, b in highlights] == ["strike"]  # the match cut off is dropped
    assert text.endswith("dock workers")


def test_snippet_with_an_early_match_is_left_whole():
    from briefing.tui.render.rows import lead_in

    assert lead_in("the strike began", [(4, 10)]) == ("the strike began", [(4, 10)])


def test_snippet_highlights_follow_the_text_past_dropped_control_characters():
    from briefing.tui.render.rows import lead_in

    snippet = "a\x1b\x9bb strike"
    start = snippet.index("strike")
    text, highlights = lead_in(snippet, [(start, start + 6)])
    assert "\x1b" not in text and "\x9b" not in text
    assert [text[a:b] for a, b in highlights] == ["strike"]


def test_an_entity_seen_on_one_day_says_the_day_once():
    from briefing.core.results import EntityPage
    from briefing.tui.render.list_rows import entity_header

    page = EntityPage(name="Owen Tallis", kind="person", article_count=2)
    one_day = EntityPage(**{**vars(page), "first": "2025-11-18", "last": "2025-11-18T07:45"})
    assert entity_header(one_day).endswith("2 articles, 18 Nov 2025")
    span = EntityPage(**{**vars(page), "first": "2025-11-18", "last": "2025-12-02"})
    assert entity_header(span).endswith("2 articles, 18 Nov 2025 to 02 Dec 2025")
    assert entity_header(page).endswith("2 articles")
