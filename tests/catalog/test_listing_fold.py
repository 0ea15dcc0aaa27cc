"""The listing by date folds each same-story group to the member listed first, from flags
the catalog keeps as groups change (`groupstore.regroup`), not by reading every copy."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from briefing.catalog import groupstore
from briefing.catalog.docstore import DocStore, light_rows
from briefing.catalog.linking import Linker
from briefing.catalog.listing import Restriction, listing_results
from briefing.core.model import Article


@pytest.fixture
def docs(tmp_path):
    store = DocStore(tmp_path / "docs.sqlite")
    yield store
    store.close()


def _put(docs: DocStore, article_id: str, title: str, day: str | None, sketch: list[int]) -> set:
    """Store an article as the indexer does; return the articles to regroup (it and
    those it was linked to)."""
    published = datetime.fromisoformat(day) if day else None
    docs.put(Article(id=article_id, title=title, published=published, body="text"))
    linker = Linker(docs.db)
    touched = {article_id, *linker.unlink(article_id)}
    linker.link(article_id, sketch)
    linker.flush()
    return touched


def _remove(docs: DocStore, article_id: str) -> set:
    docs.delete(article_id)
    return {article_id, *Linker(docs.db).unlink(article_id)}


def _copies(docs: DocStore) -> tuple[set[str], set[str]]:
    ids = docs.ids()
    return (
        groupstore.copies_among(docs.db, ids, newest_first=True),
        groupstore.copies_among(docs.db, ids, newest_first=False),
    )


STORY = list(range(1, 65))  # one sketch: every article with it is the same story
OTHER = list(range(1000, 1064))


def test_flags_follow_members_added_redated_and_removed(docs):
    _put(docs, "a", "Strike", "2025-03-03", STORY)
    _put(docs, "b", "Port", "2025-03-03", STORY)
    _put(docs, "c", "Alone", "2025-03-04", OTHER)
    groupstore.regroup(docs.db, {"a", "b", "c"})
    # Same day: the first by title is listed, in both orders.
    assert _copies(docs) == ({"a"}, {"a"})
    assert groupstore.copy_count(docs.db, True) == groupstore.copy_count(docs.db, False) == 1

    _put(docs, "d", "Zed", "2025-03-05", STORY)  # a newer copy joins
    groupstore.regroup(docs.db, {"d"})
    assert _copies(docs) == ({"a", "b"}, {"a", "d"})

    _put(docs, "b", "Port", "2025-03-09", STORY)  # re-dated: now the newest
    groupstore.regroup(docs.db, {"b"})
    assert _copies(docs) == ({"a", "d"}, {"b", "d"})
    listed = [row.id for row in groupstore.listed_page(docs.db, None, 0, True)]
    assert listed == ["b", "c"]
    assert [row.id for row in groupstore.listed_page(docs.db, None, 0, False)] == ["a", "c"]

    _remove(docs, "b")  # the newest copy goes: the next one is listed
    groupstore.regroup(docs.db, {"b"})
    assert _copies(docs) == ({"a"}, {"d"})

    touched = _put(docs, "d", "Zed", "2025-03-05", OTHER)  # edited into the other story
    assert touched == {"a", "d"}
    groupstore.regroup(docs.db, touched)
    assert _copies(docs) == ({"c"}, {"d"})
    _remove(docs, "c")
    groupstore.regroup(docs.db, {"c"})
    assert _copies(docs) == (set(), set())  # two stories of one article each
    assert groupstore.copy_count(docs.db, True) == 0


def test_undated_copies_are_listed_after_a_dated_one_and_by_title_among_themselves(docs):
    _put(docs, "x1", "Beta", None, STORY)
    _put(docs, "x2", "Alpha", None, STORY)
    groupstore.regroup(docs.db, {"x1", "x2"})
    assert _copies(docs) == ({"x1"}, {"x1"})
    _put(docs, "x3", "Zulu", "2020-01-01", STORY)
    groupstore.regroup(docs.db, {"x3"})
    assert _copies(docs) == ({"x1", "x2"}, {"x1", "x2"})
    # The same title on the same day: the smaller id is listed.
    _put(docs, "x0", "Zulu", "2020-01-01", STORY)
    groupstore.regroup(docs.db, {"x0"})
    assert _copies(docs) == ({"x1", "x2", "x3"}, {"x1", "x2", "x3"})


# The listing against the rule it keeps, on a generated library changed step by step ----
def _expected(docs: DocStore, newest_first: bool) -> list[str]:
    """The listing by the rule, from every article: in each group, sorted by the listing's
    order (dated newest or oldest first, then title, then id; undated last), the first
    one stays; the others are left out. Written from scratch, not from the flags."""
    rows = docs.listing(docs.count(), 0, newest_first)
    labels = groupstore.groups_of(docs.db, [row.id for row in rows])
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(labels[row.id], []).append(row)
    firsts = set()
    for members in groups.values():
        ordered = sorted(members, key=lambda row: (row.title, row.id))
        dated = sorted(
            (row for row in ordered if row.published),
            key=lambda row: row.published,
            reverse=newest_first,
        )
        firsts.add((dated + [row for row in ordered if not row.published])[0].id)
    return [row.id for row in rows if row.id in firsts]


def _check(docs: DocStore, rng: random.Random) -> None:
    for sort, newest_first in (("newest", True), ("oldest", False)):
        expected = _expected(docs, newest_first)
        whole = listing_results(docs, "", None, sort, 0)
        assert [hit.id for hit in whole.hits] == expected and whole.total == len(expected)
        labels = groupstore.groups_of(docs.db, docs.ids())
        for hit in whole.hits:
            mates = {a for a, label in labels.items() if label == labels[hit.id]} - {hit.id}
            assert {copy["id"] for copy in hit.also_in} == mates
        offset = rng.randrange(len(expected))
        page = listing_results(docs, "", 7, sort, offset)
        assert [hit.id for hit in page.hits] == expected[offset : offset + 7]
        assert page.total == len(expected)
        everything = docs.ids()
        rows = light_rows(docs.db, everything)
        some = set(rng.sample(sorted(everything), len(everything) // 3))
        kept = listing_results(docs, "", None, sort, 0, Restriction(only=some))
        # (articles of one date and title may come in another order on this path)
        wanted = [a for a in expected if a in some]
        assert sorted(hit.id for hit in kept.hits) == sorted(wanted)
        assert [(hit.published, hit.title) for hit in kept.hits] == [
            (rows[a].published, rows[a].title) for a in wanted
        ]
        assert kept.total == len(kept.hits)
        away = listing_results(docs, "", 5, sort, 2, Restriction(exclude=some | {"gone"}))
        allowed = [a for a in expected if a not in some]
        assert [hit.id for hit in away.hits] == allowed[2:7] and away.total == len(allowed)
        unfolded = listing_results(docs, "", None, sort, 0, fold=False)
        assert unfolded.total == docs.count() == len(unfolded.hits)


def test_listing_keeps_the_rule_as_a_generated_library_changes(docs):
    rng = random.Random(16)
    stories = [rng.sample(range(1, 2**31), 64) for _ in range(25)]
    days = ["2024-01-01", "2024-01-02", "2024-01-02T08:00:00", "2024-02-10", None]
    titles = ["Alpha", "Beta", "Gamma", "Delta"]

    def write(article_id: str) -> set:
        story = stories[rng.randrange(len(stories))]
        return _put(docs, article_id, rng.choice(titles), rng.choice(days), story)

    ids = [f"id{n:03d}" for n in range(120)]
    for article_id in ids:
        write(article_id)
    groupstore.regroup(docs.db, ids)
    _check(docs, rng)
    assert groupstore.copy_count(docs.db, True) > 50  # many folded copies
    for _ in range(6):
        touched = set()
        for article_id in sorted(rng.sample(ids, 12)):
            if rng.random() < 0.3 and docs.exists(article_id):
                touched |= _remove(docs, article_id)
            else:
                touched |= write(article_id)  # added back, re-dated, retitled, moved
        groupstore.regroup(docs.db, touched)
        _check(docs, rng)
