"""Story numbers saved after each indexing run (`library/storymap.py`): counts read from
them equal the counts read from the matched documents' groups, and a map that does not
describe the index as it is is never used."""

from __future__ import annotations

import shutil

import pytest

from briefing.library import searching, storymap
from tests.library.helpers import article_text, open_library, search_index

STORY = (
    "The harbour board voted on Tuesday to close the north pier for repairs, its chair "
    "said, after divers found the old piles worn through. Ferries will use the south pier "
    "until the spring; fishermen said the move would cost them a week of landings."
)
QUERIES = ["pier", "harbour", "ferries OR bridge", "bridge", '"north pier"', "board"]


def _write(folder, number: int, body: str, title: str | None = None) -> None:
    (folder / f"a{number:02}.txt").write_text(
        article_text(title or f"Item {number}", body, f"{1 + number % 27} March 2025"), "utf-8"
    )


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(3):  # one story in three copies
        _write(folder, number, STORY, "Pier closes")
    for number in range(3, 12):
        _write(folder, number, f"The bridge number {number} over the harbour reopened today.")
    with open_library(tmp_path / "home") as library:
        library.index([folder])
    return tmp_path


def counts(library, saved: bool) -> list[int]:
    searching._SAVED.clear()
    searching._LABELS.clear()
    if not saved:
        (library.generation / storymap.NAME).unlink(missing_ok=True)
    return [library.search(query, limit=1).total for query in QUERIES]


def test_counts_from_the_saved_map_equal_counts_from_the_groups(home):
    with open_library(home / "home") as library:
        assert storymap.saved(library.generation)
        from_map = counts(library, saved=True)
        assert from_map[0] == 1  # three copies of one story
        assert from_map[1] == 10  # the story once, nine bridges
        assert from_map == counts(library, saved=False)


def test_every_run_rewrites_the_map_for_the_index_it_leaves(home):
    folder = home / "lib"
    with open_library(home / "home") as library:
        index = search_index(library)
        searcher = index.searcher()
        before = storymap.read(index, searcher)
        assert before is not None and len(before) == searcher.doc_count_all()
        assert len(set(before[docnum] for docnum in searcher.document_numbers())) == 10
        _write(folder, 20, STORY, "Pier closes, a fourth report")  # a fourth copy
        (folder / "a05.txt").unlink()
        library.refresh()
        index = search_index(library)
        after = storymap.read(index, index.searcher())
        assert after is not None
        assert counts(library, saved=True) == counts(library, saved=False)
        assert library.search("pier", limit=1).total == 1


def test_a_map_of_another_index_state_is_not_used(home):
    folder = home / "lib"
    with open_library(home / "home") as library:
        old = home / "old-map"
        shutil.copy(library.generation / storymap.NAME, old)
        _write(folder, 21, "A new bridge over the pier road opened.")
        library.refresh()
        shutil.copy(old, library.generation / storymap.NAME)  # stale: an older generation
        index = search_index(library)
        assert storymap.read(index, index.searcher()) is None
        searching._SAVED.clear()
        assert library.search("pier", limit=1).total == 2  # counted from the groups


def test_a_damaged_map_is_not_used(home):
    with open_library(home / "home") as library:
        path = library.generation / storymap.NAME
        path.write_bytes(path.read_bytes()[:30])  # cut short
        index = search_index(library)
        assert storymap.read(index, index.searcher()) is None
        searching._SAVED.clear()
        assert library.search("pier", limit=1).total == 1


def test_a_run_that_fails_leaves_a_map_of_the_index_as_it_is(home, monkeypatch):
    from briefing.catalog import docstore
    from briefing.search import writer

    def fail(*args, **kwargs):
        raise OSError("disk full")

    with open_library(home / "home") as library:
        _write(home / "lib", 22, STORY, "Pier closes, a late copy")
        _write(home / "lib", 23, "A storm closed the bridge and the pier overnight.")
        # The index commits, then the catalog fails: the index is a generation ahead of
        # the saved map, which must not be used for it.
        monkeypatch.setattr(docstore.DocStore, "commit", fail)
        with pytest.raises(OSError):
            library.refresh()
        monkeypatch.undo()
        index = search_index(library)
        searcher = index.searcher()
        if storymap.read(index, searcher) is not None:
            assert counts(library, saved=True) == counts(library, saved=False)
        # and the Whoosh commit failing leaves the index, the catalog and the map as were
        with open_library(home / "home") as again:
            expected = counts(again, saved=False)
            again.refresh()
            monkeypatch.setattr(writer.LeanWriter, "commit_with", fail)
            _write(home / "lib", 24, STORY, "Pier closes, a later copy")
            with pytest.raises(OSError):
                again.refresh()
            monkeypatch.undo()
            assert counts(again, saved=True) == counts(again, saved=False)
        assert expected


def test_an_index_without_a_map_gets_one_on_the_next_refresh(home):
    with open_library(home / "home") as library:
        (library.generation / storymap.NAME).unlink(missing_ok=True)
        library.refresh()  # nothing changed
        assert storymap.saved(library.generation)


def test_a_map_of_another_generation_is_not_used(home):
    with open_library(home / "home") as library:
        path = library.generation / storymap.NAME
        data = bytearray(path.read_bytes())
        data[8] ^= 1  # the generation it names (after the 8-byte magic)
        path.write_bytes(bytes(data))
        index = search_index(library)
        assert storymap.read(index, index.searcher()) is None


def test_a_run_reads_the_ids_of_new_segments_only(home, monkeypatch):
    from briefing.search import stored

    read: list[int] = []
    real = stored.stored_ids

    def spy(searcher, docnums):
        read.extend(docnums)
        return real(searcher, docnums)

    with open_library(home / "home") as library:
        before = search_index(library).searcher().doc_count_all()
        monkeypatch.setattr(stored, "stored_ids", spy)
        _write(home / "lib", 25, "A crane fell onto the pier road in the night.")
        library.refresh()
        searcher = search_index(library).searcher()
        assert 0 < len(read) < before  # the new documents, not the whole index again
        assert counts(library, saved=True) == counts(library, saved=False)
        assert searcher.doc_count_all() > before


def test_deleted_documents_left_in_a_words_postings_have_no_story(home):
    # A word's long posting list keeps its segment's deleted documents (the ranking does
    # not sift them out): the count and the story count must still leave them out.
    folder = home / "lib"
    with open_library(home / "home") as library:
        assert [library.search(word, limit=1).total for word in ("harbour", "pier")] == [10, 1]
        (folder / "a05.txt").unlink()  # a harbour story: deleted in its segment
        (folder / "a01.txt").unlink()  # a copy of the pier story: the story stays
        library.refresh()
        searcher = search_index(library).searcher()
        assert searcher.reader().has_deletions()
        assert counts(library, saved=True) == counts(library, saved=False)
        searching._SAVED.clear()
        found = library.search("harbour", limit=20)
        assert found.total == 9 and len(found.hits) == 9
        assert library.search("pier", limit=1).total == 1
