"""A file that fails to parse is remembered as it was and read again only once it changes
(issue 17 item 12): every command refreshes first, and re-reading a hostile library's
broken files made each one take seconds."""

from __future__ import annotations

import os

import pytest

from briefing.library import jobs
from tests.library.helpers import article_text, open_library


@pytest.fixture
def reads(monkeypatch):
    """The paths `jobs` reads, in order."""
    seen: list[str] = []
    real = jobs.read_bytes

    def counting(path, max_bytes):
        seen.append(os.path.basename(path))
        return real(path, max_bytes)

    monkeypatch.setattr(jobs, "read_bytes", counting)
    return seen


def test_a_broken_file_is_read_once_until_it_changes(tmp_path, reads):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "good.txt").write_text(article_text("Good story", "Dock workers vote."), "utf-8")
    broken = lib / "broken.json"
    broken.write_bytes(b'{"title": "cut')
    library = open_library(tmp_path / "home", build=False)
    first = library.index([lib])
    assert [os.path.basename(item["path"]) for item in first.skipped] == ["broken.json"]
    reason = first.skipped[0]["reason"]
    assert sorted(reads) == ["broken.json", "good.txt"]

    reads.clear()
    again = library.refresh()
    assert reads == []  # nothing read: the quick check knows the failure
    assert again.skipped == first.skipped and again.unchanged == 1
    assert library.unchanged()

    info = os.stat(broken)
    os.utime(broken, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))
    assert not library.unchanged()
    assert library.refresh().skipped[0]["reason"] == reason
    assert reads == ["broken.json"]  # changed: tried again

    reads.clear()
    os.chmod(broken, 0o600)  # permissions changed (ctime): tried again too
    library.refresh()
    assert reads == ["broken.json"]

    broken.write_text('{"title": "Mended story", "body": "The vote was close."}', "utf-8")
    mended = library.refresh()
    assert mended.added == 1 and mended.skipped == []
    assert library.refresh().skipped == []


def test_a_vanished_broken_file_is_forgotten(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "good.txt").write_text(article_text("Good story", "Dock workers vote."), "utf-8")
    (lib / "broken.json").write_bytes(b"[1, 2")
    library = open_library(tmp_path / "home", build=False)
    assert len(library.index([lib]).skipped) == 1
    (lib / "broken.json").unlink()
    assert not library.unchanged()
    assert library.refresh().skipped == []
    assert library.unchanged()


def test_a_file_over_the_cap_is_read_again_when_the_cap_changes(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "big.txt").write_text(article_text("Big story", "Harbour " * 400), "utf-8")
    home = tmp_path / "home"
    small = open_library(home, build=False, max_bytes=1000)
    reason = small.index([lib]).skipped[0]["reason"]
    assert "size cap" in reason and "BRIEFING_MAX_FILE_MB" in reason
    assert small.unchanged()
    small.close()
    larger = open_library(home, max_bytes=10_000)
    assert larger.count() == 1  # the refresh on open read it under the new cap


def test_bad_lines_of_a_partly_good_file_are_reported_on_every_run(tmp_path, reads):
    """A JSONL file with one broken line: its good lines are indexed, and the broken line is
    reported again by every later run (unchanged, or with another file changed) until the
    file is mended; it used to be reported by the first run only."""
    lib = tmp_path / "lib"
    lib.mkdir()
    good = '{"title": "Port strike ends", "body": "Dock workers voted to return."}'
    feed = lib / "feed.jsonl"
    feed.write_text(f"{good}\n{{broken\n", "utf-8")
    library = open_library(tmp_path / "home", build=False)
    first = library.index([lib])
    assert first.added == 1
    assert [(os.path.basename(s["path"]), s["reason"][:19]) for s in first.skipped] == [
        ("feed.jsonl:2", "invalid JSON: unexp")
    ]

    reads.clear()
    again = library.refresh()
    assert reads == [] and again.skipped == first.skipped

    (lib / "other.txt").write_text(article_text("Ferry late", "The ferry was late."), "utf-8")
    with_other = library.refresh()
    assert with_other.added == 1 and with_other.skipped == first.skipped
    assert "feed.jsonl" not in reads

    feed.write_text(f"{good}\n", "utf-8")
    assert library.refresh().skipped == []
    assert library.refresh().skipped == []


def test_the_progress_of_a_small_run_moves_with_each_file(tmp_path, reads):
    # by batches of 25, a run of 35 files holding one large feed stood at 0/35 for seconds
    lib = tmp_path / "lib"
    lib.mkdir()
    for number in range(30):
        (lib / f"story{number:02d}.txt").write_text(
            article_text(f"Story {number}", f"Dock workers vote on offer {number}."), "utf-8"
        )
    ticks: list[tuple[int, int]] = []
    library = open_library(tmp_path / "home", build=False)
    library.index([lib], progress=lambda done, total: ticks.append((done, total)))
    assert ticks[0] == (0, 30) and ticks[-1] == (30, 30)
    assert [done for done, _ in ticks] == list(range(31))
