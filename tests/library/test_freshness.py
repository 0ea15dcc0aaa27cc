"""A read command trusts a full look at the files moments ago while no folder changed
(`library/freshness.py`); `briefing index` and a plain refresh always look."""

from __future__ import annotations

import os
from unittest import mock

from briefing.library import freshness
from tests.library.helpers import article_text, open_library


def _age_folders(*folders) -> None:
    """Folders last changed well before the next look (as between two commands)."""
    for folder in folders:
        stat = folder.stat()
        os.utime(folder, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10_000_000_000))


def _titles(library) -> set[str]:
    return {row.title for row in library.search("", limit=50).hits}


def _setup(tmp_path, home):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    first = folder / "sub" / "a.txt"
    first.write_text(article_text("Pilots strike", "Pilots stopped work at dawn."))
    _age_folders(folder / "sub", folder)
    with open_library(home, refresh=False) as library:
        library.index([folder])
    return folder, first


def test_a_recent_look_is_trusted_and_the_files_are_not_walked(tmp_path, isolated_home):
    folder, _ = _setup(tmp_path, isolated_home)
    with (
        mock.patch("briefing.library.writing.skipped_if_unchanged") as look,
        open_library(isolated_home, trust_recent=True) as library,
    ):
        assert _titles(library) == {"Pilots strike"}
    look.assert_not_called()
    with open_library(isolated_home) as library:  # no trust asked: the files are looked at
        assert library.refresh().unchanged == 1


def test_a_new_or_removed_file_changes_its_folder_and_is_seen(tmp_path, isolated_home):
    folder, first = _setup(tmp_path, isolated_home)
    (folder / "sub" / "b.txt").write_text(article_text("Ferry delayed", "The ferry sailed late."))
    with open_library(isolated_home, trust_recent=True) as library:
        assert _titles(library) == {"Pilots strike", "Ferry delayed"}
    _age_folders(folder / "sub", folder)
    with open_library(isolated_home) as library:
        library.refresh()  # a fresh record, with the folders as they are now
    first.unlink()
    with open_library(isolated_home, trust_recent=True) as library:
        assert _titles(library) == {"Ferry delayed"}


def test_an_edit_in_place_waits_for_the_window_or_briefing_index(tmp_path, isolated_home):
    folder, first = _setup(tmp_path, isolated_home)
    first.write_text(article_text("Pilots strike ends", "Pilots went back to work."))
    with open_library(isolated_home, trust_recent=True) as library:
        assert _titles(library) == {"Pilots strike"}, "the documented delay"
    with (
        mock.patch.object(freshness, "TRUST_SECONDS", 0.0),
        open_library(isolated_home, trust_recent=True) as library,
    ):
        assert _titles(library) == {"Pilots strike ends"}


def test_a_folder_changed_as_the_look_began_is_not_trusted(tmp_path, isolated_home):
    folder = tmp_path / "articles"
    folder.mkdir()
    with open_library(isolated_home, refresh=False) as library:
        (folder / "a.txt").write_text(article_text("Pilots strike", "Pilots stopped work."))
        library.index([folder])  # the folder changed just now: within the clock's slack
    with (
        mock.patch("briefing.library.writing.skipped_if_unchanged", return_value=[]) as look,
        open_library(isolated_home, trust_recent=True),
    ):
        pass
    look.assert_called_once()


def test_another_set_of_sources_is_not_trusted(tmp_path, isolated_home):
    folder, _ = _setup(tmp_path, isolated_home)
    other = tmp_path / "more"
    other.mkdir()
    (other / "c.txt").write_text(article_text("Budget passed", "The budget passed."))
    with open_library(isolated_home, refresh=False) as library:
        generation = library.generation
        assert freshness.recently_checked(generation, [folder])
        assert not freshness.recently_checked(generation, [folder, other])


def test_the_folders_watched_stop_at_the_registered_sources(tmp_path):
    folder = tmp_path / "articles"
    (folder / "a" / "b").mkdir(parents=True)
    single = tmp_path / "loose" / "one.txt"
    single.parent.mkdir()
    single.write_text("x")
    paths = [str(folder / "a" / "b" / "x.txt"), str(single)]
    assert freshness.folders_of([folder, single], paths) == {
        str(folder),
        str(folder / "a"),
        str(folder / "a" / "b"),
        str(single.parent),
    }
