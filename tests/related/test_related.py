"""Related articles: rarity-weighted entities, reasons, same-story exclusion, full lists."""

from __future__ import annotations

import pytest

from briefing.core.errors import BriefingError
from tests.library.helpers import set_facts
from tests.related.helpers import DROUGHT, LAUNCH, STRIKE, STRIKE_COPY, open_library, write_jsonl

TOPICS = [
    "orchard apples harvest cider",
    "violin concerto orchestra tour",
    "glacier retreat alpine survey",
    "railway timetable signalling upgrade",
    "museum exhibition sculpture loan",
    "chess tournament grandmaster final",
    "bakery bread flour prices",
    "lighthouse restoration coastal heritage",
]


def _body(topic: str) -> str:
    words = topic.split()
    return " ".join(
        f"The {words[i % 4]} report number {i} described the {words[(i + 1) % 4]} in detail."
        for i in range(8)
    )


def _person(name: str, role: str | None = None, mentions: list[str] | None = None) -> dict:
    return {"name": name, "role": role, "mentions": mentions or [name], "spans": [[0, 4]]}


def _place(name: str) -> dict:
    return {"name": name, "kind": "country", "mentions": [name], "spans": [[0, 4]]}


def _set_facts(library, article_id: str, facts: dict) -> None:
    set_facts(library, article_id, {"people": [], "places": [], "organisations": [], "dates": [], "quotes": [], "figures": [], **facts})  # fmt: skip


@pytest.fixture
def entity_library(tmp_path):
    rows = [
        {"title": f"Report on {topic.split()[0]}", "body": _body(topic), "date": f"2025-03-{day:02d}", "source": f"Site {day}"}
        for day, topic in enumerate(TOPICS, start=1)
    ]  # fmt: skip
    write_jsonl(tmp_path / "lib", rows)
    with open_library(tmp_path / "home") as library:
        library.index([tmp_path / "lib"])
        by_title = {hit.title: hit.id for hit in library.search("", limit=None).hits}
        ids = [by_title[f"Report on {topic.split()[0]}"] for topic in TOPICS]
        # X names a rare person and a common country; Y shares the person, Z the country.
        _set_facts(library, ids[0], {"people": [_person("Sergei Shoigu", "defence minister", ["Sergei Shoigu", "Shoigu"])], "places": [_place("Russia")]})  # fmt: skip
        _set_facts(library, ids[3], {"people": [_person("Sergei Shoigu")]})
        _set_facts(library, ids[1], {"places": [_place("Russia")]})
        for other in ids[4:]:
            _set_facts(library, other, {"places": [_place("Russia")]})
        yield library, ids


def test_sharing_a_rare_person_outranks_sharing_a_common_country(entity_library):
    library, ids = entity_library
    items = library.related(ids[0], limit=3)
    assert items[0].id == ids[3]
    assert items[0].why.people == ["Sergei Shoigu"] and items[0].why.places == []
    assert items[0].why.days_apart == 3
    by_id = {item.id: item for item in items}
    assert ids[1] in by_id and by_id[ids[1]].why.places == ["Russia"]
    assert by_id[ids[1]].score < items[0].score


def test_returns_n_items_whenever_n_others_exist_and_never_itself(entity_library):
    library, ids = entity_library
    for limit in (1, 3, 7):
        items = library.related(ids[2], limit)
        assert len(items) == limit
        assert ids[2] not in {item.id for item in items}
        assert len({item.id for item in items}) == limit
    assert len(library.related(ids[2], 50)) == len(ids) - 1


def test_json_shape(entity_library):
    library, ids = entity_library
    data = library.related(ids[0], 2)[0].to_json()
    assert set(data) >= {"id", "title", "source", "published", "score", "why"}
    assert set(data["why"]) == {"people", "places", "organisations", "terms", "days_apart"}
    assert isinstance(data["score"], float)


def test_same_story_copies_are_not_related_but_folded(tmp_path):
    rows = [
        {"title": "Antwerp dockers vote to strike", "body": STRIKE, "date": "2025-03-03", "source": "Harbour Daily"},
        {"title": "Port faces walkout", "body": STRIKE_COPY, "date": "2025-03-03", "source": "Coastline Post"},
        {"title": "Antwerp strike enters second week", "body": STRIKE.replace("will stop work for 48 hours from Thursday", "stayed out for a second week"), "date": "2025-03-10", "source": "Scheldt Observer"},
        {"title": "Drought", "body": DROUGHT, "date": "2025-03-01", "source": "Northgate"},
        {"title": "Launch", "body": LAUNCH, "date": "2025-05-01", "source": "Orbit"},
    ]  # fmt: skip
    write_jsonl(tmp_path / "lib", rows)
    with open_library(tmp_path / "home") as library:
        library.index([tmp_path / "lib"])
        first = library.search('"Antwerp dockers vote"').hits[0].id
        copies = set(library.same_story(first))
        items = library.related(first, 10)
        shown = {item.id for item in items}
        assert first not in shown and not copies & shown
        # The second-week article is itself a near copy of both: then it is in the group.
        assert len(items) == 5 - 1 - len(copies)


def test_bad_input_gives_empty_results(tmp_path):
    write_jsonl(
        tmp_path / "lib",
        [{"title": "Only one", "body": "Just a few words here.", "date": "2025-01-01"}],
    )
    with open_library(tmp_path / "home") as library:
        library.index([tmp_path / "lib"])
        only = library.search("").hits[0].id
        assert library.related(only) == []
        with pytest.raises(BriefingError):
            library.related("no-such-id")
