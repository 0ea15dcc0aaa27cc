"""Searches restricted to a set of article ids (bookmarked) or away from one (read)."""

from __future__ import annotations

from tests.library.helpers import article_text, open_library


def build(tmp_path, isolated_home, count: int = 30):
    folder = tmp_path / "articles"
    folder.mkdir()
    words = "anchor berth cargo dredger estuary ferry gantry hull jetty keel lock mooring".split()
    for number in range(count):
        day = number % 28 + 1
        # Distinct bodies: near-identical ones would be folded as copies of one story.
        own = " ".join(f"{word}{number}x{number * 31}" for word in words)
        body = f"Pilots reported a tide and {own} {number * 7919} near quay {number}."
        (folder / f"a{number:02}.txt").write_text(
            article_text(f"Harbour pilots note {number}", body, f"{day} March 2025")
        )
    library = open_library(isolated_home, refresh=False)
    library.index([folder])
    return library


def test_only_keeps_the_given_ids_for_a_query_and_for_the_listing(tmp_path, isolated_home):
    with build(tmp_path, isolated_home) as library:
        everything = [hit.id for hit in library.search("pilots", limit=None).hits]
        wanted = frozenset(everything[3:8])
        found = library.search("pilots", limit=None, only=wanted)
        assert {hit.id for hit in found.hits} == wanted and found.total == 5
        listing = library.search("", limit=None, sort="newest", only=wanted)
        assert {hit.id for hit in listing.hits} == wanted and listing.total == 5
        dates = [hit.published for hit in listing.hits]
        assert dates == sorted(dates, reverse=True)
        assert library.search("pilots", only=frozenset()).hits == []


def test_exclude_leaves_the_given_ids_out_and_pages_stay_whole(tmp_path, isolated_home):
    with build(tmp_path, isolated_home) as library:
        everything = [hit.id for hit in library.search("", limit=None, sort="newest").hits]
        read = frozenset(everything[:20])
        pages = []
        for offset in (0, 4, 8):
            page = library.search("", limit=4, offset=offset, sort="newest", exclude=read)
            pages += [hit.id for hit in page.hits]
            assert page.total == 10
        assert pages == everything[20:30][:12]
        found = library.search("tide", limit=None, exclude=read)
        assert {hit.id for hit in found.hits} == set(everything[20:]) and found.total == 10
