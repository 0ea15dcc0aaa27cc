"""The folder walk on hostile trees (issue 17 items 1 and 2): names that are not UTF-8
are skipped with a reason the catalog, JSON and a terminal can all take, and a folder a
thousand levels deep is walked without recursion."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from briefing.library.scan import scan, shown_path
from tests.library.helpers import article_text, open_library


def _write(path: bytes, text: str = "") -> None:
    with open(path, "wb") as handle:
        handle.write((text or article_text("A story", "Harbour cranes idle.")).encode())


def test_names_that_are_not_utf8_are_skipped_with_a_printable_reason(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    raw = os.fsencode(lib)
    _write(raw + b"/bad\xff.txt")
    os.mkdir(raw + b"/dir\xfe")
    _write(raw + b"/dir\xfe/inside.txt")
    _write(raw + b"/good.txt")
    found = list(scan(lib))
    skipped = {item.path: item.skip for item in found if item.skip}
    assert skipped == {
        f"{lib}/bad\\xff.txt": "the file name is not valid UTF-8 (rename it to index it)",
        f"{lib}/dir\\xfe": "the folder name is not valid UTF-8 (rename it to index what it holds)",
    }
    assert [item.path for item in found if not item.skip] == [f"{lib}/good.txt"]
    json.dumps(skipped).encode("utf-8")  # storable and printable as it is


def test_a_library_with_such_names_indexes_the_rest(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    _write(os.fsencode(lib) + b"/bad\xff.txt")
    _write(os.fsencode(lib / "good.txt"), article_text("Good story", "Dock workers vote."))
    library = open_library(tmp_path / "home", build=False)
    report = library.index([lib])
    assert report.added == 1
    assert [item["reason"] for item in report.skipped] == [
        "the file name is not valid UTF-8 (rename it to index it)"
    ]
    assert library.refresh().unchanged == 1  # and every later command works


def test_shown_path_keeps_good_text():
    assert shown_path("/tmp/caf\u00e9.txt") == "/tmp/caf\u00e9.txt"
    assert shown_path(os.fsdecode(b"/tmp/x\x9b2J.txt")) == "/tmp/x\\x9b2J.txt"


def test_a_folder_deeper_than_the_recursion_limit_is_walked(tmp_path, monkeypatch):
    lib = tmp_path / "lib"
    lib.mkdir()
    depth = sys.getrecursionlimit() + 200
    monkeypatch.chdir(lib)
    for _ in range(depth):
        os.mkdir("d")
        os.chdir("d")
    _write(b"deep.txt")
    monkeypatch.chdir(tmp_path)
    _write(os.fsencode(lib / "top.txt"))
    try:
        found = [item for item in scan(lib) if not item.skip]
        assert [os.path.basename(item.path) for item in found] == ["deep.txt", "top.txt"]
        assert found[0].path.split("/").count("d") == depth
    finally:  # pytest's own clean-up recurses
        subprocess.run(["rm", "-rf", str(lib)], check=False)


def test_the_walk_keeps_name_order_depth_first(tmp_path):
    lib = tmp_path / "lib"
    for relative in ("a.txt", "b/c.txt", "b/d/e.txt", "b/f.txt", "c.txt"):
        path = lib / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text("T", "Body."), "utf-8")
    names = [str(os.path.relpath(item.path, lib)) for item in scan(lib)]
    assert names == ["a.txt", "b/c.txt", "b/d/e.txt", "b/f.txt", "c.txt"]
