"""Which articles an export covers, and writing it out."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from briefing.core.errors import BriefingError
from briefing.core.paths import Locations
from briefing.export import ExportFilters, default_export_path, select, write_export
from briefing.userdata import UserData
from tests.export.helpers import FakeLibrary, article


@pytest.fixture
def setup(tmp_path):
    library = FakeLibrary(
        [
            article("noted", "Noted strike", published=datetime(2025, 3, 1, 23, 30, tzinfo=UTC)),
            article("marked", "Bookmarked port", published=datetime(2025, 3, 10, tzinfo=UTC)),
            article("tagged", "Tagged drought", published=datetime(2025, 2, 1, tzinfo=UTC)),
            article("read", "Only read strike", published=datetime(2025, 3, 5, tzinfo=UTC)),
            article("plain", "Untouched strike"),
        ]
    )
    store = UserData.open_folder(tmp_path / "store")
    store.add_note("noted", "n")
    store.toggle_bookmark("marked")
    store.set_tags("tagged", ["drought"])
    store.set_tags("marked", ["Drought"])
    store.mark_read("read")
    store.add_note("gone", "orphan")
    return store, library


def _ids(selection):
    return [a.id for a in selection.articles]


def test_without_filters_every_annotated_or_bookmarked_article(setup):
    store, library = setup
    selection = select(store.annotations(), library.articles, ExportFilters())
    assert _ids(selection) == ["marked", "noted", "tagged"]  # newest first
    assert list(selection.orphans) == ["gone"]


def test_bookmarked_and_tag_narrow_the_set(setup):
    store, library = setup
    assert _ids(select(store.annotations(), library.articles, ExportFilters(bookmarked=True))) == [
        "marked"
    ]
    assert _ids(select(store.annotations(), library.articles, ExportFilters(tag="#DROUGHT"))) == [
        "marked",
        "tagged",
    ]
    both = select(
        store.annotations(), library.articles, ExportFilters(tag="drought", bookmarked=True)
    )
    assert _ids(both) == ["marked"] and both.orphans == {}


def test_query_starts_from_search_results(setup):
    store, library = setup
    selection = select(
        store.annotations(),
        library.articles,
        ExportFilters(query="strike"),
        library.search("strike"),
    )
    assert _ids(selection) == ["read", "noted", "plain"]
    with pytest.raises(ValueError):
        select(store.annotations(), library.articles, ExportFilters(query="strike"))


def test_since_and_until_are_inclusive_days(setup):
    store, library = setup
    filters = ExportFilters(since=date(2025, 3, 1), until=date(2025, 3, 10))
    assert _ids(select(store.annotations(), library.articles, filters)) == ["marked", "noted"]
    assert _ids(
        select(store.annotations(), library.articles, ExportFilters(until=date(2025, 3, 1)))
    ) == [
        "noted",
        "tagged",
    ]


def test_filters_in_front_matter_order():
    filters = ExportFilters(True, "t", "q", date(2025, 1, 1), date(2025, 2, 1))
    assert filters.used() == {
        "bookmarked": True,
        "tag": "t",
        "query": "q",
        "since": "2025-01-01",
        "until": "2025-02-01",
    }
    assert ExportFilters().used() == {}


def test_write_export_never_overwrites_without_force(tmp_path):
    target = tmp_path / "out" / "notes.md"
    with pytest.raises(BriefingError, match="does not exist"):
        write_export(target, "first\n")  # a folder is made only when it may be
    write_export(target, "first\n", may_create=tmp_path / "out")
    assert target.read_text() == "first\n"
    with pytest.raises(BriefingError, match="--force"):
        write_export(target, "second\n")
    assert target.read_text() == "first\n"
    write_export(target, "second\n", force=True)
    assert target.read_text() == "second\n"
    assert [p.name for p in target.parent.iterdir()] == ["notes.md"]
    with pytest.raises(BriefingError, match="folder"):
        write_export(tmp_path, "x")


def test_default_path_is_in_the_documents_folder(tmp_path):
    locations = Locations.resolve(tmp_path / "home")
    path = default_export_path(locations, date(2025, 4, 2))
    assert path == locations.documents_dir / "briefing-notes-2025-04-02.md"


def test_a_second_export_of_the_day_is_offered_a_name_of_its_own(tmp_path):
    # The second export of a day was refused ("already exists; use --force"), or offered
    # only to replace the first.
    locations = Locations.resolve(tmp_path / "home")
    first = default_export_path(locations, date(2025, 4, 2))
    write_export(first, "morning\n", may_create=locations.documents_dir)
    second = default_export_path(locations, date(2025, 4, 2))
    assert second == locations.documents_dir / "briefing-notes-2025-04-02-2.md"
    write_export(second, "evening\n")
    assert default_export_path(locations, date(2025, 4, 2)).name == "briefing-notes-2025-04-02-3.md"
    assert first.read_text() == "morning\n"
