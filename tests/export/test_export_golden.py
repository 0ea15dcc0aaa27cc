"""The whole document, byte for byte, for a fixed store and export time."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.export import ExportFilters, export_markdown
from briefing.userdata import Anchor, UserData
from tests.export.helpers import EXPORTED_AT, FakeLibrary, article, facts
from tests.userdata.helpers import FakeClock

GOLDEN = Path(__file__).parent / "golden"


def _briefing_store(folder: Path) -> tuple[UserData, FakeLibrary]:
    library = FakeLibrary(
        [
            article(
                "ant-1",
                "Dockers vote to strike at Antwerp terminals",
                source="Harbour Daily",
                byline="Marieke Janssens",
                published=datetime(2025, 3, 3, 7, 0, tzinfo=UTC),
                url="https://harbour.example/antwerp-strike",
                facts=facts(
                    people=[("Jan Peeters", "union leader", 4), ("Annelies Verlinden", "", 1)],
                    places=[("Antwerp", 5), ("Rotterdam", 1)],
                    organisations=[("Port of Antwerp·Bruges", 2), ("ACV", 1)],
                    dates=[
                        ("Monday", "2025-03-03", "2025-03-03", "day"),
                        ("3 March 2025", "2025-03-03", "2025-03-03", "day"),
                        ("May 24, 2000", "2000-05-24", "2000-05-24", "day"),
                        ("last month", "2025-02", "2025-02", "month"),
                        ("the 1990s", "1990", "1999", "decade"),
                        ("until 11 March", "--03-11", "--03-11", "day"),
                        ("recently", None, None, "day"),
                    ],
                ),
            ),
            article(
                "ant-2",
                "Strike spills over to Rotterdam",
                source="EuroFreight",
                published=datetime(2025, 3, 5, 12, 0, tzinfo=UTC),
                paths=["/home/user/news/eurofreight.html"],
            ),
            article("ant-3", "Undated background piece", paths=["/home/user/news/bg.txt"]),
            # one of several articles of a JSON Lines file: named by its line
            article(
                "ant-4",
                "Pilots join the walkout",
                paths=["/home/user/news/feed.jsonl"],
                labelled_paths=["/home/user/news/feed.jsonl:3"],
            ),
        ]
    )
    store = UserData.open_folder(folder, clock=FakeClock(step=timedelta(minutes=7)))
    store.add_note(
        "ant-1",
        "Union position is **firm**.\n\n# Questions\n\n1. Who negotiates?\n2. Until when?",
        Anchor("We will not back down", 120, 141, kind="quote", speaker="Jan Peeters"),
    )
    note = store.add_note("ant-1", "Check the `crane` numbers.")
    store.update_note(note.id, "Check the `crane` numbers against the port's figures.")
    store.add_note(
        "ant-2",
        "Rotterdam sees *diverted* ships.",
        Anchor("Ships were diverted to Rotterdam\nand Hamburg.", 10, 55),
    )
    store.toggle_bookmark("ant-3")
    store.set_tags("ant-1", ["port strike", "belgium"])
    store.add_note("vanished-9", "This article was removed from the library.")
    store.toggle_bookmark("ant-4")
    return store, library


def _check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_text(text, "utf-8")
    assert text == path.read_text("utf-8")


def test_unfiltered_export_matches_golden(tmp_path):
    store, library = _briefing_store(tmp_path / "store")
    text = export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    _check_golden("briefing.md", text)


def test_filtered_export_matches_golden(tmp_path):
    store, library = _briefing_store(tmp_path / "store")
    filters = ExportFilters(tag="Port-Strike", since=datetime(2025, 3, 1).date())
    text = export_markdown(store.annotations(), library.articles, filters, EXPORTED_AT)
    _check_golden("briefing-tag-since.md", text)


def test_same_state_and_time_give_the_same_bytes(tmp_path):
    store, library = _briefing_store(tmp_path / "store")
    first = export_markdown(store.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
    reopened = UserData.open_folder(tmp_path / "store")
    assert (
        export_markdown(reopened.annotations(), library.articles, ExportFilters(), EXPORTED_AT)
        == first
    )
    later = export_markdown(
        reopened.annotations(), library.articles, ExportFilters(), datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert later != first


@pytest.mark.parametrize("name", ["briefing.md", "briefing-tag-since.md"])
def test_goldens_are_valid_commonmark_with_yaml_front_matter(name):
    from tests.export.helpers import assert_inert, headings, split_front_matter

    meta, body = split_front_matter((GOLDEN / name).read_text("utf-8"))
    assert meta["title"] == "Briefing notes"
    assert meta["exported_at"] == EXPORTED_AT.isoformat()
    levels = [level for level, _ in headings(body)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert meta["article_count"] == sum(
        1 for level, text in headings(body) if level == 2 and text != "Orphaned notes"
    )
    assert_inert(body)
