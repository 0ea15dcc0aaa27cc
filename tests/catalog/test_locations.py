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


def test_an_article_read_back_names_its_entry_of_a_file_of_several(tmp_path):
    # Two articles of one JSON Lines file showed the same bare path in the reader's header
    # and the export: they looked like one source.
    from briefing.core.model import Article

    docs = DocStore(tmp_path / "docs.sqlite")
    try:
        for article_id, path, label in (
            ("aaaa", "/news/feed.jsonl", ":3"),
            ("bbbb", "/news/feed.jsonl", ":10"),
            ("aaaa", "/news/feed.jsonl", ":12"),  # an exact copy further down: its first
            ("aaaa", "/news/copy.txt", ""),
            ("cccc", "/news/one.jsonl", ":1"),  # a file of one article: its bare path
            ("dddd", "/news/list.json", "#2"),  # the second entry (the first was bad)
        ):
            docs.add_loc(path, label, article_id)
            docs.put(Article(id=article_id, title="Ferry", body="The ferry sailed."))
        assert docs.labelled_paths_of("aaaa") == ["/news/copy.txt", "/news/feed.jsonl:3"]
        assert docs.get("bbbb").shown_path == "/news/feed.jsonl:10"
        assert docs.get("cccc").shown_path == "/news/one.jsonl"
        assert docs.get("dddd").shown_path == "/news/list.json#2"
        # never stored: the blob an index from before holds reads the same
        stored = docs.get("bbbb")
        docs.put(stored)
        assert b"feed" not in docstore_inflated(docs, "bbbb")
    finally:
        docs.close()


def docstore_inflated(docs: DocStore, article_id: str) -> bytes:
    from briefing.catalog.docstore import _inflate

    row = docs.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
    return _inflate(row[0])


def test_an_article_of_a_blob_without_the_field_shows_its_bare_path():
    from briefing.core.model import Article

    article = Article.from_json({"title": "Ferry", "body": "x", "paths": ["/news/a.txt"]})
    assert article.labelled_paths == [] and article.shown_path == "/news/a.txt"
    assert Article(title="Ferry", body="x").shown_path is None
