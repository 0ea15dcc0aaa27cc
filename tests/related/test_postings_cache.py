"""Related articles read decoded postings from a cache: it must never outlive a change."""

from __future__ import annotations

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
