"""Related articles read decoded postings from a cache: it must never outlive a change."""

from __future__ import annotations

from briefing.search import postings
from tests.library.helpers import search_index
from tests.related.helpers import open_library, write_jsonl

CONCERT = (
    "The {word} orchestra opened its winter season in the {word} hall with a concerto, and "
    "the {word} critics praised the violin soloist, the conductor and the {word} choir."
)
HARVEST = (
    "Farmers around {word} began the apple harvest early after a dry summer, and the {word} "
    "cooperative expects cider prices to rise before the autumn market in {word}."
)


def _add(folder, word: str, body: str, day: int) -> None:
    row = {"title": f"{word.title()} report", "body": body.format(word=word),
           "date": f"2025-01-{day:02d}", "source": f"Site {day}"}  # fmt: skip
    write_jsonl(folder, [row], name=f"{word}.jsonl")


def _related(library, title: str) -> dict[str, list[str]]:
    """Title -> shared terms of the articles related to `title` (no terms: found by date)."""
    by_title = {hit.title: hit.id for hit in library.search("", limit=None).hits}
    return {item.title: item.why.terms for item in library.related(by_title[title], limit=3)}


def test_a_removed_or_added_article_is_never_served_from_the_cache(tmp_path):
    folder = tmp_path / "lib"
    for day, word in enumerate(["velden", "osterby", "hallin"], start=1):
        _add(folder, word, CONCERT, day)
    for day, word in enumerate(["brisa", "corva", "dunel", "ermo", "fanta", "gallo"], start=10):
        _add(folder, word, HARVEST, day)
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        before = _related(library, "Velden report")
        assert before["Hallin report"] and before["Osterby report"]  # by the words they share
        (folder / "hallin.jsonl").unlink()
        _add(folder, "tarn", CONCERT, 4)
        library.refresh()
        after = _related(library, "Velden report")
        assert "Hallin report" not in after
        assert after["Tarn report"] and after["Osterby report"]


def test_length_norms_read_at_once_agree_with_the_reader_across_segments(tmp_path):
    folder = tmp_path / "lib"
    for day, word in enumerate(["velden", "osterby", "hallin"], start=1):
        _add(folder, word, CONCERT, day)
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        (folder / "osterby.jsonl").unlink()  # a deleted document in the first segment
        _add(folder, "tarn", HARVEST * 3, 4)  # a longer one, in a second segment
        library.refresh()
        reader = search_index(library).searcher().reader()
        assert len(reader.leaf_readers()) >= 2 and reader.doc_count() < reader.doc_count_all()
        norms = postings.length_norms(reader, "body", 1.2, 0.75)
        assert isinstance(norms, list)  # read at once, not looked up one by one
        lazy = postings._Norms(reader, "body", 1.2, 0.75)
        assert len({norms[d] for d in range(reader.doc_count_all())}) > 1
        assert [norms[d] for d in range(reader.doc_count_all())] == [
            lazy[d] for d in range(reader.doc_count_all())
        ]


def test_function_words_are_never_given_as_the_terms_two_articles_share(tmp_path):
    # In a small library "was", "its" and "about" ranked among the key terms and were shown
    # as the reason two articles are related.
    folder = tmp_path / "lib"
    _add(folder, "velden", "The {word} ferry was late again: its crew said it was about the "
         "fog, which was thicker than they had known.", 1)  # fmt: skip
    _add(folder, "osterby", "Fog kept the {word} ferry in port, and it was about noon before "
         "its first crossing; the timetable was rewritten, which had not happened since May.",
         2)  # fmt: skip
    _add(folder, "brisa", HARVEST, 9)
    _add(folder, "corva", CONCERT, 10)
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        shared = _related(library, "Velden report")["Osterby report"]
    assert "ferry" in shared and "fog" in shared
    assert not {"was", "its", "about", "which", "had"} & set(shared)
