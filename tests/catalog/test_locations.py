"""Where articles were read (`locs`, keyed by file path and entry label)."""

from __future__ import annotations

from briefing.catalog.docstore import DocStore


def test_locations_by_file_and_by_article(tmp_path):
    docs = DocStore(tmp_path / "docs.sqlite")
    try:
        docs.add_loc("/news/feed.jsonl", "#2", "bbbb")
        docs.add_loc("/news/feed.jsonl", "#1", "aaaa")
        docs.add_loc("/news/feed_1.txt", "", "aaaa")  # "_" is no wildcard below
        docs.add_loc("/other/a.txt", "", "cccc")
        docs.add_loc("/news/feed.jsonl", "#2", "dddd")  # the entry read again: replaced
        assert docs.paths_of("aaaa") == ["/news/feed.jsonl", "/news/feed_1.txt"]
        assert docs.paths_of("bbbb") == []
        assert docs.entries_of_path("/news/feed.jsonl")[0][1] == "aaaa"  # its first entry
        assert docs.entries_of_path("/news/feed") == []
        assert docs.counts_by_path_prefix(["/news", "/news/feed_1.txt", "/other/"]) == {
            "/news": 2,
            "/news/feed_1.txt": 1,
            "/other/": 1,
        }
        assert sorted(docs.drop_file("/news/feed.jsonl")) == ["aaaa", "dddd"]
        assert docs.paths_of("aaaa") == ["/news/feed_1.txt"] and docs.paths_of("dddd") == []
        assert docs.counts_by_path_prefix(["/news"]) == {"/news": 1}
    finally:
        docs.close()
