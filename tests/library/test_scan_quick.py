"""The quick no-change check that starts every refresh: it must still notice new,
changed and vanished files, in sub-folders too, and report skipped files as a full run."""

from __future__ import annotations

import os

import pytest

from briefing.library.scan import scan, skipped_if_unchanged
from tests.library.helpers import article_text, open_library


@pytest.fixture
def tree(tmp_path):
    folder = tmp_path / "lib"
    (folder / "sub" / "deeper").mkdir(parents=True)
    (folder / "top.txt").write_text(article_text("Top story", "Harbour cranes idle."), "utf-8")
    (folder / "sub" / "one.txt").write_text(
        article_text("Sub story", "Dock workers vote on the offer."), "utf-8"
    )
    (folder / "sub" / "deeper" / "two.txt").write_text(
        article_text("Deep story", "The council delays the budget vote."), "utf-8"
    )
    os.mkfifo(folder / "sub" / "pipe.txt")
    return folder


def known(folder):
    return [(item.path, item.size, item.mtime_ns) for item in scan(folder) if not item.skip]


def test_same_files_give_the_skipped_list(tree):
    skipped = skipped_if_unchanged([tree], known(tree))
    assert skipped == [{"path": str(tree / "sub" / "pipe.txt"), "reason": skipped[0]["reason"]}]
    assert "FIFO" in skipped[0]["reason"]


def test_new_changed_and_vanished_files_are_noticed(tree):
    state = known(tree)
    deep = tree / "sub" / "deeper" / "two.txt"
    (tree / "sub" / "deeper" / "three.md").write_text("# New\n\nA new one.\n", "utf-8")
    assert skipped_if_unchanged([tree], state) is None
    (tree / "sub" / "deeper" / "three.md").unlink()
    assert skipped_if_unchanged([tree], state) is not None
    # Edited in place, same size: only the file's mtime changes, not its folder's.
    folder_mtime = os.stat(deep.parent).st_mtime_ns
    info = os.stat(deep)
    with open(deep, "r+b") as handle:
        handle.write(b"X")
    os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    assert os.stat(deep.parent).st_mtime_ns == folder_mtime
    assert skipped_if_unchanged([tree], state) is None
    os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert skipped_if_unchanged([tree], state) is not None
    deep.unlink()
    assert skipped_if_unchanged([tree], state) is None
    # A file the index knows under a root no longer scanned is gone too.
    assert skipped_if_unchanged([tree / "sub" / "deeper"], known(tree)) is None


def test_refresh_picks_up_each_kind_of_change(tree, tmp_path):
    with open_library(tmp_path / "home") as library:
        first = library.index([tree])
        assert first.added == 3
        again = library.refresh()
        assert (again.added, again.updated, again.removed) == (0, 0, 0)
        assert again.unchanged == 3
        assert again.skipped == first.skipped  # the FIFO, reported as a full run does

        (tree / "sub" / "deeper" / "new.txt").write_text(
            article_text("New story", "Ferry timetable changes next month."), "utf-8"
        )
        assert library.refresh().added == 1
        assert [hit.title for hit in library.search("ferry").hits] == ["New story"]

        deep = tree / "sub" / "deeper" / "two.txt"
        info = os.stat(deep)
        deep.write_text(article_text("Deep story", "The council passes the budget."), "utf-8")
        os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
        assert library.refresh().updated == 1
        assert [hit.title for hit in library.search("passes").hits] == ["Deep story"]

        (tree / "sub" / "one.txt").unlink()
        assert library.refresh().removed == 1
        assert library.search("workers").hits == []
        assert library.refresh().unchanged == 3
