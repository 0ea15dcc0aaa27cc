"""Same-story groups at index time: found, shown once in search, kept in step on change."""

from __future__ import annotations

import os

from tests.library.helpers import search_index
from tests.related.helpers import DROUGHT, LAUNCH, STRIKE, STRIKE_COPY, open_library, write_jsonl


def _rows(copy_body: str = STRIKE_COPY) -> list[dict]:
    return [
        {"title": "Antwerp dockers vote to strike", "body": STRIKE, "date": "2025-03-03", "source": "Harbour Daily"},
        {"title": "Port faces walkout over robot cranes", "body": copy_body, "date": "2025-03-03", "source": "Coastline Post"},
        {"title": "Catalonia declares drought emergency", "body": DROUGHT, "date": "2025-02-01", "source": "Northgate"},
        {"title": "Rocket breaks up after lift-off", "body": LAUNCH, "date": "2025-05-09", "source": "Orbit Insider"},
    ]  # fmt: skip


def _story_docs(library) -> dict[str, str]:
    """Whoosh's story field per article id (one Whoosh document per article)."""
    index = search_index(library)
    ids = index.ids()
    assert len(ids) == len(set(ids)), "two Whoosh documents for one article"
    return index.stories()


def test_copies_group_and_search_shows_them_once(tmp_path):
    folder = tmp_path / "lib"
    write_jsonl(folder, _rows())
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        results = library.search("cranes")
        assert len(results.hits) == 1
        hit = results.hits[0]
        assert [copy["source"] for copy in hit.also_in] in (["Coastline Post"], ["Harbour Daily"])
        other = hit.also_in[0]["id"]
        assert library.same_story(hit.id) == [other]
        assert library.same_story(other) == [hit.id]
        assert library.get(other).extra["group"] == library.get(hit.id).extra.get("group", hit.id)
        stories = _story_docs(library)
        assert stories[hit.id] == stories[other]
        drought = library.search("drought").hits[0]
        assert drought.also_in == [] and library.same_story(drought.id) == []
        data = results.to_json()
        assert data["results"][0]["also_in"] == hit.also_in and "facets" not in data


def test_editing_a_copy_away_splits_the_group_and_back_merges_it(tmp_path):
    folder = tmp_path / "lib"
    feed = write_jsonl(folder, _rows())
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        strike = library.search('"Antwerp dockers vote"').hits[0].id
        assert len(library.same_story(strike)) == 1

        rows = _rows(copy_body=LAUNCH.replace("Friday", "Saturday"))
        write_jsonl(folder, rows)
        os.utime(feed, ns=(1, 1))
        library.refresh()
        assert library.same_story(strike) == []
        assert [hit.id for hit in library.search("Deurganck").hits] == [strike]
        rocket_copies = library.same_story(library.search('"Rocket breaks up"').hits[0].id)
        assert len(rocket_copies) == 1  # the edited copy now matches the launch story
        stories = _story_docs(library)
        assert stories[strike] == strike

        write_jsonl(folder, _rows())
        os.utime(feed, ns=(2, 2))
        library.refresh()
        assert len(library.same_story(strike)) == 1


def test_removing_a_copy_leaves_the_other_alone(tmp_path):
    folder = tmp_path / "lib"
    write_jsonl(folder, _rows()[:1], "a.jsonl")
    copy = write_jsonl(folder, _rows()[1:2], "b.jsonl")
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        strike = library.search('"Antwerp dockers vote"').hits[0].id
        assert len(library.same_story(strike)) == 1
        copy.unlink()
        library.refresh()
        assert library.same_story(strike) == []
        assert library.search("cranes").hits[0].also_in == []
        assert "group" not in library.get(strike).extra


def test_the_listing_by_date_shows_copies_once_and_counts_stories(tmp_path):
    folder = tmp_path / "lib"
    write_jsonl(folder, _rows())
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        for sort in ("newest", "oldest"):
            listing = library.search("", sort=sort, limit=None)
            assert listing.total == 3 == len(listing.hits), sort
            (copied,) = [hit for hit in listing.hits if hit.also_in]
            assert len(copied.also_in) == 1
            ids = {hit.id for hit in listing.hits}
            assert copied.also_in[0]["id"] not in ids
            # Paged, the same stories in the same order.
            paged = [library.search("", sort=sort, limit=1, offset=n).hits[0].id for n in range(3)]
            assert paged == [hit.id for hit in listing.hits]


def test_entity_names_finds_entities_by_the_start_of_a_name(tmp_path):
    folder = tmp_path / "lib"
    write_jsonl(folder, _rows())
    with open_library(tmp_path / "home") as library:
        library.index([folder])
        assert library.entity_names("port") == [("Port of Antwerp", "place", 2)]
        assert library.entity_names("PORT OF A") == [("Port of Antwerp", "place", 2)]
        norse = library.entity_names("nor")
        assert {name for name, _, _ in norse} == {"Norway", "Norwegian Sea"}
        assert all(kind == "place" for _, kind, _ in norse)
        assert library.entity_names("nor", limit=1) == norse[:1]
        assert library.entity_names("zzqx") == [] and library.entity_names("  ") == []


def test_the_listing_follows_a_copy_redated_past_the_others(tmp_path):
    """Which copy the listing shows is kept as files change: a copy re-dated to the newest
    is listed newest first (naming the other), and the oldest first listing keeps the other."""
    folder = tmp_path / "lib"
    feed = write_jsonl(folder, _rows())
    with open_library(tmp_path / "home") as library:
        library.index([folder])

        def shown(sort: str) -> dict[str, list[str]]:
            return {
                hit.title: [copy["source"] for copy in hit.also_in]
                for hit in library.search("", sort=sort, limit=None).hits
            }

        strike, port = "Antwerp dockers vote to strike", "Port faces walkout over robot cranes"
        # One day: the first title is listed either way.
        assert shown("newest")[strike] == shown("oldest")[strike] == ["Coastline Post"]
        rows = _rows()
        rows[1]["date"] = "2025-03-04"
        write_jsonl(folder, rows)
        os.utime(feed, ns=(1, 1))
        library.refresh()
        newest, oldest = shown("newest"), shown("oldest")
        assert newest[port] == ["Harbour Daily"] and strike not in newest
        assert oldest[strike] == ["Coastline Post"] and port not in oldest
        assert library.search("", sort="newest", limit=1).total == 3
