"""Incremental indexing, stable ids, removal, rebuild and self-healing."""

from __future__ import annotations

import os
import shutil

import pytest

from briefing.core.errors import BriefingError
from briefing.library import generations
from tests.library.helpers import article_text, open_library, search_index

STRIKE = "Dock workers in Antwerp began a strike on Monday over automated cranes at the container terminals."
DROUGHT = (
    "Barcelona cut water pressure on Tuesday as reservoirs in Catalonia fell to sixteen percent."
)


@pytest.fixture
def library_dir(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "strike.txt").write_text(article_text("Strike at Antwerp", STRIKE), "utf-8")
    (folder / "drought.txt").write_text(article_text("Drought in Catalonia", DROUGHT), "utf-8")
    return folder


def test_index_then_incremental_updates(tmp_path, library_dir):
    home = tmp_path / "home"
    with open_library(home, build=False) as library:
        report = library.index([library_dir])
        assert (report.added, report.removed) == (2, 0)
        strike_id = library.search("strike").hits[0].id
        assert library.refresh().to_json() == {
            "added": 0,
            "updated": 0,
            "removed": 0,
            "unchanged": 2,
            "skipped": [],
            "notices": [],
        }

        # Edited in place: same id, new text.
        path = library_dir / "strike.txt"
        path.write_text(
            article_text("Strike at Antwerp", STRIKE + " Talks resume Friday."), "utf-8"
        )
        os.utime(path, ns=(1, 1))
        report = library.refresh()
        assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
        assert library.get(strike_id).body.endswith("Talks resume Friday.")

        # Moved and renamed: same id, new path.
        moved = library_dir / "sub" / "renamed.txt"
        moved.parent.mkdir()
        path.rename(moved)
        library.refresh()
        assert library.get(strike_id).paths == [str(moved)]
        assert library.resolve(str(moved)).id == strike_id

        # An exact duplicate: one article with both paths, not a skip.
        shutil.copy(moved, library_dir / "copy.txt")
        report = library.refresh()
        assert report.skipped == [] and report.added == 0
        assert sorted(library.get(strike_id).paths) == sorted(
            [str(moved), str(library_dir / "copy.txt")]
        )
        assert library.count() == 2

        # Vanished: removed from the index.
        (library_dir / "drought.txt").unlink()
        report = library.refresh()
        assert report.removed == 1 and library.count() == 1
        assert library.search("drought").total == 0


def test_rebuild_keeps_ids(tmp_path, library_dir):
    with open_library(tmp_path / "home") as library:
        library.index([library_dir])
        before = {hit.title: hit.id for hit in library.search("").hits}
        library.rebuild()
        after = {hit.title: hit.id for hit in library.search("").hits}
    assert before == after and len(after) == 2


def test_first_own_source_replaces_samples_and_samples_come_back(tmp_path, library_dir):
    with open_library(tmp_path / "home") as library:
        samples = library.count()
        assert samples >= 10  # the bundled sample library is the default
        library.index([library_dir])
        assert library.count() == 2
        library.use_samples()
        assert library.count() == samples + 2
        library.remove_source(library_dir)
        assert library.count() == samples
        with pytest.raises(BriefingError, match="not a registered source"):
            library.remove_source(library_dir)


def test_index_a_missing_path_is_a_user_error(tmp_path):
    with (
        open_library(tmp_path / "home") as library,
        pytest.raises(BriefingError, match="no such file"),
    ):
        library.index([tmp_path / "nope"])


def test_a_failed_clean_up_does_not_hide_why_indexing_stopped(tmp_path, library_dir, monkeypatch):
    from briefing.catalog import factstore
    from briefing.search import writer

    def full_disk(*args, **kwargs):
        raise BriefingError("no space left for the index")

    def cancel_fails(self):
        raise OSError(28, "No space left on device")

    with open_library(tmp_path / "home", build=False) as library:
        monkeypatch.setattr(factstore, "record", full_disk)
        monkeypatch.setattr(writer.LeanWriter, "cancel", cancel_fails)
        with pytest.raises(BriefingError, match="no space left for the index"):
            library.index([library_dir])
        monkeypatch.undo()
        assert library.index([library_dir]).added == 2  # nothing half-written was kept


def test_damaged_index_is_set_aside_and_rebuilt(tmp_path, library_dir):
    home = tmp_path / "home"
    with open_library(home) as library:
        library.index([library_dir])
        index_dir = library.locations.index_dir
    generation = generations.current(index_dir)
    for toc in generation.glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x80\x04garbage that is not a pickle")
    notices: list[str] = []
    with open_library(home, notices) as library:
        assert library.count() == 2
        assert library.search("strike").total == 1
    assert any("could not be read" in notice and "rebuilt" in notice for notice in notices)
    assert list(index_dir.glob("broken-*"))


def test_index_directory_is_private(tmp_path, library_dir):
    with open_library(tmp_path / "home") as library:
        index_dir = library.locations.index_dir
        assert oct(index_dir.stat().st_mode & 0o777) == "0o700"
        assert oct(generations.current(index_dir).stat().st_mode & 0o777) == "0o700"


def test_bad_files_are_skipped_with_reasons_and_the_rest_indexed(tmp_path, library_dir):
    (library_dir / "empty.txt").write_bytes(b"")
    (library_dir / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (library_dir / "bad.json").write_text("{nope", "utf-8")
    (library_dir / "feed.jsonl").write_text('{"title": "Feed", "body": "Fine."}\n{bad\n', "utf-8")
    os.mkfifo(library_dir / "pipe.txt")
    (library_dir / "loop").symlink_to(library_dir)  # a folder loop
    (library_dir / "a.txt").symlink_to(library_dir / "b.txt")
    (library_dir / "b.txt").symlink_to(library_dir / "a.txt")  # a file loop
    outside = tmp_path / "outside.txt"
    outside.write_text(article_text("Outside", STRIKE), "utf-8")
    (library_dir / "escape.txt").symlink_to(outside)
    (library_dir / "notes.csv").write_text("not,an,article", "utf-8")
    with open_library(tmp_path / "home") as library:
        report = library.index([library_dir])
    reasons = {os.path.basename(item["path"]): item["reason"] for item in report.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["bad.json"].startswith("invalid JSON")
    assert reasons["feed.jsonl:2"].startswith("invalid JSON")
    assert reasons["pipe.txt"].startswith("not a regular file")
    assert reasons["a.txt"] == reasons["b.txt"] == "symlink loop"
    assert reasons["escape.txt"] == "symlink leads outside the library folder"
    assert "notes.csv" not in reasons
    assert all("\n" not in reason for reason in reasons.values())
    assert report.added == 3  # strike, drought and the good line of the feed


def test_second_writer_fails_with_a_clear_message(tmp_path, library_dir):
    from briefing.core.errors import LibraryLocked
    from briefing.library.lock import writer_lock

    with open_library(tmp_path / "home") as library:
        waited: list[str] = []
        library.notify = waited.append
        with (
            writer_lock(library.locations.index_dir),
            pytest.raises(LibraryLocked, match="another briefing process"),
        ):
            library.refresh(wait=0.3)
        assert waited == ["waiting for another briefing process to finish indexing…"]


def test_a_line_recurring_across_a_sources_articles_is_furniture(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    bodies = [
        STRIKE,
        DROUGHT,
        "The Bavarian cabinet met in Munich on Wednesday to settle the budget dispute.",
    ]
    for number, body in enumerate(bodies):
        (folder / f"a{number}.txt").write_text(
            f"Title {number}\n\n{body}\n\nThe Quayside Letter is funded by its readers\n", "utf-8"
        )
    with open_library(tmp_path / "home", build=False) as library:
        library.index([folder])
        for hit in library.search("").hits:
            article = library.get(hit.id)
            assert "funded by its readers" not in article.body
            assert article.removed[-1] == "The Quayside Letter is funded by its readers"
        assert library.search("funded").total == 0


def test_a_line_in_only_two_articles_stays(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    for number, body in enumerate([STRIKE, DROUGHT]):
        (folder / f"a{number}.txt").write_text(
            f"Title {number}\n\n{body}\n\nThe Quayside Letter is funded by its readers\n", "utf-8"
        )
    with open_library(tmp_path / "home", build=False) as library:
        library.index([folder])
        assert library.search("funded").total == 2


def test_whoosh_and_the_document_store_agree_on_the_samples(tmp_path):
    """Every article is in Whoosh exactly once (no copy left by an update in one writer)."""
    with open_library(tmp_path / "home") as library:
        ids = search_index(library).ids()
        assert len(ids) == len(set(ids)) == library.count() >= 40
    notices: list[str] = []
    with open_library(tmp_path / "home", notices):
        pass
    assert not any("could not be read" in notice for notice in notices)
