"""A new document store uses pages large enough to hold several compressed articles."""

from __future__ import annotations

from briefing.catalog.docstore import DocStore


def test_a_new_store_uses_16_kb_pages(tmp_path):
    store = DocStore(tmp_path / "docs.sqlite")
    try:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == 16384
    finally:
        store.close()
    reopened = DocStore(tmp_path / "docs.sqlite", readonly=True)
    try:
        assert reopened.db.execute("PRAGMA page_size").fetchone()[0] == 16384
    finally:
        reopened.close()


def test_compacting_leaves_no_free_page_and_keeps_every_article(tmp_path):
    from briefing.core.model import Article

    path = tmp_path / "docs.sqlite"
    store = DocStore(path)
    try:
        for number in range(200):
            # Words that do not repeat: a few kilobytes compressed, as an article takes.
            words = " ".join(f"w{(number * 7919 + i * 104729) % 100003}" for i in range(600))
            body = f"Story {number} of our own test library. {words}"
            store.put(Article(id=f"a{number}", title=f"Story {number}", body=body))
        for number in range(100):
            store.delete(f"a{number}")
        assert store.db.execute("PRAGMA freelist_count").fetchone()[0] > 0
        before = path.stat().st_size
        store.compact()
        assert store.db.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert path.stat().st_size < before
        assert store.count() == 100
        assert store.get("a150").body.startswith("Story 150 of our own test library")
        assert store.get("a99") is None
    finally:
        store.close()


def test_a_whole_build_is_compacted_and_a_run_of_changes_is_not(tmp_path, monkeypatch):
    from tests.library.helpers import article_text, open_library

    folder = tmp_path / "lib"
    folder.mkdir()
    body = "The harbour board of our test town voted on Monday to close the old ferry pier."
    (folder / "pier.txt").write_text(article_text("Pier to close", body), "utf-8")
    compacted = []
    original = DocStore.compact
    monkeypatch.setattr(DocStore, "compact", lambda store: compacted.append(original(store)))
    with open_library(tmp_path / "home", build=False) as library:
        library.index([folder])
        runs = len(compacted)
        library.rebuild()
        assert len(compacted) == runs + 1
        other = "A new ferry service to the island starts in May, the harbour board said on Monday."
        (folder / "ferry.txt").write_text(article_text("Ferry moves", other), "utf-8")
        library.refresh()
        assert len(compacted) == runs + 1
        assert library.search("harbour board").total == 2


def test_only_a_fresh_store_is_compacted(tmp_path):
    import pytest

    DocStore(tmp_path / "docs.sqlite").close()
    reopened = DocStore(tmp_path / "docs.sqlite")
    try:
        with pytest.raises(ValueError):
            reopened.compact()
    finally:
        reopened.close()
