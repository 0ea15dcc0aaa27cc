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
