"""The quick no-change check that starts every refresh: it must still notice new,
changed and vanished files, in sub-folders too, and report skipped files as a full run."""

from __future__ import annotations

import os

import pytest

from briefing.catalog.docstore import Failure
from briefing.library import scan as scan_module
from briefing.library.scan import look, scan, skipped_if_unchanged
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


# The comparison with the file table as `DocStore.known_files` gives it (path order) ----
def table(folder):
    """The file table of `folder` as the catalog gives it: in path order."""
    return sorted(known(folder))


@pytest.fixture
def one_by_one(monkeypatch):
    """Fail if the check goes file by file (the usual case must not)."""

    def refuse(*args):
        raise AssertionError("compared file by file")

    monkeypatch.setattr(scan_module, "_compare", refuse)


def test_the_usual_case_is_one_comparison_and_still_sees_each_change(tree, one_by_one):
    state = table(tree)
    skipped = skipped_if_unchanged([tree], state)
    assert [item["path"] for item in skipped] == [str(tree / "sub" / "pipe.txt")]
    deep = tree / "sub" / "deeper" / "two.txt"
    info = os.stat(deep)
    with open(deep, "r+b") as handle:  # same size, other bytes, a newer mtime
        handle.write(b"Y")
    os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000))
    assert os.stat(deep).st_size == info.st_size
    assert skipped_if_unchanged([tree], state) is None
    os.utime(deep, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert skipped_if_unchanged([tree], state) == skipped
    (tree / "sub" / "one.txt").unlink()
    assert skipped_if_unchanged([tree], state) is None
    assert skipped_if_unchanged([tree], table(tree)) == skipped
    (tree / "new.md").write_text("# New\n\nA new one.\n", "utf-8")
    assert skipped_if_unchanged([tree], table(tree)[:-1]) is None


def test_a_folder_named_as_the_start_of_a_file_keeps_the_walk_order(tmp_path, one_by_one):
    # Walked by name, "b" (and all in it) comes before "b-1.txt"; by path "b-1.txt" and
    # "b.txt" come before "b/c.txt": the quick check sorts what it found.
    lib = tmp_path / "lib"
    for relative in ("b/c.txt", "b-1.txt", "b.txt", "a.txt"):
        path = lib / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text("T", "Body."), "utf-8")
    names = [os.path.relpath(item.path, lib) for item in scan(lib)]
    assert names == ["a.txt", "b/c.txt", "b-1.txt", "b.txt"]
    assert skipped_if_unchanged([lib], table(lib)) == []


def test_others_keep_their_place_among_the_files(tmp_path):
    lib = tmp_path / "lib"
    (lib / "d").mkdir(parents=True)
    for name in ("a.txt", "c.txt", "d/e.txt"):
        (lib / name).write_text(article_text("T", "Body."), "utf-8")
    os.mkfifo(lib / "b.txt")
    (lib / "cc.txt").symlink_to(lib / "a.txt")  # a link to a file inside: a plain file
    (lib / "z.txt").symlink_to(tmp_path)  # leads outside
    found = scan(lib)
    shown = [(os.path.relpath(item.path, lib), bool(item.skip)) for item in found]
    assert shown == [
        ("a.txt", False),
        ("b.txt", True),
        ("c.txt", False),
        ("cc.txt", False),
        ("d/e.txt", False),
        ("z.txt", True),
    ]
    walked = look([lib])
    assert [os.path.basename(item.path) for _, item in walked.others] == ["b.txt", "z.txt"]
    assert {os.path.dirname(path) for path in walked.paths()} == {str(lib), str(lib / "d")}


def test_failed_files_beside_the_table(tree, one_by_one):
    broken = tree / "sub" / "broken.json"
    broken.write_bytes(b'{"title": "cut')
    info = os.stat(broken)
    failure = Failure(info.st_size, info.st_mtime_ns, info.st_ctime_ns, 100, "invalid JSON")
    state = [row for row in table(tree) if row[0] != str(broken)]
    failed = {str(broken): failure}
    skipped = skipped_if_unchanged([tree], state, failed, 100)
    assert {"path": str(broken), "reason": "invalid JSON"} in skipped
    assert skipped_if_unchanged([tree], state, failed, 200) is None  # another size cap
    os.utime(broken, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000))
    assert skipped_if_unchanged([tree], state, failed, 100) is None
    broken.unlink()
    assert skipped_if_unchanged([tree], state, failed, 100) is None  # vanished


def test_overlapping_sources_are_compared_file_by_file(tree):
    # The files of "sub" are found twice: the first counts, as in an indexing run.
    skipped = skipped_if_unchanged([tree, tree / "sub"], table(tree))
    assert [item["path"] for item in skipped] == [str(tree / "sub" / "pipe.txt")]
    assert skipped_if_unchanged([tree / "sub", tree], table(tree)) == skipped


def test_endings_in_capitals_are_read_and_others_passed_over(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    for name in ("LOUD.TXT", "mixed.Md", "page.htm", "notes.csv", "noend", "x.txt.bak"):
        (lib / name).write_text(article_text("T", "Body."), "utf-8")
    assert sorted(os.path.basename(item.path) for item in scan(lib)) == [
        "LOUD.TXT",
        "mixed.Md",
        "page.htm",
    ]
