"""Segment workers (large runs) must index exactly what the single writer indexes.

A large run is parsed by spawned workers that also write its articles into Whoosh
segments of their own; the indexer keeps the documents whose id is right (each
worker indexes their final same-story group at the end) and rewrites the others. Here the pool threshold is lowered so that a small
library takes that path, and every observable result is compared with the inline path:
ids, search hits, same-story groups, the story field, and Whoosh's count against the
document store's (the self-heal probe), after a build and after incremental changes.
"""

from __future__ import annotations

import os
import shutil

import pytest

from briefing.core.paths import Locations
from briefing.library import Library, indexer
from tests.conftest import REPO
from tests.library.helpers import article_text, search_index

QUERIES = ["strike", "drought", "port workers", "minister", '"water restrictions"', "launch"]


def _story_docs(library) -> dict[str, str]:
    index = search_index(library)
    ids = index.ids()
    assert len(ids) == len(set(ids)), "two Whoosh documents for one article"
    return index.stories()


def _state(library, folder) -> dict:
    ids = sorted(library.ids())
    assert search_index(library).doc_count() == library.count()
    return {
        "ids": ids,
        "search": {
            # Which copy of a story leads may differ: Whoosh's term statistics count
            # deleted documents (here the rewritten ones) until segments merge.
            query: sorted(sorted([hit.id, *(c["id"] for c in hit.also_in)]) for hit in library.search(query, limit=100).hits)
            for query in QUERIES
        },
        "groups": {article_id: library.same_story(article_id) for article_id in ids},
        "stories": _story_docs(library),
        "articles": {
            article_id: _relative(library.get(article_id).to_json(), folder) for article_id in ids
        },
    }  # fmt: skip


def _relative(data: dict, folder) -> dict:
    for key in ("paths", "labelled_paths"):
        data[key] = [os.path.relpath(path, folder) for path in data[key]]
    return data


def _run(tmp_path, name: str, steps, threshold: int, monkeypatch) -> list[dict]:
    monkeypatch.setattr(indexer, "_POOL_THRESHOLD", threshold)
    monkeypatch.setattr(indexer, "_BATCH", 4)
    folder = tmp_path / f"{name}-lib"
    shutil.copytree(REPO / "sample_data", folder)
    (folder / "copy-of-a-sample.md").write_bytes(
        sorted((REPO / "sample_data").rglob("*.md"))[0].read_bytes()
    )
    locations = Locations.resolve(tmp_path / f"{name}-home")
    states = []
    with Library.open(locations, build=False) as library:
        library.index([folder])
        states.append(_state(library, folder))
        for step in steps:
            step(folder)
            library.refresh()
            states.append(_state(library, folder))
    return states


def _edit_in_place(folder) -> None:
    path = sorted(folder.rglob("*.txt"))[0]
    path.write_text(path.read_text("utf-8") + "\n\nA late paragraph about the strike.\n", "utf-8")
    os.utime(path, ns=(1, 1))


def _add_and_remove(folder) -> None:
    sorted(folder.rglob("*.md"))[1].unlink()
    (folder / "new.txt").write_text(
        article_text("Port strike ends", "Dock workers voted to end the strike on Friday."),
        "utf-8",
    )


@pytest.mark.parametrize("workers", [2])
def test_segment_workers_index_what_the_single_writer_indexes(tmp_path, monkeypatch, workers):
    monkeypatch.setattr(os, "cpu_count", lambda: workers)
    steps = [_edit_in_place, _add_and_remove]
    inline = _run(tmp_path, "inline", steps, threshold=10**9, monkeypatch=monkeypatch)
    pooled = _run(tmp_path, "pooled", steps, threshold=0, monkeypatch=monkeypatch)
    assert inline[0]["groups"] and any(inline[0]["groups"].values())  # there are groups
    for expected, found in zip(inline, pooled, strict=True):
        assert found == expected


def test_a_rebuild_in_workers_keeps_ids_and_agrees_with_the_document_store(tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "_POOL_THRESHOLD", 0)
    monkeypatch.setattr(indexer, "_BATCH", 5)
    locations = Locations.resolve(tmp_path / "home")
    with Library.open(locations) as library:  # the samples
        folder = REPO / "sample_data"
        before = _state(library, folder)
        library.rebuild()
        after = _state(library, folder)
    assert after == before


def test_workers_index_the_final_story_of_their_documents_none_written_twice(tmp_path, monkeypatch):
    """A same-story copy written by a worker is kept: the worker indexes its group once
    every article is linked, and the indexer analyses no article a second time."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    analysed: list[str] = []
    postings = indexer.article_postings
    monkeypatch.setattr(indexer, "article_postings", lambda a: analysed.append(a.id) or postings(a))
    state = _run(tmp_path, "pooled", [], threshold=0, monkeypatch=monkeypatch)[0]
    grouped = {a for a, others in state["groups"].items() if others}
    assert grouped and analysed == []
    assert {a: state["stories"][a] for a in grouped} == {
        a: min([a, *state["groups"][a]]) for a in grouped
    }
    # The only document deleted is the second copy of an exact duplicate (one article).
    copies = sum(len(article["paths"]) - 1 for article in state["articles"].values())
    with Library.open(Locations.resolve(tmp_path / "pooled-home"), build=False) as library:
        segments = search_index(library).searcher().reader()
        assert copies == 1 and segments.doc_count_all() - segments.doc_count() == copies


def test_articles_a_corpus_pass_rewrites_go_back_into_their_workers_segments(tmp_path, monkeypatch):
    """An article a segment worker wrote and a corpus pass then rewrote (a line recurring
    across its source taken out) is written again by that worker, in its own segment:
    no segment of its own for the rewritten few, and the new text is what is searched."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(indexer, "_POOL_THRESHOLD", 0)
    monkeypatch.setattr(indexer, "_BATCH", 2)
    folder = tmp_path / "site"
    folder.mkdir()
    bodies = [
        "Dock workers at the northern quay voted to strike over the new shift rota.",
        "The reservoir fell to a third of its level after the driest spring on record.",
        "The regional cabinet met on Wednesday to settle the dispute over the budget.",
        "Ferry crossings to the island resume on Monday after the storm damaged the pier.",
    ]
    for number, body in enumerate(bodies):
        (folder / f"a{number}.txt").write_text(
            f"Title {number}\n\n{body}\n\nThe Quayside Letter is funded by its readers\n", "utf-8"
        )
    with Library.open(Locations.resolve(tmp_path / "home"), build=False) as library:
        library.index([folder])
        reader = search_index(library).searcher().reader()
        # The two workers' segments, each with both versions of its articles (the first
        # deleted), and no segment of the rewritten articles.
        assert len(reader.leaf_readers()) == 2
        assert reader.doc_count() == library.count() == 4 and reader.doc_count_all() == 8
        assert library.search("funded").total == 0
        for word in ("strike", "reservoir", "cabinet", "ferry"):
            (hit,) = library.search(word).hits
            assert "funded by its readers" not in library.get(hit.id).body
        ids = search_index(library).ids()
        assert len(ids) == len(set(ids)) == 4
